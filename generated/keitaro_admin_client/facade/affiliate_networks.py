"""Affiliate networks that own offers and send conversions back.

Generated from openapi/keitaro.yaml by scripts/gen_facade.py; do not edit.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from ..types import UNSET, Unset
from . import operations as _ops
from ._protocols import AsyncCaller, BatchCaller, BatchHandle, PreparedCall, SyncCaller, build_body

if TYPE_CHECKING:
    from ..models.affiliate_network import AffiliateNetwork

__all__ = (
    "AsyncAffiliateNetworksResource",
    "BatchAffiliateNetworksResource",
    "AffiliateNetworksResource",
    "prepare_clone_affiliate_network",
    "prepare_create_affiliate_network",
    "prepare_delete_affiliate_network",
    "prepare_get_affiliate_network",
    "prepare_list_affiliate_networks",
    "prepare_update_affiliate_network",
)


def prepare_clone_affiliate_network(id: int) -> PreparedCall:
    """The request of `clone` (`POST /affiliate_networks/{id}/clone`), ready for any caller."""
    from ..api.affiliate_networks import clone_affiliate_network as endpoint

    request = endpoint._get_kwargs(
        id=id,
    )
    return PreparedCall(_ops.CLONE_AFFILIATE_NETWORK, request, endpoint._parse_response)


def prepare_create_affiliate_network(
    *,
    name: str,
    postback_url: str | Unset = UNSET,
    offer_param: str | Unset = UNSET,
    notes: str | Unset = UNSET,
    extra_body: Mapping[str, Any] | None = None,
    allow_unknown: bool = False,
) -> PreparedCall:
    """The request of `create` (`POST /affiliate_networks`), ready for any caller."""
    from ..api.affiliate_networks import create_affiliate_network as endpoint
    from ..models.affiliate_network_create import AffiliateNetworkCreate

    body = build_body(
        AffiliateNetworkCreate,
        {
            "name": name,
            "postback_url": postback_url,
            "offer_param": offer_param,
            "notes": notes,
        },
        extra_body,
        allow_unknown,
        "affiliate_networks.create",
    )
    request = endpoint._get_kwargs(body=body)
    return PreparedCall(_ops.CREATE_AFFILIATE_NETWORK, request, endpoint._parse_response)


def prepare_delete_affiliate_network(id: int) -> PreparedCall:
    """The request of `delete` (`DELETE /affiliate_networks/{id}`), ready for any caller."""
    from ..api.affiliate_networks import delete_affiliate_network as endpoint

    request = endpoint._get_kwargs(
        id=id,
    )
    return PreparedCall(_ops.DELETE_AFFILIATE_NETWORK, request, endpoint._parse_response)


def prepare_get_affiliate_network(id: int) -> PreparedCall:
    """The request of `get` (`GET /affiliate_networks/{id}`), ready for any caller."""
    from ..api.affiliate_networks import get_affiliate_network as endpoint

    request = endpoint._get_kwargs(
        id=id,
    )
    return PreparedCall(_ops.GET_AFFILIATE_NETWORK, request, endpoint._parse_response)


def prepare_list_affiliate_networks() -> PreparedCall:
    """The request of `list` (`GET /affiliate_networks`), ready for any caller."""
    from ..api.affiliate_networks import list_affiliate_networks as endpoint

    request = endpoint._get_kwargs()
    return PreparedCall(_ops.LIST_AFFILIATE_NETWORKS, request, endpoint._parse_response)


def prepare_update_affiliate_network(
    id: int,
    *,
    name: str | Unset = UNSET,
    postback_url: str | Unset = UNSET,
    offer_param: str | Unset = UNSET,
    notes: str | Unset = UNSET,
    extra_body: Mapping[str, Any] | None = None,
    allow_unknown: bool = False,
) -> PreparedCall:
    """The request of `update` (`PUT /affiliate_networks/{id}`), ready for any caller."""
    from ..api.affiliate_networks import update_affiliate_network as endpoint
    from ..models.affiliate_network_update import AffiliateNetworkUpdate

    body = build_body(
        AffiliateNetworkUpdate,
        {
            "name": name,
            "postback_url": postback_url,
            "offer_param": offer_param,
            "notes": notes,
        },
        extra_body,
        allow_unknown,
        "affiliate_networks.update",
    )
    request = endpoint._get_kwargs(id=id, body=body)
    return PreparedCall(_ops.UPDATE_AFFILIATE_NETWORK, request, endpoint._parse_response)


class AffiliateNetworksResource:
    """Affiliate networks that own offers and send conversions back."""

    def __init__(self, caller: SyncCaller) -> None:
        self._caller = caller

    def clone(self, id: int) -> AffiliateNetwork:
        """Copy an affiliate network.

        Answer shapes (x-keitaro-answers): the object, or a list holding only it, which the SDK unwraps. Evidence: wirgen/keitaro src/Keitaro.php (a PHP client whose tests ran against a real tracker) reads the clone answer of campaigns and affiliate networks as `$result[0]` (observed, medium confidence; other entities assumed alike). Any 2xx status is accepted.

        Args:
            id: Id of the entity.

        Returns:
            AffiliateNetwork

        `POST /affiliate_networks/{id}/clone` (cloneAffiliateNetwork)."""
        prepared = prepare_clone_affiliate_network(id)
        return cast("AffiliateNetwork", self._caller.call(prepared))

    def create(
        self,
        *,
        name: str,
        postback_url: str | Unset = UNSET,
        offer_param: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
    ) -> AffiliateNetwork:
        """Create an affiliate network.

        Args:
            name: Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G). Required.
            postback_url: URL the tracker calls back with conversions.
            offer_param: Query parameter that carries the offer in the network's links.
            notes: Free text notes.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.

        Returns:
            AffiliateNetwork

        `POST /affiliate_networks` (createAffiliateNetwork)."""
        prepared = prepare_create_affiliate_network(
            name=name,
            postback_url=postback_url,
            offer_param=offer_param,
            notes=notes,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
        )
        return cast("AffiliateNetwork", self._caller.call(prepared))

    def delete(self, id: int) -> AffiliateNetwork | None:
        """Archive an affiliate network.

        Answer shapes (x-keitaro-answers): the object; a list holding only it (unwrapped); or an empty body, then the SDK returns None. Evidence: Keitaro's published document declares bodiless answers for the sibling calls `DELETE /traffic_sources/{id}` (200) and `DELETE /users/{id}` (201), and wirgen/keitaro src/Keitaro.php reads nothing from archive and restore answers (low confidence for this operation: tolerated, not seen). The status may be 200 or 201 whatever the document says: wirgen/keitaro treats any status but 200 as a failure and still archives campaigns, where the published document says 201 (medium confidence).

        Args:
            id: Id of the entity.

        Returns:
            AffiliateNetwork | None

        `DELETE /affiliate_networks/{id}` (deleteAffiliateNetwork)."""
        prepared = prepare_delete_affiliate_network(id)
        return cast("AffiliateNetwork | None", self._caller.call(prepared))

    def get(self, id: int) -> AffiliateNetwork:
        """Get one affiliate network.

        Args:
            id: Id of the entity.

        Returns:
            AffiliateNetwork

        `GET /affiliate_networks/{id}` (getAffiliateNetwork)."""
        prepared = prepare_get_affiliate_network(id)
        return cast("AffiliateNetwork", self._caller.call(prepared))

    def list(self) -> builtins.list[AffiliateNetwork]:
        """List affiliate networks.

        Returns:
            builtins.list[AffiliateNetwork]

        `GET /affiliate_networks` (listAffiliateNetworks)."""
        prepared = prepare_list_affiliate_networks()
        return cast("builtins.list[AffiliateNetwork]", self._caller.call(prepared))

    def update(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        postback_url: str | Unset = UNSET,
        offer_param: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
    ) -> AffiliateNetwork:
        """Change an affiliate network.

        Args:
            id: Id of the entity.
            name: Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G).
            postback_url: URL the tracker calls back with conversions.
            offer_param: Query parameter that carries the offer in the network's links.
            notes: Free text notes.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.

        Returns:
            AffiliateNetwork

        `PUT /affiliate_networks/{id}` (updateAffiliateNetwork)."""
        prepared = prepare_update_affiliate_network(
            id,
            name=name,
            postback_url=postback_url,
            offer_param=offer_param,
            notes=notes,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
        )
        return cast("AffiliateNetwork", self._caller.call(prepared))


class AsyncAffiliateNetworksResource:
    """Affiliate networks that own offers and send conversions back."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def clone(self, id: int) -> AffiliateNetwork:
        """Copy an affiliate network.

        Answer shapes (x-keitaro-answers): the object, or a list holding only it, which the SDK unwraps. Evidence: wirgen/keitaro src/Keitaro.php (a PHP client whose tests ran against a real tracker) reads the clone answer of campaigns and affiliate networks as `$result[0]` (observed, medium confidence; other entities assumed alike). Any 2xx status is accepted.

        Args:
            id: Id of the entity.

        Returns:
            AffiliateNetwork

        `POST /affiliate_networks/{id}/clone` (cloneAffiliateNetwork)."""
        prepared = prepare_clone_affiliate_network(id)
        return cast("AffiliateNetwork", await self._caller.call(prepared))

    async def create(
        self,
        *,
        name: str,
        postback_url: str | Unset = UNSET,
        offer_param: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
    ) -> AffiliateNetwork:
        """Create an affiliate network.

        Args:
            name: Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G). Required.
            postback_url: URL the tracker calls back with conversions.
            offer_param: Query parameter that carries the offer in the network's links.
            notes: Free text notes.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.

        Returns:
            AffiliateNetwork

        `POST /affiliate_networks` (createAffiliateNetwork)."""
        prepared = prepare_create_affiliate_network(
            name=name,
            postback_url=postback_url,
            offer_param=offer_param,
            notes=notes,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
        )
        return cast("AffiliateNetwork", await self._caller.call(prepared))

    async def delete(self, id: int) -> AffiliateNetwork | None:
        """Archive an affiliate network.

        Answer shapes (x-keitaro-answers): the object; a list holding only it (unwrapped); or an empty body, then the SDK returns None. Evidence: Keitaro's published document declares bodiless answers for the sibling calls `DELETE /traffic_sources/{id}` (200) and `DELETE /users/{id}` (201), and wirgen/keitaro src/Keitaro.php reads nothing from archive and restore answers (low confidence for this operation: tolerated, not seen). The status may be 200 or 201 whatever the document says: wirgen/keitaro treats any status but 200 as a failure and still archives campaigns, where the published document says 201 (medium confidence).

        Args:
            id: Id of the entity.

        Returns:
            AffiliateNetwork | None

        `DELETE /affiliate_networks/{id}` (deleteAffiliateNetwork)."""
        prepared = prepare_delete_affiliate_network(id)
        return cast("AffiliateNetwork | None", await self._caller.call(prepared))

    async def get(self, id: int) -> AffiliateNetwork:
        """Get one affiliate network.

        Args:
            id: Id of the entity.

        Returns:
            AffiliateNetwork

        `GET /affiliate_networks/{id}` (getAffiliateNetwork)."""
        prepared = prepare_get_affiliate_network(id)
        return cast("AffiliateNetwork", await self._caller.call(prepared))

    async def list(self) -> builtins.list[AffiliateNetwork]:
        """List affiliate networks.

        Returns:
            builtins.list[AffiliateNetwork]

        `GET /affiliate_networks` (listAffiliateNetworks)."""
        prepared = prepare_list_affiliate_networks()
        return cast("builtins.list[AffiliateNetwork]", await self._caller.call(prepared))

    async def update(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        postback_url: str | Unset = UNSET,
        offer_param: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
    ) -> AffiliateNetwork:
        """Change an affiliate network.

        Args:
            id: Id of the entity.
            name: Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G).
            postback_url: URL the tracker calls back with conversions.
            offer_param: Query parameter that carries the offer in the network's links.
            notes: Free text notes.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.

        Returns:
            AffiliateNetwork

        `PUT /affiliate_networks/{id}` (updateAffiliateNetwork)."""
        prepared = prepare_update_affiliate_network(
            id,
            name=name,
            postback_url=postback_url,
            offer_param=offer_param,
            notes=notes,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
        )
        return cast("AffiliateNetwork", await self._caller.call(prepared))


class BatchAffiliateNetworksResource:
    """Affiliate networks that own offers and send conversions back. Calls are recorded and run when the batch ends."""

    def __init__(self, caller: BatchCaller) -> None:
        self._caller = caller

    def clone(self, id: int) -> BatchHandle[AffiliateNetwork]:
        """Copy an affiliate network.

        Answer shapes (x-keitaro-answers): the object, or a list holding only it, which the SDK unwraps. Evidence: wirgen/keitaro src/Keitaro.php (a PHP client whose tests ran against a real tracker) reads the clone answer of campaigns and affiliate networks as `$result[0]` (observed, medium confidence; other entities assumed alike). Any 2xx status is accepted.

        Args:
            id: Id of the entity.

        Returns:
            AffiliateNetwork

        `POST /affiliate_networks/{id}/clone` (cloneAffiliateNetwork)."""
        prepared = prepare_clone_affiliate_network(id)
        return cast("BatchHandle[AffiliateNetwork]", self._caller.call(prepared))

    def create(
        self,
        *,
        name: str,
        postback_url: str | Unset = UNSET,
        offer_param: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
    ) -> BatchHandle[AffiliateNetwork]:
        """Create an affiliate network.

        Args:
            name: Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G). Required.
            postback_url: URL the tracker calls back with conversions.
            offer_param: Query parameter that carries the offer in the network's links.
            notes: Free text notes.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.

        Returns:
            AffiliateNetwork

        `POST /affiliate_networks` (createAffiliateNetwork)."""
        prepared = prepare_create_affiliate_network(
            name=name,
            postback_url=postback_url,
            offer_param=offer_param,
            notes=notes,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
        )
        return cast("BatchHandle[AffiliateNetwork]", self._caller.call(prepared))

    def delete(self, id: int) -> BatchHandle[AffiliateNetwork | None]:
        """Archive an affiliate network.

        Answer shapes (x-keitaro-answers): the object; a list holding only it (unwrapped); or an empty body, then the SDK returns None. Evidence: Keitaro's published document declares bodiless answers for the sibling calls `DELETE /traffic_sources/{id}` (200) and `DELETE /users/{id}` (201), and wirgen/keitaro src/Keitaro.php reads nothing from archive and restore answers (low confidence for this operation: tolerated, not seen). The status may be 200 or 201 whatever the document says: wirgen/keitaro treats any status but 200 as a failure and still archives campaigns, where the published document says 201 (medium confidence).

        Args:
            id: Id of the entity.

        Returns:
            AffiliateNetwork | None

        `DELETE /affiliate_networks/{id}` (deleteAffiliateNetwork)."""
        prepared = prepare_delete_affiliate_network(id)
        return cast("BatchHandle[AffiliateNetwork | None]", self._caller.call(prepared))

    def get(self, id: int) -> BatchHandle[AffiliateNetwork]:
        """Get one affiliate network.

        Args:
            id: Id of the entity.

        Returns:
            AffiliateNetwork

        `GET /affiliate_networks/{id}` (getAffiliateNetwork)."""
        prepared = prepare_get_affiliate_network(id)
        return cast("BatchHandle[AffiliateNetwork]", self._caller.call(prepared))

    def list(self) -> BatchHandle[builtins.list[AffiliateNetwork]]:
        """List affiliate networks.

        Returns:
            builtins.list[AffiliateNetwork]

        `GET /affiliate_networks` (listAffiliateNetworks)."""
        prepared = prepare_list_affiliate_networks()
        return cast("BatchHandle[builtins.list[AffiliateNetwork]]", self._caller.call(prepared))

    def update(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        postback_url: str | Unset = UNSET,
        offer_param: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
    ) -> BatchHandle[AffiliateNetwork]:
        """Change an affiliate network.

        Args:
            id: Id of the entity.
            name: Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G).
            postback_url: URL the tracker calls back with conversions.
            offer_param: Query parameter that carries the offer in the network's links.
            notes: Free text notes.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.

        Returns:
            AffiliateNetwork

        `PUT /affiliate_networks/{id}` (updateAffiliateNetwork)."""
        prepared = prepare_update_affiliate_network(
            id,
            name=name,
            postback_url=postback_url,
            offer_param=offer_param,
            notes=notes,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
        )
        return cast("BatchHandle[AffiliateNetwork]", self._caller.call(prepared))

"""Offers: the pages that convert, usually on an affiliate network.

Generated from openapi/keitaro.yaml by scripts/gen_facade.py; do not edit.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import TYPE_CHECKING, Any, cast

import httpx

from ..types import UNSET, Unset
from . import operations as _ops
from ._protocols import (
    AsyncCaller,
    AsyncRawCaller,
    AsyncStreamedResponse,
    AsyncStreamingCaller,
    BatchCaller,
    BatchHandle,
    PreparedCall,
    RawCaller,
    RawResponse,
    RequestOptions,
    StreamedResponse,
    StreamingCaller,
    SyncCaller,
    build_body,
    with_query,
)

if TYPE_CHECKING:
    from ..api.offers import add_offer_file as _ep_add_offer_file
    from ..api.offers import clone_offer as _ep_clone_offer
    from ..api.offers import create_offer as _ep_create_offer
    from ..api.offers import delete_offer as _ep_delete_offer
    from ..api.offers import download_offer as _ep_download_offer
    from ..api.offers import get_offer as _ep_get_offer
    from ..api.offers import get_offer_file as _ep_get_offer_file
    from ..api.offers import get_offer_file_tree as _ep_get_offer_file_tree
    from ..api.offers import list_offers as _ep_list_offers
    from ..api.offers import remove_offer_file as _ep_remove_offer_file
    from ..api.offers import update_offer as _ep_update_offer
    from ..api.offers import update_offer_file as _ep_update_offer_file
    from ..models.file_content import FileContent
    from ..models.file_path import FilePath
    from ..models.file_tree import FileTree
    from ..models.offer import Offer
    from ..models.offer_update_action_payload_type_1 import OfferUpdateActionPayloadType1
    from ..models.success import Success
    from ..types import File
    from .types import OfferState, PayoutType

__all__ = (
    "OffersResource",
    "AsyncOffersResource",
    "BatchOffersResource",
    "RawOffersResource",
    "AsyncRawOffersResource",
    "StreamingOffersResource",
    "AsyncStreamingOffersResource",
    "prepare_add_offer_file",
    "prepare_clone_offer",
    "prepare_create_offer",
    "prepare_delete_offer",
    "prepare_download_offer",
    "prepare_get_offer",
    "prepare_get_offer_file",
    "prepare_get_offer_file_tree",
    "prepare_list_offers",
    "prepare_remove_offer_file",
    "prepare_update_offer",
    "prepare_update_offer_file",
)


def prepare_add_offer_file(id: int, *, path: str, extra_query: Mapping[str, Any] | None = None) -> PreparedCall:
    """The request of `add_file` (`POST /offers/{id}/add_file`), ready for any caller."""
    global _ep_add_offer_file  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_add_offer_file
    except NameError:
        from ..api.offers import add_offer_file as _ep_add_offer_file

        endpoint = _ep_add_offer_file
    request = endpoint.build_request(
        id=id,
        path=path,
    )
    return PreparedCall(_ops.ADD_OFFER_FILE, with_query(request, extra_query), endpoint.parse_response)


def prepare_clone_offer(id: int, *, extra_query: Mapping[str, Any] | None = None) -> PreparedCall:
    """The request of `clone` (`POST /offers/{id}/clone`), ready for any caller."""
    global _ep_clone_offer  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_clone_offer
    except NameError:
        from ..api.offers import clone_offer as _ep_clone_offer

        endpoint = _ep_clone_offer
    request = endpoint.build_request(
        id=id,
    )
    return PreparedCall(_ops.CLONE_OFFER, with_query(request, extra_query), endpoint.parse_response)


def prepare_create_offer(
    *,
    name: str,
    group_id: int | None | Unset = UNSET,
    offer_type: str | Unset = UNSET,
    action_type: str | Unset = UNSET,
    action_payload: None | OfferUpdateActionPayloadType1 | Mapping[str, Any] | str | Unset = UNSET,
    affiliate_network_id: int | None | Unset = UNSET,
    payout_value: float | Unset = UNSET,
    payout_currency: str | Unset = UNSET,
    payout_type: PayoutType | Unset = UNSET,
    state: OfferState | Unset = UNSET,
    payout_auto: bool | Unset = UNSET,
    payout_upsell: bool | Unset = UNSET,
    country: Sequence[str] | Unset = UNSET,
    notes: str | Unset = UNSET,
    archive: str | Unset = UNSET,
    conversion_cap_enabled: bool | Unset = UNSET,
    daily_cap: float | Unset = UNSET,
    conversion_timezone: str | Unset = UNSET,
    alternative_offer_id: int | None | Unset = UNSET,
    extra_body: Mapping[str, Any] | None = None,
    allow_unknown: bool = False,
    extra_query: Mapping[str, Any] | None = None,
) -> PreparedCall:
    """The request of `create` (`POST /offers`), ready for any caller."""
    global _ep_create_offer  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_create_offer
    except NameError:
        from ..api.offers import create_offer as _ep_create_offer

        endpoint = _ep_create_offer
    from ..models.offer_create import OfferCreate

    body = build_body(
        OfferCreate,
        {
            "name": name,
            "group_id": group_id,
            "offer_type": offer_type,
            "action_type": action_type,
            "action_payload": action_payload,
            "affiliate_network_id": affiliate_network_id,
            "payout_value": payout_value,
            "payout_currency": payout_currency,
            "payout_type": payout_type,
            "state": state,
            "payout_auto": payout_auto,
            "payout_upsell": payout_upsell,
            "country": country,
            "notes": notes,
            "archive": archive,
            "conversion_cap_enabled": conversion_cap_enabled,
            "daily_cap": daily_cap,
            "conversion_timezone": conversion_timezone,
            "alternative_offer_id": alternative_offer_id,
        },
        extra_body,
        allow_unknown,
        "offers.create",
    )
    request = endpoint.build_request(body=body)
    return PreparedCall(_ops.CREATE_OFFER, with_query(request, extra_query), endpoint.parse_response)


def prepare_delete_offer(id: int, *, extra_query: Mapping[str, Any] | None = None) -> PreparedCall:
    """The request of `delete` (`DELETE /offers/{id}/archive`), ready for any caller."""
    global _ep_delete_offer  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_delete_offer
    except NameError:
        from ..api.offers import delete_offer as _ep_delete_offer

        endpoint = _ep_delete_offer
    request = endpoint.build_request(
        id=id,
    )
    return PreparedCall(_ops.DELETE_OFFER, with_query(request, extra_query), endpoint.parse_response)


def prepare_download_offer(id: int, *, extra_query: Mapping[str, Any] | None = None) -> PreparedCall:
    """The request of `download` (`GET /offers/{id}/download`), ready for any caller."""
    global _ep_download_offer  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_download_offer
    except NameError:
        from ..api.offers import download_offer as _ep_download_offer

        endpoint = _ep_download_offer
    request = endpoint.build_request(
        id=id,
    )
    return PreparedCall(_ops.DOWNLOAD_OFFER, with_query(request, extra_query), endpoint.parse_response)


def prepare_get_offer(id: int, *, extra_query: Mapping[str, Any] | None = None) -> PreparedCall:
    """The request of `get` (`GET /offers/{id}`), ready for any caller."""
    global _ep_get_offer  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_get_offer
    except NameError:
        from ..api.offers import get_offer as _ep_get_offer

        endpoint = _ep_get_offer
    request = endpoint.build_request(
        id=id,
    )
    return PreparedCall(_ops.GET_OFFER, with_query(request, extra_query), endpoint.parse_response)


def prepare_get_offer_file(id: int, *, path: str, extra_query: Mapping[str, Any] | None = None) -> PreparedCall:
    """The request of `get_file` (`GET /offers/{id}/get_file`), ready for any caller."""
    global _ep_get_offer_file  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_get_offer_file
    except NameError:
        from ..api.offers import get_offer_file as _ep_get_offer_file

        endpoint = _ep_get_offer_file
    request = endpoint.build_request(
        id=id,
        path=path,
    )
    return PreparedCall(_ops.GET_OFFER_FILE, with_query(request, extra_query), endpoint.parse_response)


def prepare_get_offer_file_tree(id: int, *, extra_query: Mapping[str, Any] | None = None) -> PreparedCall:
    """The request of `get_file_tree` (`GET /offers/{id}/get_structure`), ready for any caller."""
    global _ep_get_offer_file_tree  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_get_offer_file_tree
    except NameError:
        from ..api.offers import get_offer_file_tree as _ep_get_offer_file_tree

        endpoint = _ep_get_offer_file_tree
    request = endpoint.build_request(
        id=id,
    )
    return PreparedCall(_ops.GET_OFFER_FILE_TREE, with_query(request, extra_query), endpoint.parse_response)


def prepare_list_offers(*, extra_query: Mapping[str, Any] | None = None) -> PreparedCall:
    """The request of `list` (`GET /offers`), ready for any caller."""
    global _ep_list_offers  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_list_offers
    except NameError:
        from ..api.offers import list_offers as _ep_list_offers

        endpoint = _ep_list_offers
    request = endpoint.build_request()
    return PreparedCall(_ops.LIST_OFFERS, with_query(request, extra_query), endpoint.parse_response)


def prepare_remove_offer_file(id: int, *, path: str, extra_query: Mapping[str, Any] | None = None) -> PreparedCall:
    """The request of `remove_file` (`DELETE /offers/{id}/remove_file`), ready for any caller."""
    global _ep_remove_offer_file  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_remove_offer_file
    except NameError:
        from ..api.offers import remove_offer_file as _ep_remove_offer_file

        endpoint = _ep_remove_offer_file
    request = endpoint.build_request(
        id=id,
        path=path,
    )
    return PreparedCall(_ops.REMOVE_OFFER_FILE, with_query(request, extra_query), endpoint.parse_response)


def prepare_update_offer(
    id: int,
    *,
    name: str | Unset = UNSET,
    group_id: int | None | Unset = UNSET,
    offer_type: str | Unset = UNSET,
    action_type: str | Unset = UNSET,
    action_payload: None | OfferUpdateActionPayloadType1 | Mapping[str, Any] | str | Unset = UNSET,
    affiliate_network_id: int | None | Unset = UNSET,
    payout_value: float | Unset = UNSET,
    payout_currency: str | Unset = UNSET,
    payout_type: PayoutType | Unset = UNSET,
    state: OfferState | Unset = UNSET,
    payout_auto: bool | Unset = UNSET,
    payout_upsell: bool | Unset = UNSET,
    country: Sequence[str] | Unset = UNSET,
    notes: str | Unset = UNSET,
    archive: str | Unset = UNSET,
    conversion_cap_enabled: bool | Unset = UNSET,
    daily_cap: float | Unset = UNSET,
    conversion_timezone: str | Unset = UNSET,
    alternative_offer_id: int | None | Unset = UNSET,
    extra_body: Mapping[str, Any] | None = None,
    allow_unknown: bool = False,
    extra_query: Mapping[str, Any] | None = None,
) -> PreparedCall:
    """The request of `update` (`PUT /offers/{id}`), ready for any caller."""
    global _ep_update_offer  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_update_offer
    except NameError:
        from ..api.offers import update_offer as _ep_update_offer

        endpoint = _ep_update_offer
    from ..models.offer_update import OfferUpdate

    body = build_body(
        OfferUpdate,
        {
            "name": name,
            "group_id": group_id,
            "offer_type": offer_type,
            "action_type": action_type,
            "action_payload": action_payload,
            "affiliate_network_id": affiliate_network_id,
            "payout_value": payout_value,
            "payout_currency": payout_currency,
            "payout_type": payout_type,
            "state": state,
            "payout_auto": payout_auto,
            "payout_upsell": payout_upsell,
            "country": country,
            "notes": notes,
            "archive": archive,
            "conversion_cap_enabled": conversion_cap_enabled,
            "daily_cap": daily_cap,
            "conversion_timezone": conversion_timezone,
            "alternative_offer_id": alternative_offer_id,
        },
        extra_body,
        allow_unknown,
        "offers.update",
    )
    request = endpoint.build_request(id=id, body=body)
    return PreparedCall(_ops.UPDATE_OFFER, with_query(request, extra_query), endpoint.parse_response)


def prepare_update_offer_file(
    id: int, *, path: str, data: str, extra_query: Mapping[str, Any] | None = None
) -> PreparedCall:
    """The request of `update_file` (`PUT /offers/{id}/update_file`), ready for any caller."""
    global _ep_update_offer_file  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_update_offer_file
    except NameError:
        from ..api.offers import update_offer_file as _ep_update_offer_file

        endpoint = _ep_update_offer_file
    request = endpoint.build_request(
        id=id,
        path=path,
        data=data,
    )
    return PreparedCall(_ops.UPDATE_OFFER_FILE, with_query(request, extra_query), endpoint.parse_response)


class OffersResource:
    """Offers: the pages that convert, usually on an affiliate network."""

    def __init__(self, caller: SyncCaller) -> None:
        self._caller = caller

    def add_file(
        self,
        id: int,
        *,
        path: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> FilePath:
        """Create an empty file in a local offer.

        Args:
            id: Id of the entity.
            path: Path of the new file inside the offer. Parts separated by `/`, none empty, `.` or `..`, no backslash (the fake keeps files inside the entity; the tracker's own rules are not documented: G). Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            FilePath

        `POST /offers/{id}/add_file` (addOfferFile)."""
        prepared = prepare_add_offer_file(id, path=path, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("FilePath", self._caller.call(prepared))

    def clone(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Offer:
        """Copy an offer.

        Answer shapes (x-keitaro-answers): the object, or a list holding only it, which the SDK unwraps. Evidence: wirgen/keitaro src/Keitaro.php (a PHP client whose tests ran against a real tracker) reads the clone answer of campaigns and affiliate networks as `$result[0]` (observed, medium confidence; other entities assumed alike). Any 2xx status is accepted.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Offer

        `POST /offers/{id}/clone` (cloneOffer)."""
        prepared = prepare_clone_offer(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("Offer", self._caller.call(prepared))

    def create(
        self,
        *,
        name: str,
        group_id: int | None | Unset = UNSET,
        offer_type: str | Unset = UNSET,
        action_type: str | Unset = UNSET,
        action_payload: None | OfferUpdateActionPayloadType1 | Mapping[str, Any] | str | Unset = UNSET,
        affiliate_network_id: int | None | Unset = UNSET,
        payout_value: float | Unset = UNSET,
        payout_currency: str | Unset = UNSET,
        payout_type: PayoutType | Unset = UNSET,
        state: OfferState | Unset = UNSET,
        payout_auto: bool | Unset = UNSET,
        payout_upsell: bool | Unset = UNSET,
        country: Sequence[str] | Unset = UNSET,
        notes: str | Unset = UNSET,
        archive: str | Unset = UNSET,
        conversion_cap_enabled: bool | Unset = UNSET,
        daily_cap: float | Unset = UNSET,
        conversion_timezone: str | Unset = UNSET,
        alternative_offer_id: int | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Offer:
        """Create an offer.

        Args:
            name: Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G). Required.
            group_id: Group the entity belongs to, or null. May be None.
            offer_type: `external`, `local` or `preloaded`.
            action_type: How the offer opens, e.g. `http`. The offer URL goes in `action_payload`.
            action_payload: What the action uses: a URL, a page body or a settings object, depending on `action_type`. May be None.
            affiliate_network_id: Affiliate network of the offer, or null. May be None.
            payout_value: Payout per conversion.
            payout_currency: ISO 4217 currency code of the payout.
            payout_type: Payout model. One of: 'CPA', 'CPC'.
            state: New state. One of: 'active', 'deleted'.
            payout_auto: Take the payout from the postback.
            payout_upsell: Count upsell conversions for payout.
            country: Country codes (ISO 3166-1 alpha-2) the offer accepts.
            notes: Free text notes.
            archive: Base64 zip archive of a local offer.
            conversion_cap_enabled: Limit conversions per day (`daily_cap`).
            daily_cap: Conversions allowed per day when the cap is on.
            conversion_timezone: Time zone the daily cap counts in.
            alternative_offer_id: Offer that receives traffic once the cap is reached. May be None.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Offer

        `POST /offers` (createOffer)."""
        prepared = prepare_create_offer(
            name=name,
            group_id=group_id,
            offer_type=offer_type,
            action_type=action_type,
            action_payload=action_payload,
            affiliate_network_id=affiliate_network_id,
            payout_value=payout_value,
            payout_currency=payout_currency,
            payout_type=payout_type,
            state=state,
            payout_auto=payout_auto,
            payout_upsell=payout_upsell,
            country=country,
            notes=notes,
            archive=archive,
            conversion_cap_enabled=conversion_cap_enabled,
            daily_cap=daily_cap,
            conversion_timezone=conversion_timezone,
            alternative_offer_id=alternative_offer_id,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("Offer", self._caller.call(prepared))

    def delete(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Offer | None:
        """Archive an offer.

        Offers are archived through `/archive`; plain `DELETE /offers/{id}` is not part of the API. Answer shapes (x-keitaro-answers): the object; a list holding only it (unwrapped); or an empty body, then the SDK returns None. Evidence: Keitaro's published document declares bodiless answers for the sibling calls `DELETE /traffic_sources/{id}` (200) and `DELETE /users/{id}` (201), and wirgen/keitaro src/Keitaro.php reads nothing from archive and restore answers (low confidence for this operation: tolerated, not seen). The status may be 200 or 201 whatever the document says: wirgen/keitaro treats any status but 200 as a failure and still archives campaigns, where the published document says 201 (medium confidence).

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Offer | None

        `DELETE /offers/{id}/archive` (deleteOffer)."""
        prepared = prepare_delete_offer(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("Offer | None", self._caller.call(prepared))

    def download(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> File:
        """Download a local offer as a zip.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            File

        `GET /offers/{id}/download` (downloadOffer)."""
        prepared = prepare_download_offer(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("File", self._caller.call(prepared))

    def get(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Offer:
        """Get one offer.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Offer

        `GET /offers/{id}` (getOffer)."""
        prepared = prepare_get_offer(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("Offer", self._caller.call(prepared))

    def get_file(
        self,
        id: int,
        *,
        path: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> FileContent:
        """Read a file of a local offer.

        Args:
            id: Id of the entity.
            path: Path of the file inside the offer. Parts separated by `/`, none empty, `.` or `..`, no backslash (the fake keeps files inside the entity; the tracker's own rules are not documented: G). Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            FileContent

        `GET /offers/{id}/get_file` (getOfferFile)."""
        prepared = prepare_get_offer_file(id, path=path, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("FileContent", self._caller.call(prepared))

    def get_file_tree(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> FileTree:
        """List the files of a local offer.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            FileTree

        `GET /offers/{id}/get_structure` (getOfferFileTree)."""
        prepared = prepare_get_offer_file_tree(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("FileTree", self._caller.call(prepared))

    def list(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> builtins.list[Offer]:
        """List offers.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            builtins.list[Offer]

        `GET /offers` (listOffers)."""
        prepared = prepare_list_offers(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("builtins.list[Offer]", self._caller.call(prepared))

    def remove_file(
        self,
        id: int,
        *,
        path: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Success:
        """Delete a file of a local offer.

        Args:
            id: Id of the entity.
            path: Path of the file inside the offer. Parts separated by `/`, none empty, `.` or `..`, no backslash (the fake keeps files inside the entity; the tracker's own rules are not documented: G). Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Success

        `DELETE /offers/{id}/remove_file` (removeOfferFile)."""
        prepared = prepare_remove_offer_file(id, path=path, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("Success", self._caller.call(prepared))

    def update(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        group_id: int | None | Unset = UNSET,
        offer_type: str | Unset = UNSET,
        action_type: str | Unset = UNSET,
        action_payload: None | OfferUpdateActionPayloadType1 | Mapping[str, Any] | str | Unset = UNSET,
        affiliate_network_id: int | None | Unset = UNSET,
        payout_value: float | Unset = UNSET,
        payout_currency: str | Unset = UNSET,
        payout_type: PayoutType | Unset = UNSET,
        state: OfferState | Unset = UNSET,
        payout_auto: bool | Unset = UNSET,
        payout_upsell: bool | Unset = UNSET,
        country: Sequence[str] | Unset = UNSET,
        notes: str | Unset = UNSET,
        archive: str | Unset = UNSET,
        conversion_cap_enabled: bool | Unset = UNSET,
        daily_cap: float | Unset = UNSET,
        conversion_timezone: str | Unset = UNSET,
        alternative_offer_id: int | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Offer:
        """Change an offer.

        Args:
            id: Id of the entity.
            name: Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G).
            group_id: Group the entity belongs to, or null. May be None.
            offer_type: `external`, `local` or `preloaded`.
            action_type: How the offer opens, e.g. `http`. The offer URL goes in `action_payload`.
            action_payload: What the action uses: a URL, a page body or a settings object, depending on `action_type`. May be None.
            affiliate_network_id: Affiliate network of the offer, or null. May be None.
            payout_value: Payout per conversion.
            payout_currency: ISO 4217 currency code of the payout.
            payout_type: Payout model. One of: 'CPA', 'CPC'.
            state: New state. One of: 'active', 'deleted'.
            payout_auto: Take the payout from the postback.
            payout_upsell: Count upsell conversions for payout.
            country: Country codes (ISO 3166-1 alpha-2) the offer accepts.
            notes: Free text notes.
            archive: Base64 zip archive of a local offer.
            conversion_cap_enabled: Limit conversions per day (`daily_cap`).
            daily_cap: Conversions allowed per day when the cap is on.
            conversion_timezone: Time zone the daily cap counts in.
            alternative_offer_id: Offer that receives traffic once the cap is reached. May be None.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Offer

        `PUT /offers/{id}` (updateOffer)."""
        prepared = prepare_update_offer(
            id,
            name=name,
            group_id=group_id,
            offer_type=offer_type,
            action_type=action_type,
            action_payload=action_payload,
            affiliate_network_id=affiliate_network_id,
            payout_value=payout_value,
            payout_currency=payout_currency,
            payout_type=payout_type,
            state=state,
            payout_auto=payout_auto,
            payout_upsell=payout_upsell,
            country=country,
            notes=notes,
            archive=archive,
            conversion_cap_enabled=conversion_cap_enabled,
            daily_cap=daily_cap,
            conversion_timezone=conversion_timezone,
            alternative_offer_id=alternative_offer_id,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("Offer", self._caller.call(prepared))

    def update_file(
        self,
        id: int,
        *,
        path: str,
        data: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> FilePath:
        """Replace the content of a file of a local offer.

        The content travels in the query string, so large files may exceed URL limits.

        Args:
            id: Id of the entity.
            path: Path of the file inside the offer. Parts separated by `/`, none empty, `.` or `..`, no backslash (the fake keeps files inside the entity; the tracker's own rules are not documented: G). Required.
            data: New content. Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            FilePath

        `PUT /offers/{id}/update_file` (updateOfferFile)."""
        prepared = prepare_update_offer_file(id, path=path, data=data, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("FilePath", self._caller.call(prepared))


class AsyncOffersResource:
    """Offers: the pages that convert, usually on an affiliate network."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def add_file(
        self,
        id: int,
        *,
        path: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> FilePath:
        """Create an empty file in a local offer.

        Args:
            id: Id of the entity.
            path: Path of the new file inside the offer. Parts separated by `/`, none empty, `.` or `..`, no backslash (the fake keeps files inside the entity; the tracker's own rules are not documented: G). Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            FilePath

        `POST /offers/{id}/add_file` (addOfferFile)."""
        prepared = prepare_add_offer_file(id, path=path, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("FilePath", await self._caller.call(prepared))

    async def clone(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Offer:
        """Copy an offer.

        Answer shapes (x-keitaro-answers): the object, or a list holding only it, which the SDK unwraps. Evidence: wirgen/keitaro src/Keitaro.php (a PHP client whose tests ran against a real tracker) reads the clone answer of campaigns and affiliate networks as `$result[0]` (observed, medium confidence; other entities assumed alike). Any 2xx status is accepted.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Offer

        `POST /offers/{id}/clone` (cloneOffer)."""
        prepared = prepare_clone_offer(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("Offer", await self._caller.call(prepared))

    async def create(
        self,
        *,
        name: str,
        group_id: int | None | Unset = UNSET,
        offer_type: str | Unset = UNSET,
        action_type: str | Unset = UNSET,
        action_payload: None | OfferUpdateActionPayloadType1 | Mapping[str, Any] | str | Unset = UNSET,
        affiliate_network_id: int | None | Unset = UNSET,
        payout_value: float | Unset = UNSET,
        payout_currency: str | Unset = UNSET,
        payout_type: PayoutType | Unset = UNSET,
        state: OfferState | Unset = UNSET,
        payout_auto: bool | Unset = UNSET,
        payout_upsell: bool | Unset = UNSET,
        country: Sequence[str] | Unset = UNSET,
        notes: str | Unset = UNSET,
        archive: str | Unset = UNSET,
        conversion_cap_enabled: bool | Unset = UNSET,
        daily_cap: float | Unset = UNSET,
        conversion_timezone: str | Unset = UNSET,
        alternative_offer_id: int | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Offer:
        """Create an offer.

        Args:
            name: Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G). Required.
            group_id: Group the entity belongs to, or null. May be None.
            offer_type: `external`, `local` or `preloaded`.
            action_type: How the offer opens, e.g. `http`. The offer URL goes in `action_payload`.
            action_payload: What the action uses: a URL, a page body or a settings object, depending on `action_type`. May be None.
            affiliate_network_id: Affiliate network of the offer, or null. May be None.
            payout_value: Payout per conversion.
            payout_currency: ISO 4217 currency code of the payout.
            payout_type: Payout model. One of: 'CPA', 'CPC'.
            state: New state. One of: 'active', 'deleted'.
            payout_auto: Take the payout from the postback.
            payout_upsell: Count upsell conversions for payout.
            country: Country codes (ISO 3166-1 alpha-2) the offer accepts.
            notes: Free text notes.
            archive: Base64 zip archive of a local offer.
            conversion_cap_enabled: Limit conversions per day (`daily_cap`).
            daily_cap: Conversions allowed per day when the cap is on.
            conversion_timezone: Time zone the daily cap counts in.
            alternative_offer_id: Offer that receives traffic once the cap is reached. May be None.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Offer

        `POST /offers` (createOffer)."""
        prepared = prepare_create_offer(
            name=name,
            group_id=group_id,
            offer_type=offer_type,
            action_type=action_type,
            action_payload=action_payload,
            affiliate_network_id=affiliate_network_id,
            payout_value=payout_value,
            payout_currency=payout_currency,
            payout_type=payout_type,
            state=state,
            payout_auto=payout_auto,
            payout_upsell=payout_upsell,
            country=country,
            notes=notes,
            archive=archive,
            conversion_cap_enabled=conversion_cap_enabled,
            daily_cap=daily_cap,
            conversion_timezone=conversion_timezone,
            alternative_offer_id=alternative_offer_id,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("Offer", await self._caller.call(prepared))

    async def delete(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Offer | None:
        """Archive an offer.

        Offers are archived through `/archive`; plain `DELETE /offers/{id}` is not part of the API. Answer shapes (x-keitaro-answers): the object; a list holding only it (unwrapped); or an empty body, then the SDK returns None. Evidence: Keitaro's published document declares bodiless answers for the sibling calls `DELETE /traffic_sources/{id}` (200) and `DELETE /users/{id}` (201), and wirgen/keitaro src/Keitaro.php reads nothing from archive and restore answers (low confidence for this operation: tolerated, not seen). The status may be 200 or 201 whatever the document says: wirgen/keitaro treats any status but 200 as a failure and still archives campaigns, where the published document says 201 (medium confidence).

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Offer | None

        `DELETE /offers/{id}/archive` (deleteOffer)."""
        prepared = prepare_delete_offer(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("Offer | None", await self._caller.call(prepared))

    async def download(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> File:
        """Download a local offer as a zip.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            File

        `GET /offers/{id}/download` (downloadOffer)."""
        prepared = prepare_download_offer(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("File", await self._caller.call(prepared))

    async def get(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Offer:
        """Get one offer.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Offer

        `GET /offers/{id}` (getOffer)."""
        prepared = prepare_get_offer(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("Offer", await self._caller.call(prepared))

    async def get_file(
        self,
        id: int,
        *,
        path: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> FileContent:
        """Read a file of a local offer.

        Args:
            id: Id of the entity.
            path: Path of the file inside the offer. Parts separated by `/`, none empty, `.` or `..`, no backslash (the fake keeps files inside the entity; the tracker's own rules are not documented: G). Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            FileContent

        `GET /offers/{id}/get_file` (getOfferFile)."""
        prepared = prepare_get_offer_file(id, path=path, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("FileContent", await self._caller.call(prepared))

    async def get_file_tree(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> FileTree:
        """List the files of a local offer.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            FileTree

        `GET /offers/{id}/get_structure` (getOfferFileTree)."""
        prepared = prepare_get_offer_file_tree(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("FileTree", await self._caller.call(prepared))

    async def list(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> builtins.list[Offer]:
        """List offers.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            builtins.list[Offer]

        `GET /offers` (listOffers)."""
        prepared = prepare_list_offers(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("builtins.list[Offer]", await self._caller.call(prepared))

    async def remove_file(
        self,
        id: int,
        *,
        path: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Success:
        """Delete a file of a local offer.

        Args:
            id: Id of the entity.
            path: Path of the file inside the offer. Parts separated by `/`, none empty, `.` or `..`, no backslash (the fake keeps files inside the entity; the tracker's own rules are not documented: G). Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Success

        `DELETE /offers/{id}/remove_file` (removeOfferFile)."""
        prepared = prepare_remove_offer_file(id, path=path, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("Success", await self._caller.call(prepared))

    async def update(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        group_id: int | None | Unset = UNSET,
        offer_type: str | Unset = UNSET,
        action_type: str | Unset = UNSET,
        action_payload: None | OfferUpdateActionPayloadType1 | Mapping[str, Any] | str | Unset = UNSET,
        affiliate_network_id: int | None | Unset = UNSET,
        payout_value: float | Unset = UNSET,
        payout_currency: str | Unset = UNSET,
        payout_type: PayoutType | Unset = UNSET,
        state: OfferState | Unset = UNSET,
        payout_auto: bool | Unset = UNSET,
        payout_upsell: bool | Unset = UNSET,
        country: Sequence[str] | Unset = UNSET,
        notes: str | Unset = UNSET,
        archive: str | Unset = UNSET,
        conversion_cap_enabled: bool | Unset = UNSET,
        daily_cap: float | Unset = UNSET,
        conversion_timezone: str | Unset = UNSET,
        alternative_offer_id: int | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Offer:
        """Change an offer.

        Args:
            id: Id of the entity.
            name: Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G).
            group_id: Group the entity belongs to, or null. May be None.
            offer_type: `external`, `local` or `preloaded`.
            action_type: How the offer opens, e.g. `http`. The offer URL goes in `action_payload`.
            action_payload: What the action uses: a URL, a page body or a settings object, depending on `action_type`. May be None.
            affiliate_network_id: Affiliate network of the offer, or null. May be None.
            payout_value: Payout per conversion.
            payout_currency: ISO 4217 currency code of the payout.
            payout_type: Payout model. One of: 'CPA', 'CPC'.
            state: New state. One of: 'active', 'deleted'.
            payout_auto: Take the payout from the postback.
            payout_upsell: Count upsell conversions for payout.
            country: Country codes (ISO 3166-1 alpha-2) the offer accepts.
            notes: Free text notes.
            archive: Base64 zip archive of a local offer.
            conversion_cap_enabled: Limit conversions per day (`daily_cap`).
            daily_cap: Conversions allowed per day when the cap is on.
            conversion_timezone: Time zone the daily cap counts in.
            alternative_offer_id: Offer that receives traffic once the cap is reached. May be None.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Offer

        `PUT /offers/{id}` (updateOffer)."""
        prepared = prepare_update_offer(
            id,
            name=name,
            group_id=group_id,
            offer_type=offer_type,
            action_type=action_type,
            action_payload=action_payload,
            affiliate_network_id=affiliate_network_id,
            payout_value=payout_value,
            payout_currency=payout_currency,
            payout_type=payout_type,
            state=state,
            payout_auto=payout_auto,
            payout_upsell=payout_upsell,
            country=country,
            notes=notes,
            archive=archive,
            conversion_cap_enabled=conversion_cap_enabled,
            daily_cap=daily_cap,
            conversion_timezone=conversion_timezone,
            alternative_offer_id=alternative_offer_id,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("Offer", await self._caller.call(prepared))

    async def update_file(
        self,
        id: int,
        *,
        path: str,
        data: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> FilePath:
        """Replace the content of a file of a local offer.

        The content travels in the query string, so large files may exceed URL limits.

        Args:
            id: Id of the entity.
            path: Path of the file inside the offer. Parts separated by `/`, none empty, `.` or `..`, no backslash (the fake keeps files inside the entity; the tracker's own rules are not documented: G). Required.
            data: New content. Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            FilePath

        `PUT /offers/{id}/update_file` (updateOfferFile)."""
        prepared = prepare_update_offer_file(id, path=path, data=data, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("FilePath", await self._caller.call(prepared))


class BatchOffersResource:
    """Offers: the pages that convert, usually on an affiliate network. Calls are recorded and run when the batch ends."""

    def __init__(self, caller: BatchCaller) -> None:
        self._caller = caller

    def add_file(
        self,
        id: int,
        *,
        path: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[FilePath]:
        """Create an empty file in a local offer.

        Args:
            id: Id of the entity.
            path: Path of the new file inside the offer. Parts separated by `/`, none empty, `.` or `..`, no backslash (the fake keeps files inside the entity; the tracker's own rules are not documented: G). Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            FilePath

        `POST /offers/{id}/add_file` (addOfferFile)."""
        prepared = prepare_add_offer_file(id, path=path, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[FilePath]", self._caller.call(prepared))

    def clone(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[Offer]:
        """Copy an offer.

        Answer shapes (x-keitaro-answers): the object, or a list holding only it, which the SDK unwraps. Evidence: wirgen/keitaro src/Keitaro.php (a PHP client whose tests ran against a real tracker) reads the clone answer of campaigns and affiliate networks as `$result[0]` (observed, medium confidence; other entities assumed alike). Any 2xx status is accepted.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Offer

        `POST /offers/{id}/clone` (cloneOffer)."""
        prepared = prepare_clone_offer(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[Offer]", self._caller.call(prepared))

    def create(
        self,
        *,
        name: str,
        group_id: int | None | Unset = UNSET,
        offer_type: str | Unset = UNSET,
        action_type: str | Unset = UNSET,
        action_payload: None | OfferUpdateActionPayloadType1 | Mapping[str, Any] | str | Unset = UNSET,
        affiliate_network_id: int | None | Unset = UNSET,
        payout_value: float | Unset = UNSET,
        payout_currency: str | Unset = UNSET,
        payout_type: PayoutType | Unset = UNSET,
        state: OfferState | Unset = UNSET,
        payout_auto: bool | Unset = UNSET,
        payout_upsell: bool | Unset = UNSET,
        country: Sequence[str] | Unset = UNSET,
        notes: str | Unset = UNSET,
        archive: str | Unset = UNSET,
        conversion_cap_enabled: bool | Unset = UNSET,
        daily_cap: float | Unset = UNSET,
        conversion_timezone: str | Unset = UNSET,
        alternative_offer_id: int | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[Offer]:
        """Create an offer.

        Args:
            name: Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G). Required.
            group_id: Group the entity belongs to, or null. May be None.
            offer_type: `external`, `local` or `preloaded`.
            action_type: How the offer opens, e.g. `http`. The offer URL goes in `action_payload`.
            action_payload: What the action uses: a URL, a page body or a settings object, depending on `action_type`. May be None.
            affiliate_network_id: Affiliate network of the offer, or null. May be None.
            payout_value: Payout per conversion.
            payout_currency: ISO 4217 currency code of the payout.
            payout_type: Payout model. One of: 'CPA', 'CPC'.
            state: New state. One of: 'active', 'deleted'.
            payout_auto: Take the payout from the postback.
            payout_upsell: Count upsell conversions for payout.
            country: Country codes (ISO 3166-1 alpha-2) the offer accepts.
            notes: Free text notes.
            archive: Base64 zip archive of a local offer.
            conversion_cap_enabled: Limit conversions per day (`daily_cap`).
            daily_cap: Conversions allowed per day when the cap is on.
            conversion_timezone: Time zone the daily cap counts in.
            alternative_offer_id: Offer that receives traffic once the cap is reached. May be None.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Offer

        `POST /offers` (createOffer)."""
        prepared = prepare_create_offer(
            name=name,
            group_id=group_id,
            offer_type=offer_type,
            action_type=action_type,
            action_payload=action_payload,
            affiliate_network_id=affiliate_network_id,
            payout_value=payout_value,
            payout_currency=payout_currency,
            payout_type=payout_type,
            state=state,
            payout_auto=payout_auto,
            payout_upsell=payout_upsell,
            country=country,
            notes=notes,
            archive=archive,
            conversion_cap_enabled=conversion_cap_enabled,
            daily_cap=daily_cap,
            conversion_timezone=conversion_timezone,
            alternative_offer_id=alternative_offer_id,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[Offer]", self._caller.call(prepared))

    def delete(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[Offer | None]:
        """Archive an offer.

        Offers are archived through `/archive`; plain `DELETE /offers/{id}` is not part of the API. Answer shapes (x-keitaro-answers): the object; a list holding only it (unwrapped); or an empty body, then the SDK returns None. Evidence: Keitaro's published document declares bodiless answers for the sibling calls `DELETE /traffic_sources/{id}` (200) and `DELETE /users/{id}` (201), and wirgen/keitaro src/Keitaro.php reads nothing from archive and restore answers (low confidence for this operation: tolerated, not seen). The status may be 200 or 201 whatever the document says: wirgen/keitaro treats any status but 200 as a failure and still archives campaigns, where the published document says 201 (medium confidence).

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Offer | None

        `DELETE /offers/{id}/archive` (deleteOffer)."""
        prepared = prepare_delete_offer(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[Offer | None]", self._caller.call(prepared))

    def download(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[File]:
        """Download a local offer as a zip.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            File

        `GET /offers/{id}/download` (downloadOffer)."""
        prepared = prepare_download_offer(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[File]", self._caller.call(prepared))

    def get(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[Offer]:
        """Get one offer.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Offer

        `GET /offers/{id}` (getOffer)."""
        prepared = prepare_get_offer(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[Offer]", self._caller.call(prepared))

    def get_file(
        self,
        id: int,
        *,
        path: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[FileContent]:
        """Read a file of a local offer.

        Args:
            id: Id of the entity.
            path: Path of the file inside the offer. Parts separated by `/`, none empty, `.` or `..`, no backslash (the fake keeps files inside the entity; the tracker's own rules are not documented: G). Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            FileContent

        `GET /offers/{id}/get_file` (getOfferFile)."""
        prepared = prepare_get_offer_file(id, path=path, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[FileContent]", self._caller.call(prepared))

    def get_file_tree(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[FileTree]:
        """List the files of a local offer.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            FileTree

        `GET /offers/{id}/get_structure` (getOfferFileTree)."""
        prepared = prepare_get_offer_file_tree(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[FileTree]", self._caller.call(prepared))

    def list(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[builtins.list[Offer]]:
        """List offers.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            builtins.list[Offer]

        `GET /offers` (listOffers)."""
        prepared = prepare_list_offers(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[builtins.list[Offer]]", self._caller.call(prepared))

    def remove_file(
        self,
        id: int,
        *,
        path: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[Success]:
        """Delete a file of a local offer.

        Args:
            id: Id of the entity.
            path: Path of the file inside the offer. Parts separated by `/`, none empty, `.` or `..`, no backslash (the fake keeps files inside the entity; the tracker's own rules are not documented: G). Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Success

        `DELETE /offers/{id}/remove_file` (removeOfferFile)."""
        prepared = prepare_remove_offer_file(id, path=path, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[Success]", self._caller.call(prepared))

    def update(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        group_id: int | None | Unset = UNSET,
        offer_type: str | Unset = UNSET,
        action_type: str | Unset = UNSET,
        action_payload: None | OfferUpdateActionPayloadType1 | Mapping[str, Any] | str | Unset = UNSET,
        affiliate_network_id: int | None | Unset = UNSET,
        payout_value: float | Unset = UNSET,
        payout_currency: str | Unset = UNSET,
        payout_type: PayoutType | Unset = UNSET,
        state: OfferState | Unset = UNSET,
        payout_auto: bool | Unset = UNSET,
        payout_upsell: bool | Unset = UNSET,
        country: Sequence[str] | Unset = UNSET,
        notes: str | Unset = UNSET,
        archive: str | Unset = UNSET,
        conversion_cap_enabled: bool | Unset = UNSET,
        daily_cap: float | Unset = UNSET,
        conversion_timezone: str | Unset = UNSET,
        alternative_offer_id: int | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[Offer]:
        """Change an offer.

        Args:
            id: Id of the entity.
            name: Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G).
            group_id: Group the entity belongs to, or null. May be None.
            offer_type: `external`, `local` or `preloaded`.
            action_type: How the offer opens, e.g. `http`. The offer URL goes in `action_payload`.
            action_payload: What the action uses: a URL, a page body or a settings object, depending on `action_type`. May be None.
            affiliate_network_id: Affiliate network of the offer, or null. May be None.
            payout_value: Payout per conversion.
            payout_currency: ISO 4217 currency code of the payout.
            payout_type: Payout model. One of: 'CPA', 'CPC'.
            state: New state. One of: 'active', 'deleted'.
            payout_auto: Take the payout from the postback.
            payout_upsell: Count upsell conversions for payout.
            country: Country codes (ISO 3166-1 alpha-2) the offer accepts.
            notes: Free text notes.
            archive: Base64 zip archive of a local offer.
            conversion_cap_enabled: Limit conversions per day (`daily_cap`).
            daily_cap: Conversions allowed per day when the cap is on.
            conversion_timezone: Time zone the daily cap counts in.
            alternative_offer_id: Offer that receives traffic once the cap is reached. May be None.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Offer

        `PUT /offers/{id}` (updateOffer)."""
        prepared = prepare_update_offer(
            id,
            name=name,
            group_id=group_id,
            offer_type=offer_type,
            action_type=action_type,
            action_payload=action_payload,
            affiliate_network_id=affiliate_network_id,
            payout_value=payout_value,
            payout_currency=payout_currency,
            payout_type=payout_type,
            state=state,
            payout_auto=payout_auto,
            payout_upsell=payout_upsell,
            country=country,
            notes=notes,
            archive=archive,
            conversion_cap_enabled=conversion_cap_enabled,
            daily_cap=daily_cap,
            conversion_timezone=conversion_timezone,
            alternative_offer_id=alternative_offer_id,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[Offer]", self._caller.call(prepared))

    def update_file(
        self,
        id: int,
        *,
        path: str,
        data: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[FilePath]:
        """Replace the content of a file of a local offer.

        The content travels in the query string, so large files may exceed URL limits.

        Args:
            id: Id of the entity.
            path: Path of the file inside the offer. Parts separated by `/`, none empty, `.` or `..`, no backslash (the fake keeps files inside the entity; the tracker's own rules are not documented: G). Required.
            data: New content. Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            FilePath

        `PUT /offers/{id}/update_file` (updateOfferFile)."""
        prepared = prepare_update_offer_file(id, path=path, data=data, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[FilePath]", self._caller.call(prepared))


class RawOffersResource:
    """Offers: the pages that convert, usually on an affiliate network. Each call returns the raw response; `.parse()` gives the model."""

    def __init__(self, caller: RawCaller) -> None:
        self._caller = caller

    def add_file(
        self,
        id: int,
        *,
        path: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[FilePath]:
        """Create an empty file in a local offer.

        Args:
            id: Id of the entity.
            path: Path of the new file inside the offer. Parts separated by `/`, none empty, `.` or `..`, no backslash (the fake keeps files inside the entity; the tracker's own rules are not documented: G). Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            FilePath

        `POST /offers/{id}/add_file` (addOfferFile)."""
        prepared = prepare_add_offer_file(id, path=path, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[FilePath]", self._caller.call(prepared))

    def clone(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Offer]:
        """Copy an offer.

        Answer shapes (x-keitaro-answers): the object, or a list holding only it, which the SDK unwraps. Evidence: wirgen/keitaro src/Keitaro.php (a PHP client whose tests ran against a real tracker) reads the clone answer of campaigns and affiliate networks as `$result[0]` (observed, medium confidence; other entities assumed alike). Any 2xx status is accepted.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Offer

        `POST /offers/{id}/clone` (cloneOffer)."""
        prepared = prepare_clone_offer(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[Offer]", self._caller.call(prepared))

    def create(
        self,
        *,
        name: str,
        group_id: int | None | Unset = UNSET,
        offer_type: str | Unset = UNSET,
        action_type: str | Unset = UNSET,
        action_payload: None | OfferUpdateActionPayloadType1 | Mapping[str, Any] | str | Unset = UNSET,
        affiliate_network_id: int | None | Unset = UNSET,
        payout_value: float | Unset = UNSET,
        payout_currency: str | Unset = UNSET,
        payout_type: PayoutType | Unset = UNSET,
        state: OfferState | Unset = UNSET,
        payout_auto: bool | Unset = UNSET,
        payout_upsell: bool | Unset = UNSET,
        country: Sequence[str] | Unset = UNSET,
        notes: str | Unset = UNSET,
        archive: str | Unset = UNSET,
        conversion_cap_enabled: bool | Unset = UNSET,
        daily_cap: float | Unset = UNSET,
        conversion_timezone: str | Unset = UNSET,
        alternative_offer_id: int | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Offer]:
        """Create an offer.

        Args:
            name: Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G). Required.
            group_id: Group the entity belongs to, or null. May be None.
            offer_type: `external`, `local` or `preloaded`.
            action_type: How the offer opens, e.g. `http`. The offer URL goes in `action_payload`.
            action_payload: What the action uses: a URL, a page body or a settings object, depending on `action_type`. May be None.
            affiliate_network_id: Affiliate network of the offer, or null. May be None.
            payout_value: Payout per conversion.
            payout_currency: ISO 4217 currency code of the payout.
            payout_type: Payout model. One of: 'CPA', 'CPC'.
            state: New state. One of: 'active', 'deleted'.
            payout_auto: Take the payout from the postback.
            payout_upsell: Count upsell conversions for payout.
            country: Country codes (ISO 3166-1 alpha-2) the offer accepts.
            notes: Free text notes.
            archive: Base64 zip archive of a local offer.
            conversion_cap_enabled: Limit conversions per day (`daily_cap`).
            daily_cap: Conversions allowed per day when the cap is on.
            conversion_timezone: Time zone the daily cap counts in.
            alternative_offer_id: Offer that receives traffic once the cap is reached. May be None.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Offer

        `POST /offers` (createOffer)."""
        prepared = prepare_create_offer(
            name=name,
            group_id=group_id,
            offer_type=offer_type,
            action_type=action_type,
            action_payload=action_payload,
            affiliate_network_id=affiliate_network_id,
            payout_value=payout_value,
            payout_currency=payout_currency,
            payout_type=payout_type,
            state=state,
            payout_auto=payout_auto,
            payout_upsell=payout_upsell,
            country=country,
            notes=notes,
            archive=archive,
            conversion_cap_enabled=conversion_cap_enabled,
            daily_cap=daily_cap,
            conversion_timezone=conversion_timezone,
            alternative_offer_id=alternative_offer_id,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[Offer]", self._caller.call(prepared))

    def delete(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Offer | None]:
        """Archive an offer.

        Offers are archived through `/archive`; plain `DELETE /offers/{id}` is not part of the API. Answer shapes (x-keitaro-answers): the object; a list holding only it (unwrapped); or an empty body, then the SDK returns None. Evidence: Keitaro's published document declares bodiless answers for the sibling calls `DELETE /traffic_sources/{id}` (200) and `DELETE /users/{id}` (201), and wirgen/keitaro src/Keitaro.php reads nothing from archive and restore answers (low confidence for this operation: tolerated, not seen). The status may be 200 or 201 whatever the document says: wirgen/keitaro treats any status but 200 as a failure and still archives campaigns, where the published document says 201 (medium confidence).

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Offer | None

        `DELETE /offers/{id}/archive` (deleteOffer)."""
        prepared = prepare_delete_offer(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[Offer | None]", self._caller.call(prepared))

    def download(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[File]:
        """Download a local offer as a zip.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            File

        `GET /offers/{id}/download` (downloadOffer)."""
        prepared = prepare_download_offer(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[File]", self._caller.call(prepared))

    def get(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Offer]:
        """Get one offer.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Offer

        `GET /offers/{id}` (getOffer)."""
        prepared = prepare_get_offer(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[Offer]", self._caller.call(prepared))

    def get_file(
        self,
        id: int,
        *,
        path: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[FileContent]:
        """Read a file of a local offer.

        Args:
            id: Id of the entity.
            path: Path of the file inside the offer. Parts separated by `/`, none empty, `.` or `..`, no backslash (the fake keeps files inside the entity; the tracker's own rules are not documented: G). Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            FileContent

        `GET /offers/{id}/get_file` (getOfferFile)."""
        prepared = prepare_get_offer_file(id, path=path, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[FileContent]", self._caller.call(prepared))

    def get_file_tree(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[FileTree]:
        """List the files of a local offer.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            FileTree

        `GET /offers/{id}/get_structure` (getOfferFileTree)."""
        prepared = prepare_get_offer_file_tree(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[FileTree]", self._caller.call(prepared))

    def list(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[builtins.list[Offer]]:
        """List offers.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            builtins.list[Offer]

        `GET /offers` (listOffers)."""
        prepared = prepare_list_offers(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[builtins.list[Offer]]", self._caller.call(prepared))

    def remove_file(
        self,
        id: int,
        *,
        path: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Success]:
        """Delete a file of a local offer.

        Args:
            id: Id of the entity.
            path: Path of the file inside the offer. Parts separated by `/`, none empty, `.` or `..`, no backslash (the fake keeps files inside the entity; the tracker's own rules are not documented: G). Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Success

        `DELETE /offers/{id}/remove_file` (removeOfferFile)."""
        prepared = prepare_remove_offer_file(id, path=path, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[Success]", self._caller.call(prepared))

    def update(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        group_id: int | None | Unset = UNSET,
        offer_type: str | Unset = UNSET,
        action_type: str | Unset = UNSET,
        action_payload: None | OfferUpdateActionPayloadType1 | Mapping[str, Any] | str | Unset = UNSET,
        affiliate_network_id: int | None | Unset = UNSET,
        payout_value: float | Unset = UNSET,
        payout_currency: str | Unset = UNSET,
        payout_type: PayoutType | Unset = UNSET,
        state: OfferState | Unset = UNSET,
        payout_auto: bool | Unset = UNSET,
        payout_upsell: bool | Unset = UNSET,
        country: Sequence[str] | Unset = UNSET,
        notes: str | Unset = UNSET,
        archive: str | Unset = UNSET,
        conversion_cap_enabled: bool | Unset = UNSET,
        daily_cap: float | Unset = UNSET,
        conversion_timezone: str | Unset = UNSET,
        alternative_offer_id: int | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Offer]:
        """Change an offer.

        Args:
            id: Id of the entity.
            name: Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G).
            group_id: Group the entity belongs to, or null. May be None.
            offer_type: `external`, `local` or `preloaded`.
            action_type: How the offer opens, e.g. `http`. The offer URL goes in `action_payload`.
            action_payload: What the action uses: a URL, a page body or a settings object, depending on `action_type`. May be None.
            affiliate_network_id: Affiliate network of the offer, or null. May be None.
            payout_value: Payout per conversion.
            payout_currency: ISO 4217 currency code of the payout.
            payout_type: Payout model. One of: 'CPA', 'CPC'.
            state: New state. One of: 'active', 'deleted'.
            payout_auto: Take the payout from the postback.
            payout_upsell: Count upsell conversions for payout.
            country: Country codes (ISO 3166-1 alpha-2) the offer accepts.
            notes: Free text notes.
            archive: Base64 zip archive of a local offer.
            conversion_cap_enabled: Limit conversions per day (`daily_cap`).
            daily_cap: Conversions allowed per day when the cap is on.
            conversion_timezone: Time zone the daily cap counts in.
            alternative_offer_id: Offer that receives traffic once the cap is reached. May be None.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Offer

        `PUT /offers/{id}` (updateOffer)."""
        prepared = prepare_update_offer(
            id,
            name=name,
            group_id=group_id,
            offer_type=offer_type,
            action_type=action_type,
            action_payload=action_payload,
            affiliate_network_id=affiliate_network_id,
            payout_value=payout_value,
            payout_currency=payout_currency,
            payout_type=payout_type,
            state=state,
            payout_auto=payout_auto,
            payout_upsell=payout_upsell,
            country=country,
            notes=notes,
            archive=archive,
            conversion_cap_enabled=conversion_cap_enabled,
            daily_cap=daily_cap,
            conversion_timezone=conversion_timezone,
            alternative_offer_id=alternative_offer_id,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[Offer]", self._caller.call(prepared))

    def update_file(
        self,
        id: int,
        *,
        path: str,
        data: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[FilePath]:
        """Replace the content of a file of a local offer.

        The content travels in the query string, so large files may exceed URL limits.

        Args:
            id: Id of the entity.
            path: Path of the file inside the offer. Parts separated by `/`, none empty, `.` or `..`, no backslash (the fake keeps files inside the entity; the tracker's own rules are not documented: G). Required.
            data: New content. Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            FilePath

        `PUT /offers/{id}/update_file` (updateOfferFile)."""
        prepared = prepare_update_offer_file(id, path=path, data=data, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[FilePath]", self._caller.call(prepared))


class AsyncRawOffersResource:
    """Offers: the pages that convert, usually on an affiliate network. Each call returns the raw response."""

    def __init__(self, caller: AsyncRawCaller) -> None:
        self._caller = caller

    async def add_file(
        self,
        id: int,
        *,
        path: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[FilePath]:
        """Create an empty file in a local offer.

        Args:
            id: Id of the entity.
            path: Path of the new file inside the offer. Parts separated by `/`, none empty, `.` or `..`, no backslash (the fake keeps files inside the entity; the tracker's own rules are not documented: G). Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            FilePath

        `POST /offers/{id}/add_file` (addOfferFile)."""
        prepared = prepare_add_offer_file(id, path=path, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[FilePath]", await self._caller.call(prepared))

    async def clone(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Offer]:
        """Copy an offer.

        Answer shapes (x-keitaro-answers): the object, or a list holding only it, which the SDK unwraps. Evidence: wirgen/keitaro src/Keitaro.php (a PHP client whose tests ran against a real tracker) reads the clone answer of campaigns and affiliate networks as `$result[0]` (observed, medium confidence; other entities assumed alike). Any 2xx status is accepted.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Offer

        `POST /offers/{id}/clone` (cloneOffer)."""
        prepared = prepare_clone_offer(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[Offer]", await self._caller.call(prepared))

    async def create(
        self,
        *,
        name: str,
        group_id: int | None | Unset = UNSET,
        offer_type: str | Unset = UNSET,
        action_type: str | Unset = UNSET,
        action_payload: None | OfferUpdateActionPayloadType1 | Mapping[str, Any] | str | Unset = UNSET,
        affiliate_network_id: int | None | Unset = UNSET,
        payout_value: float | Unset = UNSET,
        payout_currency: str | Unset = UNSET,
        payout_type: PayoutType | Unset = UNSET,
        state: OfferState | Unset = UNSET,
        payout_auto: bool | Unset = UNSET,
        payout_upsell: bool | Unset = UNSET,
        country: Sequence[str] | Unset = UNSET,
        notes: str | Unset = UNSET,
        archive: str | Unset = UNSET,
        conversion_cap_enabled: bool | Unset = UNSET,
        daily_cap: float | Unset = UNSET,
        conversion_timezone: str | Unset = UNSET,
        alternative_offer_id: int | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Offer]:
        """Create an offer.

        Args:
            name: Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G). Required.
            group_id: Group the entity belongs to, or null. May be None.
            offer_type: `external`, `local` or `preloaded`.
            action_type: How the offer opens, e.g. `http`. The offer URL goes in `action_payload`.
            action_payload: What the action uses: a URL, a page body or a settings object, depending on `action_type`. May be None.
            affiliate_network_id: Affiliate network of the offer, or null. May be None.
            payout_value: Payout per conversion.
            payout_currency: ISO 4217 currency code of the payout.
            payout_type: Payout model. One of: 'CPA', 'CPC'.
            state: New state. One of: 'active', 'deleted'.
            payout_auto: Take the payout from the postback.
            payout_upsell: Count upsell conversions for payout.
            country: Country codes (ISO 3166-1 alpha-2) the offer accepts.
            notes: Free text notes.
            archive: Base64 zip archive of a local offer.
            conversion_cap_enabled: Limit conversions per day (`daily_cap`).
            daily_cap: Conversions allowed per day when the cap is on.
            conversion_timezone: Time zone the daily cap counts in.
            alternative_offer_id: Offer that receives traffic once the cap is reached. May be None.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Offer

        `POST /offers` (createOffer)."""
        prepared = prepare_create_offer(
            name=name,
            group_id=group_id,
            offer_type=offer_type,
            action_type=action_type,
            action_payload=action_payload,
            affiliate_network_id=affiliate_network_id,
            payout_value=payout_value,
            payout_currency=payout_currency,
            payout_type=payout_type,
            state=state,
            payout_auto=payout_auto,
            payout_upsell=payout_upsell,
            country=country,
            notes=notes,
            archive=archive,
            conversion_cap_enabled=conversion_cap_enabled,
            daily_cap=daily_cap,
            conversion_timezone=conversion_timezone,
            alternative_offer_id=alternative_offer_id,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[Offer]", await self._caller.call(prepared))

    async def delete(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Offer | None]:
        """Archive an offer.

        Offers are archived through `/archive`; plain `DELETE /offers/{id}` is not part of the API. Answer shapes (x-keitaro-answers): the object; a list holding only it (unwrapped); or an empty body, then the SDK returns None. Evidence: Keitaro's published document declares bodiless answers for the sibling calls `DELETE /traffic_sources/{id}` (200) and `DELETE /users/{id}` (201), and wirgen/keitaro src/Keitaro.php reads nothing from archive and restore answers (low confidence for this operation: tolerated, not seen). The status may be 200 or 201 whatever the document says: wirgen/keitaro treats any status but 200 as a failure and still archives campaigns, where the published document says 201 (medium confidence).

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Offer | None

        `DELETE /offers/{id}/archive` (deleteOffer)."""
        prepared = prepare_delete_offer(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[Offer | None]", await self._caller.call(prepared))

    async def download(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[File]:
        """Download a local offer as a zip.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            File

        `GET /offers/{id}/download` (downloadOffer)."""
        prepared = prepare_download_offer(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[File]", await self._caller.call(prepared))

    async def get(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Offer]:
        """Get one offer.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Offer

        `GET /offers/{id}` (getOffer)."""
        prepared = prepare_get_offer(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[Offer]", await self._caller.call(prepared))

    async def get_file(
        self,
        id: int,
        *,
        path: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[FileContent]:
        """Read a file of a local offer.

        Args:
            id: Id of the entity.
            path: Path of the file inside the offer. Parts separated by `/`, none empty, `.` or `..`, no backslash (the fake keeps files inside the entity; the tracker's own rules are not documented: G). Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            FileContent

        `GET /offers/{id}/get_file` (getOfferFile)."""
        prepared = prepare_get_offer_file(id, path=path, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[FileContent]", await self._caller.call(prepared))

    async def get_file_tree(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[FileTree]:
        """List the files of a local offer.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            FileTree

        `GET /offers/{id}/get_structure` (getOfferFileTree)."""
        prepared = prepare_get_offer_file_tree(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[FileTree]", await self._caller.call(prepared))

    async def list(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[builtins.list[Offer]]:
        """List offers.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            builtins.list[Offer]

        `GET /offers` (listOffers)."""
        prepared = prepare_list_offers(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[builtins.list[Offer]]", await self._caller.call(prepared))

    async def remove_file(
        self,
        id: int,
        *,
        path: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Success]:
        """Delete a file of a local offer.

        Args:
            id: Id of the entity.
            path: Path of the file inside the offer. Parts separated by `/`, none empty, `.` or `..`, no backslash (the fake keeps files inside the entity; the tracker's own rules are not documented: G). Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Success

        `DELETE /offers/{id}/remove_file` (removeOfferFile)."""
        prepared = prepare_remove_offer_file(id, path=path, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[Success]", await self._caller.call(prepared))

    async def update(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        group_id: int | None | Unset = UNSET,
        offer_type: str | Unset = UNSET,
        action_type: str | Unset = UNSET,
        action_payload: None | OfferUpdateActionPayloadType1 | Mapping[str, Any] | str | Unset = UNSET,
        affiliate_network_id: int | None | Unset = UNSET,
        payout_value: float | Unset = UNSET,
        payout_currency: str | Unset = UNSET,
        payout_type: PayoutType | Unset = UNSET,
        state: OfferState | Unset = UNSET,
        payout_auto: bool | Unset = UNSET,
        payout_upsell: bool | Unset = UNSET,
        country: Sequence[str] | Unset = UNSET,
        notes: str | Unset = UNSET,
        archive: str | Unset = UNSET,
        conversion_cap_enabled: bool | Unset = UNSET,
        daily_cap: float | Unset = UNSET,
        conversion_timezone: str | Unset = UNSET,
        alternative_offer_id: int | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Offer]:
        """Change an offer.

        Args:
            id: Id of the entity.
            name: Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G).
            group_id: Group the entity belongs to, or null. May be None.
            offer_type: `external`, `local` or `preloaded`.
            action_type: How the offer opens, e.g. `http`. The offer URL goes in `action_payload`.
            action_payload: What the action uses: a URL, a page body or a settings object, depending on `action_type`. May be None.
            affiliate_network_id: Affiliate network of the offer, or null. May be None.
            payout_value: Payout per conversion.
            payout_currency: ISO 4217 currency code of the payout.
            payout_type: Payout model. One of: 'CPA', 'CPC'.
            state: New state. One of: 'active', 'deleted'.
            payout_auto: Take the payout from the postback.
            payout_upsell: Count upsell conversions for payout.
            country: Country codes (ISO 3166-1 alpha-2) the offer accepts.
            notes: Free text notes.
            archive: Base64 zip archive of a local offer.
            conversion_cap_enabled: Limit conversions per day (`daily_cap`).
            daily_cap: Conversions allowed per day when the cap is on.
            conversion_timezone: Time zone the daily cap counts in.
            alternative_offer_id: Offer that receives traffic once the cap is reached. May be None.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Offer

        `PUT /offers/{id}` (updateOffer)."""
        prepared = prepare_update_offer(
            id,
            name=name,
            group_id=group_id,
            offer_type=offer_type,
            action_type=action_type,
            action_payload=action_payload,
            affiliate_network_id=affiliate_network_id,
            payout_value=payout_value,
            payout_currency=payout_currency,
            payout_type=payout_type,
            state=state,
            payout_auto=payout_auto,
            payout_upsell=payout_upsell,
            country=country,
            notes=notes,
            archive=archive,
            conversion_cap_enabled=conversion_cap_enabled,
            daily_cap=daily_cap,
            conversion_timezone=conversion_timezone,
            alternative_offer_id=alternative_offer_id,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[Offer]", await self._caller.call(prepared))

    async def update_file(
        self,
        id: int,
        *,
        path: str,
        data: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[FilePath]:
        """Replace the content of a file of a local offer.

        The content travels in the query string, so large files may exceed URL limits.

        Args:
            id: Id of the entity.
            path: Path of the file inside the offer. Parts separated by `/`, none empty, `.` or `..`, no backslash (the fake keeps files inside the entity; the tracker's own rules are not documented: G). Required.
            data: New content. Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            FilePath

        `PUT /offers/{id}/update_file` (updateOfferFile)."""
        prepared = prepare_update_offer_file(id, path=path, data=data, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[FilePath]", await self._caller.call(prepared))


class StreamingOffersResource:
    """Offers: the pages that convert, usually on an affiliate network. Each call is a context manager over the unread answer."""

    def __init__(self, caller: StreamingCaller) -> None:
        self._caller = caller

    def add_file(
        self,
        id: int,
        *,
        path: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[FilePath]]:
        """Create an empty file in a local offer.

        Args:
            id: Id of the entity.
            path: Path of the new file inside the offer. Parts separated by `/`, none empty, `.` or `..`, no backslash (the fake keeps files inside the entity; the tracker's own rules are not documented: G). Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            FilePath

        `POST /offers/{id}/add_file` (addOfferFile)."""
        prepared = prepare_add_offer_file(id, path=path, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[FilePath]]", self._caller.call(prepared))

    def clone(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[Offer]]:
        """Copy an offer.

        Answer shapes (x-keitaro-answers): the object, or a list holding only it, which the SDK unwraps. Evidence: wirgen/keitaro src/Keitaro.php (a PHP client whose tests ran against a real tracker) reads the clone answer of campaigns and affiliate networks as `$result[0]` (observed, medium confidence; other entities assumed alike). Any 2xx status is accepted.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Offer

        `POST /offers/{id}/clone` (cloneOffer)."""
        prepared = prepare_clone_offer(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[Offer]]", self._caller.call(prepared))

    def create(
        self,
        *,
        name: str,
        group_id: int | None | Unset = UNSET,
        offer_type: str | Unset = UNSET,
        action_type: str | Unset = UNSET,
        action_payload: None | OfferUpdateActionPayloadType1 | Mapping[str, Any] | str | Unset = UNSET,
        affiliate_network_id: int | None | Unset = UNSET,
        payout_value: float | Unset = UNSET,
        payout_currency: str | Unset = UNSET,
        payout_type: PayoutType | Unset = UNSET,
        state: OfferState | Unset = UNSET,
        payout_auto: bool | Unset = UNSET,
        payout_upsell: bool | Unset = UNSET,
        country: Sequence[str] | Unset = UNSET,
        notes: str | Unset = UNSET,
        archive: str | Unset = UNSET,
        conversion_cap_enabled: bool | Unset = UNSET,
        daily_cap: float | Unset = UNSET,
        conversion_timezone: str | Unset = UNSET,
        alternative_offer_id: int | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[Offer]]:
        """Create an offer.

        Args:
            name: Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G). Required.
            group_id: Group the entity belongs to, or null. May be None.
            offer_type: `external`, `local` or `preloaded`.
            action_type: How the offer opens, e.g. `http`. The offer URL goes in `action_payload`.
            action_payload: What the action uses: a URL, a page body or a settings object, depending on `action_type`. May be None.
            affiliate_network_id: Affiliate network of the offer, or null. May be None.
            payout_value: Payout per conversion.
            payout_currency: ISO 4217 currency code of the payout.
            payout_type: Payout model. One of: 'CPA', 'CPC'.
            state: New state. One of: 'active', 'deleted'.
            payout_auto: Take the payout from the postback.
            payout_upsell: Count upsell conversions for payout.
            country: Country codes (ISO 3166-1 alpha-2) the offer accepts.
            notes: Free text notes.
            archive: Base64 zip archive of a local offer.
            conversion_cap_enabled: Limit conversions per day (`daily_cap`).
            daily_cap: Conversions allowed per day when the cap is on.
            conversion_timezone: Time zone the daily cap counts in.
            alternative_offer_id: Offer that receives traffic once the cap is reached. May be None.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Offer

        `POST /offers` (createOffer)."""
        prepared = prepare_create_offer(
            name=name,
            group_id=group_id,
            offer_type=offer_type,
            action_type=action_type,
            action_payload=action_payload,
            affiliate_network_id=affiliate_network_id,
            payout_value=payout_value,
            payout_currency=payout_currency,
            payout_type=payout_type,
            state=state,
            payout_auto=payout_auto,
            payout_upsell=payout_upsell,
            country=country,
            notes=notes,
            archive=archive,
            conversion_cap_enabled=conversion_cap_enabled,
            daily_cap=daily_cap,
            conversion_timezone=conversion_timezone,
            alternative_offer_id=alternative_offer_id,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[Offer]]", self._caller.call(prepared))

    def delete(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[Offer | None]]:
        """Archive an offer.

        Offers are archived through `/archive`; plain `DELETE /offers/{id}` is not part of the API. Answer shapes (x-keitaro-answers): the object; a list holding only it (unwrapped); or an empty body, then the SDK returns None. Evidence: Keitaro's published document declares bodiless answers for the sibling calls `DELETE /traffic_sources/{id}` (200) and `DELETE /users/{id}` (201), and wirgen/keitaro src/Keitaro.php reads nothing from archive and restore answers (low confidence for this operation: tolerated, not seen). The status may be 200 or 201 whatever the document says: wirgen/keitaro treats any status but 200 as a failure and still archives campaigns, where the published document says 201 (medium confidence).

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Offer | None

        `DELETE /offers/{id}/archive` (deleteOffer)."""
        prepared = prepare_delete_offer(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[Offer | None]]", self._caller.call(prepared))

    def download(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[File]]:
        """Download a local offer as a zip.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            File

        `GET /offers/{id}/download` (downloadOffer)."""
        prepared = prepare_download_offer(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[File]]", self._caller.call(prepared))

    def get(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[Offer]]:
        """Get one offer.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Offer

        `GET /offers/{id}` (getOffer)."""
        prepared = prepare_get_offer(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[Offer]]", self._caller.call(prepared))

    def get_file(
        self,
        id: int,
        *,
        path: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[FileContent]]:
        """Read a file of a local offer.

        Args:
            id: Id of the entity.
            path: Path of the file inside the offer. Parts separated by `/`, none empty, `.` or `..`, no backslash (the fake keeps files inside the entity; the tracker's own rules are not documented: G). Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            FileContent

        `GET /offers/{id}/get_file` (getOfferFile)."""
        prepared = prepare_get_offer_file(id, path=path, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[FileContent]]", self._caller.call(prepared))

    def get_file_tree(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[FileTree]]:
        """List the files of a local offer.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            FileTree

        `GET /offers/{id}/get_structure` (getOfferFileTree)."""
        prepared = prepare_get_offer_file_tree(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[FileTree]]", self._caller.call(prepared))

    def list(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[builtins.list[Offer]]]:
        """List offers.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            builtins.list[Offer]

        `GET /offers` (listOffers)."""
        prepared = prepare_list_offers(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[builtins.list[Offer]]]", self._caller.call(prepared))

    def remove_file(
        self,
        id: int,
        *,
        path: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[Success]]:
        """Delete a file of a local offer.

        Args:
            id: Id of the entity.
            path: Path of the file inside the offer. Parts separated by `/`, none empty, `.` or `..`, no backslash (the fake keeps files inside the entity; the tracker's own rules are not documented: G). Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Success

        `DELETE /offers/{id}/remove_file` (removeOfferFile)."""
        prepared = prepare_remove_offer_file(id, path=path, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[Success]]", self._caller.call(prepared))

    def update(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        group_id: int | None | Unset = UNSET,
        offer_type: str | Unset = UNSET,
        action_type: str | Unset = UNSET,
        action_payload: None | OfferUpdateActionPayloadType1 | Mapping[str, Any] | str | Unset = UNSET,
        affiliate_network_id: int | None | Unset = UNSET,
        payout_value: float | Unset = UNSET,
        payout_currency: str | Unset = UNSET,
        payout_type: PayoutType | Unset = UNSET,
        state: OfferState | Unset = UNSET,
        payout_auto: bool | Unset = UNSET,
        payout_upsell: bool | Unset = UNSET,
        country: Sequence[str] | Unset = UNSET,
        notes: str | Unset = UNSET,
        archive: str | Unset = UNSET,
        conversion_cap_enabled: bool | Unset = UNSET,
        daily_cap: float | Unset = UNSET,
        conversion_timezone: str | Unset = UNSET,
        alternative_offer_id: int | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[Offer]]:
        """Change an offer.

        Args:
            id: Id of the entity.
            name: Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G).
            group_id: Group the entity belongs to, or null. May be None.
            offer_type: `external`, `local` or `preloaded`.
            action_type: How the offer opens, e.g. `http`. The offer URL goes in `action_payload`.
            action_payload: What the action uses: a URL, a page body or a settings object, depending on `action_type`. May be None.
            affiliate_network_id: Affiliate network of the offer, or null. May be None.
            payout_value: Payout per conversion.
            payout_currency: ISO 4217 currency code of the payout.
            payout_type: Payout model. One of: 'CPA', 'CPC'.
            state: New state. One of: 'active', 'deleted'.
            payout_auto: Take the payout from the postback.
            payout_upsell: Count upsell conversions for payout.
            country: Country codes (ISO 3166-1 alpha-2) the offer accepts.
            notes: Free text notes.
            archive: Base64 zip archive of a local offer.
            conversion_cap_enabled: Limit conversions per day (`daily_cap`).
            daily_cap: Conversions allowed per day when the cap is on.
            conversion_timezone: Time zone the daily cap counts in.
            alternative_offer_id: Offer that receives traffic once the cap is reached. May be None.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Offer

        `PUT /offers/{id}` (updateOffer)."""
        prepared = prepare_update_offer(
            id,
            name=name,
            group_id=group_id,
            offer_type=offer_type,
            action_type=action_type,
            action_payload=action_payload,
            affiliate_network_id=affiliate_network_id,
            payout_value=payout_value,
            payout_currency=payout_currency,
            payout_type=payout_type,
            state=state,
            payout_auto=payout_auto,
            payout_upsell=payout_upsell,
            country=country,
            notes=notes,
            archive=archive,
            conversion_cap_enabled=conversion_cap_enabled,
            daily_cap=daily_cap,
            conversion_timezone=conversion_timezone,
            alternative_offer_id=alternative_offer_id,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[Offer]]", self._caller.call(prepared))

    def update_file(
        self,
        id: int,
        *,
        path: str,
        data: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[FilePath]]:
        """Replace the content of a file of a local offer.

        The content travels in the query string, so large files may exceed URL limits.

        Args:
            id: Id of the entity.
            path: Path of the file inside the offer. Parts separated by `/`, none empty, `.` or `..`, no backslash (the fake keeps files inside the entity; the tracker's own rules are not documented: G). Required.
            data: New content. Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            FilePath

        `PUT /offers/{id}/update_file` (updateOfferFile)."""
        prepared = prepare_update_offer_file(id, path=path, data=data, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[FilePath]]", self._caller.call(prepared))


class AsyncStreamingOffersResource:
    """Offers: the pages that convert, usually on an affiliate network. Each call is an async context manager over the unread answer."""

    def __init__(self, caller: AsyncStreamingCaller) -> None:
        self._caller = caller

    def add_file(
        self,
        id: int,
        *,
        path: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[FilePath]]:
        """Create an empty file in a local offer.

        Args:
            id: Id of the entity.
            path: Path of the new file inside the offer. Parts separated by `/`, none empty, `.` or `..`, no backslash (the fake keeps files inside the entity; the tracker's own rules are not documented: G). Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            FilePath

        `POST /offers/{id}/add_file` (addOfferFile)."""
        prepared = prepare_add_offer_file(id, path=path, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractAsyncContextManager[AsyncStreamedResponse[FilePath]]", self._caller.call(prepared))

    def clone(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[Offer]]:
        """Copy an offer.

        Answer shapes (x-keitaro-answers): the object, or a list holding only it, which the SDK unwraps. Evidence: wirgen/keitaro src/Keitaro.php (a PHP client whose tests ran against a real tracker) reads the clone answer of campaigns and affiliate networks as `$result[0]` (observed, medium confidence; other entities assumed alike). Any 2xx status is accepted.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Offer

        `POST /offers/{id}/clone` (cloneOffer)."""
        prepared = prepare_clone_offer(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractAsyncContextManager[AsyncStreamedResponse[Offer]]", self._caller.call(prepared))

    def create(
        self,
        *,
        name: str,
        group_id: int | None | Unset = UNSET,
        offer_type: str | Unset = UNSET,
        action_type: str | Unset = UNSET,
        action_payload: None | OfferUpdateActionPayloadType1 | Mapping[str, Any] | str | Unset = UNSET,
        affiliate_network_id: int | None | Unset = UNSET,
        payout_value: float | Unset = UNSET,
        payout_currency: str | Unset = UNSET,
        payout_type: PayoutType | Unset = UNSET,
        state: OfferState | Unset = UNSET,
        payout_auto: bool | Unset = UNSET,
        payout_upsell: bool | Unset = UNSET,
        country: Sequence[str] | Unset = UNSET,
        notes: str | Unset = UNSET,
        archive: str | Unset = UNSET,
        conversion_cap_enabled: bool | Unset = UNSET,
        daily_cap: float | Unset = UNSET,
        conversion_timezone: str | Unset = UNSET,
        alternative_offer_id: int | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[Offer]]:
        """Create an offer.

        Args:
            name: Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G). Required.
            group_id: Group the entity belongs to, or null. May be None.
            offer_type: `external`, `local` or `preloaded`.
            action_type: How the offer opens, e.g. `http`. The offer URL goes in `action_payload`.
            action_payload: What the action uses: a URL, a page body or a settings object, depending on `action_type`. May be None.
            affiliate_network_id: Affiliate network of the offer, or null. May be None.
            payout_value: Payout per conversion.
            payout_currency: ISO 4217 currency code of the payout.
            payout_type: Payout model. One of: 'CPA', 'CPC'.
            state: New state. One of: 'active', 'deleted'.
            payout_auto: Take the payout from the postback.
            payout_upsell: Count upsell conversions for payout.
            country: Country codes (ISO 3166-1 alpha-2) the offer accepts.
            notes: Free text notes.
            archive: Base64 zip archive of a local offer.
            conversion_cap_enabled: Limit conversions per day (`daily_cap`).
            daily_cap: Conversions allowed per day when the cap is on.
            conversion_timezone: Time zone the daily cap counts in.
            alternative_offer_id: Offer that receives traffic once the cap is reached. May be None.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Offer

        `POST /offers` (createOffer)."""
        prepared = prepare_create_offer(
            name=name,
            group_id=group_id,
            offer_type=offer_type,
            action_type=action_type,
            action_payload=action_payload,
            affiliate_network_id=affiliate_network_id,
            payout_value=payout_value,
            payout_currency=payout_currency,
            payout_type=payout_type,
            state=state,
            payout_auto=payout_auto,
            payout_upsell=payout_upsell,
            country=country,
            notes=notes,
            archive=archive,
            conversion_cap_enabled=conversion_cap_enabled,
            daily_cap=daily_cap,
            conversion_timezone=conversion_timezone,
            alternative_offer_id=alternative_offer_id,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractAsyncContextManager[AsyncStreamedResponse[Offer]]", self._caller.call(prepared))

    def delete(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[Offer | None]]:
        """Archive an offer.

        Offers are archived through `/archive`; plain `DELETE /offers/{id}` is not part of the API. Answer shapes (x-keitaro-answers): the object; a list holding only it (unwrapped); or an empty body, then the SDK returns None. Evidence: Keitaro's published document declares bodiless answers for the sibling calls `DELETE /traffic_sources/{id}` (200) and `DELETE /users/{id}` (201), and wirgen/keitaro src/Keitaro.php reads nothing from archive and restore answers (low confidence for this operation: tolerated, not seen). The status may be 200 or 201 whatever the document says: wirgen/keitaro treats any status but 200 as a failure and still archives campaigns, where the published document says 201 (medium confidence).

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Offer | None

        `DELETE /offers/{id}/archive` (deleteOffer)."""
        prepared = prepare_delete_offer(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractAsyncContextManager[AsyncStreamedResponse[Offer | None]]", self._caller.call(prepared))

    def download(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[File]]:
        """Download a local offer as a zip.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            File

        `GET /offers/{id}/download` (downloadOffer)."""
        prepared = prepare_download_offer(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractAsyncContextManager[AsyncStreamedResponse[File]]", self._caller.call(prepared))

    def get(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[Offer]]:
        """Get one offer.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Offer

        `GET /offers/{id}` (getOffer)."""
        prepared = prepare_get_offer(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractAsyncContextManager[AsyncStreamedResponse[Offer]]", self._caller.call(prepared))

    def get_file(
        self,
        id: int,
        *,
        path: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[FileContent]]:
        """Read a file of a local offer.

        Args:
            id: Id of the entity.
            path: Path of the file inside the offer. Parts separated by `/`, none empty, `.` or `..`, no backslash (the fake keeps files inside the entity; the tracker's own rules are not documented: G). Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            FileContent

        `GET /offers/{id}/get_file` (getOfferFile)."""
        prepared = prepare_get_offer_file(id, path=path, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractAsyncContextManager[AsyncStreamedResponse[FileContent]]", self._caller.call(prepared))

    def get_file_tree(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[FileTree]]:
        """List the files of a local offer.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            FileTree

        `GET /offers/{id}/get_structure` (getOfferFileTree)."""
        prepared = prepare_get_offer_file_tree(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractAsyncContextManager[AsyncStreamedResponse[FileTree]]", self._caller.call(prepared))

    def list(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[builtins.list[Offer]]]:
        """List offers.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            builtins.list[Offer]

        `GET /offers` (listOffers)."""
        prepared = prepare_list_offers(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast(
            "AbstractAsyncContextManager[AsyncStreamedResponse[builtins.list[Offer]]]", self._caller.call(prepared)
        )

    def remove_file(
        self,
        id: int,
        *,
        path: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[Success]]:
        """Delete a file of a local offer.

        Args:
            id: Id of the entity.
            path: Path of the file inside the offer. Parts separated by `/`, none empty, `.` or `..`, no backslash (the fake keeps files inside the entity; the tracker's own rules are not documented: G). Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Success

        `DELETE /offers/{id}/remove_file` (removeOfferFile)."""
        prepared = prepare_remove_offer_file(id, path=path, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractAsyncContextManager[AsyncStreamedResponse[Success]]", self._caller.call(prepared))

    def update(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        group_id: int | None | Unset = UNSET,
        offer_type: str | Unset = UNSET,
        action_type: str | Unset = UNSET,
        action_payload: None | OfferUpdateActionPayloadType1 | Mapping[str, Any] | str | Unset = UNSET,
        affiliate_network_id: int | None | Unset = UNSET,
        payout_value: float | Unset = UNSET,
        payout_currency: str | Unset = UNSET,
        payout_type: PayoutType | Unset = UNSET,
        state: OfferState | Unset = UNSET,
        payout_auto: bool | Unset = UNSET,
        payout_upsell: bool | Unset = UNSET,
        country: Sequence[str] | Unset = UNSET,
        notes: str | Unset = UNSET,
        archive: str | Unset = UNSET,
        conversion_cap_enabled: bool | Unset = UNSET,
        daily_cap: float | Unset = UNSET,
        conversion_timezone: str | Unset = UNSET,
        alternative_offer_id: int | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[Offer]]:
        """Change an offer.

        Args:
            id: Id of the entity.
            name: Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G).
            group_id: Group the entity belongs to, or null. May be None.
            offer_type: `external`, `local` or `preloaded`.
            action_type: How the offer opens, e.g. `http`. The offer URL goes in `action_payload`.
            action_payload: What the action uses: a URL, a page body or a settings object, depending on `action_type`. May be None.
            affiliate_network_id: Affiliate network of the offer, or null. May be None.
            payout_value: Payout per conversion.
            payout_currency: ISO 4217 currency code of the payout.
            payout_type: Payout model. One of: 'CPA', 'CPC'.
            state: New state. One of: 'active', 'deleted'.
            payout_auto: Take the payout from the postback.
            payout_upsell: Count upsell conversions for payout.
            country: Country codes (ISO 3166-1 alpha-2) the offer accepts.
            notes: Free text notes.
            archive: Base64 zip archive of a local offer.
            conversion_cap_enabled: Limit conversions per day (`daily_cap`).
            daily_cap: Conversions allowed per day when the cap is on.
            conversion_timezone: Time zone the daily cap counts in.
            alternative_offer_id: Offer that receives traffic once the cap is reached. May be None.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Offer

        `PUT /offers/{id}` (updateOffer)."""
        prepared = prepare_update_offer(
            id,
            name=name,
            group_id=group_id,
            offer_type=offer_type,
            action_type=action_type,
            action_payload=action_payload,
            affiliate_network_id=affiliate_network_id,
            payout_value=payout_value,
            payout_currency=payout_currency,
            payout_type=payout_type,
            state=state,
            payout_auto=payout_auto,
            payout_upsell=payout_upsell,
            country=country,
            notes=notes,
            archive=archive,
            conversion_cap_enabled=conversion_cap_enabled,
            daily_cap=daily_cap,
            conversion_timezone=conversion_timezone,
            alternative_offer_id=alternative_offer_id,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractAsyncContextManager[AsyncStreamedResponse[Offer]]", self._caller.call(prepared))

    def update_file(
        self,
        id: int,
        *,
        path: str,
        data: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[FilePath]]:
        """Replace the content of a file of a local offer.

        The content travels in the query string, so large files may exceed URL limits.

        Args:
            id: Id of the entity.
            path: Path of the file inside the offer. Parts separated by `/`, none empty, `.` or `..`, no backslash (the fake keeps files inside the entity; the tracker's own rules are not documented: G). Required.
            data: New content. Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            FilePath

        `PUT /offers/{id}/update_file` (updateOfferFile)."""
        prepared = prepare_update_offer_file(id, path=path, data=data, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractAsyncContextManager[AsyncStreamedResponse[FilePath]]", self._caller.call(prepared))

"""Third-party services: AVScan, Facebook cost import and IMKLO.

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
    from ..models.avscan_key import AvscanKey
    from ..models.campaign_option import CampaignOption
    from ..models.facebook_integration import FacebookIntegration
    from ..models.facebook_integration_envelope import FacebookIntegrationEnvelope
    from ..models.facebook_integration_list import FacebookIntegrationList
    from ..models.facebook_proxy import FacebookProxy
    from ..models.imklo_url import ImkloUrl
    from ..models.success import Success

__all__ = (
    "AsyncIntegrationsResource",
    "BatchIntegrationsResource",
    "IntegrationsResource",
    "prepare_create_facebook_integration",
    "prepare_delete_facebook_integration",
    "prepare_get_avscan_key",
    "prepare_get_facebook_integration",
    "prepare_get_imklo_url",
    "prepare_link_facebook_integration_campaign",
    "prepare_list_facebook_integrations",
    "prepare_list_facebook_integration_campaigns",
    "prepare_unlink_facebook_integration_campaign",
    "prepare_update_avscan_key",
    "prepare_update_facebook_integration",
    "prepare_update_imklo_url",
)


def prepare_create_facebook_integration(
    *,
    name: str | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
    token: str | Unset = UNSET,
    proxy_enabled: bool | Unset = UNSET,
    proxy: FacebookProxy | Mapping[str, Any] | Unset = UNSET,
    extra_body: Mapping[str, Any] | None = None,
    allow_unknown: bool = False,
) -> PreparedCall:
    """The request of `create_facebook` (`POST /integrations/facebook`), ready for any caller."""
    from ..api.integrations import create_facebook_integration as endpoint
    from ..models.facebook_integration_input import FacebookIntegrationInput

    body = build_body(
        FacebookIntegrationInput,
        {
            "name": name,
            "ad_account_id": ad_account_id,
            "token": token,
            "proxy_enabled": proxy_enabled,
            "proxy": proxy,
        },
        extra_body,
        allow_unknown,
        "integrations.create_facebook",
    )
    request = endpoint._get_kwargs(body=body)
    return PreparedCall(_ops.CREATE_FACEBOOK_INTEGRATION, request, endpoint._parse_response)


def prepare_delete_facebook_integration(id: int) -> PreparedCall:
    """The request of `delete_facebook` (`DELETE /integrations/facebook/{id}`), ready for any caller."""
    from ..api.integrations import delete_facebook_integration as endpoint

    request = endpoint._get_kwargs(
        id=id,
    )
    return PreparedCall(_ops.DELETE_FACEBOOK_INTEGRATION, request, endpoint._parse_response)


def prepare_get_avscan_key() -> PreparedCall:
    """The request of `get_avscan_key` (`GET /integrations/avscan`), ready for any caller."""
    from ..api.integrations import get_avscan_key as endpoint

    request = endpoint._get_kwargs()
    return PreparedCall(_ops.GET_AVSCAN_KEY, request, endpoint._parse_response)


def prepare_get_facebook_integration(id: int) -> PreparedCall:
    """The request of `get_facebook` (`GET /integrations/facebook/{id}`), ready for any caller."""
    from ..api.integrations import get_facebook_integration as endpoint

    request = endpoint._get_kwargs(
        id=id,
    )
    return PreparedCall(_ops.GET_FACEBOOK_INTEGRATION, request, endpoint._parse_response)


def prepare_get_imklo_url() -> PreparedCall:
    """The request of `get_imklo_url` (`GET /integrations/imklo`), ready for any caller."""
    from ..api.integrations import get_imklo_url as endpoint

    request = endpoint._get_kwargs()
    return PreparedCall(_ops.GET_IMKLO_URL, request, endpoint._parse_response)


def prepare_link_facebook_integration_campaign(
    id: int, *, campaign_id: int, extra_body: Mapping[str, Any] | None = None, allow_unknown: bool = False
) -> PreparedCall:
    """The request of `link_facebook_campaign` (`POST /integrations/facebook/{id}/campaign`), ready for any caller."""
    from ..api.integrations import link_facebook_integration_campaign as endpoint
    from ..models.campaign_link import CampaignLink

    body = build_body(
        CampaignLink,
        {
            "campaign_id": campaign_id,
        },
        extra_body,
        allow_unknown,
        "integrations.link_facebook_campaign",
    )
    request = endpoint._get_kwargs(id=id, body=body)
    return PreparedCall(_ops.LINK_FACEBOOK_INTEGRATION_CAMPAIGN, request, endpoint._parse_response)


def prepare_list_facebook_integrations() -> PreparedCall:
    """The request of `list_facebook` (`GET /integrations/facebook`), ready for any caller."""
    from ..api.integrations import list_facebook_integrations as endpoint

    request = endpoint._get_kwargs()
    return PreparedCall(_ops.LIST_FACEBOOK_INTEGRATIONS, request, endpoint._parse_response)


def prepare_list_facebook_integration_campaigns(id: int) -> PreparedCall:
    """The request of `list_facebook_campaigns` (`GET /integrations/facebook/{id}/campaign`), ready for any caller."""
    from ..api.integrations import list_facebook_integration_campaigns as endpoint

    request = endpoint._get_kwargs(
        id=id,
    )
    return PreparedCall(_ops.LIST_FACEBOOK_INTEGRATION_CAMPAIGNS, request, endpoint._parse_response)


def prepare_unlink_facebook_integration_campaign(
    id: int, *, campaign_id: int, extra_body: Mapping[str, Any] | None = None, allow_unknown: bool = False
) -> PreparedCall:
    """The request of `unlink_facebook_campaign` (`DELETE /integrations/facebook/{id}/campaign`), ready for any caller."""
    from ..api.integrations import unlink_facebook_integration_campaign as endpoint
    from ..models.campaign_link import CampaignLink

    body = build_body(
        CampaignLink,
        {
            "campaign_id": campaign_id,
        },
        extra_body,
        allow_unknown,
        "integrations.unlink_facebook_campaign",
    )
    request = endpoint._get_kwargs(id=id, body=body)
    return PreparedCall(_ops.UNLINK_FACEBOOK_INTEGRATION_CAMPAIGN, request, endpoint._parse_response)


def prepare_update_avscan_key(*, avscan_key: str) -> PreparedCall:
    """The request of `update_avscan_key` (`PUT /integrations/avscan`), ready for any caller."""
    from ..api.integrations import update_avscan_key as endpoint

    request = endpoint._get_kwargs(
        avscan_key=avscan_key,
    )
    return PreparedCall(_ops.UPDATE_AVSCAN_KEY, request, endpoint._parse_response)


def prepare_update_facebook_integration(
    id: int,
    *,
    name: str | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
    token: str | Unset = UNSET,
    proxy_enabled: bool | Unset = UNSET,
    proxy: FacebookProxy | Mapping[str, Any] | Unset = UNSET,
    extra_body: Mapping[str, Any] | None = None,
    allow_unknown: bool = False,
) -> PreparedCall:
    """The request of `update_facebook` (`PUT /integrations/facebook/{id}`), ready for any caller."""
    from ..api.integrations import update_facebook_integration as endpoint
    from ..models.facebook_integration_input import FacebookIntegrationInput

    body = build_body(
        FacebookIntegrationInput,
        {
            "name": name,
            "ad_account_id": ad_account_id,
            "token": token,
            "proxy_enabled": proxy_enabled,
            "proxy": proxy,
        },
        extra_body,
        allow_unknown,
        "integrations.update_facebook",
    )
    request = endpoint._get_kwargs(id=id, body=body)
    return PreparedCall(_ops.UPDATE_FACEBOOK_INTEGRATION, request, endpoint._parse_response)


def prepare_update_imklo_url(*, imklo_api_url: str) -> PreparedCall:
    """The request of `update_imklo_url` (`PUT /integrations/imklo`), ready for any caller."""
    from ..api.integrations import update_imklo_url as endpoint

    request = endpoint._get_kwargs(
        imklo_api_url=imklo_api_url,
    )
    return PreparedCall(_ops.UPDATE_IMKLO_URL, request, endpoint._parse_response)


class IntegrationsResource:
    """Third-party services: AVScan, Facebook cost import and IMKLO."""

    def __init__(self, caller: SyncCaller) -> None:
        self._caller = caller

    def create_facebook(
        self,
        *,
        name: str | Unset = UNSET,
        ad_account_id: str | Unset = UNSET,
        token: str | Unset = UNSET,
        proxy_enabled: bool | Unset = UNSET,
        proxy: FacebookProxy | Mapping[str, Any] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
    ) -> FacebookIntegration:
        """Connect a Facebook ad account.

        Args:
            name: Display name.
            ad_account_id: Facebook ad account id.
            token: Access token. Treat it as a secret.
            proxy_enabled: Route the integration's requests through `proxy`.
            proxy: Proxy used to reach Facebook.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.

        Returns:
            FacebookIntegration

        `POST /integrations/facebook` (createFacebookIntegration)."""
        prepared = prepare_create_facebook_integration(
            name=name,
            ad_account_id=ad_account_id,
            token=token,
            proxy_enabled=proxy_enabled,
            proxy=proxy,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
        )
        return cast("FacebookIntegration", self._caller.call(prepared))

    def delete_facebook(self, id: int) -> Success:
        """Disconnect a Facebook ad account.

        Args:
            id: Id of the entity.

        Returns:
            Success

        `DELETE /integrations/facebook/{id}` (deleteFacebookIntegration)."""
        prepared = prepare_delete_facebook_integration(id)
        return cast("Success", self._caller.call(prepared))

    def get_avscan_key(self) -> AvscanKey:
        """Read the AVScan key.

        Returns:
            AvscanKey

        `GET /integrations/avscan` (getAvscanKey)."""
        prepared = prepare_get_avscan_key()
        return cast("AvscanKey", self._caller.call(prepared))

    def get_facebook(self, id: int) -> FacebookIntegrationEnvelope:
        """Get one Facebook ad account.

        Args:
            id: Id of the entity.

        Returns:
            FacebookIntegrationEnvelope

        `GET /integrations/facebook/{id}` (getFacebookIntegration)."""
        prepared = prepare_get_facebook_integration(id)
        return cast("FacebookIntegrationEnvelope", self._caller.call(prepared))

    def get_imklo_url(self) -> ImkloUrl:
        """Read the IMKLO address.

        Returns:
            ImkloUrl

        `GET /integrations/imklo` (getImkloUrl)."""
        prepared = prepare_get_imklo_url()
        return cast("ImkloUrl", self._caller.call(prepared))

    def link_facebook_campaign(
        self, id: int, *, campaign_id: int, extra_body: Mapping[str, Any] | None = None, allow_unknown: bool = False
    ) -> None:
        """Feed a campaign from a Facebook ad account.

        Args:
            id: Id of the entity.
            campaign_id: Id of the campaign. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.

        `POST /integrations/facebook/{id}/campaign` (linkFacebookIntegrationCampaign)."""
        prepared = prepare_link_facebook_integration_campaign(
            id, campaign_id=campaign_id, extra_body=extra_body, allow_unknown=allow_unknown
        )
        return cast("None", self._caller.call(prepared))

    def list_facebook(self) -> FacebookIntegrationList:
        """List Facebook ad accounts.

        Unlike other lists, wrapped in `data`.

        Returns:
            FacebookIntegrationList

        `GET /integrations/facebook` (listFacebookIntegrations)."""
        prepared = prepare_list_facebook_integrations()
        return cast("FacebookIntegrationList", self._caller.call(prepared))

    def list_facebook_campaigns(self, id: int) -> builtins.list[CampaignOption]:
        """List the campaigns fed by a Facebook ad account.

        Args:
            id: Id of the entity.

        Returns:
            builtins.list[CampaignOption]

        `GET /integrations/facebook/{id}/campaign` (listFacebookIntegrationCampaigns)."""
        prepared = prepare_list_facebook_integration_campaigns(id)
        return cast("builtins.list[CampaignOption]", self._caller.call(prepared))

    def unlink_facebook_campaign(
        self, id: int, *, campaign_id: int, extra_body: Mapping[str, Any] | None = None, allow_unknown: bool = False
    ) -> None:
        """Stop feeding a campaign from a Facebook ad account.

        A DELETE that carries a JSON body.

        Args:
            id: Id of the entity.
            campaign_id: Id of the campaign. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.

        `DELETE /integrations/facebook/{id}/campaign` (unlinkFacebookIntegrationCampaign)."""
        prepared = prepare_unlink_facebook_integration_campaign(
            id, campaign_id=campaign_id, extra_body=extra_body, allow_unknown=allow_unknown
        )
        return cast("None", self._caller.call(prepared))

    def update_avscan_key(self, *, avscan_key: str) -> AvscanKey:
        """Set the AVScan key.

        The key travels as a query parameter, not in a body.

        Args:
            avscan_key: New key. Required.

        Returns:
            AvscanKey

        `PUT /integrations/avscan` (updateAvscanKey)."""
        prepared = prepare_update_avscan_key(avscan_key=avscan_key)
        return cast("AvscanKey", self._caller.call(prepared))

    def update_facebook(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        ad_account_id: str | Unset = UNSET,
        token: str | Unset = UNSET,
        proxy_enabled: bool | Unset = UNSET,
        proxy: FacebookProxy | Mapping[str, Any] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
    ) -> FacebookIntegrationEnvelope:
        """Change a Facebook ad account.

        Args:
            id: Id of the entity.
            name: Display name.
            ad_account_id: Facebook ad account id.
            token: Access token. Treat it as a secret.
            proxy_enabled: Route the integration's requests through `proxy`.
            proxy: Proxy used to reach Facebook.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.

        Returns:
            FacebookIntegrationEnvelope

        `PUT /integrations/facebook/{id}` (updateFacebookIntegration)."""
        prepared = prepare_update_facebook_integration(
            id,
            name=name,
            ad_account_id=ad_account_id,
            token=token,
            proxy_enabled=proxy_enabled,
            proxy=proxy,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
        )
        return cast("FacebookIntegrationEnvelope", self._caller.call(prepared))

    def update_imklo_url(self, *, imklo_api_url: str) -> ImkloUrl:
        """Set the IMKLO address.

        The address travels as a query parameter, not in a body.

        Args:
            imklo_api_url: New address. Required.

        Returns:
            ImkloUrl

        `PUT /integrations/imklo` (updateImkloUrl)."""
        prepared = prepare_update_imklo_url(imklo_api_url=imklo_api_url)
        return cast("ImkloUrl", self._caller.call(prepared))


class AsyncIntegrationsResource:
    """Third-party services: AVScan, Facebook cost import and IMKLO."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def create_facebook(
        self,
        *,
        name: str | Unset = UNSET,
        ad_account_id: str | Unset = UNSET,
        token: str | Unset = UNSET,
        proxy_enabled: bool | Unset = UNSET,
        proxy: FacebookProxy | Mapping[str, Any] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
    ) -> FacebookIntegration:
        """Connect a Facebook ad account.

        Args:
            name: Display name.
            ad_account_id: Facebook ad account id.
            token: Access token. Treat it as a secret.
            proxy_enabled: Route the integration's requests through `proxy`.
            proxy: Proxy used to reach Facebook.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.

        Returns:
            FacebookIntegration

        `POST /integrations/facebook` (createFacebookIntegration)."""
        prepared = prepare_create_facebook_integration(
            name=name,
            ad_account_id=ad_account_id,
            token=token,
            proxy_enabled=proxy_enabled,
            proxy=proxy,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
        )
        return cast("FacebookIntegration", await self._caller.call(prepared))

    async def delete_facebook(self, id: int) -> Success:
        """Disconnect a Facebook ad account.

        Args:
            id: Id of the entity.

        Returns:
            Success

        `DELETE /integrations/facebook/{id}` (deleteFacebookIntegration)."""
        prepared = prepare_delete_facebook_integration(id)
        return cast("Success", await self._caller.call(prepared))

    async def get_avscan_key(self) -> AvscanKey:
        """Read the AVScan key.

        Returns:
            AvscanKey

        `GET /integrations/avscan` (getAvscanKey)."""
        prepared = prepare_get_avscan_key()
        return cast("AvscanKey", await self._caller.call(prepared))

    async def get_facebook(self, id: int) -> FacebookIntegrationEnvelope:
        """Get one Facebook ad account.

        Args:
            id: Id of the entity.

        Returns:
            FacebookIntegrationEnvelope

        `GET /integrations/facebook/{id}` (getFacebookIntegration)."""
        prepared = prepare_get_facebook_integration(id)
        return cast("FacebookIntegrationEnvelope", await self._caller.call(prepared))

    async def get_imklo_url(self) -> ImkloUrl:
        """Read the IMKLO address.

        Returns:
            ImkloUrl

        `GET /integrations/imklo` (getImkloUrl)."""
        prepared = prepare_get_imklo_url()
        return cast("ImkloUrl", await self._caller.call(prepared))

    async def link_facebook_campaign(
        self, id: int, *, campaign_id: int, extra_body: Mapping[str, Any] | None = None, allow_unknown: bool = False
    ) -> None:
        """Feed a campaign from a Facebook ad account.

        Args:
            id: Id of the entity.
            campaign_id: Id of the campaign. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.

        `POST /integrations/facebook/{id}/campaign` (linkFacebookIntegrationCampaign)."""
        prepared = prepare_link_facebook_integration_campaign(
            id, campaign_id=campaign_id, extra_body=extra_body, allow_unknown=allow_unknown
        )
        return cast("None", await self._caller.call(prepared))

    async def list_facebook(self) -> FacebookIntegrationList:
        """List Facebook ad accounts.

        Unlike other lists, wrapped in `data`.

        Returns:
            FacebookIntegrationList

        `GET /integrations/facebook` (listFacebookIntegrations)."""
        prepared = prepare_list_facebook_integrations()
        return cast("FacebookIntegrationList", await self._caller.call(prepared))

    async def list_facebook_campaigns(self, id: int) -> builtins.list[CampaignOption]:
        """List the campaigns fed by a Facebook ad account.

        Args:
            id: Id of the entity.

        Returns:
            builtins.list[CampaignOption]

        `GET /integrations/facebook/{id}/campaign` (listFacebookIntegrationCampaigns)."""
        prepared = prepare_list_facebook_integration_campaigns(id)
        return cast("builtins.list[CampaignOption]", await self._caller.call(prepared))

    async def unlink_facebook_campaign(
        self, id: int, *, campaign_id: int, extra_body: Mapping[str, Any] | None = None, allow_unknown: bool = False
    ) -> None:
        """Stop feeding a campaign from a Facebook ad account.

        A DELETE that carries a JSON body.

        Args:
            id: Id of the entity.
            campaign_id: Id of the campaign. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.

        `DELETE /integrations/facebook/{id}/campaign` (unlinkFacebookIntegrationCampaign)."""
        prepared = prepare_unlink_facebook_integration_campaign(
            id, campaign_id=campaign_id, extra_body=extra_body, allow_unknown=allow_unknown
        )
        return cast("None", await self._caller.call(prepared))

    async def update_avscan_key(self, *, avscan_key: str) -> AvscanKey:
        """Set the AVScan key.

        The key travels as a query parameter, not in a body.

        Args:
            avscan_key: New key. Required.

        Returns:
            AvscanKey

        `PUT /integrations/avscan` (updateAvscanKey)."""
        prepared = prepare_update_avscan_key(avscan_key=avscan_key)
        return cast("AvscanKey", await self._caller.call(prepared))

    async def update_facebook(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        ad_account_id: str | Unset = UNSET,
        token: str | Unset = UNSET,
        proxy_enabled: bool | Unset = UNSET,
        proxy: FacebookProxy | Mapping[str, Any] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
    ) -> FacebookIntegrationEnvelope:
        """Change a Facebook ad account.

        Args:
            id: Id of the entity.
            name: Display name.
            ad_account_id: Facebook ad account id.
            token: Access token. Treat it as a secret.
            proxy_enabled: Route the integration's requests through `proxy`.
            proxy: Proxy used to reach Facebook.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.

        Returns:
            FacebookIntegrationEnvelope

        `PUT /integrations/facebook/{id}` (updateFacebookIntegration)."""
        prepared = prepare_update_facebook_integration(
            id,
            name=name,
            ad_account_id=ad_account_id,
            token=token,
            proxy_enabled=proxy_enabled,
            proxy=proxy,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
        )
        return cast("FacebookIntegrationEnvelope", await self._caller.call(prepared))

    async def update_imklo_url(self, *, imklo_api_url: str) -> ImkloUrl:
        """Set the IMKLO address.

        The address travels as a query parameter, not in a body.

        Args:
            imklo_api_url: New address. Required.

        Returns:
            ImkloUrl

        `PUT /integrations/imklo` (updateImkloUrl)."""
        prepared = prepare_update_imklo_url(imklo_api_url=imklo_api_url)
        return cast("ImkloUrl", await self._caller.call(prepared))


class BatchIntegrationsResource:
    """Third-party services: AVScan, Facebook cost import and IMKLO. Calls are recorded and run when the batch ends."""

    def __init__(self, caller: BatchCaller) -> None:
        self._caller = caller

    def create_facebook(
        self,
        *,
        name: str | Unset = UNSET,
        ad_account_id: str | Unset = UNSET,
        token: str | Unset = UNSET,
        proxy_enabled: bool | Unset = UNSET,
        proxy: FacebookProxy | Mapping[str, Any] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
    ) -> BatchHandle[FacebookIntegration]:
        """Connect a Facebook ad account.

        Args:
            name: Display name.
            ad_account_id: Facebook ad account id.
            token: Access token. Treat it as a secret.
            proxy_enabled: Route the integration's requests through `proxy`.
            proxy: Proxy used to reach Facebook.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.

        Returns:
            FacebookIntegration

        `POST /integrations/facebook` (createFacebookIntegration)."""
        prepared = prepare_create_facebook_integration(
            name=name,
            ad_account_id=ad_account_id,
            token=token,
            proxy_enabled=proxy_enabled,
            proxy=proxy,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
        )
        return cast("BatchHandle[FacebookIntegration]", self._caller.call(prepared))

    def delete_facebook(self, id: int) -> BatchHandle[Success]:
        """Disconnect a Facebook ad account.

        Args:
            id: Id of the entity.

        Returns:
            Success

        `DELETE /integrations/facebook/{id}` (deleteFacebookIntegration)."""
        prepared = prepare_delete_facebook_integration(id)
        return cast("BatchHandle[Success]", self._caller.call(prepared))

    def get_avscan_key(self) -> BatchHandle[AvscanKey]:
        """Read the AVScan key.

        Returns:
            AvscanKey

        `GET /integrations/avscan` (getAvscanKey)."""
        prepared = prepare_get_avscan_key()
        return cast("BatchHandle[AvscanKey]", self._caller.call(prepared))

    def get_facebook(self, id: int) -> BatchHandle[FacebookIntegrationEnvelope]:
        """Get one Facebook ad account.

        Args:
            id: Id of the entity.

        Returns:
            FacebookIntegrationEnvelope

        `GET /integrations/facebook/{id}` (getFacebookIntegration)."""
        prepared = prepare_get_facebook_integration(id)
        return cast("BatchHandle[FacebookIntegrationEnvelope]", self._caller.call(prepared))

    def get_imklo_url(self) -> BatchHandle[ImkloUrl]:
        """Read the IMKLO address.

        Returns:
            ImkloUrl

        `GET /integrations/imklo` (getImkloUrl)."""
        prepared = prepare_get_imklo_url()
        return cast("BatchHandle[ImkloUrl]", self._caller.call(prepared))

    def link_facebook_campaign(
        self, id: int, *, campaign_id: int, extra_body: Mapping[str, Any] | None = None, allow_unknown: bool = False
    ) -> BatchHandle[None]:
        """Feed a campaign from a Facebook ad account.

        Args:
            id: Id of the entity.
            campaign_id: Id of the campaign. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.

        `POST /integrations/facebook/{id}/campaign` (linkFacebookIntegrationCampaign)."""
        prepared = prepare_link_facebook_integration_campaign(
            id, campaign_id=campaign_id, extra_body=extra_body, allow_unknown=allow_unknown
        )
        return cast("BatchHandle[None]", self._caller.call(prepared))

    def list_facebook(self) -> BatchHandle[FacebookIntegrationList]:
        """List Facebook ad accounts.

        Unlike other lists, wrapped in `data`.

        Returns:
            FacebookIntegrationList

        `GET /integrations/facebook` (listFacebookIntegrations)."""
        prepared = prepare_list_facebook_integrations()
        return cast("BatchHandle[FacebookIntegrationList]", self._caller.call(prepared))

    def list_facebook_campaigns(self, id: int) -> BatchHandle[builtins.list[CampaignOption]]:
        """List the campaigns fed by a Facebook ad account.

        Args:
            id: Id of the entity.

        Returns:
            builtins.list[CampaignOption]

        `GET /integrations/facebook/{id}/campaign` (listFacebookIntegrationCampaigns)."""
        prepared = prepare_list_facebook_integration_campaigns(id)
        return cast("BatchHandle[builtins.list[CampaignOption]]", self._caller.call(prepared))

    def unlink_facebook_campaign(
        self, id: int, *, campaign_id: int, extra_body: Mapping[str, Any] | None = None, allow_unknown: bool = False
    ) -> BatchHandle[None]:
        """Stop feeding a campaign from a Facebook ad account.

        A DELETE that carries a JSON body.

        Args:
            id: Id of the entity.
            campaign_id: Id of the campaign. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.

        `DELETE /integrations/facebook/{id}/campaign` (unlinkFacebookIntegrationCampaign)."""
        prepared = prepare_unlink_facebook_integration_campaign(
            id, campaign_id=campaign_id, extra_body=extra_body, allow_unknown=allow_unknown
        )
        return cast("BatchHandle[None]", self._caller.call(prepared))

    def update_avscan_key(self, *, avscan_key: str) -> BatchHandle[AvscanKey]:
        """Set the AVScan key.

        The key travels as a query parameter, not in a body.

        Args:
            avscan_key: New key. Required.

        Returns:
            AvscanKey

        `PUT /integrations/avscan` (updateAvscanKey)."""
        prepared = prepare_update_avscan_key(avscan_key=avscan_key)
        return cast("BatchHandle[AvscanKey]", self._caller.call(prepared))

    def update_facebook(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        ad_account_id: str | Unset = UNSET,
        token: str | Unset = UNSET,
        proxy_enabled: bool | Unset = UNSET,
        proxy: FacebookProxy | Mapping[str, Any] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
    ) -> BatchHandle[FacebookIntegrationEnvelope]:
        """Change a Facebook ad account.

        Args:
            id: Id of the entity.
            name: Display name.
            ad_account_id: Facebook ad account id.
            token: Access token. Treat it as a secret.
            proxy_enabled: Route the integration's requests through `proxy`.
            proxy: Proxy used to reach Facebook.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.

        Returns:
            FacebookIntegrationEnvelope

        `PUT /integrations/facebook/{id}` (updateFacebookIntegration)."""
        prepared = prepare_update_facebook_integration(
            id,
            name=name,
            ad_account_id=ad_account_id,
            token=token,
            proxy_enabled=proxy_enabled,
            proxy=proxy,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
        )
        return cast("BatchHandle[FacebookIntegrationEnvelope]", self._caller.call(prepared))

    def update_imklo_url(self, *, imklo_api_url: str) -> BatchHandle[ImkloUrl]:
        """Set the IMKLO address.

        The address travels as a query parameter, not in a body.

        Args:
            imklo_api_url: New address. Required.

        Returns:
            ImkloUrl

        `PUT /integrations/imklo` (updateImkloUrl)."""
        prepared = prepare_update_imklo_url(imklo_api_url=imklo_api_url)
        return cast("BatchHandle[ImkloUrl]", self._caller.call(prepared))

"""Third-party services: AVScan, Facebook cost import and IMKLO.

Generated from openapi/keitaro.yaml by scripts/gen_facade.py; do not edit.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
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
    from ..api.integrations import create_facebook_integration as _ep_create_facebook_integration
    from ..api.integrations import delete_facebook_integration as _ep_delete_facebook_integration
    from ..api.integrations import get_avscan_key as _ep_get_avscan_key
    from ..api.integrations import get_facebook_integration as _ep_get_facebook_integration
    from ..api.integrations import get_imklo_url as _ep_get_imklo_url
    from ..api.integrations import link_facebook_integration_campaign as _ep_link_facebook_integration_campaign
    from ..api.integrations import list_facebook_integration_campaigns as _ep_list_facebook_integration_campaigns
    from ..api.integrations import list_facebook_integrations as _ep_list_facebook_integrations
    from ..api.integrations import unlink_facebook_integration_campaign as _ep_unlink_facebook_integration_campaign
    from ..api.integrations import update_avscan_key as _ep_update_avscan_key
    from ..api.integrations import update_facebook_integration as _ep_update_facebook_integration
    from ..api.integrations import update_imklo_url as _ep_update_imklo_url
    from ..models.avscan_key import AvscanKey
    from ..models.campaign_option import CampaignOption
    from ..models.facebook_integration import FacebookIntegration
    from ..models.facebook_integration_envelope import FacebookIntegrationEnvelope
    from ..models.facebook_integration_list import FacebookIntegrationList
    from ..models.facebook_proxy import FacebookProxy
    from ..models.imklo_url import ImkloUrl
    from ..models.success import Success

__all__ = (
    "IntegrationsResource",
    "AsyncIntegrationsResource",
    "BatchIntegrationsResource",
    "RawIntegrationsResource",
    "AsyncRawIntegrationsResource",
    "StreamingIntegrationsResource",
    "AsyncStreamingIntegrationsResource",
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
    extra_query: Mapping[str, Any] | None = None,
) -> PreparedCall:
    """The request of `create_facebook` (`POST /integrations/facebook`), ready for any caller."""
    global _ep_create_facebook_integration  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_create_facebook_integration
    except NameError:
        from ..api.integrations import create_facebook_integration as _ep_create_facebook_integration

        endpoint = _ep_create_facebook_integration
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
    request = endpoint.build_request(body=body)
    return PreparedCall(_ops.CREATE_FACEBOOK_INTEGRATION, with_query(request, extra_query), endpoint.parse_response)


def prepare_delete_facebook_integration(id: int, *, extra_query: Mapping[str, Any] | None = None) -> PreparedCall:
    """The request of `delete_facebook` (`DELETE /integrations/facebook/{id}`), ready for any caller."""
    global _ep_delete_facebook_integration  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_delete_facebook_integration
    except NameError:
        from ..api.integrations import delete_facebook_integration as _ep_delete_facebook_integration

        endpoint = _ep_delete_facebook_integration
    request = endpoint.build_request(
        id=id,
    )
    return PreparedCall(_ops.DELETE_FACEBOOK_INTEGRATION, with_query(request, extra_query), endpoint.parse_response)


def prepare_get_avscan_key(*, extra_query: Mapping[str, Any] | None = None) -> PreparedCall:
    """The request of `get_avscan_key` (`GET /integrations/avscan`), ready for any caller."""
    global _ep_get_avscan_key  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_get_avscan_key
    except NameError:
        from ..api.integrations import get_avscan_key as _ep_get_avscan_key

        endpoint = _ep_get_avscan_key
    request = endpoint.build_request()
    return PreparedCall(_ops.GET_AVSCAN_KEY, with_query(request, extra_query), endpoint.parse_response)


def prepare_get_facebook_integration(id: int, *, extra_query: Mapping[str, Any] | None = None) -> PreparedCall:
    """The request of `get_facebook` (`GET /integrations/facebook/{id}`), ready for any caller."""
    global _ep_get_facebook_integration  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_get_facebook_integration
    except NameError:
        from ..api.integrations import get_facebook_integration as _ep_get_facebook_integration

        endpoint = _ep_get_facebook_integration
    request = endpoint.build_request(
        id=id,
    )
    return PreparedCall(_ops.GET_FACEBOOK_INTEGRATION, with_query(request, extra_query), endpoint.parse_response)


def prepare_get_imklo_url(*, extra_query: Mapping[str, Any] | None = None) -> PreparedCall:
    """The request of `get_imklo_url` (`GET /integrations/imklo`), ready for any caller."""
    global _ep_get_imklo_url  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_get_imklo_url
    except NameError:
        from ..api.integrations import get_imklo_url as _ep_get_imklo_url

        endpoint = _ep_get_imklo_url
    request = endpoint.build_request()
    return PreparedCall(_ops.GET_IMKLO_URL, with_query(request, extra_query), endpoint.parse_response)


def prepare_link_facebook_integration_campaign(
    id: int,
    *,
    campaign_id: int,
    extra_body: Mapping[str, Any] | None = None,
    allow_unknown: bool = False,
    extra_query: Mapping[str, Any] | None = None,
) -> PreparedCall:
    """The request of `link_facebook_campaign` (`POST /integrations/facebook/{id}/campaign`), ready for any caller."""
    global _ep_link_facebook_integration_campaign  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_link_facebook_integration_campaign
    except NameError:
        from ..api.integrations import link_facebook_integration_campaign as _ep_link_facebook_integration_campaign

        endpoint = _ep_link_facebook_integration_campaign
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
    request = endpoint.build_request(id=id, body=body)
    return PreparedCall(
        _ops.LINK_FACEBOOK_INTEGRATION_CAMPAIGN, with_query(request, extra_query), endpoint.parse_response
    )


def prepare_list_facebook_integrations(*, extra_query: Mapping[str, Any] | None = None) -> PreparedCall:
    """The request of `list_facebook` (`GET /integrations/facebook`), ready for any caller."""
    global _ep_list_facebook_integrations  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_list_facebook_integrations
    except NameError:
        from ..api.integrations import list_facebook_integrations as _ep_list_facebook_integrations

        endpoint = _ep_list_facebook_integrations
    request = endpoint.build_request()
    return PreparedCall(_ops.LIST_FACEBOOK_INTEGRATIONS, with_query(request, extra_query), endpoint.parse_response)


def prepare_list_facebook_integration_campaigns(
    id: int, *, extra_query: Mapping[str, Any] | None = None
) -> PreparedCall:
    """The request of `list_facebook_campaigns` (`GET /integrations/facebook/{id}/campaign`), ready for any caller."""
    global _ep_list_facebook_integration_campaigns  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_list_facebook_integration_campaigns
    except NameError:
        from ..api.integrations import list_facebook_integration_campaigns as _ep_list_facebook_integration_campaigns

        endpoint = _ep_list_facebook_integration_campaigns
    request = endpoint.build_request(
        id=id,
    )
    return PreparedCall(
        _ops.LIST_FACEBOOK_INTEGRATION_CAMPAIGNS, with_query(request, extra_query), endpoint.parse_response
    )


def prepare_unlink_facebook_integration_campaign(
    id: int,
    *,
    campaign_id: int,
    extra_body: Mapping[str, Any] | None = None,
    allow_unknown: bool = False,
    extra_query: Mapping[str, Any] | None = None,
) -> PreparedCall:
    """The request of `unlink_facebook_campaign` (`DELETE /integrations/facebook/{id}/campaign`), ready for any caller."""
    global _ep_unlink_facebook_integration_campaign  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_unlink_facebook_integration_campaign
    except NameError:
        from ..api.integrations import unlink_facebook_integration_campaign as _ep_unlink_facebook_integration_campaign

        endpoint = _ep_unlink_facebook_integration_campaign
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
    request = endpoint.build_request(id=id, body=body)
    return PreparedCall(
        _ops.UNLINK_FACEBOOK_INTEGRATION_CAMPAIGN, with_query(request, extra_query), endpoint.parse_response
    )


def prepare_update_avscan_key(*, avscan_key: str, extra_query: Mapping[str, Any] | None = None) -> PreparedCall:
    """The request of `update_avscan_key` (`PUT /integrations/avscan`), ready for any caller."""
    global _ep_update_avscan_key  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_update_avscan_key
    except NameError:
        from ..api.integrations import update_avscan_key as _ep_update_avscan_key

        endpoint = _ep_update_avscan_key
    request = endpoint.build_request(
        avscan_key=avscan_key,
    )
    return PreparedCall(_ops.UPDATE_AVSCAN_KEY, with_query(request, extra_query), endpoint.parse_response)


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
    extra_query: Mapping[str, Any] | None = None,
) -> PreparedCall:
    """The request of `update_facebook` (`PUT /integrations/facebook/{id}`), ready for any caller."""
    global _ep_update_facebook_integration  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_update_facebook_integration
    except NameError:
        from ..api.integrations import update_facebook_integration as _ep_update_facebook_integration

        endpoint = _ep_update_facebook_integration
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
    request = endpoint.build_request(id=id, body=body)
    return PreparedCall(_ops.UPDATE_FACEBOOK_INTEGRATION, with_query(request, extra_query), endpoint.parse_response)


def prepare_update_imklo_url(*, imklo_api_url: str, extra_query: Mapping[str, Any] | None = None) -> PreparedCall:
    """The request of `update_imklo_url` (`PUT /integrations/imklo`), ready for any caller."""
    global _ep_update_imklo_url  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_update_imklo_url
    except NameError:
        from ..api.integrations import update_imklo_url as _ep_update_imklo_url

        endpoint = _ep_update_imklo_url
    request = endpoint.build_request(
        imklo_api_url=imklo_api_url,
    )
    return PreparedCall(_ops.UPDATE_IMKLO_URL, with_query(request, extra_query), endpoint.parse_response)


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
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
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
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

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
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("FacebookIntegration", self._caller.call(prepared))

    def delete_facebook(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Success:
        """Disconnect a Facebook ad account.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Success

        `DELETE /integrations/facebook/{id}` (deleteFacebookIntegration)."""
        prepared = prepare_delete_facebook_integration(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("Success", self._caller.call(prepared))

    def get_avscan_key(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AvscanKey:
        """Read the AVScan key.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            AvscanKey

        `GET /integrations/avscan` (getAvscanKey)."""
        prepared = prepare_get_avscan_key(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AvscanKey", self._caller.call(prepared))

    def get_facebook(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> FacebookIntegrationEnvelope:
        """Get one Facebook ad account.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            FacebookIntegrationEnvelope

        `GET /integrations/facebook/{id}` (getFacebookIntegration)."""
        prepared = prepare_get_facebook_integration(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("FacebookIntegrationEnvelope", self._caller.call(prepared))

    def get_imklo_url(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ImkloUrl:
        """Read the IMKLO address.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            ImkloUrl

        `GET /integrations/imklo` (getImkloUrl)."""
        prepared = prepare_get_imklo_url(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("ImkloUrl", self._caller.call(prepared))

    def link_facebook_campaign(
        self,
        id: int,
        *,
        campaign_id: int,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Feed a campaign from a Facebook ad account.

        Args:
            id: Id of the entity.
            campaign_id: Id of the campaign. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        `POST /integrations/facebook/{id}/campaign` (linkFacebookIntegrationCampaign)."""
        prepared = prepare_link_facebook_integration_campaign(
            id, campaign_id=campaign_id, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("None", self._caller.call(prepared))

    def list_facebook(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> FacebookIntegrationList:
        """List Facebook ad accounts.

        Unlike other lists, wrapped in `data`.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            FacebookIntegrationList

        `GET /integrations/facebook` (listFacebookIntegrations)."""
        prepared = prepare_list_facebook_integrations(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("FacebookIntegrationList", self._caller.call(prepared))

    def list_facebook_campaigns(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> builtins.list[CampaignOption]:
        """List the campaigns fed by a Facebook ad account.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            builtins.list[CampaignOption]

        `GET /integrations/facebook/{id}/campaign` (listFacebookIntegrationCampaigns)."""
        prepared = prepare_list_facebook_integration_campaigns(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("builtins.list[CampaignOption]", self._caller.call(prepared))

    def unlink_facebook_campaign(
        self,
        id: int,
        *,
        campaign_id: int,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Stop feeding a campaign from a Facebook ad account.

        A DELETE that carries a JSON body.

        Args:
            id: Id of the entity.
            campaign_id: Id of the campaign. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        `DELETE /integrations/facebook/{id}/campaign` (unlinkFacebookIntegrationCampaign)."""
        prepared = prepare_unlink_facebook_integration_campaign(
            id, campaign_id=campaign_id, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("None", self._caller.call(prepared))

    def update_avscan_key(
        self,
        *,
        avscan_key: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AvscanKey:
        """Set the AVScan key.

        The key travels as a query parameter, not in a body.

        Args:
            avscan_key: New key. Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            AvscanKey

        `PUT /integrations/avscan` (updateAvscanKey)."""
        prepared = prepare_update_avscan_key(avscan_key=avscan_key, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
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
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
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
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

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
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("FacebookIntegrationEnvelope", self._caller.call(prepared))

    def update_imklo_url(
        self,
        *,
        imklo_api_url: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ImkloUrl:
        """Set the IMKLO address.

        The address travels as a query parameter, not in a body.

        Args:
            imklo_api_url: New address. Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            ImkloUrl

        `PUT /integrations/imklo` (updateImkloUrl)."""
        prepared = prepare_update_imklo_url(imklo_api_url=imklo_api_url, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
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
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
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
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

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
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("FacebookIntegration", await self._caller.call(prepared))

    async def delete_facebook(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Success:
        """Disconnect a Facebook ad account.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Success

        `DELETE /integrations/facebook/{id}` (deleteFacebookIntegration)."""
        prepared = prepare_delete_facebook_integration(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("Success", await self._caller.call(prepared))

    async def get_avscan_key(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AvscanKey:
        """Read the AVScan key.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            AvscanKey

        `GET /integrations/avscan` (getAvscanKey)."""
        prepared = prepare_get_avscan_key(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AvscanKey", await self._caller.call(prepared))

    async def get_facebook(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> FacebookIntegrationEnvelope:
        """Get one Facebook ad account.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            FacebookIntegrationEnvelope

        `GET /integrations/facebook/{id}` (getFacebookIntegration)."""
        prepared = prepare_get_facebook_integration(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("FacebookIntegrationEnvelope", await self._caller.call(prepared))

    async def get_imklo_url(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ImkloUrl:
        """Read the IMKLO address.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            ImkloUrl

        `GET /integrations/imklo` (getImkloUrl)."""
        prepared = prepare_get_imklo_url(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("ImkloUrl", await self._caller.call(prepared))

    async def link_facebook_campaign(
        self,
        id: int,
        *,
        campaign_id: int,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Feed a campaign from a Facebook ad account.

        Args:
            id: Id of the entity.
            campaign_id: Id of the campaign. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        `POST /integrations/facebook/{id}/campaign` (linkFacebookIntegrationCampaign)."""
        prepared = prepare_link_facebook_integration_campaign(
            id, campaign_id=campaign_id, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("None", await self._caller.call(prepared))

    async def list_facebook(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> FacebookIntegrationList:
        """List Facebook ad accounts.

        Unlike other lists, wrapped in `data`.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            FacebookIntegrationList

        `GET /integrations/facebook` (listFacebookIntegrations)."""
        prepared = prepare_list_facebook_integrations(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("FacebookIntegrationList", await self._caller.call(prepared))

    async def list_facebook_campaigns(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> builtins.list[CampaignOption]:
        """List the campaigns fed by a Facebook ad account.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            builtins.list[CampaignOption]

        `GET /integrations/facebook/{id}/campaign` (listFacebookIntegrationCampaigns)."""
        prepared = prepare_list_facebook_integration_campaigns(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("builtins.list[CampaignOption]", await self._caller.call(prepared))

    async def unlink_facebook_campaign(
        self,
        id: int,
        *,
        campaign_id: int,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Stop feeding a campaign from a Facebook ad account.

        A DELETE that carries a JSON body.

        Args:
            id: Id of the entity.
            campaign_id: Id of the campaign. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        `DELETE /integrations/facebook/{id}/campaign` (unlinkFacebookIntegrationCampaign)."""
        prepared = prepare_unlink_facebook_integration_campaign(
            id, campaign_id=campaign_id, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("None", await self._caller.call(prepared))

    async def update_avscan_key(
        self,
        *,
        avscan_key: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AvscanKey:
        """Set the AVScan key.

        The key travels as a query parameter, not in a body.

        Args:
            avscan_key: New key. Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            AvscanKey

        `PUT /integrations/avscan` (updateAvscanKey)."""
        prepared = prepare_update_avscan_key(avscan_key=avscan_key, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
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
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
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
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

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
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("FacebookIntegrationEnvelope", await self._caller.call(prepared))

    async def update_imklo_url(
        self,
        *,
        imklo_api_url: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ImkloUrl:
        """Set the IMKLO address.

        The address travels as a query parameter, not in a body.

        Args:
            imklo_api_url: New address. Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            ImkloUrl

        `PUT /integrations/imklo` (updateImkloUrl)."""
        prepared = prepare_update_imklo_url(imklo_api_url=imklo_api_url, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
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
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
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
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

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
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[FacebookIntegration]", self._caller.call(prepared))

    def delete_facebook(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[Success]:
        """Disconnect a Facebook ad account.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Success

        `DELETE /integrations/facebook/{id}` (deleteFacebookIntegration)."""
        prepared = prepare_delete_facebook_integration(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[Success]", self._caller.call(prepared))

    def get_avscan_key(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[AvscanKey]:
        """Read the AVScan key.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            AvscanKey

        `GET /integrations/avscan` (getAvscanKey)."""
        prepared = prepare_get_avscan_key(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[AvscanKey]", self._caller.call(prepared))

    def get_facebook(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[FacebookIntegrationEnvelope]:
        """Get one Facebook ad account.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            FacebookIntegrationEnvelope

        `GET /integrations/facebook/{id}` (getFacebookIntegration)."""
        prepared = prepare_get_facebook_integration(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[FacebookIntegrationEnvelope]", self._caller.call(prepared))

    def get_imklo_url(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[ImkloUrl]:
        """Read the IMKLO address.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            ImkloUrl

        `GET /integrations/imklo` (getImkloUrl)."""
        prepared = prepare_get_imklo_url(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[ImkloUrl]", self._caller.call(prepared))

    def link_facebook_campaign(
        self,
        id: int,
        *,
        campaign_id: int,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[None]:
        """Feed a campaign from a Facebook ad account.

        Args:
            id: Id of the entity.
            campaign_id: Id of the campaign. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        `POST /integrations/facebook/{id}/campaign` (linkFacebookIntegrationCampaign)."""
        prepared = prepare_link_facebook_integration_campaign(
            id, campaign_id=campaign_id, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[None]", self._caller.call(prepared))

    def list_facebook(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[FacebookIntegrationList]:
        """List Facebook ad accounts.

        Unlike other lists, wrapped in `data`.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            FacebookIntegrationList

        `GET /integrations/facebook` (listFacebookIntegrations)."""
        prepared = prepare_list_facebook_integrations(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[FacebookIntegrationList]", self._caller.call(prepared))

    def list_facebook_campaigns(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[builtins.list[CampaignOption]]:
        """List the campaigns fed by a Facebook ad account.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            builtins.list[CampaignOption]

        `GET /integrations/facebook/{id}/campaign` (listFacebookIntegrationCampaigns)."""
        prepared = prepare_list_facebook_integration_campaigns(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[builtins.list[CampaignOption]]", self._caller.call(prepared))

    def unlink_facebook_campaign(
        self,
        id: int,
        *,
        campaign_id: int,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[None]:
        """Stop feeding a campaign from a Facebook ad account.

        A DELETE that carries a JSON body.

        Args:
            id: Id of the entity.
            campaign_id: Id of the campaign. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        `DELETE /integrations/facebook/{id}/campaign` (unlinkFacebookIntegrationCampaign)."""
        prepared = prepare_unlink_facebook_integration_campaign(
            id, campaign_id=campaign_id, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[None]", self._caller.call(prepared))

    def update_avscan_key(
        self,
        *,
        avscan_key: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[AvscanKey]:
        """Set the AVScan key.

        The key travels as a query parameter, not in a body.

        Args:
            avscan_key: New key. Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            AvscanKey

        `PUT /integrations/avscan` (updateAvscanKey)."""
        prepared = prepare_update_avscan_key(avscan_key=avscan_key, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
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
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
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
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

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
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[FacebookIntegrationEnvelope]", self._caller.call(prepared))

    def update_imklo_url(
        self,
        *,
        imklo_api_url: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[ImkloUrl]:
        """Set the IMKLO address.

        The address travels as a query parameter, not in a body.

        Args:
            imklo_api_url: New address. Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            ImkloUrl

        `PUT /integrations/imklo` (updateImkloUrl)."""
        prepared = prepare_update_imklo_url(imklo_api_url=imklo_api_url, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[ImkloUrl]", self._caller.call(prepared))


class RawIntegrationsResource:
    """Third-party services: AVScan, Facebook cost import and IMKLO. Each call returns the raw response; `.parse()` gives the model."""

    def __init__(self, caller: RawCaller) -> None:
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
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[FacebookIntegration]:
        """Connect a Facebook ad account.

        Args:
            name: Display name.
            ad_account_id: Facebook ad account id.
            token: Access token. Treat it as a secret.
            proxy_enabled: Route the integration's requests through `proxy`.
            proxy: Proxy used to reach Facebook.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

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
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[FacebookIntegration]", self._caller.call(prepared))

    def delete_facebook(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Success]:
        """Disconnect a Facebook ad account.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Success

        `DELETE /integrations/facebook/{id}` (deleteFacebookIntegration)."""
        prepared = prepare_delete_facebook_integration(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[Success]", self._caller.call(prepared))

    def get_avscan_key(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[AvscanKey]:
        """Read the AVScan key.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            AvscanKey

        `GET /integrations/avscan` (getAvscanKey)."""
        prepared = prepare_get_avscan_key(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[AvscanKey]", self._caller.call(prepared))

    def get_facebook(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[FacebookIntegrationEnvelope]:
        """Get one Facebook ad account.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            FacebookIntegrationEnvelope

        `GET /integrations/facebook/{id}` (getFacebookIntegration)."""
        prepared = prepare_get_facebook_integration(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[FacebookIntegrationEnvelope]", self._caller.call(prepared))

    def get_imklo_url(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[ImkloUrl]:
        """Read the IMKLO address.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            ImkloUrl

        `GET /integrations/imklo` (getImkloUrl)."""
        prepared = prepare_get_imklo_url(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[ImkloUrl]", self._caller.call(prepared))

    def link_facebook_campaign(
        self,
        id: int,
        *,
        campaign_id: int,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """Feed a campaign from a Facebook ad account.

        Args:
            id: Id of the entity.
            campaign_id: Id of the campaign. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        `POST /integrations/facebook/{id}/campaign` (linkFacebookIntegrationCampaign)."""
        prepared = prepare_link_facebook_integration_campaign(
            id, campaign_id=campaign_id, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[None]", self._caller.call(prepared))

    def list_facebook(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[FacebookIntegrationList]:
        """List Facebook ad accounts.

        Unlike other lists, wrapped in `data`.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            FacebookIntegrationList

        `GET /integrations/facebook` (listFacebookIntegrations)."""
        prepared = prepare_list_facebook_integrations(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[FacebookIntegrationList]", self._caller.call(prepared))

    def list_facebook_campaigns(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[builtins.list[CampaignOption]]:
        """List the campaigns fed by a Facebook ad account.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            builtins.list[CampaignOption]

        `GET /integrations/facebook/{id}/campaign` (listFacebookIntegrationCampaigns)."""
        prepared = prepare_list_facebook_integration_campaigns(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[builtins.list[CampaignOption]]", self._caller.call(prepared))

    def unlink_facebook_campaign(
        self,
        id: int,
        *,
        campaign_id: int,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """Stop feeding a campaign from a Facebook ad account.

        A DELETE that carries a JSON body.

        Args:
            id: Id of the entity.
            campaign_id: Id of the campaign. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        `DELETE /integrations/facebook/{id}/campaign` (unlinkFacebookIntegrationCampaign)."""
        prepared = prepare_unlink_facebook_integration_campaign(
            id, campaign_id=campaign_id, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[None]", self._caller.call(prepared))

    def update_avscan_key(
        self,
        *,
        avscan_key: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[AvscanKey]:
        """Set the AVScan key.

        The key travels as a query parameter, not in a body.

        Args:
            avscan_key: New key. Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            AvscanKey

        `PUT /integrations/avscan` (updateAvscanKey)."""
        prepared = prepare_update_avscan_key(avscan_key=avscan_key, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[AvscanKey]", self._caller.call(prepared))

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
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[FacebookIntegrationEnvelope]:
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
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

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
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[FacebookIntegrationEnvelope]", self._caller.call(prepared))

    def update_imklo_url(
        self,
        *,
        imklo_api_url: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[ImkloUrl]:
        """Set the IMKLO address.

        The address travels as a query parameter, not in a body.

        Args:
            imklo_api_url: New address. Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            ImkloUrl

        `PUT /integrations/imklo` (updateImkloUrl)."""
        prepared = prepare_update_imklo_url(imklo_api_url=imklo_api_url, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[ImkloUrl]", self._caller.call(prepared))


class AsyncRawIntegrationsResource:
    """Third-party services: AVScan, Facebook cost import and IMKLO. Each call returns the raw response."""

    def __init__(self, caller: AsyncRawCaller) -> None:
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
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[FacebookIntegration]:
        """Connect a Facebook ad account.

        Args:
            name: Display name.
            ad_account_id: Facebook ad account id.
            token: Access token. Treat it as a secret.
            proxy_enabled: Route the integration's requests through `proxy`.
            proxy: Proxy used to reach Facebook.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

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
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[FacebookIntegration]", await self._caller.call(prepared))

    async def delete_facebook(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Success]:
        """Disconnect a Facebook ad account.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Success

        `DELETE /integrations/facebook/{id}` (deleteFacebookIntegration)."""
        prepared = prepare_delete_facebook_integration(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[Success]", await self._caller.call(prepared))

    async def get_avscan_key(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[AvscanKey]:
        """Read the AVScan key.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            AvscanKey

        `GET /integrations/avscan` (getAvscanKey)."""
        prepared = prepare_get_avscan_key(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[AvscanKey]", await self._caller.call(prepared))

    async def get_facebook(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[FacebookIntegrationEnvelope]:
        """Get one Facebook ad account.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            FacebookIntegrationEnvelope

        `GET /integrations/facebook/{id}` (getFacebookIntegration)."""
        prepared = prepare_get_facebook_integration(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[FacebookIntegrationEnvelope]", await self._caller.call(prepared))

    async def get_imklo_url(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[ImkloUrl]:
        """Read the IMKLO address.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            ImkloUrl

        `GET /integrations/imklo` (getImkloUrl)."""
        prepared = prepare_get_imklo_url(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[ImkloUrl]", await self._caller.call(prepared))

    async def link_facebook_campaign(
        self,
        id: int,
        *,
        campaign_id: int,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """Feed a campaign from a Facebook ad account.

        Args:
            id: Id of the entity.
            campaign_id: Id of the campaign. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        `POST /integrations/facebook/{id}/campaign` (linkFacebookIntegrationCampaign)."""
        prepared = prepare_link_facebook_integration_campaign(
            id, campaign_id=campaign_id, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[None]", await self._caller.call(prepared))

    async def list_facebook(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[FacebookIntegrationList]:
        """List Facebook ad accounts.

        Unlike other lists, wrapped in `data`.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            FacebookIntegrationList

        `GET /integrations/facebook` (listFacebookIntegrations)."""
        prepared = prepare_list_facebook_integrations(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[FacebookIntegrationList]", await self._caller.call(prepared))

    async def list_facebook_campaigns(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[builtins.list[CampaignOption]]:
        """List the campaigns fed by a Facebook ad account.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            builtins.list[CampaignOption]

        `GET /integrations/facebook/{id}/campaign` (listFacebookIntegrationCampaigns)."""
        prepared = prepare_list_facebook_integration_campaigns(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[builtins.list[CampaignOption]]", await self._caller.call(prepared))

    async def unlink_facebook_campaign(
        self,
        id: int,
        *,
        campaign_id: int,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """Stop feeding a campaign from a Facebook ad account.

        A DELETE that carries a JSON body.

        Args:
            id: Id of the entity.
            campaign_id: Id of the campaign. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        `DELETE /integrations/facebook/{id}/campaign` (unlinkFacebookIntegrationCampaign)."""
        prepared = prepare_unlink_facebook_integration_campaign(
            id, campaign_id=campaign_id, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[None]", await self._caller.call(prepared))

    async def update_avscan_key(
        self,
        *,
        avscan_key: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[AvscanKey]:
        """Set the AVScan key.

        The key travels as a query parameter, not in a body.

        Args:
            avscan_key: New key. Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            AvscanKey

        `PUT /integrations/avscan` (updateAvscanKey)."""
        prepared = prepare_update_avscan_key(avscan_key=avscan_key, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[AvscanKey]", await self._caller.call(prepared))

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
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[FacebookIntegrationEnvelope]:
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
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

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
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[FacebookIntegrationEnvelope]", await self._caller.call(prepared))

    async def update_imklo_url(
        self,
        *,
        imklo_api_url: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[ImkloUrl]:
        """Set the IMKLO address.

        The address travels as a query parameter, not in a body.

        Args:
            imklo_api_url: New address. Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            ImkloUrl

        `PUT /integrations/imklo` (updateImkloUrl)."""
        prepared = prepare_update_imklo_url(imklo_api_url=imklo_api_url, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[ImkloUrl]", await self._caller.call(prepared))


class StreamingIntegrationsResource:
    """Third-party services: AVScan, Facebook cost import and IMKLO. Each call is a context manager over the unread answer."""

    def __init__(self, caller: StreamingCaller) -> None:
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
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[FacebookIntegration]]:
        """Connect a Facebook ad account.

        Args:
            name: Display name.
            ad_account_id: Facebook ad account id.
            token: Access token. Treat it as a secret.
            proxy_enabled: Route the integration's requests through `proxy`.
            proxy: Proxy used to reach Facebook.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

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
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[FacebookIntegration]]", self._caller.call(prepared))

    def delete_facebook(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[Success]]:
        """Disconnect a Facebook ad account.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Success

        `DELETE /integrations/facebook/{id}` (deleteFacebookIntegration)."""
        prepared = prepare_delete_facebook_integration(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[Success]]", self._caller.call(prepared))

    def get_avscan_key(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[AvscanKey]]:
        """Read the AVScan key.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            AvscanKey

        `GET /integrations/avscan` (getAvscanKey)."""
        prepared = prepare_get_avscan_key(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[AvscanKey]]", self._caller.call(prepared))

    def get_facebook(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[FacebookIntegrationEnvelope]]:
        """Get one Facebook ad account.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            FacebookIntegrationEnvelope

        `GET /integrations/facebook/{id}` (getFacebookIntegration)."""
        prepared = prepare_get_facebook_integration(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast(
            "AbstractContextManager[StreamedResponse[FacebookIntegrationEnvelope]]", self._caller.call(prepared)
        )

    def get_imklo_url(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[ImkloUrl]]:
        """Read the IMKLO address.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            ImkloUrl

        `GET /integrations/imklo` (getImkloUrl)."""
        prepared = prepare_get_imklo_url(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[ImkloUrl]]", self._caller.call(prepared))

    def link_facebook_campaign(
        self,
        id: int,
        *,
        campaign_id: int,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[None]]:
        """Feed a campaign from a Facebook ad account.

        Args:
            id: Id of the entity.
            campaign_id: Id of the campaign. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        `POST /integrations/facebook/{id}/campaign` (linkFacebookIntegrationCampaign)."""
        prepared = prepare_link_facebook_integration_campaign(
            id, campaign_id=campaign_id, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[None]]", self._caller.call(prepared))

    def list_facebook(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[FacebookIntegrationList]]:
        """List Facebook ad accounts.

        Unlike other lists, wrapped in `data`.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            FacebookIntegrationList

        `GET /integrations/facebook` (listFacebookIntegrations)."""
        prepared = prepare_list_facebook_integrations(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[FacebookIntegrationList]]", self._caller.call(prepared))

    def list_facebook_campaigns(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[builtins.list[CampaignOption]]]:
        """List the campaigns fed by a Facebook ad account.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            builtins.list[CampaignOption]

        `GET /integrations/facebook/{id}/campaign` (listFacebookIntegrationCampaigns)."""
        prepared = prepare_list_facebook_integration_campaigns(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast(
            "AbstractContextManager[StreamedResponse[builtins.list[CampaignOption]]]", self._caller.call(prepared)
        )

    def unlink_facebook_campaign(
        self,
        id: int,
        *,
        campaign_id: int,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[None]]:
        """Stop feeding a campaign from a Facebook ad account.

        A DELETE that carries a JSON body.

        Args:
            id: Id of the entity.
            campaign_id: Id of the campaign. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        `DELETE /integrations/facebook/{id}/campaign` (unlinkFacebookIntegrationCampaign)."""
        prepared = prepare_unlink_facebook_integration_campaign(
            id, campaign_id=campaign_id, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[None]]", self._caller.call(prepared))

    def update_avscan_key(
        self,
        *,
        avscan_key: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[AvscanKey]]:
        """Set the AVScan key.

        The key travels as a query parameter, not in a body.

        Args:
            avscan_key: New key. Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            AvscanKey

        `PUT /integrations/avscan` (updateAvscanKey)."""
        prepared = prepare_update_avscan_key(avscan_key=avscan_key, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[AvscanKey]]", self._caller.call(prepared))

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
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[FacebookIntegrationEnvelope]]:
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
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

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
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast(
            "AbstractContextManager[StreamedResponse[FacebookIntegrationEnvelope]]", self._caller.call(prepared)
        )

    def update_imklo_url(
        self,
        *,
        imklo_api_url: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[ImkloUrl]]:
        """Set the IMKLO address.

        The address travels as a query parameter, not in a body.

        Args:
            imklo_api_url: New address. Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            ImkloUrl

        `PUT /integrations/imklo` (updateImkloUrl)."""
        prepared = prepare_update_imklo_url(imklo_api_url=imklo_api_url, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[ImkloUrl]]", self._caller.call(prepared))


class AsyncStreamingIntegrationsResource:
    """Third-party services: AVScan, Facebook cost import and IMKLO. Each call is an async context manager over the unread answer."""

    def __init__(self, caller: AsyncStreamingCaller) -> None:
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
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[FacebookIntegration]]:
        """Connect a Facebook ad account.

        Args:
            name: Display name.
            ad_account_id: Facebook ad account id.
            token: Access token. Treat it as a secret.
            proxy_enabled: Route the integration's requests through `proxy`.
            proxy: Proxy used to reach Facebook.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

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
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast(
            "AbstractAsyncContextManager[AsyncStreamedResponse[FacebookIntegration]]", self._caller.call(prepared)
        )

    def delete_facebook(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[Success]]:
        """Disconnect a Facebook ad account.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Success

        `DELETE /integrations/facebook/{id}` (deleteFacebookIntegration)."""
        prepared = prepare_delete_facebook_integration(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractAsyncContextManager[AsyncStreamedResponse[Success]]", self._caller.call(prepared))

    def get_avscan_key(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[AvscanKey]]:
        """Read the AVScan key.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            AvscanKey

        `GET /integrations/avscan` (getAvscanKey)."""
        prepared = prepare_get_avscan_key(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractAsyncContextManager[AsyncStreamedResponse[AvscanKey]]", self._caller.call(prepared))

    def get_facebook(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[FacebookIntegrationEnvelope]]:
        """Get one Facebook ad account.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            FacebookIntegrationEnvelope

        `GET /integrations/facebook/{id}` (getFacebookIntegration)."""
        prepared = prepare_get_facebook_integration(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast(
            "AbstractAsyncContextManager[AsyncStreamedResponse[FacebookIntegrationEnvelope]]",
            self._caller.call(prepared),
        )

    def get_imklo_url(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[ImkloUrl]]:
        """Read the IMKLO address.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            ImkloUrl

        `GET /integrations/imklo` (getImkloUrl)."""
        prepared = prepare_get_imklo_url(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractAsyncContextManager[AsyncStreamedResponse[ImkloUrl]]", self._caller.call(prepared))

    def link_facebook_campaign(
        self,
        id: int,
        *,
        campaign_id: int,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[None]]:
        """Feed a campaign from a Facebook ad account.

        Args:
            id: Id of the entity.
            campaign_id: Id of the campaign. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        `POST /integrations/facebook/{id}/campaign` (linkFacebookIntegrationCampaign)."""
        prepared = prepare_link_facebook_integration_campaign(
            id, campaign_id=campaign_id, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractAsyncContextManager[AsyncStreamedResponse[None]]", self._caller.call(prepared))

    def list_facebook(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[FacebookIntegrationList]]:
        """List Facebook ad accounts.

        Unlike other lists, wrapped in `data`.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            FacebookIntegrationList

        `GET /integrations/facebook` (listFacebookIntegrations)."""
        prepared = prepare_list_facebook_integrations(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast(
            "AbstractAsyncContextManager[AsyncStreamedResponse[FacebookIntegrationList]]", self._caller.call(prepared)
        )

    def list_facebook_campaigns(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[builtins.list[CampaignOption]]]:
        """List the campaigns fed by a Facebook ad account.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            builtins.list[CampaignOption]

        `GET /integrations/facebook/{id}/campaign` (listFacebookIntegrationCampaigns)."""
        prepared = prepare_list_facebook_integration_campaigns(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast(
            "AbstractAsyncContextManager[AsyncStreamedResponse[builtins.list[CampaignOption]]]",
            self._caller.call(prepared),
        )

    def unlink_facebook_campaign(
        self,
        id: int,
        *,
        campaign_id: int,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[None]]:
        """Stop feeding a campaign from a Facebook ad account.

        A DELETE that carries a JSON body.

        Args:
            id: Id of the entity.
            campaign_id: Id of the campaign. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        `DELETE /integrations/facebook/{id}/campaign` (unlinkFacebookIntegrationCampaign)."""
        prepared = prepare_unlink_facebook_integration_campaign(
            id, campaign_id=campaign_id, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractAsyncContextManager[AsyncStreamedResponse[None]]", self._caller.call(prepared))

    def update_avscan_key(
        self,
        *,
        avscan_key: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[AvscanKey]]:
        """Set the AVScan key.

        The key travels as a query parameter, not in a body.

        Args:
            avscan_key: New key. Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            AvscanKey

        `PUT /integrations/avscan` (updateAvscanKey)."""
        prepared = prepare_update_avscan_key(avscan_key=avscan_key, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractAsyncContextManager[AsyncStreamedResponse[AvscanKey]]", self._caller.call(prepared))

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
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[FacebookIntegrationEnvelope]]:
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
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

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
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast(
            "AbstractAsyncContextManager[AsyncStreamedResponse[FacebookIntegrationEnvelope]]",
            self._caller.call(prepared),
        )

    def update_imklo_url(
        self,
        *,
        imklo_api_url: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[ImkloUrl]]:
        """Set the IMKLO address.

        The address travels as a query parameter, not in a body.

        Args:
            imklo_api_url: New address. Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            ImkloUrl

        `PUT /integrations/imklo` (updateImkloUrl)."""
        prepared = prepare_update_imklo_url(imklo_api_url=imklo_api_url, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractAsyncContextManager[AsyncStreamedResponse[ImkloUrl]]", self._caller.call(prepared))

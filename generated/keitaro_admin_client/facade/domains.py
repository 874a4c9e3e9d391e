"""Domains parked on the tracker.

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
    payload,
    with_query,
)

if TYPE_CHECKING:
    from ..models.domain import Domain
    from ..models.domain_update_state import DomainUpdateState

__all__ = (
    "DomainsResource",
    "AsyncDomainsResource",
    "BatchDomainsResource",
    "RawDomainsResource",
    "AsyncRawDomainsResource",
    "StreamingDomainsResource",
    "AsyncStreamingDomainsResource",
    "prepare_check_domain",
    "prepare_create_domain",
    "prepare_delete_domain",
    "prepare_get_domain",
    "prepare_list_domains",
    "prepare_list_deleted_domains",
    "prepare_restore_domain",
    "prepare_update_domain",
)


def prepare_check_domain(id: int, *, extra_query: Mapping[str, Any] | None = None) -> PreparedCall:
    """The request of `check` (`POST /domains/{id}/check`), ready for any caller."""
    from ..api.domains import check_domain as endpoint

    request = endpoint.build_request(
        id=id,
    )
    return PreparedCall(_ops.CHECK_DOMAIN, with_query(request, extra_query), endpoint.parse_response)


def prepare_create_domain(
    *,
    name: str,
    is_ssl: bool = False,
    default_campaign_id: int | None | Unset = UNSET,
    wildcard: bool | Unset = UNSET,
    catch_not_found: bool | Unset = UNSET,
    notes: str | Unset = UNSET,
    ssl_redirect: bool | Unset = UNSET,
    allow_indexing: bool | Unset = UNSET,
    extra_body: Mapping[str, Any] | None = None,
    extra_query: Mapping[str, Any] | None = None,
) -> PreparedCall:
    """The request of `create` (`POST /domains`), ready for any caller."""
    from ..api.domains import create_domain as endpoint
    from ..models.domain_create import DomainCreate

    body = DomainCreate.from_dict(
        payload(
            {
                "name": name,
                "is_ssl": is_ssl,
                "default_campaign_id": default_campaign_id,
                "wildcard": wildcard,
                "catch_not_found": catch_not_found,
                "notes": notes,
                "ssl_redirect": ssl_redirect,
                "allow_indexing": allow_indexing,
            },
            extra_body,
        )
    )
    request = endpoint.build_request(body=body)
    return PreparedCall(_ops.CREATE_DOMAIN, with_query(request, extra_query), endpoint.parse_response)


def prepare_delete_domain(id: int, *, extra_query: Mapping[str, Any] | None = None) -> PreparedCall:
    """The request of `delete` (`DELETE /domains/{id}`), ready for any caller."""
    from ..api.domains import delete_domain as endpoint

    request = endpoint.build_request(
        id=id,
    )
    return PreparedCall(_ops.DELETE_DOMAIN, with_query(request, extra_query), endpoint.parse_response)


def prepare_get_domain(id: int, *, extra_query: Mapping[str, Any] | None = None) -> PreparedCall:
    """The request of `get` (`GET /domains/{id}`), ready for any caller."""
    from ..api.domains import get_domain as endpoint

    request = endpoint.build_request(
        id=id,
    )
    return PreparedCall(_ops.GET_DOMAIN, with_query(request, extra_query), endpoint.parse_response)


def prepare_list_domains(*, extra_query: Mapping[str, Any] | None = None) -> PreparedCall:
    """The request of `list` (`GET /domains`), ready for any caller."""
    from ..api.domains import list_domains as endpoint

    request = endpoint.build_request()
    return PreparedCall(_ops.LIST_DOMAINS, with_query(request, extra_query), endpoint.parse_response)


def prepare_list_deleted_domains(*, extra_query: Mapping[str, Any] | None = None) -> PreparedCall:
    """The request of `list_deleted` (`GET /domains/deleted`), ready for any caller."""
    from ..api.domains import list_deleted_domains as endpoint

    request = endpoint.build_request()
    return PreparedCall(_ops.LIST_DELETED_DOMAINS, with_query(request, extra_query), endpoint.parse_response)


def prepare_restore_domain(id: int, *, extra_query: Mapping[str, Any] | None = None) -> PreparedCall:
    """The request of `restore` (`POST /domains/{id}/restore`), ready for any caller."""
    from ..api.domains import restore_domain as endpoint

    request = endpoint.build_request(
        id=id,
    )
    return PreparedCall(_ops.RESTORE_DOMAIN, with_query(request, extra_query), endpoint.parse_response)


def prepare_update_domain(
    id: int,
    *,
    name: str | Unset = UNSET,
    is_ssl: bool | Unset = UNSET,
    default_campaign_id: int | None | Unset = UNSET,
    state: DomainUpdateState | Unset = UNSET,
    catch_not_found: bool | Unset = UNSET,
    notes: str | Unset = UNSET,
    extra_body: Mapping[str, Any] | None = None,
    extra_query: Mapping[str, Any] | None = None,
) -> PreparedCall:
    """The request of `update` (`PUT /domains/{id}`), ready for any caller."""
    from ..api.domains import update_domain as endpoint
    from ..models.domain_update import DomainUpdate

    body = DomainUpdate.from_dict(
        payload(
            {
                "name": name,
                "is_ssl": is_ssl,
                "default_campaign_id": default_campaign_id,
                "state": state,
                "catch_not_found": catch_not_found,
                "notes": notes,
            },
            extra_body,
        )
    )
    request = endpoint.build_request(id=id, body=body)
    return PreparedCall(_ops.UPDATE_DOMAIN, with_query(request, extra_query), endpoint.parse_response)


class DomainsResource:
    """Domains parked on the tracker."""

    def __init__(self, caller: SyncCaller) -> None:
        self._caller = caller

    def check(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Domain:
        """Recheck the DNS and SSL status of a domain.

        `POST /domains/{id}/check` (checkDomain)."""
        prepared = prepare_check_domain(id, extra_query=extra_query)._replace(
            options=RequestOptions(timeout, max_retries, extra_headers)
        )
        return cast("Domain", self._caller.call(prepared))

    def create(
        self,
        *,
        name: str,
        is_ssl: bool = False,
        default_campaign_id: int | None | Unset = UNSET,
        wildcard: bool | Unset = UNSET,
        catch_not_found: bool | Unset = UNSET,
        notes: str | Unset = UNSET,
        ssl_redirect: bool | Unset = UNSET,
        allow_indexing: bool | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> builtins.list[Domain]:
        """Add a domain.

        Answers with a list of the domains added.

        `POST /domains` (createDomain)."""
        prepared = prepare_create_domain(
            name=name,
            is_ssl=is_ssl,
            default_campaign_id=default_campaign_id,
            wildcard=wildcard,
            catch_not_found=catch_not_found,
            notes=notes,
            ssl_redirect=ssl_redirect,
            allow_indexing=allow_indexing,
            extra_body=extra_body,
            extra_query=extra_query,
        )._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("builtins.list[Domain]", self._caller.call(prepared))

    def delete(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Domain | None:
        """Archive a domain.

        Answers 201. Answer shapes (x-keitaro-answers): the object; a list holding only it (unwrapped); or an empty body, then the SDK returns None. Evidence: Keitaro's published document declares bodiless answers for the sibling calls `DELETE /traffic_sources/{id}` (200) and `DELETE /users/{id}` (201), and wirgen/keitaro src/Keitaro.php reads nothing from archive and restore answers (low confidence for this operation: tolerated, not seen). The status may be 200 or 201 whatever the document says: wirgen/keitaro treats any status but 200 as a failure and still archives campaigns, where the published document says 201 (medium confidence).

        `DELETE /domains/{id}` (deleteDomain)."""
        prepared = prepare_delete_domain(id, extra_query=extra_query)._replace(
            options=RequestOptions(timeout, max_retries, extra_headers)
        )
        return cast("Domain | None", self._caller.call(prepared))

    def get(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Domain:
        """Get one domain.

        `GET /domains/{id}` (getDomain)."""
        prepared = prepare_get_domain(id, extra_query=extra_query)._replace(
            options=RequestOptions(timeout, max_retries, extra_headers)
        )
        return cast("Domain", self._caller.call(prepared))

    def list(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> builtins.list[Domain]:
        """List domains.

        `GET /domains` (listDomains)."""
        prepared = prepare_list_domains(extra_query=extra_query)._replace(
            options=RequestOptions(timeout, max_retries, extra_headers)
        )
        return cast("builtins.list[Domain]", self._caller.call(prepared))

    def list_deleted(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> builtins.list[Domain]:
        """List archived domains.

        `GET /domains/deleted` (listDeletedDomains)."""
        prepared = prepare_list_deleted_domains(extra_query=extra_query)._replace(
            options=RequestOptions(timeout, max_retries, extra_headers)
        )
        return cast("builtins.list[Domain]", self._caller.call(prepared))

    def restore(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Domain | None:
        """Bring a domain back from the archive.

        Answer shapes (x-keitaro-answers): the object; a list holding only it (unwrapped); or an empty body, then the SDK returns None. Evidence: Keitaro's published document declares bodiless answers for the sibling calls `DELETE /traffic_sources/{id}` (200) and `DELETE /users/{id}` (201), and wirgen/keitaro src/Keitaro.php reads nothing from archive and restore answers (low confidence for this operation: tolerated, not seen). The status may be 200 or 201 whatever the document says: wirgen/keitaro treats any status but 200 as a failure and still archives campaigns, where the published document says 201 (medium confidence).

        `POST /domains/{id}/restore` (restoreDomain)."""
        prepared = prepare_restore_domain(id, extra_query=extra_query)._replace(
            options=RequestOptions(timeout, max_retries, extra_headers)
        )
        return cast("Domain | None", self._caller.call(prepared))

    def update(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        is_ssl: bool | Unset = UNSET,
        default_campaign_id: int | None | Unset = UNSET,
        state: DomainUpdateState | Unset = UNSET,
        catch_not_found: bool | Unset = UNSET,
        notes: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Domain:
        """Change a domain.

        `PUT /domains/{id}` (updateDomain)."""
        prepared = prepare_update_domain(
            id,
            name=name,
            is_ssl=is_ssl,
            default_campaign_id=default_campaign_id,
            state=state,
            catch_not_found=catch_not_found,
            notes=notes,
            extra_body=extra_body,
            extra_query=extra_query,
        )._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("Domain", self._caller.call(prepared))


class AsyncDomainsResource:
    """Domains parked on the tracker."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def check(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Domain:
        """Recheck the DNS and SSL status of a domain.

        `POST /domains/{id}/check` (checkDomain)."""
        prepared = prepare_check_domain(id, extra_query=extra_query)._replace(
            options=RequestOptions(timeout, max_retries, extra_headers)
        )
        return cast("Domain", await self._caller.call(prepared))

    async def create(
        self,
        *,
        name: str,
        is_ssl: bool = False,
        default_campaign_id: int | None | Unset = UNSET,
        wildcard: bool | Unset = UNSET,
        catch_not_found: bool | Unset = UNSET,
        notes: str | Unset = UNSET,
        ssl_redirect: bool | Unset = UNSET,
        allow_indexing: bool | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> builtins.list[Domain]:
        """Add a domain.

        Answers with a list of the domains added.

        `POST /domains` (createDomain)."""
        prepared = prepare_create_domain(
            name=name,
            is_ssl=is_ssl,
            default_campaign_id=default_campaign_id,
            wildcard=wildcard,
            catch_not_found=catch_not_found,
            notes=notes,
            ssl_redirect=ssl_redirect,
            allow_indexing=allow_indexing,
            extra_body=extra_body,
            extra_query=extra_query,
        )._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("builtins.list[Domain]", await self._caller.call(prepared))

    async def delete(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Domain | None:
        """Archive a domain.

        Answers 201. Answer shapes (x-keitaro-answers): the object; a list holding only it (unwrapped); or an empty body, then the SDK returns None. Evidence: Keitaro's published document declares bodiless answers for the sibling calls `DELETE /traffic_sources/{id}` (200) and `DELETE /users/{id}` (201), and wirgen/keitaro src/Keitaro.php reads nothing from archive and restore answers (low confidence for this operation: tolerated, not seen). The status may be 200 or 201 whatever the document says: wirgen/keitaro treats any status but 200 as a failure and still archives campaigns, where the published document says 201 (medium confidence).

        `DELETE /domains/{id}` (deleteDomain)."""
        prepared = prepare_delete_domain(id, extra_query=extra_query)._replace(
            options=RequestOptions(timeout, max_retries, extra_headers)
        )
        return cast("Domain | None", await self._caller.call(prepared))

    async def get(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Domain:
        """Get one domain.

        `GET /domains/{id}` (getDomain)."""
        prepared = prepare_get_domain(id, extra_query=extra_query)._replace(
            options=RequestOptions(timeout, max_retries, extra_headers)
        )
        return cast("Domain", await self._caller.call(prepared))

    async def list(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> builtins.list[Domain]:
        """List domains.

        `GET /domains` (listDomains)."""
        prepared = prepare_list_domains(extra_query=extra_query)._replace(
            options=RequestOptions(timeout, max_retries, extra_headers)
        )
        return cast("builtins.list[Domain]", await self._caller.call(prepared))

    async def list_deleted(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> builtins.list[Domain]:
        """List archived domains.

        `GET /domains/deleted` (listDeletedDomains)."""
        prepared = prepare_list_deleted_domains(extra_query=extra_query)._replace(
            options=RequestOptions(timeout, max_retries, extra_headers)
        )
        return cast("builtins.list[Domain]", await self._caller.call(prepared))

    async def restore(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Domain | None:
        """Bring a domain back from the archive.

        Answer shapes (x-keitaro-answers): the object; a list holding only it (unwrapped); or an empty body, then the SDK returns None. Evidence: Keitaro's published document declares bodiless answers for the sibling calls `DELETE /traffic_sources/{id}` (200) and `DELETE /users/{id}` (201), and wirgen/keitaro src/Keitaro.php reads nothing from archive and restore answers (low confidence for this operation: tolerated, not seen). The status may be 200 or 201 whatever the document says: wirgen/keitaro treats any status but 200 as a failure and still archives campaigns, where the published document says 201 (medium confidence).

        `POST /domains/{id}/restore` (restoreDomain)."""
        prepared = prepare_restore_domain(id, extra_query=extra_query)._replace(
            options=RequestOptions(timeout, max_retries, extra_headers)
        )
        return cast("Domain | None", await self._caller.call(prepared))

    async def update(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        is_ssl: bool | Unset = UNSET,
        default_campaign_id: int | None | Unset = UNSET,
        state: DomainUpdateState | Unset = UNSET,
        catch_not_found: bool | Unset = UNSET,
        notes: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Domain:
        """Change a domain.

        `PUT /domains/{id}` (updateDomain)."""
        prepared = prepare_update_domain(
            id,
            name=name,
            is_ssl=is_ssl,
            default_campaign_id=default_campaign_id,
            state=state,
            catch_not_found=catch_not_found,
            notes=notes,
            extra_body=extra_body,
            extra_query=extra_query,
        )._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("Domain", await self._caller.call(prepared))


class BatchDomainsResource:
    """Domains parked on the tracker. Calls are recorded and run when the batch ends."""

    def __init__(self, caller: BatchCaller) -> None:
        self._caller = caller

    def check(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[Domain]:
        """Recheck the DNS and SSL status of a domain.

        `POST /domains/{id}/check` (checkDomain)."""
        prepared = prepare_check_domain(id, extra_query=extra_query)._replace(
            options=RequestOptions(timeout, max_retries, extra_headers)
        )
        return cast("BatchHandle[Domain]", self._caller.call(prepared))

    def create(
        self,
        *,
        name: str,
        is_ssl: bool = False,
        default_campaign_id: int | None | Unset = UNSET,
        wildcard: bool | Unset = UNSET,
        catch_not_found: bool | Unset = UNSET,
        notes: str | Unset = UNSET,
        ssl_redirect: bool | Unset = UNSET,
        allow_indexing: bool | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[builtins.list[Domain]]:
        """Add a domain.

        Answers with a list of the domains added.

        `POST /domains` (createDomain)."""
        prepared = prepare_create_domain(
            name=name,
            is_ssl=is_ssl,
            default_campaign_id=default_campaign_id,
            wildcard=wildcard,
            catch_not_found=catch_not_found,
            notes=notes,
            ssl_redirect=ssl_redirect,
            allow_indexing=allow_indexing,
            extra_body=extra_body,
            extra_query=extra_query,
        )._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[builtins.list[Domain]]", self._caller.call(prepared))

    def delete(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[Domain | None]:
        """Archive a domain.

        Answers 201. Answer shapes (x-keitaro-answers): the object; a list holding only it (unwrapped); or an empty body, then the SDK returns None. Evidence: Keitaro's published document declares bodiless answers for the sibling calls `DELETE /traffic_sources/{id}` (200) and `DELETE /users/{id}` (201), and wirgen/keitaro src/Keitaro.php reads nothing from archive and restore answers (low confidence for this operation: tolerated, not seen). The status may be 200 or 201 whatever the document says: wirgen/keitaro treats any status but 200 as a failure and still archives campaigns, where the published document says 201 (medium confidence).

        `DELETE /domains/{id}` (deleteDomain)."""
        prepared = prepare_delete_domain(id, extra_query=extra_query)._replace(
            options=RequestOptions(timeout, max_retries, extra_headers)
        )
        return cast("BatchHandle[Domain | None]", self._caller.call(prepared))

    def get(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[Domain]:
        """Get one domain.

        `GET /domains/{id}` (getDomain)."""
        prepared = prepare_get_domain(id, extra_query=extra_query)._replace(
            options=RequestOptions(timeout, max_retries, extra_headers)
        )
        return cast("BatchHandle[Domain]", self._caller.call(prepared))

    def list(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[builtins.list[Domain]]:
        """List domains.

        `GET /domains` (listDomains)."""
        prepared = prepare_list_domains(extra_query=extra_query)._replace(
            options=RequestOptions(timeout, max_retries, extra_headers)
        )
        return cast("BatchHandle[builtins.list[Domain]]", self._caller.call(prepared))

    def list_deleted(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[builtins.list[Domain]]:
        """List archived domains.

        `GET /domains/deleted` (listDeletedDomains)."""
        prepared = prepare_list_deleted_domains(extra_query=extra_query)._replace(
            options=RequestOptions(timeout, max_retries, extra_headers)
        )
        return cast("BatchHandle[builtins.list[Domain]]", self._caller.call(prepared))

    def restore(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[Domain | None]:
        """Bring a domain back from the archive.

        Answer shapes (x-keitaro-answers): the object; a list holding only it (unwrapped); or an empty body, then the SDK returns None. Evidence: Keitaro's published document declares bodiless answers for the sibling calls `DELETE /traffic_sources/{id}` (200) and `DELETE /users/{id}` (201), and wirgen/keitaro src/Keitaro.php reads nothing from archive and restore answers (low confidence for this operation: tolerated, not seen). The status may be 200 or 201 whatever the document says: wirgen/keitaro treats any status but 200 as a failure and still archives campaigns, where the published document says 201 (medium confidence).

        `POST /domains/{id}/restore` (restoreDomain)."""
        prepared = prepare_restore_domain(id, extra_query=extra_query)._replace(
            options=RequestOptions(timeout, max_retries, extra_headers)
        )
        return cast("BatchHandle[Domain | None]", self._caller.call(prepared))

    def update(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        is_ssl: bool | Unset = UNSET,
        default_campaign_id: int | None | Unset = UNSET,
        state: DomainUpdateState | Unset = UNSET,
        catch_not_found: bool | Unset = UNSET,
        notes: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[Domain]:
        """Change a domain.

        `PUT /domains/{id}` (updateDomain)."""
        prepared = prepare_update_domain(
            id,
            name=name,
            is_ssl=is_ssl,
            default_campaign_id=default_campaign_id,
            state=state,
            catch_not_found=catch_not_found,
            notes=notes,
            extra_body=extra_body,
            extra_query=extra_query,
        )._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[Domain]", self._caller.call(prepared))


class RawDomainsResource:
    """Domains parked on the tracker. Each call returns the raw response; `.parse()` gives the model."""

    def __init__(self, caller: RawCaller) -> None:
        self._caller = caller

    def check(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Domain]:
        """Recheck the DNS and SSL status of a domain.

        `POST /domains/{id}/check` (checkDomain)."""
        prepared = prepare_check_domain(id, extra_query=extra_query)._replace(
            options=RequestOptions(timeout, max_retries, extra_headers)
        )
        return cast("RawResponse[Domain]", self._caller.call(prepared))

    def create(
        self,
        *,
        name: str,
        is_ssl: bool = False,
        default_campaign_id: int | None | Unset = UNSET,
        wildcard: bool | Unset = UNSET,
        catch_not_found: bool | Unset = UNSET,
        notes: str | Unset = UNSET,
        ssl_redirect: bool | Unset = UNSET,
        allow_indexing: bool | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[builtins.list[Domain]]:
        """Add a domain.

        Answers with a list of the domains added.

        `POST /domains` (createDomain)."""
        prepared = prepare_create_domain(
            name=name,
            is_ssl=is_ssl,
            default_campaign_id=default_campaign_id,
            wildcard=wildcard,
            catch_not_found=catch_not_found,
            notes=notes,
            ssl_redirect=ssl_redirect,
            allow_indexing=allow_indexing,
            extra_body=extra_body,
            extra_query=extra_query,
        )._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[builtins.list[Domain]]", self._caller.call(prepared))

    def delete(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Domain | None]:
        """Archive a domain.

        Answers 201. Answer shapes (x-keitaro-answers): the object; a list holding only it (unwrapped); or an empty body, then the SDK returns None. Evidence: Keitaro's published document declares bodiless answers for the sibling calls `DELETE /traffic_sources/{id}` (200) and `DELETE /users/{id}` (201), and wirgen/keitaro src/Keitaro.php reads nothing from archive and restore answers (low confidence for this operation: tolerated, not seen). The status may be 200 or 201 whatever the document says: wirgen/keitaro treats any status but 200 as a failure and still archives campaigns, where the published document says 201 (medium confidence).

        `DELETE /domains/{id}` (deleteDomain)."""
        prepared = prepare_delete_domain(id, extra_query=extra_query)._replace(
            options=RequestOptions(timeout, max_retries, extra_headers)
        )
        return cast("RawResponse[Domain | None]", self._caller.call(prepared))

    def get(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Domain]:
        """Get one domain.

        `GET /domains/{id}` (getDomain)."""
        prepared = prepare_get_domain(id, extra_query=extra_query)._replace(
            options=RequestOptions(timeout, max_retries, extra_headers)
        )
        return cast("RawResponse[Domain]", self._caller.call(prepared))

    def list(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[builtins.list[Domain]]:
        """List domains.

        `GET /domains` (listDomains)."""
        prepared = prepare_list_domains(extra_query=extra_query)._replace(
            options=RequestOptions(timeout, max_retries, extra_headers)
        )
        return cast("RawResponse[builtins.list[Domain]]", self._caller.call(prepared))

    def list_deleted(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[builtins.list[Domain]]:
        """List archived domains.

        `GET /domains/deleted` (listDeletedDomains)."""
        prepared = prepare_list_deleted_domains(extra_query=extra_query)._replace(
            options=RequestOptions(timeout, max_retries, extra_headers)
        )
        return cast("RawResponse[builtins.list[Domain]]", self._caller.call(prepared))

    def restore(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Domain | None]:
        """Bring a domain back from the archive.

        Answer shapes (x-keitaro-answers): the object; a list holding only it (unwrapped); or an empty body, then the SDK returns None. Evidence: Keitaro's published document declares bodiless answers for the sibling calls `DELETE /traffic_sources/{id}` (200) and `DELETE /users/{id}` (201), and wirgen/keitaro src/Keitaro.php reads nothing from archive and restore answers (low confidence for this operation: tolerated, not seen). The status may be 200 or 201 whatever the document says: wirgen/keitaro treats any status but 200 as a failure and still archives campaigns, where the published document says 201 (medium confidence).

        `POST /domains/{id}/restore` (restoreDomain)."""
        prepared = prepare_restore_domain(id, extra_query=extra_query)._replace(
            options=RequestOptions(timeout, max_retries, extra_headers)
        )
        return cast("RawResponse[Domain | None]", self._caller.call(prepared))

    def update(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        is_ssl: bool | Unset = UNSET,
        default_campaign_id: int | None | Unset = UNSET,
        state: DomainUpdateState | Unset = UNSET,
        catch_not_found: bool | Unset = UNSET,
        notes: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Domain]:
        """Change a domain.

        `PUT /domains/{id}` (updateDomain)."""
        prepared = prepare_update_domain(
            id,
            name=name,
            is_ssl=is_ssl,
            default_campaign_id=default_campaign_id,
            state=state,
            catch_not_found=catch_not_found,
            notes=notes,
            extra_body=extra_body,
            extra_query=extra_query,
        )._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[Domain]", self._caller.call(prepared))


class AsyncRawDomainsResource:
    """Domains parked on the tracker. Each call returns the raw response."""

    def __init__(self, caller: AsyncRawCaller) -> None:
        self._caller = caller

    async def check(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Domain]:
        """Recheck the DNS and SSL status of a domain.

        `POST /domains/{id}/check` (checkDomain)."""
        prepared = prepare_check_domain(id, extra_query=extra_query)._replace(
            options=RequestOptions(timeout, max_retries, extra_headers)
        )
        return cast("RawResponse[Domain]", await self._caller.call(prepared))

    async def create(
        self,
        *,
        name: str,
        is_ssl: bool = False,
        default_campaign_id: int | None | Unset = UNSET,
        wildcard: bool | Unset = UNSET,
        catch_not_found: bool | Unset = UNSET,
        notes: str | Unset = UNSET,
        ssl_redirect: bool | Unset = UNSET,
        allow_indexing: bool | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[builtins.list[Domain]]:
        """Add a domain.

        Answers with a list of the domains added.

        `POST /domains` (createDomain)."""
        prepared = prepare_create_domain(
            name=name,
            is_ssl=is_ssl,
            default_campaign_id=default_campaign_id,
            wildcard=wildcard,
            catch_not_found=catch_not_found,
            notes=notes,
            ssl_redirect=ssl_redirect,
            allow_indexing=allow_indexing,
            extra_body=extra_body,
            extra_query=extra_query,
        )._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[builtins.list[Domain]]", await self._caller.call(prepared))

    async def delete(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Domain | None]:
        """Archive a domain.

        Answers 201. Answer shapes (x-keitaro-answers): the object; a list holding only it (unwrapped); or an empty body, then the SDK returns None. Evidence: Keitaro's published document declares bodiless answers for the sibling calls `DELETE /traffic_sources/{id}` (200) and `DELETE /users/{id}` (201), and wirgen/keitaro src/Keitaro.php reads nothing from archive and restore answers (low confidence for this operation: tolerated, not seen). The status may be 200 or 201 whatever the document says: wirgen/keitaro treats any status but 200 as a failure and still archives campaigns, where the published document says 201 (medium confidence).

        `DELETE /domains/{id}` (deleteDomain)."""
        prepared = prepare_delete_domain(id, extra_query=extra_query)._replace(
            options=RequestOptions(timeout, max_retries, extra_headers)
        )
        return cast("RawResponse[Domain | None]", await self._caller.call(prepared))

    async def get(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Domain]:
        """Get one domain.

        `GET /domains/{id}` (getDomain)."""
        prepared = prepare_get_domain(id, extra_query=extra_query)._replace(
            options=RequestOptions(timeout, max_retries, extra_headers)
        )
        return cast("RawResponse[Domain]", await self._caller.call(prepared))

    async def list(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[builtins.list[Domain]]:
        """List domains.

        `GET /domains` (listDomains)."""
        prepared = prepare_list_domains(extra_query=extra_query)._replace(
            options=RequestOptions(timeout, max_retries, extra_headers)
        )
        return cast("RawResponse[builtins.list[Domain]]", await self._caller.call(prepared))

    async def list_deleted(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[builtins.list[Domain]]:
        """List archived domains.

        `GET /domains/deleted` (listDeletedDomains)."""
        prepared = prepare_list_deleted_domains(extra_query=extra_query)._replace(
            options=RequestOptions(timeout, max_retries, extra_headers)
        )
        return cast("RawResponse[builtins.list[Domain]]", await self._caller.call(prepared))

    async def restore(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Domain | None]:
        """Bring a domain back from the archive.

        Answer shapes (x-keitaro-answers): the object; a list holding only it (unwrapped); or an empty body, then the SDK returns None. Evidence: Keitaro's published document declares bodiless answers for the sibling calls `DELETE /traffic_sources/{id}` (200) and `DELETE /users/{id}` (201), and wirgen/keitaro src/Keitaro.php reads nothing from archive and restore answers (low confidence for this operation: tolerated, not seen). The status may be 200 or 201 whatever the document says: wirgen/keitaro treats any status but 200 as a failure and still archives campaigns, where the published document says 201 (medium confidence).

        `POST /domains/{id}/restore` (restoreDomain)."""
        prepared = prepare_restore_domain(id, extra_query=extra_query)._replace(
            options=RequestOptions(timeout, max_retries, extra_headers)
        )
        return cast("RawResponse[Domain | None]", await self._caller.call(prepared))

    async def update(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        is_ssl: bool | Unset = UNSET,
        default_campaign_id: int | None | Unset = UNSET,
        state: DomainUpdateState | Unset = UNSET,
        catch_not_found: bool | Unset = UNSET,
        notes: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Domain]:
        """Change a domain.

        `PUT /domains/{id}` (updateDomain)."""
        prepared = prepare_update_domain(
            id,
            name=name,
            is_ssl=is_ssl,
            default_campaign_id=default_campaign_id,
            state=state,
            catch_not_found=catch_not_found,
            notes=notes,
            extra_body=extra_body,
            extra_query=extra_query,
        )._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[Domain]", await self._caller.call(prepared))


class StreamingDomainsResource:
    """Domains parked on the tracker. Each call is a context manager over the unread answer."""

    def __init__(self, caller: StreamingCaller) -> None:
        self._caller = caller

    def check(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[Domain]]:
        """Recheck the DNS and SSL status of a domain.

        `POST /domains/{id}/check` (checkDomain)."""
        prepared = prepare_check_domain(id, extra_query=extra_query)._replace(
            options=RequestOptions(timeout, max_retries, extra_headers)
        )
        return cast("AbstractContextManager[StreamedResponse[Domain]]", self._caller.call(prepared))

    def create(
        self,
        *,
        name: str,
        is_ssl: bool = False,
        default_campaign_id: int | None | Unset = UNSET,
        wildcard: bool | Unset = UNSET,
        catch_not_found: bool | Unset = UNSET,
        notes: str | Unset = UNSET,
        ssl_redirect: bool | Unset = UNSET,
        allow_indexing: bool | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[builtins.list[Domain]]]:
        """Add a domain.

        Answers with a list of the domains added.

        `POST /domains` (createDomain)."""
        prepared = prepare_create_domain(
            name=name,
            is_ssl=is_ssl,
            default_campaign_id=default_campaign_id,
            wildcard=wildcard,
            catch_not_found=catch_not_found,
            notes=notes,
            ssl_redirect=ssl_redirect,
            allow_indexing=allow_indexing,
            extra_body=extra_body,
            extra_query=extra_query,
        )._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[builtins.list[Domain]]]", self._caller.call(prepared))

    def delete(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[Domain | None]]:
        """Archive a domain.

        Answers 201. Answer shapes (x-keitaro-answers): the object; a list holding only it (unwrapped); or an empty body, then the SDK returns None. Evidence: Keitaro's published document declares bodiless answers for the sibling calls `DELETE /traffic_sources/{id}` (200) and `DELETE /users/{id}` (201), and wirgen/keitaro src/Keitaro.php reads nothing from archive and restore answers (low confidence for this operation: tolerated, not seen). The status may be 200 or 201 whatever the document says: wirgen/keitaro treats any status but 200 as a failure and still archives campaigns, where the published document says 201 (medium confidence).

        `DELETE /domains/{id}` (deleteDomain)."""
        prepared = prepare_delete_domain(id, extra_query=extra_query)._replace(
            options=RequestOptions(timeout, max_retries, extra_headers)
        )
        return cast("AbstractContextManager[StreamedResponse[Domain | None]]", self._caller.call(prepared))

    def get(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[Domain]]:
        """Get one domain.

        `GET /domains/{id}` (getDomain)."""
        prepared = prepare_get_domain(id, extra_query=extra_query)._replace(
            options=RequestOptions(timeout, max_retries, extra_headers)
        )
        return cast("AbstractContextManager[StreamedResponse[Domain]]", self._caller.call(prepared))

    def list(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[builtins.list[Domain]]]:
        """List domains.

        `GET /domains` (listDomains)."""
        prepared = prepare_list_domains(extra_query=extra_query)._replace(
            options=RequestOptions(timeout, max_retries, extra_headers)
        )
        return cast("AbstractContextManager[StreamedResponse[builtins.list[Domain]]]", self._caller.call(prepared))

    def list_deleted(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[builtins.list[Domain]]]:
        """List archived domains.

        `GET /domains/deleted` (listDeletedDomains)."""
        prepared = prepare_list_deleted_domains(extra_query=extra_query)._replace(
            options=RequestOptions(timeout, max_retries, extra_headers)
        )
        return cast("AbstractContextManager[StreamedResponse[builtins.list[Domain]]]", self._caller.call(prepared))

    def restore(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[Domain | None]]:
        """Bring a domain back from the archive.

        Answer shapes (x-keitaro-answers): the object; a list holding only it (unwrapped); or an empty body, then the SDK returns None. Evidence: Keitaro's published document declares bodiless answers for the sibling calls `DELETE /traffic_sources/{id}` (200) and `DELETE /users/{id}` (201), and wirgen/keitaro src/Keitaro.php reads nothing from archive and restore answers (low confidence for this operation: tolerated, not seen). The status may be 200 or 201 whatever the document says: wirgen/keitaro treats any status but 200 as a failure and still archives campaigns, where the published document says 201 (medium confidence).

        `POST /domains/{id}/restore` (restoreDomain)."""
        prepared = prepare_restore_domain(id, extra_query=extra_query)._replace(
            options=RequestOptions(timeout, max_retries, extra_headers)
        )
        return cast("AbstractContextManager[StreamedResponse[Domain | None]]", self._caller.call(prepared))

    def update(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        is_ssl: bool | Unset = UNSET,
        default_campaign_id: int | None | Unset = UNSET,
        state: DomainUpdateState | Unset = UNSET,
        catch_not_found: bool | Unset = UNSET,
        notes: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[Domain]]:
        """Change a domain.

        `PUT /domains/{id}` (updateDomain)."""
        prepared = prepare_update_domain(
            id,
            name=name,
            is_ssl=is_ssl,
            default_campaign_id=default_campaign_id,
            state=state,
            catch_not_found=catch_not_found,
            notes=notes,
            extra_body=extra_body,
            extra_query=extra_query,
        )._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[Domain]]", self._caller.call(prepared))


class AsyncStreamingDomainsResource:
    """Domains parked on the tracker. Each call is an async context manager over the unread answer."""

    def __init__(self, caller: AsyncStreamingCaller) -> None:
        self._caller = caller

    def check(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[Domain]]:
        """Recheck the DNS and SSL status of a domain.

        `POST /domains/{id}/check` (checkDomain)."""
        prepared = prepare_check_domain(id, extra_query=extra_query)._replace(
            options=RequestOptions(timeout, max_retries, extra_headers)
        )
        return cast("AbstractAsyncContextManager[AsyncStreamedResponse[Domain]]", self._caller.call(prepared))

    def create(
        self,
        *,
        name: str,
        is_ssl: bool = False,
        default_campaign_id: int | None | Unset = UNSET,
        wildcard: bool | Unset = UNSET,
        catch_not_found: bool | Unset = UNSET,
        notes: str | Unset = UNSET,
        ssl_redirect: bool | Unset = UNSET,
        allow_indexing: bool | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[builtins.list[Domain]]]:
        """Add a domain.

        Answers with a list of the domains added.

        `POST /domains` (createDomain)."""
        prepared = prepare_create_domain(
            name=name,
            is_ssl=is_ssl,
            default_campaign_id=default_campaign_id,
            wildcard=wildcard,
            catch_not_found=catch_not_found,
            notes=notes,
            ssl_redirect=ssl_redirect,
            allow_indexing=allow_indexing,
            extra_body=extra_body,
            extra_query=extra_query,
        )._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast(
            "AbstractAsyncContextManager[AsyncStreamedResponse[builtins.list[Domain]]]", self._caller.call(prepared)
        )

    def delete(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[Domain | None]]:
        """Archive a domain.

        Answers 201. Answer shapes (x-keitaro-answers): the object; a list holding only it (unwrapped); or an empty body, then the SDK returns None. Evidence: Keitaro's published document declares bodiless answers for the sibling calls `DELETE /traffic_sources/{id}` (200) and `DELETE /users/{id}` (201), and wirgen/keitaro src/Keitaro.php reads nothing from archive and restore answers (low confidence for this operation: tolerated, not seen). The status may be 200 or 201 whatever the document says: wirgen/keitaro treats any status but 200 as a failure and still archives campaigns, where the published document says 201 (medium confidence).

        `DELETE /domains/{id}` (deleteDomain)."""
        prepared = prepare_delete_domain(id, extra_query=extra_query)._replace(
            options=RequestOptions(timeout, max_retries, extra_headers)
        )
        return cast("AbstractAsyncContextManager[AsyncStreamedResponse[Domain | None]]", self._caller.call(prepared))

    def get(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[Domain]]:
        """Get one domain.

        `GET /domains/{id}` (getDomain)."""
        prepared = prepare_get_domain(id, extra_query=extra_query)._replace(
            options=RequestOptions(timeout, max_retries, extra_headers)
        )
        return cast("AbstractAsyncContextManager[AsyncStreamedResponse[Domain]]", self._caller.call(prepared))

    def list(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[builtins.list[Domain]]]:
        """List domains.

        `GET /domains` (listDomains)."""
        prepared = prepare_list_domains(extra_query=extra_query)._replace(
            options=RequestOptions(timeout, max_retries, extra_headers)
        )
        return cast(
            "AbstractAsyncContextManager[AsyncStreamedResponse[builtins.list[Domain]]]", self._caller.call(prepared)
        )

    def list_deleted(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[builtins.list[Domain]]]:
        """List archived domains.

        `GET /domains/deleted` (listDeletedDomains)."""
        prepared = prepare_list_deleted_domains(extra_query=extra_query)._replace(
            options=RequestOptions(timeout, max_retries, extra_headers)
        )
        return cast(
            "AbstractAsyncContextManager[AsyncStreamedResponse[builtins.list[Domain]]]", self._caller.call(prepared)
        )

    def restore(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[Domain | None]]:
        """Bring a domain back from the archive.

        Answer shapes (x-keitaro-answers): the object; a list holding only it (unwrapped); or an empty body, then the SDK returns None. Evidence: Keitaro's published document declares bodiless answers for the sibling calls `DELETE /traffic_sources/{id}` (200) and `DELETE /users/{id}` (201), and wirgen/keitaro src/Keitaro.php reads nothing from archive and restore answers (low confidence for this operation: tolerated, not seen). The status may be 200 or 201 whatever the document says: wirgen/keitaro treats any status but 200 as a failure and still archives campaigns, where the published document says 201 (medium confidence).

        `POST /domains/{id}/restore` (restoreDomain)."""
        prepared = prepare_restore_domain(id, extra_query=extra_query)._replace(
            options=RequestOptions(timeout, max_retries, extra_headers)
        )
        return cast("AbstractAsyncContextManager[AsyncStreamedResponse[Domain | None]]", self._caller.call(prepared))

    def update(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        is_ssl: bool | Unset = UNSET,
        default_campaign_id: int | None | Unset = UNSET,
        state: DomainUpdateState | Unset = UNSET,
        catch_not_found: bool | Unset = UNSET,
        notes: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[Domain]]:
        """Change a domain.

        `PUT /domains/{id}` (updateDomain)."""
        prepared = prepare_update_domain(
            id,
            name=name,
            is_ssl=is_ssl,
            default_campaign_id=default_campaign_id,
            state=state,
            catch_not_found=catch_not_found,
            notes=notes,
            extra_body=extra_body,
            extra_query=extra_query,
        )._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractAsyncContextManager[AsyncStreamedResponse[Domain]]", self._caller.call(prepared))

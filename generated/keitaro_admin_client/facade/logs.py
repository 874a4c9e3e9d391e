"""The tracker's own logs.

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
    with_query,
)

if TYPE_CHECKING:
    from ..api.logs import clear_log as _ep_clear_log
    from ..api.logs import get_log as _ep_get_log
    from ..api.logs import list_log_types as _ep_list_log_types
    from ..models.log_entry import LogEntry
    from ..models.log_type import LogType

__all__ = (
    "LogsResource",
    "AsyncLogsResource",
    "BatchLogsResource",
    "RawLogsResource",
    "AsyncRawLogsResource",
    "StreamingLogsResource",
    "AsyncStreamingLogsResource",
    "prepare_clear_log",
    "prepare_get_log",
    "prepare_list_log_types",
)


def prepare_clear_log(type_: LogType, *, extra_query: Mapping[str, Any] | None = None) -> PreparedCall:
    """The request of `clear` (`DELETE /logs/{type}`), ready for any caller."""
    global _ep_clear_log  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_clear_log
    except NameError:
        from ..api.logs import clear_log as _ep_clear_log

        endpoint = _ep_clear_log
    request = endpoint.build_request(
        type_=type_,
    )
    return PreparedCall(_ops.CLEAR_LOG, with_query(request, extra_query), endpoint.parse_response)


def prepare_get_log(
    type_: LogType,
    *,
    limit: int,
    offset: int | Unset = UNSET,
    query: str | Unset = UNSET,
    extra_query: Mapping[str, Any] | None = None,
) -> PreparedCall:
    """The request of `get` (`GET /logs/{type}`), ready for any caller."""
    global _ep_get_log  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_get_log
    except NameError:
        from ..api.logs import get_log as _ep_get_log

        endpoint = _ep_get_log
    request = endpoint.build_request(
        type_=type_,
        limit=limit,
        offset=offset,
        query=query,
    )
    return PreparedCall(_ops.GET_LOG, with_query(request, extra_query), endpoint.parse_response)


def prepare_list_log_types(*, extra_query: Mapping[str, Any] | None = None) -> PreparedCall:
    """The request of `list_types` (`POST /logs/types`), ready for any caller."""
    global _ep_list_log_types  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_list_log_types
    except NameError:
        from ..api.logs import list_log_types as _ep_list_log_types

        endpoint = _ep_list_log_types
    request = endpoint.build_request()
    return PreparedCall(_ops.LIST_LOG_TYPES, with_query(request, extra_query), endpoint.parse_response)


class LogsResource:
    """The tracker's own logs."""

    def __init__(self, caller: SyncCaller) -> None:
        self._caller = caller

    def clear(
        self,
        type_: LogType,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Empty a tracker log.

        Args:
            type_: Which log. One of: 'system', 'traffic', 'postbacks', 'ssl', 'sent_postbacks'.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        `DELETE /logs/{type}` (clearLog)."""
        prepared = prepare_clear_log(type_, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("None", self._caller.call(prepared))

    def get(
        self,
        type_: LogType,
        *,
        limit: int,
        offset: int | Unset = UNSET,
        query: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> builtins.list[LogEntry]:
        """Read a tracker log.

        Args:
            type_: Which log. One of: 'system', 'traffic', 'postbacks', 'ssl', 'sent_postbacks'.
            limit: Most lines to return (a count, so not negative). Required.
            offset: Lines to skip (a count, so not negative).
            query: Text the lines must contain.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            builtins.list[LogEntry]

        `GET /logs/{type}` (getLog)."""
        prepared = prepare_get_log(type_, limit=limit, offset=offset, query=query, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("builtins.list[LogEntry]", self._caller.call(prepared))

    def list_types(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> builtins.list[str]:
        """List the log names.

        A read despite the POST: safe to repeat.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            builtins.list[str]

        `POST /logs/types` (listLogTypes)."""
        prepared = prepare_list_log_types(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("builtins.list[str]", self._caller.call(prepared))


class AsyncLogsResource:
    """The tracker's own logs."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def clear(
        self,
        type_: LogType,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Empty a tracker log.

        Args:
            type_: Which log. One of: 'system', 'traffic', 'postbacks', 'ssl', 'sent_postbacks'.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        `DELETE /logs/{type}` (clearLog)."""
        prepared = prepare_clear_log(type_, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("None", await self._caller.call(prepared))

    async def get(
        self,
        type_: LogType,
        *,
        limit: int,
        offset: int | Unset = UNSET,
        query: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> builtins.list[LogEntry]:
        """Read a tracker log.

        Args:
            type_: Which log. One of: 'system', 'traffic', 'postbacks', 'ssl', 'sent_postbacks'.
            limit: Most lines to return (a count, so not negative). Required.
            offset: Lines to skip (a count, so not negative).
            query: Text the lines must contain.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            builtins.list[LogEntry]

        `GET /logs/{type}` (getLog)."""
        prepared = prepare_get_log(type_, limit=limit, offset=offset, query=query, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("builtins.list[LogEntry]", await self._caller.call(prepared))

    async def list_types(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> builtins.list[str]:
        """List the log names.

        A read despite the POST: safe to repeat.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            builtins.list[str]

        `POST /logs/types` (listLogTypes)."""
        prepared = prepare_list_log_types(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("builtins.list[str]", await self._caller.call(prepared))


class BatchLogsResource:
    """The tracker's own logs. Calls are recorded and run when the batch ends."""

    def __init__(self, caller: BatchCaller) -> None:
        self._caller = caller

    def clear(
        self,
        type_: LogType,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[None]:
        """Empty a tracker log.

        Args:
            type_: Which log. One of: 'system', 'traffic', 'postbacks', 'ssl', 'sent_postbacks'.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        `DELETE /logs/{type}` (clearLog)."""
        prepared = prepare_clear_log(type_, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[None]", self._caller.call(prepared))

    def get(
        self,
        type_: LogType,
        *,
        limit: int,
        offset: int | Unset = UNSET,
        query: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[builtins.list[LogEntry]]:
        """Read a tracker log.

        Args:
            type_: Which log. One of: 'system', 'traffic', 'postbacks', 'ssl', 'sent_postbacks'.
            limit: Most lines to return (a count, so not negative). Required.
            offset: Lines to skip (a count, so not negative).
            query: Text the lines must contain.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            builtins.list[LogEntry]

        `GET /logs/{type}` (getLog)."""
        prepared = prepare_get_log(type_, limit=limit, offset=offset, query=query, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[builtins.list[LogEntry]]", self._caller.call(prepared))

    def list_types(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[builtins.list[str]]:
        """List the log names.

        A read despite the POST: safe to repeat.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            builtins.list[str]

        `POST /logs/types` (listLogTypes)."""
        prepared = prepare_list_log_types(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[builtins.list[str]]", self._caller.call(prepared))


class RawLogsResource:
    """The tracker's own logs. Each call returns the raw response; `.parse()` gives the model."""

    def __init__(self, caller: RawCaller) -> None:
        self._caller = caller

    def clear(
        self,
        type_: LogType,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """Empty a tracker log.

        Args:
            type_: Which log. One of: 'system', 'traffic', 'postbacks', 'ssl', 'sent_postbacks'.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        `DELETE /logs/{type}` (clearLog)."""
        prepared = prepare_clear_log(type_, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[None]", self._caller.call(prepared))

    def get(
        self,
        type_: LogType,
        *,
        limit: int,
        offset: int | Unset = UNSET,
        query: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[builtins.list[LogEntry]]:
        """Read a tracker log.

        Args:
            type_: Which log. One of: 'system', 'traffic', 'postbacks', 'ssl', 'sent_postbacks'.
            limit: Most lines to return (a count, so not negative). Required.
            offset: Lines to skip (a count, so not negative).
            query: Text the lines must contain.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            builtins.list[LogEntry]

        `GET /logs/{type}` (getLog)."""
        prepared = prepare_get_log(type_, limit=limit, offset=offset, query=query, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[builtins.list[LogEntry]]", self._caller.call(prepared))

    def list_types(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[builtins.list[str]]:
        """List the log names.

        A read despite the POST: safe to repeat.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            builtins.list[str]

        `POST /logs/types` (listLogTypes)."""
        prepared = prepare_list_log_types(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[builtins.list[str]]", self._caller.call(prepared))


class AsyncRawLogsResource:
    """The tracker's own logs. Each call returns the raw response."""

    def __init__(self, caller: AsyncRawCaller) -> None:
        self._caller = caller

    async def clear(
        self,
        type_: LogType,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """Empty a tracker log.

        Args:
            type_: Which log. One of: 'system', 'traffic', 'postbacks', 'ssl', 'sent_postbacks'.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        `DELETE /logs/{type}` (clearLog)."""
        prepared = prepare_clear_log(type_, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[None]", await self._caller.call(prepared))

    async def get(
        self,
        type_: LogType,
        *,
        limit: int,
        offset: int | Unset = UNSET,
        query: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[builtins.list[LogEntry]]:
        """Read a tracker log.

        Args:
            type_: Which log. One of: 'system', 'traffic', 'postbacks', 'ssl', 'sent_postbacks'.
            limit: Most lines to return (a count, so not negative). Required.
            offset: Lines to skip (a count, so not negative).
            query: Text the lines must contain.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            builtins.list[LogEntry]

        `GET /logs/{type}` (getLog)."""
        prepared = prepare_get_log(type_, limit=limit, offset=offset, query=query, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[builtins.list[LogEntry]]", await self._caller.call(prepared))

    async def list_types(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[builtins.list[str]]:
        """List the log names.

        A read despite the POST: safe to repeat.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            builtins.list[str]

        `POST /logs/types` (listLogTypes)."""
        prepared = prepare_list_log_types(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[builtins.list[str]]", await self._caller.call(prepared))


class StreamingLogsResource:
    """The tracker's own logs. Each call is a context manager over the unread answer."""

    def __init__(self, caller: StreamingCaller) -> None:
        self._caller = caller

    def clear(
        self,
        type_: LogType,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[None]]:
        """Empty a tracker log.

        Args:
            type_: Which log. One of: 'system', 'traffic', 'postbacks', 'ssl', 'sent_postbacks'.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        `DELETE /logs/{type}` (clearLog)."""
        prepared = prepare_clear_log(type_, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[None]]", self._caller.call(prepared))

    def get(
        self,
        type_: LogType,
        *,
        limit: int,
        offset: int | Unset = UNSET,
        query: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[builtins.list[LogEntry]]]:
        """Read a tracker log.

        Args:
            type_: Which log. One of: 'system', 'traffic', 'postbacks', 'ssl', 'sent_postbacks'.
            limit: Most lines to return (a count, so not negative). Required.
            offset: Lines to skip (a count, so not negative).
            query: Text the lines must contain.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            builtins.list[LogEntry]

        `GET /logs/{type}` (getLog)."""
        prepared = prepare_get_log(type_, limit=limit, offset=offset, query=query, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[builtins.list[LogEntry]]]", self._caller.call(prepared))

    def list_types(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[builtins.list[str]]]:
        """List the log names.

        A read despite the POST: safe to repeat.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            builtins.list[str]

        `POST /logs/types` (listLogTypes)."""
        prepared = prepare_list_log_types(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[builtins.list[str]]]", self._caller.call(prepared))


class AsyncStreamingLogsResource:
    """The tracker's own logs. Each call is an async context manager over the unread answer."""

    def __init__(self, caller: AsyncStreamingCaller) -> None:
        self._caller = caller

    def clear(
        self,
        type_: LogType,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[None]]:
        """Empty a tracker log.

        Args:
            type_: Which log. One of: 'system', 'traffic', 'postbacks', 'ssl', 'sent_postbacks'.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        `DELETE /logs/{type}` (clearLog)."""
        prepared = prepare_clear_log(type_, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractAsyncContextManager[AsyncStreamedResponse[None]]", self._caller.call(prepared))

    def get(
        self,
        type_: LogType,
        *,
        limit: int,
        offset: int | Unset = UNSET,
        query: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[builtins.list[LogEntry]]]:
        """Read a tracker log.

        Args:
            type_: Which log. One of: 'system', 'traffic', 'postbacks', 'ssl', 'sent_postbacks'.
            limit: Most lines to return (a count, so not negative). Required.
            offset: Lines to skip (a count, so not negative).
            query: Text the lines must contain.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            builtins.list[LogEntry]

        `GET /logs/{type}` (getLog)."""
        prepared = prepare_get_log(type_, limit=limit, offset=offset, query=query, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast(
            "AbstractAsyncContextManager[AsyncStreamedResponse[builtins.list[LogEntry]]]", self._caller.call(prepared)
        )

    def list_types(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[builtins.list[str]]]:
        """List the log names.

        A read despite the POST: safe to repeat.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            builtins.list[str]

        `POST /logs/types` (listLogTypes)."""
        prepared = prepare_list_log_types(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast(
            "AbstractAsyncContextManager[AsyncStreamedResponse[builtins.list[str]]]", self._caller.call(prepared)
        )

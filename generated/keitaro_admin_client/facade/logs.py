"""The tracker's own logs.

Generated from openapi/keitaro.yaml by scripts/gen_facade.py; do not edit.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, cast

from ..types import UNSET, Unset
from . import operations as _ops
from ._protocols import AsyncCaller, BatchCaller, BatchHandle, PreparedCall, SyncCaller

if TYPE_CHECKING:
    from ..models.log_entry import LogEntry
    from ..models.log_type import LogType

__all__ = (
    "AsyncLogsResource",
    "BatchLogsResource",
    "LogsResource",
    "prepare_clear_log",
    "prepare_get_log",
    "prepare_list_log_types",
)


def prepare_clear_log(type_: LogType) -> PreparedCall:
    """The request of `clear` (`DELETE /logs/{type}`), ready for any caller."""
    from ..api.logs import clear_log as endpoint

    request = endpoint._get_kwargs(
        type_=type_,
    )
    return PreparedCall(_ops.CLEAR_LOG, request, endpoint._parse_response)


def prepare_get_log(
    type_: LogType, *, limit: int, offset: int | Unset = UNSET, query: str | Unset = UNSET
) -> PreparedCall:
    """The request of `get` (`GET /logs/{type}`), ready for any caller."""
    from ..api.logs import get_log as endpoint

    request = endpoint._get_kwargs(
        type_=type_,
        limit=limit,
        offset=offset,
        query=query,
    )
    return PreparedCall(_ops.GET_LOG, request, endpoint._parse_response)


def prepare_list_log_types() -> PreparedCall:
    """The request of `list_types` (`POST /logs/types`), ready for any caller."""
    from ..api.logs import list_log_types as endpoint

    request = endpoint._get_kwargs()
    return PreparedCall(_ops.LIST_LOG_TYPES, request, endpoint._parse_response)


class LogsResource:
    """The tracker's own logs."""

    def __init__(self, caller: SyncCaller) -> None:
        self._caller = caller

    def clear(self, type_: LogType) -> None:
        """Empty a tracker log.

        Args:
            type_: Which log. One of: 'system', 'traffic', 'postbacks', 'ssl', 'sent_postbacks'.

        `DELETE /logs/{type}` (clearLog)."""
        prepared = prepare_clear_log(type_)
        return cast("None", self._caller.call(prepared))

    def get(
        self, type_: LogType, *, limit: int, offset: int | Unset = UNSET, query: str | Unset = UNSET
    ) -> builtins.list[LogEntry]:
        """Read a tracker log.

        Args:
            type_: Which log. One of: 'system', 'traffic', 'postbacks', 'ssl', 'sent_postbacks'.
            limit: Most lines to return (a count, so not negative). Required.
            offset: Lines to skip (a count, so not negative).
            query: Text the lines must contain.

        Returns:
            builtins.list[LogEntry]

        `GET /logs/{type}` (getLog)."""
        prepared = prepare_get_log(type_, limit=limit, offset=offset, query=query)
        return cast("builtins.list[LogEntry]", self._caller.call(prepared))

    def list_types(self) -> builtins.list[str]:
        """List the log names.

        A read despite the POST: safe to repeat.

        Returns:
            builtins.list[str]

        `POST /logs/types` (listLogTypes)."""
        prepared = prepare_list_log_types()
        return cast("builtins.list[str]", self._caller.call(prepared))


class AsyncLogsResource:
    """The tracker's own logs."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def clear(self, type_: LogType) -> None:
        """Empty a tracker log.

        Args:
            type_: Which log. One of: 'system', 'traffic', 'postbacks', 'ssl', 'sent_postbacks'.

        `DELETE /logs/{type}` (clearLog)."""
        prepared = prepare_clear_log(type_)
        return cast("None", await self._caller.call(prepared))

    async def get(
        self, type_: LogType, *, limit: int, offset: int | Unset = UNSET, query: str | Unset = UNSET
    ) -> builtins.list[LogEntry]:
        """Read a tracker log.

        Args:
            type_: Which log. One of: 'system', 'traffic', 'postbacks', 'ssl', 'sent_postbacks'.
            limit: Most lines to return (a count, so not negative). Required.
            offset: Lines to skip (a count, so not negative).
            query: Text the lines must contain.

        Returns:
            builtins.list[LogEntry]

        `GET /logs/{type}` (getLog)."""
        prepared = prepare_get_log(type_, limit=limit, offset=offset, query=query)
        return cast("builtins.list[LogEntry]", await self._caller.call(prepared))

    async def list_types(self) -> builtins.list[str]:
        """List the log names.

        A read despite the POST: safe to repeat.

        Returns:
            builtins.list[str]

        `POST /logs/types` (listLogTypes)."""
        prepared = prepare_list_log_types()
        return cast("builtins.list[str]", await self._caller.call(prepared))


class BatchLogsResource:
    """The tracker's own logs. Calls are recorded and run when the batch ends."""

    def __init__(self, caller: BatchCaller) -> None:
        self._caller = caller

    def clear(self, type_: LogType) -> BatchHandle[None]:
        """Empty a tracker log.

        Args:
            type_: Which log. One of: 'system', 'traffic', 'postbacks', 'ssl', 'sent_postbacks'.

        `DELETE /logs/{type}` (clearLog)."""
        prepared = prepare_clear_log(type_)
        return cast("BatchHandle[None]", self._caller.call(prepared))

    def get(
        self, type_: LogType, *, limit: int, offset: int | Unset = UNSET, query: str | Unset = UNSET
    ) -> BatchHandle[builtins.list[LogEntry]]:
        """Read a tracker log.

        Args:
            type_: Which log. One of: 'system', 'traffic', 'postbacks', 'ssl', 'sent_postbacks'.
            limit: Most lines to return (a count, so not negative). Required.
            offset: Lines to skip (a count, so not negative).
            query: Text the lines must contain.

        Returns:
            builtins.list[LogEntry]

        `GET /logs/{type}` (getLog)."""
        prepared = prepare_get_log(type_, limit=limit, offset=offset, query=query)
        return cast("BatchHandle[builtins.list[LogEntry]]", self._caller.call(prepared))

    def list_types(self) -> BatchHandle[builtins.list[str]]:
        """List the log names.

        A read despite the POST: safe to repeat.

        Returns:
            builtins.list[str]

        `POST /logs/types` (listLogTypes)."""
        prepared = prepare_list_log_types()
        return cast("BatchHandle[builtins.list[str]]", self._caller.call(prepared))

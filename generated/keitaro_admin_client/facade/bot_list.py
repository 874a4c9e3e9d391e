"""The tracker-wide list of IP addresses treated as bots.

Generated from openapi/keitaro.yaml by scripts/gen_facade.py; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from . import operations as _ops
from ._protocols import AsyncCaller, BatchCaller, BatchHandle, PreparedCall, SyncCaller, build_body

if TYPE_CHECKING:
    from ..models.bot_list import BotList
    from ..models.bot_list_count import BotListCount

__all__ = (
    "AsyncBotListResource",
    "BatchBotListResource",
    "BotListResource",
    "prepare_add_to_bot_list",
    "prepare_clear_bot_list",
    "prepare_get_bot_list",
    "prepare_remove_from_bot_list",
    "prepare_replace_bot_list",
)


def prepare_add_to_bot_list(
    *, value: str, extra_body: Mapping[str, Any] | None = None, allow_unknown: bool = False
) -> PreparedCall:
    """The request of `add` (`POST /botlist/add`), ready for any caller."""
    from ..api.bot_list import add_to_bot_list as endpoint
    from ..models.bot_list_input import BotListInput

    body = build_body(
        BotListInput,
        {
            "value": value,
        },
        extra_body,
        allow_unknown,
        "bot_list.add",
    )
    request = endpoint._get_kwargs(body=body)
    return PreparedCall(_ops.ADD_TO_BOT_LIST, request, endpoint._parse_response)


def prepare_clear_bot_list() -> PreparedCall:
    """The request of `clear` (`DELETE /botlist`), ready for any caller."""
    from ..api.bot_list import clear_bot_list as endpoint

    request = endpoint._get_kwargs()
    return PreparedCall(_ops.CLEAR_BOT_LIST, request, endpoint._parse_response)


def prepare_get_bot_list() -> PreparedCall:
    """The request of `get` (`GET /botlist`), ready for any caller."""
    from ..api.bot_list import get_bot_list as endpoint

    request = endpoint._get_kwargs()
    return PreparedCall(_ops.GET_BOT_LIST, request, endpoint._parse_response)


def prepare_remove_from_bot_list(
    *, value: str, extra_body: Mapping[str, Any] | None = None, allow_unknown: bool = False
) -> PreparedCall:
    """The request of `remove` (`POST /botlist/exclude`), ready for any caller."""
    from ..api.bot_list import remove_from_bot_list as endpoint
    from ..models.bot_list_input import BotListInput

    body = build_body(
        BotListInput,
        {
            "value": value,
        },
        extra_body,
        allow_unknown,
        "bot_list.remove",
    )
    request = endpoint._get_kwargs(body=body)
    return PreparedCall(_ops.REMOVE_FROM_BOT_LIST, request, endpoint._parse_response)


def prepare_replace_bot_list(
    *, value: str, extra_body: Mapping[str, Any] | None = None, allow_unknown: bool = False
) -> PreparedCall:
    """The request of `replace` (`PUT /botlist`), ready for any caller."""
    from ..api.bot_list import replace_bot_list as endpoint
    from ..models.bot_list_input import BotListInput

    body = build_body(
        BotListInput,
        {
            "value": value,
        },
        extra_body,
        allow_unknown,
        "bot_list.replace",
    )
    request = endpoint._get_kwargs(body=body)
    return PreparedCall(_ops.REPLACE_BOT_LIST, request, endpoint._parse_response)


class BotListResource:
    """The tracker-wide list of IP addresses treated as bots."""

    def __init__(self, caller: SyncCaller) -> None:
        self._caller = caller

    def add(
        self, *, value: str, extra_body: Mapping[str, Any] | None = None, allow_unknown: bool = False
    ) -> BotListCount:
        """Add addresses to the bot list.

        Args:
            value: IP addresses or ranges, one per line. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.

        Returns:
            BotListCount

        `POST /botlist/add` (addToBotList)."""
        prepared = prepare_add_to_bot_list(value=value, extra_body=extra_body, allow_unknown=allow_unknown)
        return cast("BotListCount", self._caller.call(prepared))

    def clear(self) -> None:
        """Empty the bot list.

        `DELETE /botlist` (clearBotList)."""
        prepared = prepare_clear_bot_list()
        return cast("None", self._caller.call(prepared))

    def get(self) -> BotList:
        """Read the bot list.

        Returns:
            BotList

        `GET /botlist` (getBotList)."""
        prepared = prepare_get_bot_list()
        return cast("BotList", self._caller.call(prepared))

    def remove(
        self, *, value: str, extra_body: Mapping[str, Any] | None = None, allow_unknown: bool = False
    ) -> BotListCount:
        """Remove addresses from the bot list.

        Args:
            value: IP addresses or ranges, one per line. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.

        Returns:
            BotListCount

        `POST /botlist/exclude` (removeFromBotList)."""
        prepared = prepare_remove_from_bot_list(value=value, extra_body=extra_body, allow_unknown=allow_unknown)
        return cast("BotListCount", self._caller.call(prepared))

    def replace(
        self, *, value: str, extra_body: Mapping[str, Any] | None = None, allow_unknown: bool = False
    ) -> BotListCount:
        """Replace the whole bot list.

        Args:
            value: IP addresses or ranges, one per line. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.

        Returns:
            BotListCount

        `PUT /botlist` (replaceBotList)."""
        prepared = prepare_replace_bot_list(value=value, extra_body=extra_body, allow_unknown=allow_unknown)
        return cast("BotListCount", self._caller.call(prepared))


class AsyncBotListResource:
    """The tracker-wide list of IP addresses treated as bots."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def add(
        self, *, value: str, extra_body: Mapping[str, Any] | None = None, allow_unknown: bool = False
    ) -> BotListCount:
        """Add addresses to the bot list.

        Args:
            value: IP addresses or ranges, one per line. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.

        Returns:
            BotListCount

        `POST /botlist/add` (addToBotList)."""
        prepared = prepare_add_to_bot_list(value=value, extra_body=extra_body, allow_unknown=allow_unknown)
        return cast("BotListCount", await self._caller.call(prepared))

    async def clear(self) -> None:
        """Empty the bot list.

        `DELETE /botlist` (clearBotList)."""
        prepared = prepare_clear_bot_list()
        return cast("None", await self._caller.call(prepared))

    async def get(self) -> BotList:
        """Read the bot list.

        Returns:
            BotList

        `GET /botlist` (getBotList)."""
        prepared = prepare_get_bot_list()
        return cast("BotList", await self._caller.call(prepared))

    async def remove(
        self, *, value: str, extra_body: Mapping[str, Any] | None = None, allow_unknown: bool = False
    ) -> BotListCount:
        """Remove addresses from the bot list.

        Args:
            value: IP addresses or ranges, one per line. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.

        Returns:
            BotListCount

        `POST /botlist/exclude` (removeFromBotList)."""
        prepared = prepare_remove_from_bot_list(value=value, extra_body=extra_body, allow_unknown=allow_unknown)
        return cast("BotListCount", await self._caller.call(prepared))

    async def replace(
        self, *, value: str, extra_body: Mapping[str, Any] | None = None, allow_unknown: bool = False
    ) -> BotListCount:
        """Replace the whole bot list.

        Args:
            value: IP addresses or ranges, one per line. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.

        Returns:
            BotListCount

        `PUT /botlist` (replaceBotList)."""
        prepared = prepare_replace_bot_list(value=value, extra_body=extra_body, allow_unknown=allow_unknown)
        return cast("BotListCount", await self._caller.call(prepared))


class BatchBotListResource:
    """The tracker-wide list of IP addresses treated as bots. Calls are recorded and run when the batch ends."""

    def __init__(self, caller: BatchCaller) -> None:
        self._caller = caller

    def add(
        self, *, value: str, extra_body: Mapping[str, Any] | None = None, allow_unknown: bool = False
    ) -> BatchHandle[BotListCount]:
        """Add addresses to the bot list.

        Args:
            value: IP addresses or ranges, one per line. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.

        Returns:
            BotListCount

        `POST /botlist/add` (addToBotList)."""
        prepared = prepare_add_to_bot_list(value=value, extra_body=extra_body, allow_unknown=allow_unknown)
        return cast("BatchHandle[BotListCount]", self._caller.call(prepared))

    def clear(self) -> BatchHandle[None]:
        """Empty the bot list.

        `DELETE /botlist` (clearBotList)."""
        prepared = prepare_clear_bot_list()
        return cast("BatchHandle[None]", self._caller.call(prepared))

    def get(self) -> BatchHandle[BotList]:
        """Read the bot list.

        Returns:
            BotList

        `GET /botlist` (getBotList)."""
        prepared = prepare_get_bot_list()
        return cast("BatchHandle[BotList]", self._caller.call(prepared))

    def remove(
        self, *, value: str, extra_body: Mapping[str, Any] | None = None, allow_unknown: bool = False
    ) -> BatchHandle[BotListCount]:
        """Remove addresses from the bot list.

        Args:
            value: IP addresses or ranges, one per line. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.

        Returns:
            BotListCount

        `POST /botlist/exclude` (removeFromBotList)."""
        prepared = prepare_remove_from_bot_list(value=value, extra_body=extra_body, allow_unknown=allow_unknown)
        return cast("BatchHandle[BotListCount]", self._caller.call(prepared))

    def replace(
        self, *, value: str, extra_body: Mapping[str, Any] | None = None, allow_unknown: bool = False
    ) -> BatchHandle[BotListCount]:
        """Replace the whole bot list.

        Args:
            value: IP addresses or ranges, one per line. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.

        Returns:
            BotListCount

        `PUT /botlist` (replaceBotList)."""
        prepared = prepare_replace_bot_list(value=value, extra_body=extra_body, allow_unknown=allow_unknown)
        return cast("BatchHandle[BotListCount]", self._caller.call(prepared))

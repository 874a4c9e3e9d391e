"""The tracker-wide list of IP addresses treated as bots.

Generated from openapi/keitaro.yaml by scripts/gen_facade.py; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import TYPE_CHECKING, Any, cast

import httpx

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
    from ..api.bot_list import add_to_bot_list as _ep_add_to_bot_list
    from ..api.bot_list import clear_bot_list as _ep_clear_bot_list
    from ..api.bot_list import get_bot_list as _ep_get_bot_list
    from ..api.bot_list import remove_from_bot_list as _ep_remove_from_bot_list
    from ..api.bot_list import replace_bot_list as _ep_replace_bot_list
    from ..models.bot_list import BotList
    from ..models.bot_list_count import BotListCount

__all__ = (
    "BotListResource",
    "AsyncBotListResource",
    "BatchBotListResource",
    "RawBotListResource",
    "AsyncRawBotListResource",
    "StreamingBotListResource",
    "AsyncStreamingBotListResource",
    "prepare_add_to_bot_list",
    "prepare_clear_bot_list",
    "prepare_get_bot_list",
    "prepare_remove_from_bot_list",
    "prepare_replace_bot_list",
)


def prepare_add_to_bot_list(
    *,
    value: str,
    extra_body: Mapping[str, Any] | None = None,
    allow_unknown: bool = False,
    extra_query: Mapping[str, Any] | None = None,
) -> PreparedCall:
    """The request of `add` (`POST /botlist/add`), ready for any caller."""
    global _ep_add_to_bot_list  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_add_to_bot_list
    except NameError:
        from ..api.bot_list import add_to_bot_list as _ep_add_to_bot_list

        endpoint = _ep_add_to_bot_list
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
    request = endpoint.build_request(body=body)
    return PreparedCall(_ops.ADD_TO_BOT_LIST, with_query(request, extra_query), endpoint.parse_response)


def prepare_clear_bot_list(*, extra_query: Mapping[str, Any] | None = None) -> PreparedCall:
    """The request of `clear` (`DELETE /botlist`), ready for any caller."""
    global _ep_clear_bot_list  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_clear_bot_list
    except NameError:
        from ..api.bot_list import clear_bot_list as _ep_clear_bot_list

        endpoint = _ep_clear_bot_list
    request = endpoint.build_request()
    return PreparedCall(_ops.CLEAR_BOT_LIST, with_query(request, extra_query), endpoint.parse_response)


def prepare_get_bot_list(*, extra_query: Mapping[str, Any] | None = None) -> PreparedCall:
    """The request of `get` (`GET /botlist`), ready for any caller."""
    global _ep_get_bot_list  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_get_bot_list
    except NameError:
        from ..api.bot_list import get_bot_list as _ep_get_bot_list

        endpoint = _ep_get_bot_list
    request = endpoint.build_request()
    return PreparedCall(_ops.GET_BOT_LIST, with_query(request, extra_query), endpoint.parse_response)


def prepare_remove_from_bot_list(
    *,
    value: str,
    extra_body: Mapping[str, Any] | None = None,
    allow_unknown: bool = False,
    extra_query: Mapping[str, Any] | None = None,
) -> PreparedCall:
    """The request of `remove` (`POST /botlist/exclude`), ready for any caller."""
    global _ep_remove_from_bot_list  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_remove_from_bot_list
    except NameError:
        from ..api.bot_list import remove_from_bot_list as _ep_remove_from_bot_list

        endpoint = _ep_remove_from_bot_list
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
    request = endpoint.build_request(body=body)
    return PreparedCall(_ops.REMOVE_FROM_BOT_LIST, with_query(request, extra_query), endpoint.parse_response)


def prepare_replace_bot_list(
    *,
    value: str,
    extra_body: Mapping[str, Any] | None = None,
    allow_unknown: bool = False,
    extra_query: Mapping[str, Any] | None = None,
) -> PreparedCall:
    """The request of `replace` (`PUT /botlist`), ready for any caller."""
    global _ep_replace_bot_list  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_replace_bot_list
    except NameError:
        from ..api.bot_list import replace_bot_list as _ep_replace_bot_list

        endpoint = _ep_replace_bot_list
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
    request = endpoint.build_request(body=body)
    return PreparedCall(_ops.REPLACE_BOT_LIST, with_query(request, extra_query), endpoint.parse_response)


class BotListResource:
    """The tracker-wide list of IP addresses treated as bots."""

    def __init__(self, caller: SyncCaller) -> None:
        self._caller = caller

    def add(
        self,
        *,
        value: str,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BotListCount:
        """Add addresses to the bot list.

        Args:
            value: IP addresses or ranges, one per line. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            BotListCount

        `POST /botlist/add` (addToBotList)."""
        prepared = prepare_add_to_bot_list(
            value=value, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BotListCount", self._caller.call(prepared))

    def clear(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Empty the bot list.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        `DELETE /botlist` (clearBotList)."""
        prepared = prepare_clear_bot_list(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("None", self._caller.call(prepared))

    def get(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BotList:
        """Read the bot list.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            BotList

        `GET /botlist` (getBotList)."""
        prepared = prepare_get_bot_list(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BotList", self._caller.call(prepared))

    def remove(
        self,
        *,
        value: str,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BotListCount:
        """Remove addresses from the bot list.

        Args:
            value: IP addresses or ranges, one per line. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            BotListCount

        `POST /botlist/exclude` (removeFromBotList)."""
        prepared = prepare_remove_from_bot_list(
            value=value, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BotListCount", self._caller.call(prepared))

    def replace(
        self,
        *,
        value: str,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BotListCount:
        """Replace the whole bot list.

        Args:
            value: IP addresses or ranges, one per line. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            BotListCount

        `PUT /botlist` (replaceBotList)."""
        prepared = prepare_replace_bot_list(
            value=value, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BotListCount", self._caller.call(prepared))


class AsyncBotListResource:
    """The tracker-wide list of IP addresses treated as bots."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def add(
        self,
        *,
        value: str,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BotListCount:
        """Add addresses to the bot list.

        Args:
            value: IP addresses or ranges, one per line. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            BotListCount

        `POST /botlist/add` (addToBotList)."""
        prepared = prepare_add_to_bot_list(
            value=value, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BotListCount", await self._caller.call(prepared))

    async def clear(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Empty the bot list.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        `DELETE /botlist` (clearBotList)."""
        prepared = prepare_clear_bot_list(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("None", await self._caller.call(prepared))

    async def get(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BotList:
        """Read the bot list.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            BotList

        `GET /botlist` (getBotList)."""
        prepared = prepare_get_bot_list(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BotList", await self._caller.call(prepared))

    async def remove(
        self,
        *,
        value: str,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BotListCount:
        """Remove addresses from the bot list.

        Args:
            value: IP addresses or ranges, one per line. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            BotListCount

        `POST /botlist/exclude` (removeFromBotList)."""
        prepared = prepare_remove_from_bot_list(
            value=value, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BotListCount", await self._caller.call(prepared))

    async def replace(
        self,
        *,
        value: str,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BotListCount:
        """Replace the whole bot list.

        Args:
            value: IP addresses or ranges, one per line. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            BotListCount

        `PUT /botlist` (replaceBotList)."""
        prepared = prepare_replace_bot_list(
            value=value, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BotListCount", await self._caller.call(prepared))


class BatchBotListResource:
    """The tracker-wide list of IP addresses treated as bots. Calls are recorded and run when the batch ends."""

    def __init__(self, caller: BatchCaller) -> None:
        self._caller = caller

    def add(
        self,
        *,
        value: str,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[BotListCount]:
        """Add addresses to the bot list.

        Args:
            value: IP addresses or ranges, one per line. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            BotListCount

        `POST /botlist/add` (addToBotList)."""
        prepared = prepare_add_to_bot_list(
            value=value, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[BotListCount]", self._caller.call(prepared))

    def clear(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[None]:
        """Empty the bot list.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        `DELETE /botlist` (clearBotList)."""
        prepared = prepare_clear_bot_list(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[None]", self._caller.call(prepared))

    def get(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[BotList]:
        """Read the bot list.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            BotList

        `GET /botlist` (getBotList)."""
        prepared = prepare_get_bot_list(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[BotList]", self._caller.call(prepared))

    def remove(
        self,
        *,
        value: str,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[BotListCount]:
        """Remove addresses from the bot list.

        Args:
            value: IP addresses or ranges, one per line. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            BotListCount

        `POST /botlist/exclude` (removeFromBotList)."""
        prepared = prepare_remove_from_bot_list(
            value=value, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[BotListCount]", self._caller.call(prepared))

    def replace(
        self,
        *,
        value: str,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[BotListCount]:
        """Replace the whole bot list.

        Args:
            value: IP addresses or ranges, one per line. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            BotListCount

        `PUT /botlist` (replaceBotList)."""
        prepared = prepare_replace_bot_list(
            value=value, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[BotListCount]", self._caller.call(prepared))


class RawBotListResource:
    """The tracker-wide list of IP addresses treated as bots. Each call returns the raw response; `.parse()` gives the model."""

    def __init__(self, caller: RawCaller) -> None:
        self._caller = caller

    def add(
        self,
        *,
        value: str,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[BotListCount]:
        """Add addresses to the bot list.

        Args:
            value: IP addresses or ranges, one per line. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            BotListCount

        `POST /botlist/add` (addToBotList)."""
        prepared = prepare_add_to_bot_list(
            value=value, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[BotListCount]", self._caller.call(prepared))

    def clear(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """Empty the bot list.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        `DELETE /botlist` (clearBotList)."""
        prepared = prepare_clear_bot_list(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[None]", self._caller.call(prepared))

    def get(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[BotList]:
        """Read the bot list.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            BotList

        `GET /botlist` (getBotList)."""
        prepared = prepare_get_bot_list(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[BotList]", self._caller.call(prepared))

    def remove(
        self,
        *,
        value: str,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[BotListCount]:
        """Remove addresses from the bot list.

        Args:
            value: IP addresses or ranges, one per line. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            BotListCount

        `POST /botlist/exclude` (removeFromBotList)."""
        prepared = prepare_remove_from_bot_list(
            value=value, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[BotListCount]", self._caller.call(prepared))

    def replace(
        self,
        *,
        value: str,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[BotListCount]:
        """Replace the whole bot list.

        Args:
            value: IP addresses or ranges, one per line. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            BotListCount

        `PUT /botlist` (replaceBotList)."""
        prepared = prepare_replace_bot_list(
            value=value, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[BotListCount]", self._caller.call(prepared))


class AsyncRawBotListResource:
    """The tracker-wide list of IP addresses treated as bots. Each call returns the raw response."""

    def __init__(self, caller: AsyncRawCaller) -> None:
        self._caller = caller

    async def add(
        self,
        *,
        value: str,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[BotListCount]:
        """Add addresses to the bot list.

        Args:
            value: IP addresses or ranges, one per line. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            BotListCount

        `POST /botlist/add` (addToBotList)."""
        prepared = prepare_add_to_bot_list(
            value=value, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[BotListCount]", await self._caller.call(prepared))

    async def clear(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """Empty the bot list.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        `DELETE /botlist` (clearBotList)."""
        prepared = prepare_clear_bot_list(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[None]", await self._caller.call(prepared))

    async def get(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[BotList]:
        """Read the bot list.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            BotList

        `GET /botlist` (getBotList)."""
        prepared = prepare_get_bot_list(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[BotList]", await self._caller.call(prepared))

    async def remove(
        self,
        *,
        value: str,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[BotListCount]:
        """Remove addresses from the bot list.

        Args:
            value: IP addresses or ranges, one per line. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            BotListCount

        `POST /botlist/exclude` (removeFromBotList)."""
        prepared = prepare_remove_from_bot_list(
            value=value, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[BotListCount]", await self._caller.call(prepared))

    async def replace(
        self,
        *,
        value: str,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[BotListCount]:
        """Replace the whole bot list.

        Args:
            value: IP addresses or ranges, one per line. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            BotListCount

        `PUT /botlist` (replaceBotList)."""
        prepared = prepare_replace_bot_list(
            value=value, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[BotListCount]", await self._caller.call(prepared))


class StreamingBotListResource:
    """The tracker-wide list of IP addresses treated as bots. Each call is a context manager over the unread answer."""

    def __init__(self, caller: StreamingCaller) -> None:
        self._caller = caller

    def add(
        self,
        *,
        value: str,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[BotListCount]]:
        """Add addresses to the bot list.

        Args:
            value: IP addresses or ranges, one per line. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            BotListCount

        `POST /botlist/add` (addToBotList)."""
        prepared = prepare_add_to_bot_list(
            value=value, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[BotListCount]]", self._caller.call(prepared))

    def clear(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[None]]:
        """Empty the bot list.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        `DELETE /botlist` (clearBotList)."""
        prepared = prepare_clear_bot_list(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[None]]", self._caller.call(prepared))

    def get(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[BotList]]:
        """Read the bot list.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            BotList

        `GET /botlist` (getBotList)."""
        prepared = prepare_get_bot_list(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[BotList]]", self._caller.call(prepared))

    def remove(
        self,
        *,
        value: str,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[BotListCount]]:
        """Remove addresses from the bot list.

        Args:
            value: IP addresses or ranges, one per line. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            BotListCount

        `POST /botlist/exclude` (removeFromBotList)."""
        prepared = prepare_remove_from_bot_list(
            value=value, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[BotListCount]]", self._caller.call(prepared))

    def replace(
        self,
        *,
        value: str,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[BotListCount]]:
        """Replace the whole bot list.

        Args:
            value: IP addresses or ranges, one per line. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            BotListCount

        `PUT /botlist` (replaceBotList)."""
        prepared = prepare_replace_bot_list(
            value=value, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[BotListCount]]", self._caller.call(prepared))


class AsyncStreamingBotListResource:
    """The tracker-wide list of IP addresses treated as bots. Each call is an async context manager over the unread answer."""

    def __init__(self, caller: AsyncStreamingCaller) -> None:
        self._caller = caller

    def add(
        self,
        *,
        value: str,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[BotListCount]]:
        """Add addresses to the bot list.

        Args:
            value: IP addresses or ranges, one per line. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            BotListCount

        `POST /botlist/add` (addToBotList)."""
        prepared = prepare_add_to_bot_list(
            value=value, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractAsyncContextManager[AsyncStreamedResponse[BotListCount]]", self._caller.call(prepared))

    def clear(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[None]]:
        """Empty the bot list.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        `DELETE /botlist` (clearBotList)."""
        prepared = prepare_clear_bot_list(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractAsyncContextManager[AsyncStreamedResponse[None]]", self._caller.call(prepared))

    def get(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[BotList]]:
        """Read the bot list.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            BotList

        `GET /botlist` (getBotList)."""
        prepared = prepare_get_bot_list(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractAsyncContextManager[AsyncStreamedResponse[BotList]]", self._caller.call(prepared))

    def remove(
        self,
        *,
        value: str,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[BotListCount]]:
        """Remove addresses from the bot list.

        Args:
            value: IP addresses or ranges, one per line. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            BotListCount

        `POST /botlist/exclude` (removeFromBotList)."""
        prepared = prepare_remove_from_bot_list(
            value=value, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractAsyncContextManager[AsyncStreamedResponse[BotListCount]]", self._caller.call(prepared))

    def replace(
        self,
        *,
        value: str,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[BotListCount]]:
        """Replace the whole bot list.

        Args:
            value: IP addresses or ranges, one per line. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            BotListCount

        `PUT /botlist` (replaceBotList)."""
        prepared = prepare_replace_bot_list(
            value=value, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractAsyncContextManager[AsyncStreamedResponse[BotListCount]]", self._caller.call(prepared))

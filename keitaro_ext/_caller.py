"""Send the facade's prepared calls over the pooled client; return models or raise typed errors."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx
from keitaro_admin_client.facade import PreparedCall

from ._responses import ResponseContext, connection_error, interpret
from .errors import KeitaroError
from .redaction import scrub_chain
from .retry import MAX_RETRIES, RETRY_SAFE

__all__ = ["AsyncHTTPCaller", "CallOptions", "HTTPCaller"]

_SPENT = httpx.ByteStream(b"")


@dataclass(frozen=True)
class CallOptions:
    """Per-client call settings; `with_options` makes a copy with others."""

    timeout: httpx.Timeout
    max_retries: int


def _release(response: httpx.Response) -> None:
    """Break httpx's response <-> stream reference cycle once the answer is interpreted.

    The client wraps each response's stream in one that points back at the response; the cycle
    keeps the body alive until a full garbage collection, which in a million-row export means
    hundreds of MB of spent pages.
    """
    response.stream = _SPENT


def _send_arguments(prepared: PreparedCall, options: CallOptions) -> dict[str, Any]:
    return {
        **prepared.request,
        "timeout": options.timeout,
        "extensions": {RETRY_SAFE: prepared.operation.retry_safe, MAX_RETRIES: options.max_retries},
    }


class HTTPCaller:
    """The `SyncCaller` the generated namespaces talk to."""

    __slots__ = ("_context", "_http", "_options")

    def __init__(self, http: httpx.Client, context: ResponseContext, options: CallOptions) -> None:
        self._http = http
        self._context = context
        self._options = options

    def call(self, prepared: PreparedCall) -> Any:
        try:
            return self._call(prepared)
        except KeitaroError as error:
            scrub_chain(error, self._context.redact)  # no httpx object with the key in __context__
            raise

    def _call(self, prepared: PreparedCall) -> Any:
        try:
            response = self._http.request(**_send_arguments(prepared, self._options))
        except httpx.RequestError as exc:
            raise connection_error(exc, prepared.operation, self._context) from None
        try:
            return interpret(prepared, response, self._context)
        finally:
            _release(response)


class AsyncHTTPCaller:
    """The `AsyncCaller` the generated namespaces talk to."""

    __slots__ = ("_context", "_http", "_options")

    def __init__(self, http: httpx.AsyncClient, context: ResponseContext, options: CallOptions) -> None:
        self._http = http
        self._context = context
        self._options = options

    async def call(self, prepared: PreparedCall) -> Any:
        try:
            return await self._call(prepared)
        except KeitaroError as error:
            scrub_chain(error, self._context.redact)  # no httpx object with the key in __context__
            raise

    async def _call(self, prepared: PreparedCall) -> Any:
        try:
            response = await self._http.request(**_send_arguments(prepared, self._options))
        except httpx.RequestError as exc:
            raise connection_error(exc, prepared.operation, self._context) from None
        try:
            return interpret(prepared, response, self._context)
        finally:
            _release(response)

"""The one place a prepared call becomes a request: per-call options, then a model, a raw or a streamed answer.

Every caller kind (plain, raw, streaming, batch) sends through `_Sender`, so options, the deadline,
the size limit and error interpretation are the same whichever the user picked.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx
from keitaro_admin_client.facade import PreparedCall

from ._raw import APIResponse, AsyncStreamingCall, StreamingCall
from ._responses import ResponseContext, connection_error, interpret
from .config import check_retries, to_timeout
from .errors import ConfigurationError, KeitaroError, UnexpectedResponseError
from .redaction import scrub_chain
from .retry import AUTH_HEADERS, DEADLINE, MAX_RETRIES, RETRY_SAFE, STREAM, ResponseTooLarge

__all__ = [
    "AsyncHTTPCaller",
    "AsyncRawHTTPCaller",
    "AsyncStreamingHTTPCaller",
    "CallOptions",
    "HTTPCaller",
    "RawHTTPCaller",
    "StreamingHTTPCaller",
    "check_headers",
    "check_retries",
]

_SPENT = httpx.ByteStream(b"")


def check_headers(headers: Mapping[str, str] | None, where: str) -> dict[str, str]:
    """`headers` as a dict, refusing the auth headers: the key is set once, on the client."""
    if not headers:
        return {}
    for name in headers:
        if name.lower() in AUTH_HEADERS:
            raise ConfigurationError(
                f"{where} cannot set {name!r}: the client sends the API key itself. "
                "Pass api_key= (and auth='bearer' for Authorization) to Keitaro(...) instead."
            )
    return {str(name): str(value) for name, value in headers.items()}


def budget(timeout: httpx.Timeout) -> float | None:
    """The whole call's deadline in seconds: the largest of the timeout's parts (None: no deadline)."""
    parts = [value for value in (timeout.connect, timeout.read, timeout.write, timeout.pool) if value is not None]
    return max(parts) if parts else None


@dataclass(frozen=True)
class CallOptions:
    """Per-client call settings; `with_options` makes a copy with others."""

    timeout: httpx.Timeout
    max_retries: int
    headers: Mapping[str, str] = field(default_factory=dict)
    max_response_size: int | None = None  # for error bodies read from a streamed answer

    @property
    def budget(self) -> float | None:
        return budget(self.timeout)


def _release(response: httpx.Response) -> None:
    """Break httpx's response <-> stream reference cycle once the answer is interpreted.

    The client wraps each response's stream in one that points back at the response; the cycle
    keeps the body alive until a full garbage collection, which in a million-row export means
    hundreds of MB of spent pages.
    """
    response.stream = _SPENT


def build_request(
    http: httpx.Client | httpx.AsyncClient, prepared: PreparedCall, options: CallOptions, *, stream: bool = False
) -> httpx.Request:
    """The httpx request of `prepared`: the client's options, then the call's own."""
    call = prepared.options
    operation = prepared.operation
    timeout = options.timeout if call.timeout is None else to_timeout(call.timeout)
    max_retries = options.max_retries if call.max_retries is None else check_retries(call.max_retries)
    arguments = prepared.request
    headers: dict[str, str] | None = None
    if options.headers or call.extra_headers or operation.accept != "application/json" or "headers" in arguments:
        headers = dict(options.headers)
        if operation.accept != "application/json":
            headers["Accept"] = operation.accept
        headers.update(arguments.get("headers") or {})
        headers.update(check_headers(call.extra_headers, "extra_headers"))
    seconds = budget(timeout)
    extensions: dict[str, Any] = {RETRY_SAFE: operation.retry_safe, MAX_RETRIES: max_retries}
    if seconds is not None:
        extensions[DEADLINE] = time.monotonic() + seconds
    if stream:
        extensions[STREAM] = True
    return http.build_request(
        arguments["method"],
        arguments["url"],
        params=arguments.get("params"),
        json=arguments.get("json"),
        headers=headers,
        timeout=timeout,
        extensions=extensions,
    )


def too_large(exc: ResponseTooLarge, prepared: PreparedCall, context: ResponseContext) -> UnexpectedResponseError:
    operation = prepared.operation
    path = exc.request.url.path
    message = (
        f"{operation.method} {path} answered {exc.status_code} with a body larger than max_response_size "
        f"({exc.limit} bytes once decoded); reading stopped there. "
    )
    if operation.accept != "application/json":
        message += "Stream it to disk instead (download(id, to=path) or kt.with_streaming_response), "
    message += (
        "ask for less (a smaller limit= or page), or pass a larger max_response_size= to the client "
        "(None: no limit) if such answers are expected."
    )
    return UnexpectedResponseError(
        context.redact(message),
        status_code=exc.status_code,
        content_type=exc.content_type,
        method=operation.method,
        path=path,
        operation_id=operation.operation_id,
    )


class _Sender:
    __slots__ = ("_context", "_http", "_options")

    def __init__(self, http: Any, context: ResponseContext, options: CallOptions) -> None:
        self._http = http
        self._context = context
        self._options = options

    @property
    def context(self) -> ResponseContext:
        """How answers are read (base URL, redaction): a batch's entrypoint plan reads them the same way."""
        return self._context

    @property
    def pool(self) -> Any:
        """The pooled httpx client: what the batch entrypoint memo is kept per."""
        return self._http

    def _post_request(self, url: str, body: Any, retry_safe: bool) -> httpx.Request:
        extensions = {RETRY_SAFE: retry_safe, MAX_RETRIES: self._options.max_retries}
        return self._http.build_request("POST", url, json=body, timeout=self._options.timeout, extensions=extensions)  # type: ignore[no-any-return]


class HTTPCaller(_Sender):
    """The `SyncCaller` the generated namespaces talk to: returns the model or raises a typed error."""

    def send(self, prepared: PreparedCall) -> tuple[httpx.Response, float]:
        started = time.perf_counter()
        try:
            response = self._http.send(build_request(self._http, prepared, self._options))
        except ResponseTooLarge as exc:
            raise too_large(exc, prepared, self._context) from None
        except httpx.RequestError as exc:
            raise connection_error(exc, prepared.operation, self._context) from None
        return response, time.perf_counter() - started

    def call(self, prepared: PreparedCall) -> Any:
        try:
            response, _elapsed = self.send(prepared)
            try:
                return interpret(prepared, response, self._context)
            finally:
                _release(response)
        except KeitaroError as error:
            scrub_chain(error, self._context.redact)  # no httpx object with the key in __context__
            raise

    def post(self, url: str, body: Any, *, retry_safe: bool) -> httpx.Response | Exception:
        """A JSON POST outside the generated operations (the batch entrypoint); an error is returned, not raised."""
        try:
            return self._http.send(self._post_request(url, body, retry_safe))  # type: ignore[no-any-return]
        except Exception as exc:  # a custom transport may raise anything: the caller decides what it means
            return exc

    def stream(self, prepared: PreparedCall) -> StreamingCall[Any]:
        request = build_request(self._http, prepared, self._options, stream=True)
        return StreamingCall(self._http, request, prepared, self._context, self._options.max_response_size)


class RawHTTPCaller(HTTPCaller):
    """`with_raw_response`: the same call, returning the answer with its status and headers."""

    def call(self, prepared: PreparedCall) -> APIResponse[Any]:
        try:
            response, elapsed = self.send(prepared)
            return APIResponse(response, interpret(prepared, response, self._context), elapsed, self._context)
        except KeitaroError as error:
            scrub_chain(error, self._context.redact)
            raise


class StreamingHTTPCaller(HTTPCaller):
    """`with_streaming_response`: the call as a context manager over the unread answer."""

    def call(self, prepared: PreparedCall) -> StreamingCall[Any]:
        return self.stream(prepared)


class AsyncHTTPCaller(_Sender):
    """The `AsyncCaller` the generated namespaces talk to."""

    async def send(self, prepared: PreparedCall) -> tuple[httpx.Response, float]:
        started = time.perf_counter()
        try:
            response = await self._http.send(build_request(self._http, prepared, self._options))
        except ResponseTooLarge as exc:
            raise too_large(exc, prepared, self._context) from None
        except httpx.RequestError as exc:
            raise connection_error(exc, prepared.operation, self._context) from None
        return response, time.perf_counter() - started

    async def call(self, prepared: PreparedCall) -> Any:
        try:
            response, _elapsed = await self.send(prepared)
            try:
                return interpret(prepared, response, self._context)
            finally:
                _release(response)
        except KeitaroError as error:
            scrub_chain(error, self._context.redact)  # no httpx object with the key in __context__
            raise

    async def post(self, url: str, body: Any, *, retry_safe: bool) -> httpx.Response | Exception:
        """The async twin of `HTTPCaller.post`."""
        try:
            return await self._http.send(self._post_request(url, body, retry_safe))  # type: ignore[no-any-return]
        except Exception as exc:  # a custom transport may raise anything: the caller decides what it means
            return exc

    def stream(self, prepared: PreparedCall) -> AsyncStreamingCall[Any]:
        return _async_stream(self, prepared)


class AsyncRawHTTPCaller(AsyncHTTPCaller):
    async def call(self, prepared: PreparedCall) -> APIResponse[Any]:
        try:
            response, elapsed = await self.send(prepared)
            return APIResponse(response, interpret(prepared, response, self._context), elapsed, self._context)
        except KeitaroError as error:
            scrub_chain(error, self._context.redact)
            raise


class AsyncStreamingHTTPCaller(_Sender):
    def call(self, prepared: PreparedCall) -> AsyncStreamingCall[Any]:
        return _async_stream(self, prepared)


def _async_stream(sender: _Sender, prepared: PreparedCall) -> AsyncStreamingCall[Any]:
    request = build_request(sender._http, prepared, sender._options, stream=True)
    return AsyncStreamingCall(sender._http, request, prepared, sender._context, sender._options.max_response_size)

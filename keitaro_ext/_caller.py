"""The one place a prepared call becomes a request: per-call options, then a model, a raw or a streamed answer.

Every caller kind (plain, raw, streaming, batch) sends through `_Sender`, so options, the deadline,
the size limit and error interpretation are the same whichever the user picked.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any

import httpx
from keitaro_admin_client.facade import PreparedCall

from ._responses import ResponseContext, connection_error, interpret
from .config import check_retries, to_timeout
from .errors import ConfigurationError, KeitaroError, UnexpectedResponseError
from .redaction import scrub_chain
from .retry import AUTH_HEADERS, DEADLINE, MAX_RETRIES, RETRY_SAFE, STREAM, ResponseTooLarge

if TYPE_CHECKING:
    from ._raw import APIResponse, AsyncStreamingCall, StreamingCall

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

    @cached_property
    def budget(self) -> float | None:
        return budget(self.timeout)

    @cached_property
    def timeouts(self) -> dict[str, float | None]:
        """The timeout as httpx keeps it in a request's extensions (worked out once, copied per request)."""
        return self.timeout.as_dict()


def _release(response: httpx.Response) -> None:
    """Break httpx's response <-> stream reference cycle once the answer is interpreted.

    The client wraps each response's stream in one that points back at the response; the cycle
    keeps the body alive until a full garbage collection, which in a million-row export means
    hundreds of MB of spent pages.
    """
    response.stream = _SPENT


def _absolute(base: str, url: str) -> str:
    """`url` joined to the client's base URL (`base`, ending in "/") as text, as httpx's own merge joins it.

    httpx parses a relative URL, then the joined one again; an API path (`/campaigns/7`) joined as
    text parses once to the same URL. Anything else (absolute, `//host`, a fragment) is left to httpx.
    """
    if not url.startswith("/") or url.startswith("//") or "#" in url:
        return url
    return base + url[1:]


def build_request(
    http: httpx.Client | httpx.AsyncClient,
    prepared: PreparedCall,
    options: CallOptions,
    *,
    stream: bool = False,
    base: str | None = None,
) -> httpx.Request:
    """The httpx request of `prepared`: the client's options, then the call's own."""
    call = prepared.options
    operation = prepared.operation
    if call.timeout is None:
        timeout, seconds, timeouts = options.timeout, options.budget, dict(options.timeouts)
    else:
        timeout = to_timeout(call.timeout)
        seconds, timeouts = budget(timeout), timeout.as_dict()
    max_retries = options.max_retries if call.max_retries is None else check_retries(call.max_retries)
    arguments = prepared.request
    headers: dict[str, str] | None = None
    if options.headers or call.extra_headers or operation.accept != "application/json" or "headers" in arguments:
        headers = dict(options.headers)
        if operation.accept != "application/json":
            headers["Accept"] = operation.accept
        headers.update(arguments.get("headers") or {})
        headers.update(check_headers(call.extra_headers, "extra_headers"))
    extensions: dict[str, Any] = {"timeout": timeouts, RETRY_SAFE: operation.retry_safe, MAX_RETRIES: max_retries}
    if seconds is not None:
        extensions[DEADLINE] = time.monotonic() + seconds
    if stream:
        extensions[STREAM] = True
    return http.build_request(
        arguments["method"],
        _absolute(str(http.base_url) if base is None else base, arguments["url"]),
        params=arguments.get("params"),
        json=arguments.get("json"),
        headers=headers,
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


class _Scrub:
    """`with self._scrub:` around a call: a KeitaroError leaving it has its exception chain scrubbed.

    No httpx object with the key may stay in `__context__`; one object per caller, so a call pays
    no generator or context-manager factory for it.
    """

    __slots__ = ("_redact",)

    def __init__(self, redact: Callable[[str], str]) -> None:
        self._redact = redact

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        if isinstance(error, KeitaroError):
            scrub_chain(error, self._redact)


class _Sender:
    """What the sync and async callers share; each twin only sends (or awaits) the request built here."""

    __slots__ = ("_base", "_context", "_http", "_options", "_scrub")

    def __init__(self, http: Any, context: ResponseContext, options: CallOptions) -> None:
        self._http = http
        self._context = context
        self._options = options
        self._base = str(http.base_url)
        self._scrub = _Scrub(context.redact)

    @property
    def context(self) -> ResponseContext:
        """How answers are read (base URL, redaction): a batch's entrypoint plan reads them the same way."""
        return self._context

    @property
    def pool(self) -> Any:
        """The pooled httpx client: what the batch entrypoint memo is kept per."""
        return self._http

    def _request(self, prepared: PreparedCall, *, stream: bool = False) -> httpx.Request:
        return build_request(self._http, prepared, self._options, stream=stream, base=self._base)

    def _failure(self, exc: httpx.RequestError, prepared: PreparedCall) -> KeitaroError:
        """The error for a request that got no usable answer (the transport failed, or the body was too large)."""
        if isinstance(exc, ResponseTooLarge):
            return too_large(exc, prepared, self._context)
        return connection_error(exc, prepared.operation, self._context)

    def _result(self, prepared: PreparedCall, response: httpx.Response, elapsed: float) -> Any:
        """What a plain call returns: the model (the spent response is let go at once)."""
        try:
            return interpret(prepared, response, self._context)
        finally:
            _release(response)

    def _post_request(self, url: str, body: Any, retry_safe: bool) -> httpx.Request:
        extensions = {RETRY_SAFE: retry_safe, MAX_RETRIES: self._options.max_retries}
        return self._http.build_request("POST", url, json=body, timeout=self._options.timeout, extensions=extensions)  # type: ignore[no-any-return]

    def _streaming(self, kind: type[Any], prepared: PreparedCall) -> Any:
        """A StreamingCall or its async twin (`kind`) over the unread answer of `prepared`."""
        request = self._request(prepared, stream=True)
        return kind(self._http, request, prepared, self._context, self._options.max_response_size)


class _RawResult:
    """`with_raw_response`: the answer with its status and headers, sync or async alike."""

    _context: ResponseContext

    def _result(self, prepared: PreparedCall, response: httpx.Response, elapsed: float) -> APIResponse[Any]:
        from ._raw import APIResponse

        return APIResponse(response, interpret(prepared, response, self._context), elapsed, self._context)


class HTTPCaller(_Sender):
    """The `SyncCaller` the generated namespaces talk to: returns the model or raises a typed error."""

    def call(self, prepared: PreparedCall) -> Any:
        started = time.perf_counter()
        with self._scrub:
            try:
                response = self._http.send(self._request(prepared))
            except httpx.RequestError as exc:  # ResponseTooLarge included
                raise self._failure(exc, prepared) from None
            return self._result(prepared, response, time.perf_counter() - started)

    def post(self, url: str, body: Any, *, retry_safe: bool) -> httpx.Response | Exception:
        """A JSON POST outside the generated operations (the batch entrypoint); an error is returned, not raised."""
        try:
            return self._http.send(self._post_request(url, body, retry_safe))  # type: ignore[no-any-return]
        except Exception as exc:  # a custom transport may raise anything: the caller decides what it means
            return exc

    def stream(self, prepared: PreparedCall) -> StreamingCall[Any]:
        from ._raw import StreamingCall

        return self._streaming(StreamingCall, prepared)  # type: ignore[no-any-return]


class RawHTTPCaller(_RawResult, HTTPCaller):
    """`with_raw_response`: the same call, returning the answer with its status and headers."""

    def call(self, prepared: PreparedCall) -> APIResponse[Any]:
        return super().call(prepared)  # type: ignore[no-any-return]


class StreamingHTTPCaller(HTTPCaller):
    """`with_streaming_response`: the call as a context manager over the unread answer."""

    def call(self, prepared: PreparedCall) -> StreamingCall[Any]:
        return self.stream(prepared)


class AsyncHTTPCaller(_Sender):
    """The `AsyncCaller` the generated namespaces talk to."""

    async def call(self, prepared: PreparedCall) -> Any:
        started = time.perf_counter()
        with self._scrub:
            try:
                response = await self._http.send(self._request(prepared))
            except httpx.RequestError as exc:  # ResponseTooLarge included
                raise self._failure(exc, prepared) from None
            return self._result(prepared, response, time.perf_counter() - started)

    async def post(self, url: str, body: Any, *, retry_safe: bool) -> httpx.Response | Exception:
        """The async twin of `HTTPCaller.post`."""
        try:
            return await self._http.send(self._post_request(url, body, retry_safe))  # type: ignore[no-any-return]
        except Exception as exc:  # a custom transport may raise anything: the caller decides what it means
            return exc

    def stream(self, prepared: PreparedCall) -> AsyncStreamingCall[Any]:
        from ._raw import AsyncStreamingCall

        return self._streaming(AsyncStreamingCall, prepared)  # type: ignore[no-any-return]


class AsyncRawHTTPCaller(_RawResult, AsyncHTTPCaller):
    async def call(self, prepared: PreparedCall) -> APIResponse[Any]:
        return await super().call(prepared)  # type: ignore[no-any-return]


class AsyncStreamingHTTPCaller(_Sender):
    def call(self, prepared: PreparedCall) -> AsyncStreamingCall[Any]:
        from ._raw import AsyncStreamingCall

        return self._streaming(AsyncStreamingCall, prepared)  # type: ignore[no-any-return]

"""Retries as an httpx transport wrapper, so every request through the pooled client gets them.

What may be repeated: requests marked safe (GET, PUT, DELETE and the read-only POSTs the spec
flags with `x-keitaro-retry-safe`) on 408, 429, 5xx and transport failures; any request when the
connection could not even be opened (the tracker never saw it). A POST that creates, clones or
schedules is never sent twice once it may have reached the tracker.
"""

from __future__ import annotations

import email.utils
import logging
import random
import time
import urllib.parse
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx

from ._constants import SAFE_METHODS

__all__ = [
    "DEFAULT_MAX_RESPONSE_SIZE",
    "AsyncRetryTransport",
    "DeadlineExceeded",
    "ResponseTooLarge",
    "RetryPolicy",
    "RetryTransport",
    "parse_retry_after",
]

logger = logging.getLogger("keitaro_ext")

RETRY_SAFE = "keitaro_retry_safe"
MAX_RETRIES = "keitaro_max_retries"
ATTEMPTS = "keitaro_attempts"
DEADLINE = "keitaro_deadline"  # time.monotonic() by which the whole call, retries included, must end
STREAM = "keitaro_stream"  # hand the final answer back unread (downloads, streamed responses)
DEFAULT_MAX_RESPONSE_SIZE = 128 * 1024 * 1024
TIMEOUT_KEYS = ("connect", "read", "write", "pool")
AUTH_HEADERS = ("api-key", "authorization")
# The request never left this machine: repeating it cannot duplicate anything.
NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Problems of configuration, not of the network: repeating cannot help.
NOT_TRANSIENT = (httpx.UnsupportedProtocol, httpx.LocalProtocolError)


def parse_retry_after(value: str | None, now: Callable[[], float] = time.time) -> float | None:
    """Seconds to wait from a Retry-After header (delta seconds or HTTP date); None if absent or garbled."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            return None
        seconds = when.timestamp() - now()
    if seconds != seconds or seconds in (float("inf"), float("-inf")):  # NaN or infinite
        return None
    return max(0.0, seconds)


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to wait. Backoff doubles from `initial_delay` up to `max_delay`, with jitter.

    A Retry-After longer than `max_retry_after` is not waited for: the error is raised at once with
    `retry_after` set, so the caller can reschedule instead of blocking for minutes.
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    jitter: float = 0.25

    def backoff(self, retry_number: int, rand: Callable[[], float] = random.random) -> float:
        base = min(self.initial_delay * 2.0**retry_number, self.max_delay)
        return base * (1.0 - self.jitter * rand())

    def delay_after_status(
        self, response: httpx.Response, retry_number: int, rand: Callable[[], float]
    ) -> float | None:
        status = response.status_code
        if status not in (408, 429) and not 500 <= status <= 599:
            return None
        retry_after = parse_retry_after(response.headers.get("retry-after"))
        if retry_after is not None and retry_after > 0:
            return retry_after if retry_after <= self.max_retry_after else None
        # Absent, garbled, zero or in the past: our own backoff, never a tight loop.
        return self.backoff(retry_number, rand)


class DeadlineExceeded(httpx.ReadTimeout):
    """The call's `timeout` ran out while the answer was still arriving (or before a retry could start)."""


class ResponseTooLarge(httpx.DecodingError):
    """The decoded body grew past the client's `max_response_size`; nothing more is read."""

    def __init__(self, limit: int, response: httpx.Response, request: httpx.Request) -> None:
        super().__init__(f"the answer's decoded body is larger than max_response_size={limit} bytes", request=request)
        self.limit = limit
        self.status_code = response.status_code
        self.content_type = response.headers.get("content-type", "")


class _Attempts:
    """State of one request's attempts; decides whether and how long to wait before the next."""

    __slots__ = ("base_timeout", "deadline", "limit", "policy", "rand", "request", "retries", "safe", "started")

    def __init__(self, policy: RetryPolicy, request: httpx.Request, rand: Callable[[], float]) -> None:
        self.policy = policy
        self.request = request
        self.rand = rand
        self.safe = bool(request.extensions.get(RETRY_SAFE, request.method in SAFE_METHODS))
        self.limit = int(request.extensions.get(MAX_RETRIES, policy.max_retries))
        self.retries = 0
        self.started = time.perf_counter()
        deadline = request.extensions.get(DEADLINE)
        self.deadline: float | None = None
        self.base_timeout: Mapping[str, float | None] = {}
        if deadline is not None:
            self.deadline = float(deadline)
            self.base_timeout = request.extensions.get("timeout") or {}  # replaced per attempt, never changed

    def remaining(self) -> float | None:
        return None if self.deadline is None else self.deadline - time.monotonic()

    def before_attempt(self) -> None:
        """Clip this attempt's per-read timeouts to what is left of the call's deadline."""
        left = self.remaining()
        if left is None:
            return
        if left <= 0:
            raise DeadlineExceeded("the call's timeout ran out before the next attempt", request=self.request)
        base = self.base_timeout
        self.request.extensions["timeout"] = {
            key: left if (value := base.get(key)) is None or value > left else float(value) for key in TIMEOUT_KEYS
        }

    def fits(self, delay: float) -> bool:
        left = self.remaining()
        return left is None or delay < left

    def after_error(self, exc: httpx.TransportError) -> float:
        """Delay before the next attempt, or re-raise `exc` when it must not be repeated."""
        retryable = not isinstance(exc, (*NOT_TRANSIENT, DeadlineExceeded)) and (
            self.safe or isinstance(exc, NEVER_SENT)
        )
        self._log(f"failed: {type(exc).__name__}: {exc}")
        if not retryable or self.retries >= self.limit:
            raise exc
        delay = self.policy.backoff(self.retries, self.rand)
        if not self.fits(delay):
            raise exc
        return self._next(delay, type(exc).__name__)

    def after_response(self, response: httpx.Response) -> float | None:
        """Delay before the next attempt, or None when this response is final."""
        self._log(None, response.status_code)
        delay = None
        if self.safe and self.retries < self.limit:
            delay = self.policy.delay_after_status(response, self.retries, self.rand)
        if delay is not None and not self.fits(delay):
            delay = None  # no time left to wait: this answer is final (a 429 keeps its retry_after)
        if delay is None:
            response.extensions[ATTEMPTS] = self.retries + 1
            return None
        return self._next(delay, str(response.status_code))

    def _next(self, delay: float, reason: str) -> float:
        self.retries += 1
        logger.info(
            "%s %s: %s, retry %d of %d in %.2f s",
            self.request.method,
            self.request.url.path,
            reason,
            self.retries,
            self.limit,
            delay,
            extra={"keitaro_retry": self.retries, "keitaro_delay": delay},
        )
        return delay

    def _log(self, outcome: str | None, status: int | None = None) -> None:
        """Debug line of one attempt; `outcome` None means the status code (its text made only when logged)."""
        if logger.isEnabledFor(logging.DEBUG):  # logging off: no timing arithmetic either
            if outcome is None:
                outcome = str(status)
            elapsed_ms = (time.perf_counter() - self.started) * 1000
            logger.debug(
                "%s %s -> %s (attempt %d, %.1f ms)",
                self.request.method,
                self.request.url.path,
                outcome,
                self.retries + 1,
                elapsed_ms,
                extra={
                    "keitaro_method": self.request.method,
                    "keitaro_path": self.request.url.path,
                    "keitaro_status": status,
                    "keitaro_attempt": self.retries + 1,
                    "keitaro_elapsed_ms": elapsed_ms,
                },
            )
        self.started = time.perf_counter()


def _guard_origin(request: httpx.Request, origin: tuple[str, str, int | None]) -> None:
    """Never let the key travel to another host, whatever follows a redirect."""
    url = request.url
    if (url.scheme, url.host, url.port) != origin:
        for header in AUTH_HEADERS:
            request.headers.pop(header, None)


def _parsable_location(request: httpx.Request, response: httpx.Response) -> None:
    """Percent-encode a Location httpx cannot parse.

    httpx builds the next request of every redirect, followed or not, and a Location it cannot
    parse (`A:0`, `http://[x`) raises InvalidURL, which is no httpx.RequestError, out of the client.
    Encoded, it still shows in the error that reports the redirect.
    """
    location = response.headers.get("location")
    if location is None:
        return
    try:
        url = httpx.URL(location)
        if url.scheme and not url.host:
            url = url.copy_with(host=request.url.host)
        request.url.join(url)
    except httpx.InvalidURL:
        response.headers["location"] = urllib.parse.quote(location, safe="")


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return (url.scheme, url.host, url.port)


ENCODED_SLICE = 16 * 1024  # raw bytes decoded at a time: a gzip bomb then inflates ~16 MB per step, not 64+


class _Sliced(httpx.SyncByteStream, httpx.AsyncByteStream):
    """The raw (still compressed) stream in small slices, so the size limit is checked often."""

    def __init__(self, stream: httpx.SyncByteStream | httpx.AsyncByteStream) -> None:
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:  # type: ignore[union-attr]
            for start in range(0, len(chunk), ENCODED_SLICE):
                yield chunk[start : start + ENCODED_SLICE]

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:  # type: ignore[union-attr]
            for start in range(0, len(chunk), ENCODED_SLICE):
                yield chunk[start : start + ENCODED_SLICE]

    def close(self) -> None:
        self._stream.close()  # type: ignore[union-attr]

    async def aclose(self) -> None:
        await self._stream.aclose()  # type: ignore[union-attr]


def sliced(response: httpx.Response) -> httpx.Response:
    """`response` reading its encoded body in small slices (identity bodies are left alone)."""
    if "content-encoding" in response.headers:
        response.stream = _Sliced(response.stream)
    return response


class _Guarded(httpx.SyncByteStream, httpx.AsyncByteStream):
    """An identity-encoded raw stream, checked chunk by chunk against the size limit and the deadline.

    With no Content-Encoding the raw bytes are the decoded bytes, so httpx's own `read()` can keep
    the body: no copy of the answer is rebuilt (the common, fast path).
    """

    def __init__(self, stream: httpx.SyncByteStream | httpx.AsyncByteStream, body: Body) -> None:
        self._stream = stream
        self._body = body

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:  # type: ignore[union-attr]
            self._body.add(chunk)
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:  # type: ignore[union-attr]
            self._body.add(chunk)
            yield chunk

    def close(self) -> None:
        self._stream.close()  # type: ignore[union-attr]

    async def aclose(self) -> None:
        await self._stream.aclose()  # type: ignore[union-attr]


class Body:
    """Collects one answer's decoded body, within the size limit and the call's deadline."""

    __slots__ = ("_chunks", "_deadline", "_keep", "_limit", "_request", "_response", "_size")

    def __init__(
        self,
        response: httpx.Response,
        request: httpx.Request,
        limit: int | None,
        deadline: float | None,
        *,
        keep: bool = True,
    ):
        self._response = response
        self._request = request
        self._limit = limit
        self._deadline = deadline
        self._keep = keep
        self._chunks: list[bytes] = []
        self._size = 0

    def add(self, chunk: bytes) -> None:
        self._size += len(chunk)
        if self._limit is not None and self._size > self._limit:
            self._chunks.clear()
            raise ResponseTooLarge(self._limit, self._response, self._request)
        if self._keep:
            self._chunks.append(chunk)
        if self._deadline is not None and time.monotonic() > self._deadline:
            self._chunks.clear()
            raise DeadlineExceeded("the call's timeout ran out while the answer was arriving", request=self._request)

    def read(self) -> httpx.Response:
        """Read the whole answer (then close it): the response itself, or one rebuilt from the decoded chunks."""
        source = self._response
        try:
            if not self._keep:
                source.read()  # through _Guarded, which adds each chunk here
                return source
            for chunk in source.iter_bytes():
                self.add(chunk)
        finally:
            source.close()
        return self.response()

    async def aread(self) -> httpx.Response:
        """The async twin of `read`."""
        source = self._response
        try:
            if not self._keep:
                await source.aread()
                return source
            async for chunk in source.aiter_bytes():
                self.add(chunk)
        finally:
            await source.aclose()
        return self.response()

    def response(self) -> httpx.Response:
        """A fully read answer. Its body is decoded, so the headers that describe the wire encoding go."""
        original = self._response
        headers = original.headers
        if "content-encoding" in headers:
            headers = httpx.Headers(
                [(k, v) for k, v in headers.multi_items() if k.lower() not in ("content-encoding", "content-length")]
            )
        return httpx.Response(
            original.status_code,
            headers=headers,
            content=b"".join(self._chunks),
            extensions=original.extensions,
            request=self._request,
        )


# What the retry plan asks its driver to do. The driver does it and hands back the outcome, or the
# exception it raised, as httpx drives its auth flows: one plan serves the sync and async transports.
SEND, READ, SLEEP = "send", "read", "sleep"
Step = tuple[str, Any]


class _Run:
    """One request's plan being driven: the next step, and what the last one gave."""

    __slots__ = ("_plan", "failure", "outcome", "result")

    def __init__(self, plan: Generator[Step, Any, httpx.Response]) -> None:
        self._plan = plan
        self.outcome: Any = None
        self.failure: Exception | None = None

    def step(self) -> Step | None:
        """The next step, or None once the plan is done (its answer in `result`); raises what it gives up on."""
        failure, self.failure = self.failure, None
        try:
            return self._plan.throw(failure) if failure is not None else self._plan.send(self.outcome)
        except StopIteration as done:
            self.result: httpx.Response = done.value
            return None


TransportT = TypeVar("TransportT", httpx.BaseTransport, httpx.AsyncBaseTransport)


class _Retrying(Generic[TransportT]):
    """The retry plan both transports drive: the origin guard, the attempts, the reading of each answer."""

    def __init__(
        self,
        transport: TransportT,
        policy: RetryPolicy,
        *,
        base_url: httpx.URL,
        sleep: Callable[[float], Any] | None = None,
        rand: Callable[[], float] = random.random,
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        self._transport: TransportT = transport
        self._policy = policy
        self._origin = _origin(base_url)
        self._sleep = sleep if sleep is not None else self._default_sleep()
        self._rand = rand
        self._limit = max_response_size

    @staticmethod
    def _default_sleep() -> Callable[[float], Any]:
        return time.sleep

    def _run(self, request: httpx.Request) -> _Run:
        return _Run(self._plan(request))

    def _plan(self, request: httpx.Request) -> Generator[Step, Any, httpx.Response]:
        """Yields what to do next; returns the final answer (read, unless the call streams it)."""
        _guard_origin(request, self._origin)
        attempts = _Attempts(self._policy, request, self._rand)
        while True:
            try:
                attempts.before_attempt()
                response = yield SEND, request
                delay = attempts.after_response(response)
                if delay is None:
                    if 300 <= response.status_code < 400:  # only a redirect's Location is ever parsed
                        _parsable_location(request, response)
                    if request.extensions.get(STREAM):
                        return response  # type: ignore[no-any-return]
                    return (yield READ, self._body(response, request, attempts.deadline))  # type: ignore[no-any-return]
                yield READ, self._body(response, request, attempts.deadline)  # frees the connection for the retry
            except httpx.TransportError as exc:
                delay = attempts.after_error(exc)
            yield SLEEP, delay

    def _body(self, response: httpx.Response, request: httpx.Request, deadline: float | None) -> Body:
        """The Body an answer is read into, within the size limit and the deadline.

        With no Content-Encoding the raw bytes are the decoded bytes: the raw stream is checked chunk by
        chunk and httpx's own read keeps the body (no copy). An encoded body is decoded in small slices.
        """
        if "content-encoding" in response.headers:
            return Body(sliced(response), request, self._limit, deadline)
        body = Body(response, request, self._limit, deadline, keep=False)
        response.stream = _Guarded(response.stream, body)
        return body


class RetryTransport(_Retrying[httpx.BaseTransport], httpx.BaseTransport):
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        run = self._run(request)
        while (step := run.step()) is not None:
            try:
                run.outcome = self._do(*step)
            except Exception as exc:  # the plan decides: retry, or raise it
                run.failure = exc
        return run.result

    def _do(self, kind: str, argument: Any) -> Any:
        if kind == SEND:
            return self._transport.handle_request(argument)
        return argument.read() if kind == READ else self._sleep(argument)

    def close(self) -> None:
        self._transport.close()


class AsyncRetryTransport(_Retrying[httpx.AsyncBaseTransport], httpx.AsyncBaseTransport):
    @staticmethod
    def _default_sleep() -> Callable[[float], Any]:
        import asyncio  # only async clients need it; keeps `import keitaro_ext` light

        return asyncio.sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        run = self._run(request)
        while (step := run.step()) is not None:
            try:
                run.outcome = await self._do(*step)
            except Exception as exc:  # the plan decides: retry, or raise it
                run.failure = exc
        return run.result

    def _do(self, kind: str, argument: Any) -> Awaitable[Any]:
        """The awaitable of one step, awaited by the driver itself: no coroutine of ours in between."""
        if kind == SEND:
            return self._transport.handle_async_request(argument)
        return argument.aread() if kind == READ else self._sleep(argument)  # type: ignore[no-any-return]

    async def aclose(self) -> None:
        await self._transport.aclose()

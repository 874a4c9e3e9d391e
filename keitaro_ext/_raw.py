"""Raw and streamed answers: `kt.with_raw_response...` and `kt.with_streaming_response...`.

A raw call is the plain call plus the HTTP details: it raises exactly the same typed errors, and
`.parse()` returns what the plain call would have. A streamed call keeps the body unread until you
iterate it or write it to a file; error answers are still read (within the size limit) and raised.
The sync and async classes share everything but the reading itself, which Python spells differently.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Generic, TypeVar

import httpx
from keitaro_admin_client.facade import PreparedCall

from ._responses import ResponseContext, connection_error, interpret
from .errors import KeitaroError
from .redaction import scrub_chain
from .retry import Body, ResponseTooLarge, sliced

__all__ = ["APIResponse", "AsyncStreamedAPIResponse", "AsyncStreamingCall", "StreamedAPIResponse", "StreamingCall"]

T = TypeVar("T")
_HttpT = TypeVar("_HttpT", bound=httpx.Client | httpx.AsyncClient)
_CHUNK = 1024 * 1024  # what write_to reads and writes at a time


class _Answer:
    """What every answer shows of its HTTP exchange: status, headers, the (redacted) URL, the version."""

    def __init__(self, response: httpx.Response, context: ResponseContext) -> None:
        self._response = response
        self._context = context

    @property
    def status_code(self) -> int:
        return self._response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self._response.headers

    @property
    def url(self) -> httpx.URL:
        """The address called, with anything secret redacted (the key never travels in it)."""
        return httpx.URL(self._context.redact(str(self._response.request.url)))

    @property
    def http_version(self) -> str:
        version = self._response.extensions.get("http_version", b"HTTP/1.1")
        return version.decode("ascii", "replace") if isinstance(version, bytes) else str(version)


class APIResponse(_Answer, Generic[T]):
    """A success answer: `status_code`, `headers`, `url`, `elapsed`, `http_version`, the body, `.parse()`."""

    def __init__(self, response: httpx.Response, parsed: T, elapsed: float, context: ResponseContext) -> None:
        super().__init__(response, context)
        self._parsed = parsed
        self.elapsed = timedelta(seconds=elapsed)

    @property
    def content(self) -> bytes:
        return self._response.content

    @property
    def text(self) -> str:
        return self._response.text

    def json(self) -> Any:
        return self._response.json()

    def parse(self) -> T:
        """What the plain call returns: the model (parsed once, when the answer arrived)."""
        return self._parsed

    def __repr__(self) -> str:
        return f"<APIResponse [{self.status_code}] {self.url.path}>"


@contextmanager
def _atomic_file(path: str | Path) -> Iterator[IO[bytes]]:
    """A file to write `path` through: it replaces `path` whole when the block ends, or is removed."""
    target = Path(path)
    fd, temporary = tempfile.mkstemp(dir=target.parent or Path("."), prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as sink:
            yield sink
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class _Streamed(_Answer):
    def __init__(self, response: httpx.Response, prepared: PreparedCall, context: ResponseContext) -> None:
        super().__init__(response, context)
        self._prepared = prepared

    @contextmanager
    def _reading(self) -> Iterator[None]:
        """A connection lost while the body arrives is the same typed error as one lost before."""
        try:
            yield
        except httpx.RequestError as exc:
            raise connection_error(exc, self._prepared.operation, self._context) from None

    def _parsed(self) -> Any:
        return interpret(self._prepared, self._response, self._context)


class StreamedAPIResponse(_Streamed, Generic[T]):
    """A success answer whose body has not been read yet."""

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        with self._reading():
            yield from self._response.iter_bytes(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        with self._reading():
            yield from self._response.iter_lines()

    def write_to(self, path: str | Path) -> Path:
        """Stream the body into `path` in constant memory; the file appears whole or not at all."""
        with _atomic_file(path) as sink:
            for chunk in self.iter_bytes(_CHUNK):
                sink.write(chunk)
        return Path(path)

    def read(self) -> bytes:
        with self._reading():
            return self._response.read()

    def parse(self) -> T:
        self.read()
        result: T = self._parsed()
        return result


class AsyncStreamedAPIResponse(_Streamed, Generic[T]):
    """The asyncio twin of `StreamedAPIResponse`."""

    async def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        with self._reading():
            async for chunk in self._response.aiter_bytes(chunk_size):
                yield chunk

    async def iter_lines(self) -> AsyncIterator[str]:
        with self._reading():
            async for line in self._response.aiter_lines():
                yield line

    async def write_to(self, path: str | Path) -> Path:
        """Stream the body into `path` in constant memory; the file appears whole or not at all.

        Disk writes are plain blocking writes of 1 MB chunks, as fast as the network delivers them.
        """
        with _atomic_file(path) as sink:
            async for chunk in self.iter_bytes(_CHUNK):
                sink.write(chunk)
        return Path(path)

    async def read(self) -> bytes:
        with self._reading():
            return await self._response.aread()

    async def parse(self) -> T:
        await self.read()
        result: T = self._parsed()
        return result


def _is_error(response: httpx.Response) -> bool:
    return not 200 <= response.status_code < 300 or "html" in response.headers.get("content-type", "").lower()


class _Call(Generic[_HttpT]):
    """A streamed call: sent on enter, closed on exit; an error answer is read (within the limit) and raised."""

    def __init__(
        self, http: _HttpT, request: httpx.Request, prepared: PreparedCall, context: ResponseContext, limit: int | None
    ) -> None:
        self._http = http
        self._request = request
        self._prepared = prepared
        self._context = context
        self._limit = limit
        self._response: httpx.Response | None = None

    @contextmanager
    def _sending(self) -> Iterator[None]:
        """Typed errors only, and none that carries an httpx object with the key in its chain."""
        try:
            try:
                yield
            except httpx.RequestError as exc:
                raise connection_error(exc, self._prepared.operation, self._context) from None
        except KeitaroError as error:
            scrub_chain(error, self._context.redact)
            raise

    @contextmanager
    def _error_body(self, response: httpx.Response) -> Iterator[Body]:
        """Collects an error answer's body within the size limit, then raises the error it means."""
        from ._caller import too_large

        try:
            body = Body(response, self._request, self._limit, None)
            yield body
        except ResponseTooLarge as exc:
            raise too_large(exc, self._prepared, self._context) from None
        interpret(self._prepared, body.response(), self._context)


class StreamingCall(_Call[httpx.Client], Generic[T]):
    """`with kt.with_streaming_response.<tag>.<method>(...) as response:` sends on enter, closes on exit."""

    def __enter__(self) -> StreamedAPIResponse[T]:
        with self._sending():
            self._response = response = self._http.send(self._request, stream=True)
            if _is_error(response):
                with self._error_body(response) as body:
                    try:
                        for chunk in sliced(response).iter_bytes():
                            body.add(chunk)
                    finally:
                        response.close()
        return StreamedAPIResponse(response, self._prepared, self._context)

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._response is not None:
            self._response.close()


class AsyncStreamingCall(_Call[httpx.AsyncClient], Generic[T]):
    """`async with akt.with_streaming_response.<tag>.<method>(...) as response:`."""

    async def __aenter__(self) -> AsyncStreamedAPIResponse[T]:
        with self._sending():
            self._response = response = await self._http.send(self._request, stream=True)
            if _is_error(response):
                with self._error_body(response) as body:
                    try:
                        async for chunk in sliced(response).aiter_bytes():
                            body.add(chunk)
                    finally:
                        await response.aclose()
        return AsyncStreamedAPIResponse(response, self._prepared, self._context)

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._response is not None:
            await self._response.aclose()

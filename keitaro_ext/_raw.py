"""Raw and streamed answers: `kt.with_raw_response...` and `kt.with_streaming_response...`.

A raw call is the plain call plus the HTTP details: it raises exactly the same typed errors, and
`.parse()` returns what the plain call would have. A streamed call keeps the body unread until you
iterate it or write it to a file; error answers are still read (within the size limit) and raised.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import AsyncIterator, Iterator
from datetime import timedelta
from pathlib import Path
from types import TracebackType
from typing import Any, Generic, TypeVar

import httpx
from keitaro_admin_client.facade import PreparedCall

from ._responses import ResponseContext, connection_error, interpret
from .errors import KeitaroError
from .redaction import scrub_chain
from .retry import Body, ResponseTooLarge, sliced

__all__ = ["APIResponse", "AsyncStreamedAPIResponse", "AsyncStreamingCall", "StreamedAPIResponse", "StreamingCall"]

T = TypeVar("T")


def _http_version(response: httpx.Response) -> str:
    version = response.extensions.get("http_version", b"HTTP/1.1")
    return version.decode("ascii", "replace") if isinstance(version, bytes) else str(version)


def _url(response: httpx.Response, context: ResponseContext) -> httpx.URL:
    return httpx.URL(context.redact(str(response.request.url)))


class APIResponse(Generic[T]):
    """A success answer: `status_code`, `headers`, `url`, `elapsed`, `http_version`, the body, `.parse()`."""

    def __init__(self, response: httpx.Response, parsed: T, elapsed: float, context: ResponseContext) -> None:
        self._response = response
        self._parsed = parsed
        self._context = context
        self.elapsed = timedelta(seconds=elapsed)

    @property
    def status_code(self) -> int:
        return self._response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self._response.headers

    @property
    def url(self) -> httpx.URL:
        """The address called, with anything secret redacted (the key never travels in it)."""
        return _url(self._response, self._context)

    @property
    def http_version(self) -> str:
        return _http_version(self._response)

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


def _atomic_target(path: str | Path) -> tuple[Path, int, str]:
    target = Path(path)
    fd, temporary = tempfile.mkstemp(dir=target.parent or Path("."), prefix=f".{target.name}.", suffix=".part")
    return target, fd, temporary


class _StreamedBase:
    def __init__(self, response: httpx.Response, prepared: PreparedCall, context: ResponseContext) -> None:
        self._response = response
        self._prepared = prepared
        self._context = context

    @property
    def status_code(self) -> int:
        return self._response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self._response.headers

    @property
    def url(self) -> httpx.URL:
        return _url(self._response, self._context)

    @property
    def http_version(self) -> str:
        return _http_version(self._response)

    def _failed(self, exc: httpx.RequestError) -> Exception:
        return connection_error(exc, self._prepared.operation, self._context)


class StreamedAPIResponse(_StreamedBase, Generic[T]):
    """A success answer whose body has not been read yet."""

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        try:
            yield from self._response.iter_bytes(chunk_size)
        except httpx.RequestError as exc:
            raise self._failed(exc) from None

    def iter_lines(self) -> Iterator[str]:
        try:
            yield from self._response.iter_lines()
        except httpx.RequestError as exc:
            raise self._failed(exc) from None

    def write_to(self, path: str | Path) -> Path:
        """Stream the body into `path` in constant memory; the file appears whole or not at all."""
        target, fd, temporary = _atomic_target(path)
        try:
            with os.fdopen(fd, "wb") as sink:
                for chunk in self.iter_bytes(1024 * 1024):
                    sink.write(chunk)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return target

    def read(self) -> bytes:
        try:
            return self._response.read()
        except httpx.RequestError as exc:
            raise self._failed(exc) from None

    def parse(self) -> T:
        self.read()
        result: T = interpret(self._prepared, self._response, self._context)
        return result


class AsyncStreamedAPIResponse(_StreamedBase, Generic[T]):
    """The asyncio twin of `StreamedAPIResponse`."""

    async def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._response.aiter_bytes(chunk_size):
                yield chunk
        except httpx.RequestError as exc:
            raise self._failed(exc) from None

    async def iter_lines(self) -> AsyncIterator[str]:
        try:
            async for line in self._response.aiter_lines():
                yield line
        except httpx.RequestError as exc:
            raise self._failed(exc) from None

    async def write_to(self, path: str | Path) -> Path:
        """Stream the body into `path` in constant memory; the file appears whole or not at all.

        Disk writes are plain blocking writes of 1 MB chunks, as fast as the network delivers them.
        """
        target, fd, temporary = _atomic_target(path)
        try:
            with os.fdopen(fd, "wb") as sink:
                async for chunk in self.iter_bytes(1024 * 1024):
                    sink.write(chunk)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return target

    async def read(self) -> bytes:
        try:
            return await self._response.aread()
        except httpx.RequestError as exc:
            raise self._failed(exc) from None

    async def parse(self) -> T:
        await self.read()
        result: T = interpret(self._prepared, self._response, self._context)
        return result


def _is_error(response: httpx.Response) -> bool:
    return not 200 <= response.status_code < 300 or "html" in response.headers.get("content-type", "").lower()


class StreamingCall(Generic[T]):
    """`with kt.with_streaming_response.<tag>.<method>(...) as response:` sends on enter, closes on exit."""

    def __init__(
        self,
        http: httpx.Client,
        request: httpx.Request,
        prepared: PreparedCall,
        context: ResponseContext,
        limit: int | None,
    ) -> None:
        self._http = http
        self._request = request
        self._prepared = prepared
        self._context = context
        self._limit = limit
        self._response: httpx.Response | None = None

    def __enter__(self) -> StreamedAPIResponse[T]:
        try:
            return self._enter()
        except KeitaroError as error:
            scrub_chain(error, self._context.redact)  # no httpx object with the key in __context__
            raise

    def _enter(self) -> StreamedAPIResponse[T]:
        from ._caller import too_large

        try:
            response = self._http.send(self._request, stream=True)
        except httpx.RequestError as exc:
            raise connection_error(exc, self._prepared.operation, self._context) from None
        self._response = response
        if _is_error(response):
            try:
                body = Body(response, self._request, self._limit, None)
                for chunk in sliced(response).iter_bytes():
                    body.add(chunk)
            except ResponseTooLarge as exc:
                raise too_large(exc, self._prepared, self._context) from None
            except httpx.RequestError as exc:
                raise connection_error(exc, self._prepared.operation, self._context) from None
            finally:
                response.close()
            interpret(self._prepared, body.response(), self._context)
        return StreamedAPIResponse(response, self._prepared, self._context)

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._response is not None:
            self._response.close()


class AsyncStreamingCall(Generic[T]):
    """`async with akt.with_streaming_response.<tag>.<method>(...) as response:`."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        request: httpx.Request,
        prepared: PreparedCall,
        context: ResponseContext,
        limit: int | None,
    ) -> None:
        self._http = http
        self._request = request
        self._prepared = prepared
        self._context = context
        self._limit = limit
        self._response: httpx.Response | None = None

    async def __aenter__(self) -> AsyncStreamedAPIResponse[T]:
        try:
            return await self._aenter()
        except KeitaroError as error:
            scrub_chain(error, self._context.redact)  # no httpx object with the key in __context__
            raise

    async def _aenter(self) -> AsyncStreamedAPIResponse[T]:
        from ._caller import too_large

        try:
            response = await self._http.send(self._request, stream=True)
        except httpx.RequestError as exc:
            raise connection_error(exc, self._prepared.operation, self._context) from None
        self._response = response
        if _is_error(response):
            try:
                body = Body(response, self._request, self._limit, None)
                async for chunk in sliced(response).aiter_bytes():
                    body.add(chunk)
            except ResponseTooLarge as exc:
                raise too_large(exc, self._prepared, self._context) from None
            except httpx.RequestError as exc:
                raise connection_error(exc, self._prepared.operation, self._context) from None
            finally:
                await response.aclose()
            interpret(self._prepared, body.response(), self._context)
        return AsyncStreamedAPIResponse(response, self._prepared, self._context)

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._response is not None:
            await self._response.aclose()

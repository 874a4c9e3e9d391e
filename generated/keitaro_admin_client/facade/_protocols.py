"""What the generated resource classes need from whoever runs their requests.

The facade only prepares calls (operation, httpx request arguments, parser, per-call options); a
caller supplied by the handwritten layer sends them, with auth, retries and typed errors. Callers
differ in what they hand back: the model, a batch handle, a raw response, a streamed response.
Hand-written: scripts/gen_facade.py copies openapi/runtime/_protocols.py here as it is; edit it there.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, NamedTuple, Protocol, TypeVar

import httpx

from ..types import UNSET, DecodeError, InvalidArgumentError, unknown_near_misses

T_co = TypeVar("T_co", covariant=True)


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation of the spec, as the runtime needs to know it."""

    operation_id: str
    tag: str
    name: str
    method: str
    path: str
    retry_safe: bool
    success_status: int
    summary: str
    accept: str = "application/json"
    answers: tuple[str, ...] = ()  # x-keitaro-answers: "object", "one-item-list", "empty"
    json_strings: tuple[str, ...] = ()  # fields of the answer that may arrive as JSON text


class RequestOptions(NamedTuple):
    """Per-call options: None means "as the client is configured"."""

    timeout: float | httpx.Timeout | None = None
    max_retries: int | None = None
    extra_headers: Mapping[str, str] | None = None


NO_OPTIONS = RequestOptions()


class PreparedCall(NamedTuple):
    """A request ready to send, the generated parser for its success answer, and the call's options."""

    operation: Operation
    request: dict[str, Any]
    parse: Callable[[httpx.Response], Any]
    options: RequestOptions = NO_OPTIONS


class SyncCaller(Protocol):
    def call(self, prepared: PreparedCall) -> Any: ...


class AsyncCaller(Protocol):
    async def call(self, prepared: PreparedCall) -> Any: ...


class BatchHandle(Protocol[T_co]):
    """The future result of one call recorded in a batch."""

    def result(self) -> T_co: ...


class BatchCaller(Protocol):
    def call(self, prepared: PreparedCall) -> BatchHandle[Any]: ...


class RawResponse(Protocol[T_co]):
    """A success answer with its HTTP details; `parse()` gives what the plain call returns."""

    @property
    def status_code(self) -> int: ...
    @property
    def headers(self) -> httpx.Headers: ...
    @property
    def url(self) -> httpx.URL: ...
    @property
    def elapsed(self) -> timedelta: ...
    @property
    def http_version(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def content(self) -> bytes: ...
    def json(self) -> Any: ...
    def parse(self) -> T_co: ...


class StreamedResponse(Protocol[T_co]):
    """A success answer whose body is read as you go."""

    @property
    def status_code(self) -> int: ...
    @property
    def headers(self) -> httpx.Headers: ...
    @property
    def url(self) -> httpx.URL: ...
    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]: ...
    def iter_lines(self) -> Iterator[str]: ...
    def write_to(self, path: str | Path) -> Path: ...
    def read(self) -> bytes: ...
    def parse(self) -> T_co: ...


class AsyncStreamedResponse(Protocol[T_co]):
    """The asyncio twin of `StreamedResponse`."""

    @property
    def status_code(self) -> int: ...
    @property
    def headers(self) -> httpx.Headers: ...
    @property
    def url(self) -> httpx.URL: ...
    def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]: ...
    def iter_lines(self) -> AsyncIterator[str]: ...
    async def write_to(self, path: str | Path) -> Path: ...
    async def read(self) -> bytes: ...
    async def parse(self) -> T_co: ...


class RawCaller(Protocol):
    def call(self, prepared: PreparedCall) -> RawResponse[Any]: ...


class AsyncRawCaller(Protocol):
    async def call(self, prepared: PreparedCall) -> RawResponse[Any]: ...


class StreamingCaller(Protocol):
    def call(self, prepared: PreparedCall) -> AbstractContextManager[StreamedResponse[Any]]: ...


class AsyncStreamingCaller(Protocol):
    def call(self, prepared: PreparedCall) -> AbstractAsyncContextManager[AsyncStreamedResponse[Any]]: ...


def payload(fields: dict[str, Any], extra_body: Mapping[str, Any] | None) -> dict[str, Any]:
    """JSON-ready body from keyword arguments: unset fields dropped, models turned into dicts."""
    body = {key: _plain(value) for key, value in fields.items() if not _is_unset(value)}
    if extra_body:
        body.update(extra_body)
    return body


def build_body(
    model: Any, fields: dict[str, Any], extra_body: Mapping[str, Any] | None, allow_unknown: bool, where: str
) -> Any:
    """The request body model, checked before anything is sent.

    Arguments are decoded by the model itself, so a wrong type or a missing field anywhere in a
    nested dict becomes `InvalidArgumentError` naming its path. `extra_body` is sent as given (it is
    the way to send what this SDK does not model), but a key one edit away from a known field is
    taken for a typo and refused unless `allow_unknown=True`; the same holds for nested dicts.
    """
    data = {key: _plain(value) for key, value in fields.items() if not _is_unset(value)}
    try:
        body = model.from_dict(data)
    except DecodeError as exc:
        raise InvalidArgumentError(f"{where}: {exc}. Nothing was sent.", path=exc.path) from None
    if extra_body is not None:
        if not isinstance(extra_body, Mapping):
            raise InvalidArgumentError(f"{where}: extra_body must be a mapping, got {type(extra_body).__name__}.")
        for key, value in extra_body.items():
            attr = model._fields.get(key)
            if attr is not None:
                setattr(body, attr, UNSET)  # extra_body wins over the typed argument
            body.additional_properties[key] = _plain(value)
    if not allow_unknown:
        misses = unknown_near_misses(body)
        if misses:
            path, near = misses[0]
            raise InvalidArgumentError(
                f"{where}: unknown field {path!r} (did you mean {near!r}?). Nothing was sent; pass "
                "allow_unknown=True to send it as given.",
                path=path,
            )
    return body


def with_query(request: dict[str, Any], extra_query: Mapping[str, Any] | None) -> dict[str, Any]:
    """`request` with `extra_query` added to (and overriding) its query parameters."""
    if extra_query:
        request["params"] = {**(request.get("params") or {}), **extra_query}
    return request


def _is_unset(value: Any) -> bool:
    return type(value).__name__ == "Unset"


def _plain(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, tuple):  # kept a tuple, so a tuple where a model is wanted is named as such
        return tuple(_plain(item) for item in value)
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items()}
    return value

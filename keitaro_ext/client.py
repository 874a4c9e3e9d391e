"""Keitaro and AsyncKeitaro: one configured, pooled connection to a tracker, with every API tag as a namespace.

Both are `_ClientBase`, which holds the constructor, `with_options`, the raw and streaming views
and `batch`; a `_Flavour` names the sync or async classes it builds them from. What stays per
class is what Python itself spells differently: `request`, closing and the context manager.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Self, TypeVar, Unpack, overload

import httpx
from keitaro_admin_client.facade import (
    AsyncRawNamespaces,
    AsyncStreamingNamespaces,
    RawNamespaces,
    StreamingNamespaces,
)

from ._adhoc import RequestArguments, prepare_request
from ._caller import (
    AsyncHTTPCaller,
    AsyncRawHTTPCaller,
    AsyncStreamingHTTPCaller,
    CallOptions,
    HTTPCaller,
    RawHTTPCaller,
    StreamingHTTPCaller,
    check_headers,
    check_retries,
)
from ._http import ASYNC, SYNC, Network, VerifyTypes, parse_cookies_when_set
from ._log import configure_from_environment
from ._responses import ResponseContext
from .auth import KeitaroAuth
from .batch.options import DEFAULT_CHUNK_SIZE, DEFAULT_CONCURRENCY, BatchMode, BatchOptions
from .config import AuthScheme, Settings, check_dialect, to_timeout, tracker_zone
from .errors import ConfigurationError
from .resources.namespaces import AsyncClientNamespaces, ClientNamespaces
from .retry import DEFAULT_MAX_RESPONSE_SIZE, RetryPolicy
from .sync.methods import AsyncSyncMethods, SyncMethods

if TYPE_CHECKING:
    from .batch import AsyncBatch, Batch
    from .reports.query import Dialect

__all__ = ["AsyncKeitaro", "Keitaro"]

T = TypeVar("T")
_HttpT = TypeVar("_HttpT", bound=httpx.Client | httpx.AsyncClient)
_TransportT = TypeVar("_TransportT", bound=httpx.BaseTransport | httpx.AsyncBaseTransport)
_CallerT = TypeVar("_CallerT", bound=HTTPCaller | AsyncHTTPCaller)
_RawT = TypeVar("_RawT")
_StreamT = TypeVar("_StreamT")
_BatchT = TypeVar("_BatchT")


def _check_size(limit: int | None) -> int | None:
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit <= 0):
        raise ConfigurationError(f"max_response_size must be a positive number of bytes or None, got {limit!r}.")
    return limit


def _retry_policy(policy: RetryPolicy | None, max_retries: int | None) -> RetryPolicy:
    """The policy to use: `max_retries` (default 2) wins over the policy's own budget when both are given."""
    policy = policy or RetryPolicy()
    return policy if max_retries is None else dataclasses.replace(policy, max_retries=max_retries)


# What a `with_options` clone shares with its client: settings, auth, answer reading, the pool, the policy.
_SHARED = (
    "_settings",
    "_auth",
    "_context",
    "_max_response_size",
    "_report_dialect",
    "_tracker_zone",
    "_retry_policy",
    "_http",
)


class _View:
    """Every generated namespace over one caller: what `with_raw_response` and `with_streaming_response` are."""

    _calls: ClassVar[Callable[..., Any]]  # the caller class the view's namespaces talk to

    def __init__(self, http: Any, context: ResponseContext, options: CallOptions) -> None:
        self._caller = self._calls(http, context, options)


class RawClient(_View, RawNamespaces):
    """`kt.with_raw_response`: every generated method, returning `APIResponse[Model]`."""

    _calls = RawHTTPCaller


class StreamingClient(_View, StreamingNamespaces):
    """`kt.with_streaming_response`: every generated method as a context manager over the unread answer."""

    _calls = StreamingHTTPCaller


class AsyncRawClient(_View, AsyncRawNamespaces):
    """`akt.with_raw_response`: every generated method, awaited, returning `APIResponse[Model]`."""

    _calls = AsyncRawHTTPCaller


class AsyncStreamingClient(_View, AsyncStreamingNamespaces):
    """`akt.with_streaming_response`: every generated method as an async context manager."""

    _calls = AsyncStreamingHTTPCaller


def _batch(caller: HTTPCaller, options: BatchOptions) -> Batch:
    from .batch.sync import Batch  # loaded on first use: most programs never batch

    return Batch(caller, options)


def _async_batch(caller: AsyncHTTPCaller, options: BatchOptions) -> AsyncBatch:
    from .batch.aio import AsyncBatch

    return AsyncBatch(caller, options)


# A pooled httpx client, how answers are read, and the call options: what every caller is made of.
_Pool = Callable[[Any, ResponseContext, CallOptions], T]


@dataclass(frozen=True)
class _Flavour(Generic[_HttpT, _TransportT, _CallerT, _RawT, _StreamT, _BatchT]):
    """The classes a sync or an async client is built from; how they are put together is `_ClientBase`."""

    network: Network[_HttpT, _TransportT]
    caller: _Pool[_CallerT]
    views: tuple[_Pool[_RawT], _Pool[_StreamT]]  # with_raw_response, with_streaming_response
    batch: Callable[[_CallerT, BatchOptions], _BatchT]
    wrong_client: str  # what the http_client= error says besides the class given


_SYNC: _Flavour[httpx.Client, httpx.BaseTransport, HTTPCaller, RawClient, StreamingClient, Batch] = _Flavour(
    network=SYNC,
    caller=HTTPCaller,
    views=(RawClient, StreamingClient),
    batch=_batch,
    wrong_client="an httpx.Client (use AsyncKeitaro for an httpx.AsyncClient)",
)
_ASYNC: _Flavour[
    httpx.AsyncClient, httpx.AsyncBaseTransport, AsyncHTTPCaller, AsyncRawClient, AsyncStreamingClient, AsyncBatch
] = _Flavour(
    network=ASYNC,
    caller=AsyncHTTPCaller,
    views=(AsyncRawClient, AsyncStreamingClient),
    batch=_async_batch,
    wrong_client="an httpx.AsyncClient (use Keitaro for an httpx.Client)",
)


class _ClientBase(Generic[_HttpT, _TransportT, _CallerT, _RawT, _StreamT, _BatchT]):
    """What the sync and async clients share: settings, auth, the pool, options, views and their repr."""

    _flavour: _Flavour[_HttpT, _TransportT, _CallerT, _RawT, _StreamT, _BatchT]
    _settings: Settings
    _auth: KeitaroAuth
    _context: ResponseContext
    _options: CallOptions
    _owns_http: bool
    _http: _HttpT
    _caller: _CallerT

    def __init__(
        self,
        base_url: str | None = None,
        api_key: str | None = None,
        *,
        auth: AuthScheme = "api_key",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        user_agent: str | None = None,
        report_dialect: Dialect = "grouping",
        tracker_timezone: str | None = None,
        transport: _TransportT | None = None,
        http_client: _HttpT | None = None,
        verify: VerifyTypes | None = None,
        proxy: str | httpx.Proxy | None = None,
        trust_env: bool = True,
        default_headers: Mapping[str, str] | None = None,
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
        retry_policy: RetryPolicy | None = None,
    ) -> None:
        flavour = self._flavour
        if http_client is not None and not isinstance(http_client, flavour.network.client):
            raise ConfigurationError(f"http_client must be {flavour.wrong_client}, got {http_client!r}.")
        self._retry_policy = policy = _retry_policy(retry_policy, max_retries)  # also paces the lake sync's retries
        configure_from_environment()
        self._settings = settings = Settings.resolve(
            base_url, api_key, auth=auth, timeout=timeout, max_retries=policy.max_retries, user_agent=user_agent
        )
        self._auth = KeitaroAuth(settings.api_key, settings.auth)
        self._max_response_size = _check_size(max_response_size)
        self._options = CallOptions(
            timeout=settings.timeout,
            max_retries=settings.max_retries,
            headers=check_headers(default_headers, "default_headers"),
            max_response_size=self._max_response_size,
        )
        self._context = ResponseContext(base_url=settings.base_url, auth_scheme=settings.auth, redact=self._auth.redact)
        self._owns_http = True
        self._report_dialect = check_dialect(report_dialect, setting="report_dialect", error=ConfigurationError)
        self._tracker_zone = tracker_zone(tracker_timezone)
        inner = flavour.network.layer(transport, http_client, verify=verify, proxy=proxy, trust_env=trust_env)
        retrying = flavour.network.retry(
            inner, policy, base_url=httpx.URL(settings.base_url), max_response_size=self._max_response_size
        )
        pooled: Callable[..., _HttpT] = flavour.network.client  # mypy checks a bound type[...] per member
        self._http = pooled(
            transport=retrying,
            auth=self._auth,
            base_url=settings.base_url,
            timeout=settings.timeout,
            headers={"User-Agent": settings.user_agent, "Accept": "application/json"},
            follow_redirects=False,
            trust_env=False,  # the network layer under the retry transport reads the environment
        )
        parse_cookies_when_set(self._http)
        self._caller = flavour.caller(self._http, self._context, self._options)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A client sharing this one's connections, with another timeout, retry budget or extra headers."""
        if max_retries is not None:
            check_retries(max_retries)
        # Built explicitly: the settings and the pool are shared, the options are the clone's own, and
        # nothing cached on the original (namespaces bound to its caller) is carried over.
        clone = object.__new__(type(self))
        for name in _SHARED:
            setattr(clone, name, getattr(self, name))
        headers = dict(self._options.headers)
        headers.update(check_headers(default_headers, "default_headers"))
        clone._options = dataclasses.replace(
            self._options,
            timeout=to_timeout(timeout) if timeout is not None else self._options.timeout,
            max_retries=self._options.max_retries if max_retries is None else max_retries,
            headers=headers,
        )
        clone._owns_http = False
        clone._caller = self._flavour.caller(self._http, self._context, clone._options)
        return clone

    @cached_property
    def with_raw_response(self) -> _RawT:
        """`kt.with_raw_response.<tag>.<method>(...)` returns an `APIResponse` (status, headers, `.parse()`).

        On AsyncKeitaro the call is awaited: `await akt.with_raw_response.<tag>.<method>(...)`.
        """
        return self._flavour.views[0](self._http, self._context, self._options)

    @cached_property
    def with_streaming_response(self) -> _StreamT:
        """`with kt.with_streaming_response.<tag>.<method>(...) as response:` leaves the body unread.

        On AsyncKeitaro: `async with akt.with_streaming_response.<tag>.<method>(...) as response:`.
        """
        return self._flavour.views[1](self._http, self._context, self._options)

    def batch(
        self,
        mode: BatchMode = "concurrent",
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
    ) -> _BatchT:
        """Record calls made on `batch.<tag>.<method>(...)`; leaving `with kt.batch() as batch:` sends them.

        On AsyncKeitaro the block is `async with akt.batch() as batch:`. Modes and what may be sent
        again are in `keitaro_ext.batch`.
        """
        return self._flavour.batch(self._caller, BatchOptions(mode, concurrency, chunk_size))

    @property
    def base_url(self) -> str:
        """The Admin API root every path is relative to, e.g. https://tracker.example.com/admin_api/v1."""
        return self._settings.base_url

    @property
    def auth_scheme(self) -> AuthScheme:
        return self._settings.auth

    @property
    def max_retries(self) -> int:
        return self._options.max_retries

    @property
    def timeout(self) -> httpx.Timeout:
        return self._options.timeout

    @property
    def default_headers(self) -> dict[str, str]:
        """Headers added to every call of this client (besides User-Agent, Accept and the auth header)."""
        return dict(self._options.headers)

    @property
    def max_response_size(self) -> int | None:
        return self._max_response_size

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, auth={self.auth_scheme!r}, "
            f"max_retries={self.max_retries})"
        )


class Keitaro(
    _ClientBase[httpx.Client, httpx.BaseTransport, HTTPCaller, RawClient, StreamingClient, "Batch"],
    ClientNamespaces,
    SyncMethods,
):
    """A client for one tracker. Thread-safe; make one and reuse it (it keeps a connection pool).

    `base_url` and `api_key` default to the KEITARO_URL and KEITARO_API_KEY environment variables.
    `max_retries` defaults to 2; `retry_policy` tunes the backoff (and the budget, when `max_retries`
    is not given). `timeout` is the deadline of a whole call, retries and their waits included.
    Network: `http_client=` (your configured httpx.Client) or `transport=`, else `proxy=`/`verify=`
    and, with `trust_env=True`, HTTP(S)_PROXY, NO_PROXY and SSL_CERT_FILE exactly as httpx reads them.
    `tracker_timezone` (an IANA name) is the tracker's own zone: report and log datetimes of ranges
    that name no zone are made aware in it (they stay naive without it).
    """

    _flavour = _SYNC
    _caller: HTTPCaller

    @overload
    def request(self, method: str, path: str, *, cast_to: None = None, **options: Unpack[RequestArguments]) -> Any: ...
    @overload
    def request(self, method: str, path: str, *, cast_to: type[T], **options: Unpack[RequestArguments]) -> T: ...
    def request(
        self, method: str, path: str, *, cast_to: type[Any] | None = None, **options: Unpack[RequestArguments]
    ) -> Any:
        """Call any Admin API path, e.g. `kt.request("GET", "/domains/ip")`, with auth, retries and typed errors.

        Returns the JSON answer (None for an empty body), or `cast_to.from_dict(json)`, bytes or str.
        `options` are `params=`, `json=`, `retry_safe=`, `extra_headers=`, `timeout=` and `max_retries=`.
        """
        return self._caller.call(prepare_request(method, path, cast_to=cast_to, **options))

    def close(self) -> None:
        """Close the connection pool (clients made by `with_options` share it and leave it open)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncKeitaro(
    _ClientBase[
        httpx.AsyncClient, httpx.AsyncBaseTransport, AsyncHTTPCaller, AsyncRawClient, AsyncStreamingClient, "AsyncBatch"
    ],
    AsyncClientNamespaces,
    AsyncSyncMethods,
):
    """The asyncio twin of `Keitaro`: same arguments, same namespaces, awaitable methods."""

    _flavour = _ASYNC
    _caller: AsyncHTTPCaller

    @overload
    async def request(
        self, method: str, path: str, *, cast_to: None = None, **options: Unpack[RequestArguments]
    ) -> Any: ...
    @overload
    async def request(self, method: str, path: str, *, cast_to: type[T], **options: Unpack[RequestArguments]) -> T: ...
    async def request(
        self, method: str, path: str, *, cast_to: type[Any] | None = None, **options: Unpack[RequestArguments]
    ) -> Any:
        """The asyncio twin of `Keitaro.request`."""
        return await self._caller.call(prepare_request(method, path, cast_to=cast_to, **options))

    async def aclose(self) -> None:
        """Close the connection pool (clients made by `with_options` share it and leave it open)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

"""Keitaro and AsyncKeitaro: one configured, pooled connection to a tracker, with every API tag as a namespace."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar, overload

import httpx
from keitaro_admin_client.facade import (
    AsyncRawNamespaces,
    AsyncStreamingNamespaces,
    RawNamespaces,
    StreamingNamespaces,
)

from ._adhoc import prepare_request
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
from ._http import VerifyTypes, async_network, sync_network
from ._log import configure_from_environment
from ._responses import ResponseContext
from .auth import KeitaroAuth
from .batch.options import DEFAULT_CHUNK_SIZE, DEFAULT_CONCURRENCY, BatchMode, BatchOptions
from .config import AuthScheme, Settings, check_dialect, to_timeout, tracker_zone
from .errors import ConfigurationError
from .resources.namespaces import AsyncClientNamespaces, ClientNamespaces
from .retry import DEFAULT_MAX_RESPONSE_SIZE, AsyncRetryTransport, RetryPolicy, RetryTransport
from .sync.methods import AsyncSyncMethods, SyncMethods

if TYPE_CHECKING:
    from .batch import AsyncBatch, Batch
    from .reports.query import Dialect

__all__ = ["AsyncKeitaro", "Keitaro"]

T = TypeVar("T")


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


class RawClient(RawNamespaces):
    """`kt.with_raw_response`: every generated method, returning `APIResponse[Model]`."""

    def __init__(self, caller: RawHTTPCaller) -> None:
        self._caller = caller


class StreamingClient(StreamingNamespaces):
    """`kt.with_streaming_response`: every generated method as a context manager over the unread answer."""

    def __init__(self, caller: StreamingHTTPCaller) -> None:
        self._caller = caller


class AsyncRawClient(AsyncRawNamespaces):
    def __init__(self, caller: AsyncRawHTTPCaller) -> None:
        self._caller = caller


class AsyncStreamingClient(AsyncStreamingNamespaces):
    def __init__(self, caller: AsyncStreamingHTTPCaller) -> None:
        self._caller = caller


class _KeitaroBase:
    """What the sync and async clients share: settings, auth, options and their repr."""

    _settings: Settings
    _auth: KeitaroAuth
    _context: ResponseContext
    _options: CallOptions
    _owns_http: bool

    def _configure(
        self,
        base_url: str | None,
        api_key: str | None,
        *,
        auth: AuthScheme,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        user_agent: str | None,
        default_headers: Mapping[str, str] | None,
        max_response_size: int | None,
    ) -> None:
        configure_from_environment()
        self._settings = Settings.resolve(
            base_url, api_key, auth=auth, timeout=timeout, max_retries=max_retries, user_agent=user_agent
        )
        self._auth = KeitaroAuth(self._settings.api_key, self._settings.auth)
        self._max_response_size = _check_size(max_response_size)
        self._options = CallOptions(
            timeout=self._settings.timeout,
            max_retries=self._settings.max_retries,
            headers=check_headers(default_headers, "default_headers"),
            max_response_size=self._max_response_size,
        )
        self._context = ResponseContext(
            base_url=self._settings.base_url, auth_scheme=self._settings.auth, redact=self._auth.redact
        )
        self._owns_http = True

    def _client_arguments(self) -> dict[str, Any]:
        return {
            "base_url": self._settings.base_url,
            "auth": self._auth,
            "timeout": self._settings.timeout,
            "headers": {"User-Agent": self._settings.user_agent, "Accept": "application/json"},
            "follow_redirects": False,
            "trust_env": False,  # the network layer under the retry transport reads the environment
        }

    def _derive(
        self,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        default_headers: Mapping[str, str] | None,
    ) -> Self:
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
        return clone

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


class Keitaro(_KeitaroBase, ClientNamespaces, SyncMethods):
    """A client for one tracker. Thread-safe; make one and reuse it (it keeps a connection pool).

    `base_url` and `api_key` default to the KEITARO_URL and KEITARO_API_KEY environment variables.
    `max_retries` defaults to 2; `retry_policy` tunes the backoff (and the budget, when `max_retries`
    is not given). `timeout` is the deadline of a whole call, retries and their waits included.
    Network: `http_client=` (your configured httpx.Client) or `transport=`, else `proxy=`/`verify=`
    and, with `trust_env=True`, HTTP(S)_PROXY, NO_PROXY and SSL_CERT_FILE exactly as httpx reads them.
    `tracker_timezone` (an IANA name) is the tracker's own zone: report and log datetimes of ranges
    that name no zone are made aware in it (they stay naive without it).
    """

    _caller: HTTPCaller

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
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
        verify: VerifyTypes | None = None,
        proxy: str | httpx.Proxy | None = None,
        trust_env: bool = True,
        default_headers: Mapping[str, str] | None = None,
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
        retry_policy: RetryPolicy | None = None,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise ConfigurationError(
                f"http_client must be an httpx.Client (use AsyncKeitaro for an httpx.AsyncClient), got {http_client!r}."
            )
        policy = _retry_policy(retry_policy, max_retries)
        self._retry_policy = policy  # also paces the lake sync's per-day retries
        self._configure(
            base_url,
            api_key,
            auth=auth,
            timeout=timeout,
            max_retries=policy.max_retries,
            user_agent=user_agent,
            default_headers=default_headers,
            max_response_size=max_response_size,
        )
        self._report_dialect = check_dialect(report_dialect, setting="report_dialect", error=ConfigurationError)
        self._tracker_zone = tracker_zone(tracker_timezone)
        inner = sync_network(transport, http_client, verify=verify, proxy=proxy, trust_env=trust_env)
        wrapped = RetryTransport(
            inner,
            policy,
            base_url=httpx.URL(self._settings.base_url),
            max_response_size=self._max_response_size,
        )
        self._http = httpx.Client(transport=wrapped, **self._client_arguments())
        self._caller = HTTPCaller(self._http, self._context, self._options)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> Keitaro:
        """A client sharing this one's connections, with another timeout, retry budget or extra headers."""
        clone = self._derive(timeout, max_retries, default_headers)
        clone._caller = HTTPCaller(self._http, self._context, clone._options)
        return clone

    @cached_property
    def with_raw_response(self) -> RawClient:
        """`kt.with_raw_response.<tag>.<method>(...)` returns an `APIResponse` (status, headers, `.parse()`)."""
        return RawClient(RawHTTPCaller(self._http, self._context, self._options))

    @cached_property
    def with_streaming_response(self) -> StreamingClient:
        """`with kt.with_streaming_response.<tag>.<method>(...) as response:` leaves the body unread."""
        return StreamingClient(StreamingHTTPCaller(self._http, self._context, self._options))

    @overload
    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = ...,
        json: Any = ...,
        cast_to: None = ...,
        retry_safe: bool | None = ...,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | None = ...,
        max_retries: int | None = ...,
    ) -> Any: ...

    @overload
    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = ...,
        json: Any = ...,
        cast_to: type[T],
        retry_safe: bool | None = ...,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | None = ...,
        max_retries: int | None = ...,
    ) -> T: ...

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        cast_to: type[Any] | None = None,
        retry_safe: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """Call any Admin API path, e.g. `kt.request("GET", "/domains/ip")`, with auth, retries and typed errors.

        Returns the JSON answer (None for an empty body), or `cast_to.from_dict(json)`, bytes or str.
        """
        prepared = prepare_request(
            method,
            path,
            params=params,
            json=json,
            cast_to=cast_to,
            retry_safe=retry_safe,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._caller.call(prepared)

    def batch(
        self,
        mode: BatchMode = "concurrent",
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
    ) -> Batch:
        """Record calls made on `batch.<tag>.<method>(...)`; leaving `with kt.batch() as batch:` sends them.

        Modes and what may be sent again are in `keitaro_ext.batch`.
        """
        from .batch.sync import Batch

        return Batch(self._caller, BatchOptions(mode, concurrency, chunk_size))

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


class AsyncKeitaro(_KeitaroBase, AsyncClientNamespaces, AsyncSyncMethods):
    """The asyncio twin of `Keitaro`: same arguments, same namespaces, awaitable methods."""

    _caller: AsyncHTTPCaller

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
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        verify: VerifyTypes | None = None,
        proxy: str | httpx.Proxy | None = None,
        trust_env: bool = True,
        default_headers: Mapping[str, str] | None = None,
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
        retry_policy: RetryPolicy | None = None,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise ConfigurationError(
                f"http_client must be an httpx.AsyncClient (use Keitaro for an httpx.Client), got {http_client!r}."
            )
        policy = _retry_policy(retry_policy, max_retries)
        self._retry_policy = policy  # also paces the lake sync's per-day retries
        self._configure(
            base_url,
            api_key,
            auth=auth,
            timeout=timeout,
            max_retries=policy.max_retries,
            user_agent=user_agent,
            default_headers=default_headers,
            max_response_size=max_response_size,
        )
        self._report_dialect = check_dialect(report_dialect, setting="report_dialect", error=ConfigurationError)
        self._tracker_zone = tracker_zone(tracker_timezone)
        inner = async_network(transport, http_client, verify=verify, proxy=proxy, trust_env=trust_env)
        wrapped = AsyncRetryTransport(
            inner,
            policy,
            base_url=httpx.URL(self._settings.base_url),
            max_response_size=self._max_response_size,
        )
        self._http = httpx.AsyncClient(transport=wrapped, **self._client_arguments())
        self._caller = AsyncHTTPCaller(self._http, self._context, self._options)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> AsyncKeitaro:
        """A client sharing this one's connections, with another timeout, retry budget or extra headers."""
        clone = self._derive(timeout, max_retries, default_headers)
        clone._caller = AsyncHTTPCaller(self._http, self._context, clone._options)
        return clone

    @cached_property
    def with_raw_response(self) -> AsyncRawClient:
        """`await akt.with_raw_response.<tag>.<method>(...)` returns an `APIResponse`."""
        return AsyncRawClient(AsyncRawHTTPCaller(self._http, self._context, self._options))

    @cached_property
    def with_streaming_response(self) -> AsyncStreamingClient:
        """`async with akt.with_streaming_response.<tag>.<method>(...) as response:` leaves the body unread."""
        return AsyncStreamingClient(AsyncStreamingHTTPCaller(self._http, self._context, self._options))

    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = ...,
        json: Any = ...,
        cast_to: None = ...,
        retry_safe: bool | None = ...,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | None = ...,
        max_retries: int | None = ...,
    ) -> Any: ...

    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = ...,
        json: Any = ...,
        cast_to: type[T],
        retry_safe: bool | None = ...,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | None = ...,
        max_retries: int | None = ...,
    ) -> T: ...

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        cast_to: type[Any] | None = None,
        retry_safe: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """The asyncio twin of `Keitaro.request`."""
        prepared = prepare_request(
            method,
            path,
            params=params,
            json=json,
            cast_to=cast_to,
            retry_safe=retry_safe,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._caller.call(prepared)

    def batch(
        self,
        mode: BatchMode = "concurrent",
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
    ) -> AsyncBatch:
        """Record calls made on `batch.<tag>.<method>(...)`; leaving `async with akt.batch() as batch:` sends them."""
        from .batch.aio import AsyncBatch

        return AsyncBatch(self._caller, BatchOptions(mode, concurrency, chunk_size))

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

"""Keitaro and AsyncKeitaro: one configured, pooled connection to a tracker, with every API tag as a namespace."""

from __future__ import annotations

import copy
import dataclasses
import ssl
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, cast

import httpx
from keitaro_admin_client import AuthenticatedClient

from ._caller import AsyncHTTPCaller, CallOptions, HTTPCaller
from ._responses import ResponseContext
from .auth import KeitaroAuth
from .batch.options import DEFAULT_CHUNK_SIZE, DEFAULT_CONCURRENCY, BatchMode, BatchOptions
from .config import AuthScheme, Settings, to_timeout
from .errors import ConfigurationError
from .resources.namespaces import AsyncClientNamespaces, ClientNamespaces
from .retry import AsyncRetryTransport, RetryPolicy, RetryTransport
from .sync.methods import AsyncSyncMethods, SyncMethods

if TYPE_CHECKING:
    from .batch import AsyncBatch, Batch
    from .reports.query import Dialect

__all__ = ["AsyncKeitaro", "Keitaro"]

VerifyTypes = bool | str | ssl.SSLContext


def _check_dialect(dialect: str) -> Dialect:
    if dialect not in ("grouping", "dimensions"):
        raise ConfigurationError(
            "report_dialect must be 'grouping' (grouping/metrics) or 'dimensions' (dimensions/measures), "
            f"got {dialect!r}."
        )
    return cast("Dialect", dialect)


def _retry_policy(policy: RetryPolicy | None, max_retries: int | None) -> RetryPolicy:
    """The policy to use: `max_retries` (default 2) wins over the policy's own budget when both are given."""
    policy = policy or RetryPolicy()
    return policy if max_retries is None else dataclasses.replace(policy, max_retries=max_retries)


def _cached_properties(cls: type) -> set[str]:
    return {name for klass in cls.__mro__ for name, value in vars(klass).items() if isinstance(value, cached_property)}


class _KeitaroBase:
    """What the sync and async clients share: settings, auth, options and their repr."""

    _settings: Settings
    _auth: KeitaroAuth
    _context: ResponseContext
    _options: CallOptions
    _raw: AuthenticatedClient
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
    ) -> None:
        self._settings = Settings.resolve(
            base_url, api_key, auth=auth, timeout=timeout, max_retries=max_retries, user_agent=user_agent
        )
        self._auth = KeitaroAuth(self._settings.api_key, self._settings.auth)
        self._options = CallOptions(timeout=self._settings.timeout, max_retries=self._settings.max_retries)
        # The generated client is the escape hatch to the generated functions; it shares our pool and auth.
        self._raw = AuthenticatedClient(base_url=self._settings.base_url, token="")
        self._context = ResponseContext(
            base_url=self._settings.base_url,
            auth_scheme=self._settings.auth,
            redact=self._auth.redact,
            parse_client=self._raw,
        )
        self._owns_http = True

    def _client_arguments(self) -> dict[str, Any]:
        return {
            "base_url": self._settings.base_url,
            "auth": self._auth,
            "timeout": self._settings.timeout,
            "headers": {"User-Agent": self._settings.user_agent, "Accept": "application/json"},
            "follow_redirects": False,
        }

    def _derive(self, timeout: float | httpx.Timeout | None, max_retries: int | None) -> Self:
        if max_retries is not None and (isinstance(max_retries, bool) or max_retries < 0):
            raise ConfigurationError(f"max_retries must be a whole number >= 0, got {max_retries!r}.")
        clone = copy.copy(self)
        # Namespaces cached on the original are bound to its caller; the clone builds its own.
        for name in _cached_properties(type(self)):
            clone.__dict__.pop(name, None)
        clone._options = CallOptions(
            timeout=to_timeout(timeout) if timeout is not None else self._options.timeout,
            max_retries=self._options.max_retries if max_retries is None else max_retries,
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
    def raw_client(self) -> AuthenticatedClient:
        """A generated-package client sharing this pool, auth and retries, for the low-level functions."""
        return self._raw

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, auth={self.auth_scheme!r}, "
            f"max_retries={self.max_retries})"
        )


class Keitaro(_KeitaroBase, ClientNamespaces, SyncMethods):
    """A client for one tracker. Thread-safe; make one and reuse it (it keeps a connection pool).

    `base_url` and `api_key` default to the KEITARO_URL and KEITARO_API_KEY environment variables.
    `max_retries` defaults to 2; `retry_policy` tunes the backoff (and the budget, when `max_retries`
    is not given).
    """

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
        transport: httpx.BaseTransport | None = None,
        verify: VerifyTypes = True,
        retry_policy: RetryPolicy | None = None,
    ) -> None:
        policy = _retry_policy(retry_policy, max_retries)
        self._retry_policy = policy  # also paces the lake sync's per-day retries
        self._configure(
            base_url, api_key, auth=auth, timeout=timeout, max_retries=policy.max_retries, user_agent=user_agent
        )
        self._report_dialect = _check_dialect(report_dialect)
        inner = transport if transport is not None else httpx.HTTPTransport(verify=verify)
        wrapped = RetryTransport(inner, policy, base_url=httpx.URL(self._settings.base_url))
        self._http = httpx.Client(transport=wrapped, **self._client_arguments())
        self._raw.set_httpx_client(self._http)
        self._caller = HTTPCaller(self._http, self._context, self._options)

    def with_options(self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None) -> Keitaro:
        """A client sharing this one's connections but with another timeout or retry budget."""
        clone = self._derive(timeout, max_retries)
        clone._caller = HTTPCaller(self._http, self._context, clone._options)
        return clone

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

        return Batch(self._http, self._context, self._options, BatchOptions(mode, concurrency, chunk_size))

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
        transport: httpx.AsyncBaseTransport | None = None,
        verify: VerifyTypes = True,
        retry_policy: RetryPolicy | None = None,
    ) -> None:
        policy = _retry_policy(retry_policy, max_retries)
        self._retry_policy = policy  # also paces the lake sync's per-day retries
        self._configure(
            base_url, api_key, auth=auth, timeout=timeout, max_retries=policy.max_retries, user_agent=user_agent
        )
        self._report_dialect = _check_dialect(report_dialect)
        inner = transport if transport is not None else httpx.AsyncHTTPTransport(verify=verify)
        wrapped = AsyncRetryTransport(inner, policy, base_url=httpx.URL(self._settings.base_url))
        self._http = httpx.AsyncClient(transport=wrapped, **self._client_arguments())
        self._raw.set_async_httpx_client(self._http)
        self._caller = AsyncHTTPCaller(self._http, self._context, self._options)

    def with_options(
        self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None
    ) -> AsyncKeitaro:
        """A client sharing this one's connections but with another timeout or retry budget."""
        clone = self._derive(timeout, max_retries)
        clone._caller = AsyncHTTPCaller(self._http, self._context, clone._options)
        return clone

    def batch(
        self,
        mode: BatchMode = "concurrent",
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
    ) -> AsyncBatch:
        """Record calls made on `batch.<tag>.<method>(...)`; leaving `async with akt.batch() as batch:` sends them."""
        from .batch.aio import AsyncBatch

        return AsyncBatch(self._http, self._context, self._options, BatchOptions(mode, concurrency, chunk_size))

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

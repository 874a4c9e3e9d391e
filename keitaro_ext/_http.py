"""Which network layer sits under the retry transport: yours, httpx's with proxies, or a plain one.

`http_client=` (or proxies from `proxy=` or the environment) are honoured by sending each attempt
through a whole `httpx.Client`: its mounts, proxies, TLS settings, HTTP/2 and event hooks apply to
every attempt, while auth, retries, the size limit and the deadline stay ours, outside it. Without
any proxy the SDK talks to a plain `httpx.HTTPTransport`, which is what httpx itself would do.
"""

from __future__ import annotations

import ssl
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

import httpx

from .errors import ConfigurationError
from .retry import AsyncRetryTransport, RetryTransport

__all__ = [
    "ASYNC",
    "SYNC",
    "AsyncClientTransport",
    "ClientTransport",
    "Network",
    "VerifyTypes",
    "parse_cookies_when_set",
]

VerifyTypes = bool | str | ssl.SSLContext

_ClientT = TypeVar("_ClientT", bound=httpx.Client | httpx.AsyncClient)
_TransportT = TypeVar("_TransportT", bound=httpx.BaseTransport | httpx.AsyncBaseTransport)


class ClientTransport(httpx.BaseTransport):
    """A transport that sends through a configured `httpx.Client` (closed with us only if we made it)."""

    def __init__(self, client: httpx.Client, *, owned: bool) -> None:
        self.client = client
        self._owned = owned

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.client.send(request, stream=True, follow_redirects=False)

    def close(self) -> None:
        if self._owned:
            self.client.close()


class AsyncClientTransport(httpx.AsyncBaseTransport):
    def __init__(self, client: httpx.AsyncClient, *, owned: bool) -> None:
        self.client = client
        self._owned = owned

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.client.send(request, stream=True, follow_redirects=False)

    async def aclose(self) -> None:
        if self._owned:
            await self.client.aclose()


def parse_cookies_when_set(client: httpx.Client | httpx.AsyncClient) -> None:
    """Hand an answer to `client`'s cookie jar only if it sets a cookie.

    httpx gives every answer to the jar, and first rebuilds its request as a `urllib.request.Request`
    (about 20 us a call, twice the SDK's own work on a GET). The jar finds nothing to store in an
    answer without Set-Cookie or Set-Cookie2, so skipping those changes nothing; answers that set
    cookies are stored, and sent back, as before.
    """
    cookies = client.cookies
    extract = cookies.extract_cookies

    def extract_cookies(response: httpx.Response) -> None:
        headers = response.headers
        if "set-cookie" in headers or "set-cookie2" in headers:
            extract(response)

    cookies.extract_cookies = extract_cookies  # type: ignore[method-assign]


def _environment_proxies() -> bool:
    """Whether httpx would mount a proxy from the environment (NO_PROXY alone mounts none)."""
    return bool(set(urllib.request.getproxies()) - {"no"})


def _check(transport: object, http_client: object, verify: VerifyTypes | None, proxy: object) -> None:
    if transport is not None and http_client is not None:
        raise ConfigurationError("Pass either transport= or http_client=, not both.")
    if transport is None and http_client is None:
        return
    given = "transport=" if transport is not None else "http_client="
    if verify is not None:
        raise ConfigurationError(
            f"verify= has no effect together with {given}: configure TLS on what you pass "
            "(e.g. httpx.HTTPTransport(verify=...) or httpx.Client(verify=...))."
        )
    if proxy is not None:
        raise ConfigurationError(f"proxy= has no effect together with {given}: configure the proxy on it instead.")


@dataclass(frozen=True)
class Network(Generic[_ClientT, _TransportT]):
    """The httpx classes of one flavour, sync or async; the choice between them is made once, in `layer`."""

    client: type[_ClientT]  # httpx.Client or httpx.AsyncClient
    plain: Callable[..., _TransportT]  # httpx.HTTPTransport or httpx.AsyncHTTPTransport
    through: Callable[..., _TransportT]  # ClientTransport or AsyncClientTransport
    retry: Callable[..., _TransportT]  # RetryTransport or AsyncRetryTransport, around the layer

    def layer(
        self,
        transport: _TransportT | None,
        http_client: _ClientT | None,
        *,
        verify: VerifyTypes | None,
        proxy: str | httpx.Proxy | None,
        trust_env: bool,
    ) -> _TransportT:
        """The transport the retry transport sends each attempt through."""
        _check(transport, http_client, verify, proxy)
        if transport is not None:
            return transport
        if http_client is not None:
            return self.through(http_client, owned=False)
        verify = True if verify is None else verify
        if proxy is None and not (trust_env and _environment_proxies()):
            return self.plain(verify=verify, trust_env=trust_env)
        return self.through(self.client(proxy=proxy, verify=verify, trust_env=trust_env), owned=True)


SYNC: Network[httpx.Client, httpx.BaseTransport] = Network(
    httpx.Client, httpx.HTTPTransport, ClientTransport, RetryTransport
)
ASYNC: Network[httpx.AsyncClient, httpx.AsyncBaseTransport] = Network(
    httpx.AsyncClient, httpx.AsyncHTTPTransport, AsyncClientTransport, AsyncRetryTransport
)

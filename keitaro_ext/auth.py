"""Adds the API key to every request, and keeps it out of every repr."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator

import httpx

from .config import AuthScheme
from .redaction import redact_secret

__all__ = ["KeitaroAuth", "redact_secret"]


class KeitaroAuth(httpx.Auth):
    """The `Api-Key` header (every tracker) or `Authorization: Bearer` (newer trackers)."""

    def __init__(self, api_key: str, scheme: AuthScheme = "api_key") -> None:
        self.__key = api_key
        self.scheme = scheme

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        yield self._sign(request)

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if "auth_flow" in vars(cls):  # a subclass's own flow: httpx drives it the usual way
            cls.sync_auth_flow = httpx.Auth.sync_auth_flow  # type: ignore[method-assign]
            cls.async_auth_flow = httpx.Auth.async_auth_flow  # type: ignore[method-assign]

    # httpx wraps `auth_flow` in a second generator per request; the key needs no answer, so the
    # flows httpx actually drives are the one step themselves.
    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        yield self._sign(request)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        yield self._sign(request)

    def _sign(self, request: httpx.Request) -> httpx.Request:
        if self.scheme == "bearer":
            request.headers["Authorization"] = f"Bearer {self.__key}"
        else:
            request.headers["Api-Key"] = self.__key
        return request

    def redact(self, text: str) -> str:
        """`text` with every occurrence of the key replaced, for messages built from tracker answers."""
        return redact_secret(text, self.__key)

    def __repr__(self) -> str:
        return f"KeitaroAuth(scheme={self.scheme!r}, key=[redacted])"

"""Adds the API key to every request, and keeps it out of every repr."""

from __future__ import annotations

from collections.abc import Generator

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
        if self.scheme == "bearer":
            request.headers["Authorization"] = f"Bearer {self.__key}"
        else:
            request.headers["Api-Key"] = self.__key
        yield request

    def redact(self, text: str) -> str:
        """`text` with every occurrence of the key replaced, for messages built from tracker answers."""
        return redact_secret(text, self.__key)

    def __repr__(self) -> str:
        return f"KeitaroAuth(scheme={self.scheme!r}, key=[redacted])"

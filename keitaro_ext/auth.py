"""Adds the API key to every request, and keeps it out of every repr."""

from __future__ import annotations

import re
from collections.abc import Generator

import httpx

from .config import AuthScheme

__all__ = ["KeitaroAuth", "redact_secret"]

MIN_PLAIN_KEY = 8


def redact_secret(text: str, secret: str) -> str:
    """`text` with `secret` replaced by [redacted].

    A short secret (tests, toy setups) is only replaced where it stands alone, so that a key
    such as `k` does not turn "tracker" into "trac[redacted]er".
    """
    if not secret or secret not in text:
        return text
    if len(secret) >= MIN_PLAIN_KEY:
        return text.replace(secret, "[redacted]")
    return re.sub(rf"(?<![A-Za-z0-9]){re.escape(secret)}(?![A-Za-z0-9])", "[redacted]", text)


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

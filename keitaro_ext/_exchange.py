"""The request and response an error carries: copies with the API key taken out.

`request_id` reads the ids proxies and servers commonly add. Keitaro itself is not documented to
send one (nothing in its published reference); nginx's `$request_id` (X-Request-Id) and
Cloudflare's CF-Ray are what a tracker behind them shows, so they are read in that order.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

__all__ = ["REQUEST_ID_HEADERS", "error_exchange"]

REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-correlation-id", "cf-ray")
_SECRET_HEADERS = frozenset({"api-key", "authorization", "cookie", "set-cookie"})


def _headers(headers: httpx.Headers, redact: Callable[[str], str]) -> list[tuple[str, str]]:
    return [
        (name, "[redacted]" if name.lower() in _SECRET_HEADERS else redact(value))
        for name, value in headers.multi_items()
    ]


def _content(content: bytes, redact: Callable[[str], str]) -> bytes:
    text = content.decode("utf-8", "replace")
    cleaned = redact(text)
    return content if cleaned == text else cleaned.encode("utf-8")


def _request(request: httpx.Request, redact: Callable[[str], str]) -> httpx.Request:
    try:
        content = request.content
    except httpx.RequestNotRead:
        content = b""
    return httpx.Request(
        request.method,
        redact(str(request.url)),
        headers=_headers(request.headers, redact),
        content=_content(content, redact),
    )


def error_exchange(
    source: httpx.Response | httpx.RequestError, path: str, redact: Callable[[str], str]
) -> dict[str, Any]:
    """Keyword arguments for an APIError: the shown `path`, redacted `request`/`response`, `request_id`."""
    details: dict[str, Any] = {"path": path}
    try:
        request = source.request
    except RuntimeError:  # built without a request (tests, custom transports)
        request = None
    if request is not None:
        details["request"] = _request(request, redact)
    if isinstance(source, httpx.Response):
        headers = [(k, v) for k, v in _headers(source.headers, redact) if k.lower() not in ("content-encoding",)]
        details["response"] = httpx.Response(
            source.status_code,
            headers=headers,
            content=_content(source.content, redact),
            request=details.get("request"),
        )
        details["request_id"] = next(
            (source.headers[name] for name in REQUEST_ID_HEADERS if name in source.headers), None
        )
    return details

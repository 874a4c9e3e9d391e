"""Whether an answer is an HTML page: the one test the response parser and the batch reader share.

A login page, a proxy's or CDN's error page, or a web server's default page arrives where JSON was
expected when the base URL is wrong or something stands in front of the tracker.
"""

from __future__ import annotations

import httpx

__all__ = ["is_html"]

_MARKERS = (b"<!doctype", b"<html", b"<head", b"<body", b"<title")
_LEADING = b"\xef\xbb\xbf \t\r\n\x0b\x0c"  # a UTF-8 byte order mark and ASCII white space


def is_html(response: httpx.Response, *, any_markup: bool = False) -> bool:
    """True for a real HTML document, judged by the body (`<`-led, with a document tag near the start).

    The content type alone says nothing by default: trackers send their own errors as short plain text
    under PHP's default `text/html`, and that text is the tracker's answer, not a wrong address. Where
    only JSON can be right (the batch's per-item results), `any_markup=True` also counts any `<`-led
    body and any `text/html` label.
    """
    head = response.content[:1024].lstrip(_LEADING)
    if any_markup:
        return head.startswith(b"<") or "html" in response.headers.get("content-type", "").lower()
    if not head.startswith(b"<"):  # a JSON answer stops here, before the lowering and the marker scan
        return False
    head = head.lower()
    return any(marker in head for marker in _MARKERS)

"""One HTML test for the two readers: a wrong address or a proxy page is HTML; the tracker's own
plain-text errors under PHP's default `text/html` are not, except where only JSON can be right."""

from __future__ import annotations

import httpx
import pytest

from keitaro_ext._html import is_html
from keitaro_ext.batch.wire import Verdict, chunk_answer

PAGE = b"\xef\xbb\xbf\r\n  <!DOCTYPE html><html><head><title>Sign in</title></head><body></body></html>"
PHP_TEXT = b"Campaign not found"
ITEMS = b'[{"statusCode": 200, "body": {"id": 1}, "headers": {}}]'


def answer(body: bytes, content_type: str) -> httpx.Response:
    return httpx.Response(200, content=body, headers={"content-type": content_type})


@pytest.mark.parametrize(
    ("body", "content_type", "page", "for_batch"),
    [
        (PAGE, "text/html; charset=UTF-8", True, True),  # a login page, byte order mark and blank lines first
        (PAGE, "application/json", True, True),  # judged by the body, whatever the label says
        (PHP_TEXT, "text/html", False, True),  # the tracker's own error text under PHP's default type
        (ITEMS, "text/html", False, True),  # JSON labelled text/html: a page only where JSON is required
        (b"<error>busy</error>", "application/xml", False, True),  # markup, but no HTML document
        (ITEMS, "application/json", False, False),
    ],
)
def test_what_counts_as_an_html_page(body: bytes, content_type: str, page: bool, for_batch: bool) -> None:
    response = answer(body, content_type)
    assert is_html(response) is page
    assert is_html(response, any_markup=True) is for_batch


def test_the_batch_reader_takes_json_items_and_refuses_an_html_label() -> None:
    assert chunk_answer(answer(ITEMS, "application/json"), 1).verdict is Verdict.RESULTS
    labelled = chunk_answer(answer(ITEMS, "text/html"), 1)
    assert labelled.verdict is Verdict.UNCLEAR
    assert "HTML page" in labelled.reason

"""Hypothesis strategies for whatever a broken tracker, proxy or captive portal might answer."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import strategies as st

from tests.spec import load_spec

from .support import API_KEY


def _field_names() -> list[str]:
    """Every property name of the spec's schemas, so fuzzed objects reach deep into the parsers."""
    names: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            names.update(str(key) for key in (node.get("properties") or {}))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(load_spec())
    return sorted(names)


HEADER_TEXT = st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=30)
KEYS = st.sampled_from(_field_names()) | st.text(max_size=6)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats()
    | st.text(max_size=12)
    | st.sampled_from(
        [API_KEY, f"key {API_KEY} echoed", "2026-06-15", "2026-06-15 12:00:00", "2026-13-45T99:99", "active", ""]
    )
)
JSON = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=8),
    max_leaves=24,
)
STATUSES = st.sampled_from([200, 201, 204, 301, 302, 400, 401, 402, 403, 404, 406, 408, 422, 429, 500, 502, 503])
CONTENT_TYPES = st.sampled_from(
    ["application/json", "application/json; charset=utf-8", "text/html", "text/plain", "application/octet-stream", ""]
)


def _encode(value: Any) -> bytes:
    return json.dumps(value).encode()  # NaN and Infinity too, as some servers send them


@st.composite
def answers(draw: st.DrawFn) -> tuple[int, dict[str, str], bytes]:
    """(status, headers, body): JSON of any shape, cut-off JSON, or arbitrary bytes."""
    status = draw(STATUSES | st.integers(min_value=100, max_value=599))
    document = draw(JSON)
    body = draw(
        st.sampled_from(["json", "cut", "bytes", "empty"]).map(
            lambda kind: {
                "json": _encode(document),
                "cut": _encode(document)[: max(0, len(_encode(document)) // 2)],
                "empty": b"",
            }.get(kind)
        )
    )
    if body is None:
        body = draw(st.binary(max_size=64))
    headers: dict[str, str] = {}
    content_type = draw(CONTENT_TYPES)
    if content_type:
        headers["content-type"] = content_type
    if draw(st.booleans()):
        headers["retry-after"] = draw(HEADER_TEXT | st.integers(-5, 10**6).map(str))
    if draw(st.booleans()):
        locations = [f"https://evil.example.com/?k={API_KEY}", "/login", "A:0", "http://[broken"]
        headers["location"] = draw(st.sampled_from(locations) | HEADER_TEXT)
    return status, headers, body

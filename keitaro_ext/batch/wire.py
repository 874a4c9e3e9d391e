"""The undocumented `?batch` entrypoint's wire format, as this SDK speaks it (experimental).

Request: `POST <base_url>/?batch` (e.g. https://tracker/admin_api/v1/?batch) with a JSON array of
`{"method": "PUT", "path": "campaigns/7", "params": {...}}`; `path` is relative to /admin_api/v1
without a leading slash, `params` is the JSON body, or the query parameters when there is no body.
Answer expected: a JSON array, one `{"statusCode": 200, "body": ..., "headers": {...}}` per command,
in the same order. Keitaro publishes neither shape; they follow the one client seen using it.

Reading an answer never raises: it says what it is (per-item results, refused before running, or
unclear) so that `plan` can decide what may be sent again.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

import httpx
from keitaro_admin_client.facade import NO_OPTIONS, PreparedCall

from .._html import is_html
from ..retry import NEVER_SENT

__all__ = [
    "ENTRYPOINT_URL",
    "ChunkAnswer",
    "ItemResult",
    "Verdict",
    "chunk_answer",
    "command",
    "expressible",
    "item_response",
]

ENTRYPOINT_URL = "/?batch"
# A 4xx (and 501) means the request was turned away before any command ran (HTTP semantics): every
# call may be sent again. Except for these, it also means the entrypoint is not offered: remembered.
PASSING = frozenset({408, 413, 429})
# Request arguments a command can carry; a call using others (files, form data) goes out on its own.
CARRIED = frozenset({"method", "url", "params", "json", "headers"})
# Describe the outer message, not the rebuilt item body: keeping them would corrupt it.
FRAMING = frozenset({"content-length", "content-encoding", "transfer-encoding", "connection"})


class Verdict(enum.Enum):
    RESULTS = "results"  # one result per command: each is that call's answer
    REFUSED = "refused"  # nothing ran: every call may be sent again
    UNCLEAR = "unclear"  # some commands may have run: only calls safe to repeat may be sent again


@dataclass(frozen=True)
class ItemResult:
    status: int
    headers: list[tuple[str, str]]
    content: bytes


@dataclass(frozen=True)
class ChunkAnswer:
    """What one entrypoint request's answer means. `lasting`: the tracker does not speak this protocol."""

    verdict: Verdict
    reason: str = ""
    lasting: bool = False
    items: list[ItemResult] = field(default_factory=list)


def expressible(prepared: PreparedCall) -> bool:
    """Whether a command can carry the call: per-call options (timeout, headers, retries) need their own request."""
    return prepared.options == NO_OPTIONS and set(prepared.request) <= CARRIED


def command(prepared: PreparedCall) -> dict[str, Any]:
    request = prepared.request
    params = request["json"] if "json" in request else dict(request.get("params") or {})
    return {"method": prepared.operation.method, "path": str(request["url"]).lstrip("/"), "params": params}


def item_response(prepared: PreparedCall, item: ItemResult, base_url: str) -> httpx.Response:
    """The answer the call would have had on its own, for `interpret` to turn into a model or an error."""
    request = httpx.Request(prepared.operation.method, base_url + str(prepared.request["url"]))
    return httpx.Response(item.status, headers=item.headers, content=item.content, request=request)


def _phrase(status: int) -> str:
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return str(status)


def chunk_answer(answer: httpx.Response | Exception, size: int) -> ChunkAnswer:
    """What the answer to one entrypoint request of `size` commands (or the error sending it) means."""
    if isinstance(answer, Exception):
        if isinstance(answer, NEVER_SENT):
            return ChunkAnswer(Verdict.REFUSED, f"could not be sent ({type(answer).__name__})")
        return ChunkAnswer(Verdict.UNCLEAR, f"got no answer ({type(answer).__name__})")
    status = answer.status_code
    if 400 <= status < 500 or status == 501:
        return ChunkAnswer(Verdict.REFUSED, f"was refused with {_phrase(status)}", lasting=status not in PASSING)
    if not 200 <= status < 300:
        return ChunkAnswer(Verdict.UNCLEAR, f"answered {_phrase(status)}", lasting=status < 500)
    items, problem = _items(answer, size)
    if items is None:
        return ChunkAnswer(Verdict.UNCLEAR, f"answered {_phrase(status)} {problem}", lasting=True)
    return ChunkAnswer(Verdict.RESULTS, items=items)


def _items(response: httpx.Response, size: int) -> tuple[list[ItemResult] | None, str]:
    if is_html(response, any_markup=True):
        return None, "with an HTML page instead of per-item results"
    try:
        data = json.loads(response.content)
    except (ValueError, RecursionError):
        return None, "with a body that is not JSON"
    if not isinstance(data, list):
        return None, f"with a JSON {type(data).__name__} instead of an array of per-item results"
    if len(data) != size:
        return None, f"with {len(data)} results for {size} calls"
    items = [_item(entry) for entry in data]
    if any(item is None for item in items):
        return None, "with an array whose entries are not {statusCode, body, headers} results"
    return [item for item in items if item is not None], ""


def _item(entry: Any) -> ItemResult | None:
    if not isinstance(entry, dict):
        return None
    status = entry.get("statusCode")
    if not isinstance(status, int) or isinstance(status, bool) or not 100 <= status <= 599:
        return None
    headers = _headers(entry.get("headers"))
    return ItemResult(status, headers, _content(entry, headers))


def _content(entry: dict[str, Any], headers: Sequence[tuple[str, str]]) -> bytes:
    if "body" not in entry:
        return b""
    body = entry["body"]
    if isinstance(body, str):
        # A body sent as text (JSON encoded twice, or an HTML page) is that text; a plain string stays JSON.
        declared = next((value for name, value in headers if name.lower() == "content-type"), "")
        if declared and "json" not in declared.lower():
            return body.encode()
        try:
            json.loads(body)
        except (ValueError, RecursionError):
            return json.dumps(body).encode()
        return body.encode()
    return json.dumps(body).encode()


def _header_pairs(raw: Any) -> list[tuple[str, str]]:
    """Headers as a mapping, "Name: value" lines or [name, value] pairs; anything else is dropped."""
    pairs: list[tuple[str, str]] = []
    if isinstance(raw, dict):
        for name, value in raw.items():
            for one in value if isinstance(value, list) else [value]:
                pairs.append((str(name), str(one)))
    elif isinstance(raw, list):
        for entry in raw:
            if isinstance(entry, str) and ":" in entry:
                name, _, value = entry.partition(":")
                pairs.append((name.strip(), value.strip()))
            elif isinstance(entry, list | tuple) and len(entry) == 2:
                pairs.append((str(entry[0]), str(entry[1])))
    return pairs


def _headers(raw: Any) -> list[tuple[str, str]]:
    """The item's headers without framing or line breaks, with a JSON content type unless it names one."""
    pairs = [
        (name, value)
        for name, value in _header_pairs(raw)
        if name and name.lower() not in FRAMING and not any(c in name + value for c in "\r\n")
    ]
    if not any(name.lower() == "content-type" for name, _ in pairs):
        pairs.append(("Content-Type", "application/json"))
    return pairs

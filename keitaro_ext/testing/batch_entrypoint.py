"""The `?batch` entrypoint in the fake: many commands in one request, each run like a request of its own.

Keitaro does not document this entrypoint, so it is not in openapi/keitaro.yaml; this is the SDK's
model of it (see keitaro_ext.batch.wire), strict so that a client bug shows up here:

    POST /admin_api/v1/?batch (or ?bulk)
    [{"method": "PUT", "path": "campaigns/7", "params": {"name": "x"}}, ...]
    -> 200 [{"statusCode": 200, "body": {...}, "headers": {...}}, ...]   one per command, in order

`path` is relative to /admin_api/v1 with no leading slash. `params` is the JSON body for an
operation that takes one, and its query parameters otherwise. Each command is authorised,
routed, validated and handled exactly as a request of its own with the outer request's headers,
so its result carries the same status and body. Faults apply to the outer request only, and
only the outer request is recorded in `fake.requests` (it is the one round trip).
A body that is not a JSON array answers 400 for the whole request.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode

from .core import JSON, FakeOutcome, RecordedRequest, dump
from .errors import ApiError
from .spec import API_PREFIX, spec_index
from .validation import route

__all__ = ["answer", "targets"]

QUERY_KEYS = ("batch", "bulk")
METHODS = ("GET", "POST", "PUT", "DELETE")
# One request's parts in, its answer out: the fake's own request handling (`Dispatcher._answer`).
AnswerOne = Callable[[RecordedRequest, str, str, Mapping[str, str], bytes], FakeOutcome]


def targets(record: RecordedRequest) -> bool:
    """Whether this request is a call of the entrypoint."""
    return record.method == "POST" and record.path == "/" and any(key in record.query for key in QUERY_KEYS)


def answer(record: RecordedRequest, headers: Mapping[str, str], answer_one: AnswerOne) -> FakeOutcome:
    commands = record.json
    if not isinstance(commands, list):
        message = 'The ?batch body must be a JSON array of {"method", "path", "params"} commands'
        return FakeOutcome(400, dump({"error": message}))
    inner_headers = {k: v for k, v in headers.items() if k not in ("content-length", "content-type")}
    return FakeOutcome(200, dump([_result(_run(command, inner_headers, answer_one)) for command in commands]))


def _problem(command: Any) -> str | None:
    if not isinstance(command, dict):
        return 'Each command must be a JSON object {"method", "path", "params"}'
    if command.get("method") not in METHODS:
        return f"A command's method must be one of {', '.join(METHODS)}, got {command.get('method')!r}"
    path = command.get("path")
    if not isinstance(path, str) or not path or path.startswith("/") or "?" in path:
        return f"A command's path is relative to {API_PREFIX} with no leading slash or query, got {path!r}"
    if not isinstance(command.get("params", {}), dict):
        return "A command's params must be a JSON object (the body, or the query parameters)"
    return None


def _takes_body(method: str, path: str) -> bool:
    try:
        operation, _ = route(spec_index(), method, path)
    except ApiError:
        return False  # the request of its own will answer the routing error
    return operation.body_validator is not None


def _query_value(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return [_query_value(item) for item in value]
    return value


def _run(command: Any, headers: dict[str, str], answer_one: AnswerOne) -> FakeOutcome:
    problem = _problem(command)
    if problem is not None:
        return FakeOutcome(400, dump({"error": problem}))
    method, path, params = command["method"], "/" + command["path"], command.get("params") or {}
    body, query = b"", ""
    inner = dict(headers)
    if _takes_body(method, path):
        if params or method in ("POST", "PUT"):
            body = dump(params)
            inner["content-type"] = JSON
    else:
        query = urlencode({key: _query_value(value) for key, value in params.items()}, doseq=True)
    record = RecordedRequest(method, path, dict(parse_qsl(query, keep_blank_values=True)), params, body, inner)
    if targets(record):
        return FakeOutcome(400, dump({"error": "A ?batch command cannot be another batch"}))
    return answer_one(record, API_PREFIX + path, query, inner, body)


def _result(outcome: FakeOutcome) -> dict[str, Any]:
    body: Any = None
    if outcome.body:
        text = outcome.body.decode("utf-8", "replace")
        body = json.loads(text) if outcome.content_type == JSON else text
    return {"statusCode": outcome.status, "body": body, "headers": dict(outcome.header_list())}

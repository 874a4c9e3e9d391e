"""Request validation against the spec: route, parameters and JSON body.

Error policy (documented in README): an unknown path or method, a bad parameter, a missing
or non-JSON body answer 400 `{"error": ...}`; a body that is JSON but breaks its schema
answers 406 `{field: [messages]}` (400 with the same text where the operation declares no 406).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from jsonschema.exceptions import ValidationError

from .errors import BadRequestError, InvalidError
from .spec import Param, SpecIndex, SpecOperation, keep

_TRUE = {"true", "1"}
_FALSE = {"false", "0"}
PARAM_CACHE_SIZE = 1024  # checked texts kept per parameter; the oldest go first
PARAM_CACHE_TEXT = 64  # longer texts are checked every time


@dataclass(frozen=True)
class ValidRequest:
    """A request that passed validation: its operation, typed parameters and parsed body."""

    operation: SpecOperation
    params: dict[str, Any]
    body: Any


def route(index: SpecIndex, method: str, path: str) -> tuple[SpecOperation, dict[str, str]]:
    """Find the operation for a method and an API path (relative to `/admin_api/v1`).

    The answer depends on the spec alone, which never changes at run time, so it is remembered
    per (method, path) on the index: a hit costs one dict lookup instead of matching patterns.
    """
    key = (method, path)
    found = index.routes.get(key)
    if found is None:
        found = _route(index, method, path)
        index.remember(key, found)
    if isinstance(found, str):
        raise BadRequestError(found)
    op, values = found
    return op, dict(values)  # a copy: the remembered values stay as matched


def _route(index: SpecIndex, method: str, path: str) -> tuple[SpecOperation, dict[str, str]] | str:
    """The operation and path values, or the error message (routing errors are remembered too)."""
    candidates = index.candidates(path)
    for op, raw in candidates:
        if op.method == method:
            return op, raw
    if not candidates:
        return f"Unknown API path {path!r}: no operation of the Admin API matches it"
    allowed = ", ".join(sorted({op.method for op, _ in candidates}))
    return f"Method {method} is not allowed on {path}; allowed: {allowed}"


def _coerce(param: Param, text: str) -> Any:
    try:
        if param.kind == "integer":
            return int(text)
        if param.kind == "number":
            return float(text)
    except ValueError:
        article = "an" if param.kind[0] in "aeiou" else "a"
        raise BadRequestError(f"Parameter {param.name!r} must be {article} {param.kind}, got {text!r}") from None
    if param.kind == "boolean":
        lowered = text.lower()
        if lowered in _TRUE | _FALSE:
            return lowered in _TRUE
        raise BadRequestError(f"Parameter {param.name!r} must be true or false, got {text!r}")
    return text


def _check(param: Param, text: str) -> Any:
    """The typed value of one parameter, or a 400 `BadRequestError` saying what is wrong with it."""
    value = _coerce(param, text)
    error = next(iter(param.validator.iter_errors(value)), None)
    if error is not None:
        raise BadRequestError(f"Parameter {param.name!r}: {error.message}")
    return value


def _checked(param: Param, text: str) -> Any:
    """`_check`, remembered per parameter for short texts: the answer depends on the spec and the text alone.

    A remembered value is an int, float, bool or str (immutable), and a remembered error is its message.
    """
    if type(text) is not str or len(text) > PARAM_CACHE_TEXT:
        return _check(param, text)
    seen = param.seen
    found = seen.get(text)
    if found is None:
        try:
            found = (True, _check(param, text))
        except BadRequestError as exc:
            found = (False, exc.body["error"])
        keep(seen, text, found, PARAM_CACHE_SIZE)
    valid, value = found
    if not valid:
        raise BadRequestError(value)
    return value


def _params(op: SpecOperation, path_values: Mapping[str, str], query: Mapping[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for param in op.params:
        source = path_values if param.location == "path" else query if param.location == "query" else {}
        if param.name not in source:
            if param.required:
                raise BadRequestError(f"Missing required {param.location} parameter {param.name!r}")
            continue
        values[param.name] = _checked(param, source[param.name])
    return values


def _field(error: ValidationError) -> list[tuple[str, str]]:
    """The field names and messages one schema error stands for."""
    where = ".".join(str(part) for part in error.absolute_path)
    if error.validator == "required" and isinstance(error.instance, dict):
        required: list[str] = list(error.schema.get("required", [])) if isinstance(error.schema, dict) else []
        missing = [name for name in required if name not in error.instance]
        prefix = f"{where}." if where else ""
        return [(prefix + name, "This value is required.") for name in missing]
    return [(where or "body", error.message)]


# PHP's json_decode gives up past 512 levels ("Maximum stack depth exceeded"; php.net manual,
# json_decode, default depth); Keitaro is a PHP application. What the tracker then answers is not
# documented: the fake answers 400 in the Error shape, like its other unreadable bodies (a guess).
MAX_JSON_DEPTH = 512


def _depth(value: Any) -> int:
    """How deeply arrays and objects nest, walked without recursion (a hostile body may be deep)."""
    deepest = 0
    todo: list[tuple[Any, int]] = [(value, 1)]
    while todo:
        item, level = todo.pop()
        if isinstance(item, dict):
            item = list(item.values())
        if isinstance(item, list):
            deepest = max(deepest, level)
            if level > MAX_JSON_DEPTH:
                break
            todo.extend((child, level + 1) for child in item)
    return deepest


def _body(op: SpecOperation, raw: bytes, content_type: str) -> Any:
    if not raw.strip():
        if op.body_required:
            raise BadRequestError(f"{op.method} {op.path} needs a JSON body")
        return None
    if op.body_validator is None:
        if raw.strip() in (b"{}", b"null"):
            return None  # an empty JSON body where none is expected: ignored, as the tracker does
        raise BadRequestError(f"{op.method} {op.path} takes no request body")
    if content_type.split(";")[0].strip().lower() != "application/json":
        raise BadRequestError(f"Send the body as JSON with 'Content-Type: application/json' (got {content_type!r})")
    too_deep = f"The body is not valid JSON: Maximum stack depth exceeded ({MAX_JSON_DEPTH} levels)"
    try:
        body = json.loads(raw)
    except RecursionError:
        raise BadRequestError(too_deep) from None
    except ValueError as exc:
        raise BadRequestError(f"The body is not valid JSON: {exc}") from None
    if _depth(body) > MAX_JSON_DEPTH:
        raise BadRequestError(too_deep)
    if not isinstance(body, dict):
        raise BadRequestError("The body must be a JSON object")
    fields: dict[str, list[str]] = {}
    for error in op.body_validator.iter_errors(body):
        for name, message in _field(error):
            fields.setdefault(name, [])
            if message not in fields[name]:
                fields[name].append(message)
    if fields:
        invalid = InvalidError(fields)
        raise invalid if op.declares(406) else invalid.as_bad_request()
    return body


def validate(
    index: SpecIndex, method: str, path: str, query: Mapping[str, str], raw_body: bytes, content_type: str
) -> ValidRequest:
    """Route and validate one request; raises a 400/406 `ApiError` the way the tracker answers."""
    op, path_values = route(index, method, path)
    params = _params(op, path_values, query)
    return ValidRequest(op, params, _body(op, raw_body, content_type))

"""Turn an httpx response into the operation's model, or into the typed error that explains it."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

import httpx
from keitaro_admin_client import types as generated_types
from keitaro_admin_client.facade import Operation, PreparedCall

from ._exchange import error_exchange
from ._html import is_html
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnexpectedResponseError,
    ValidationError,
)
from .redaction import clip, redact_json
from .retry import ATTEMPTS, NEVER_SENT, parse_retry_after

__all__ = ["ResponseContext", "connection_error", "interpret"]

SNIPPET = 200
# Text is redacted over a window this much longer than what is shown, then cut: a key that starts
# before the cut is blanked whole (see keitaro_ext.redaction).
REDACT_WINDOW = 65_536
PARSE_FAILURES = (LookupError, TypeError, ValueError, AttributeError, RecursionError)
_TITLE = re.compile(rb"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_REBUILT_DROPS = {"content-encoding", "content-length", "transfer-encoding"}
MAY_HAVE_REACHED = " The request may have reached the tracker and was not repeated; check before sending it again."


def _list_json(data: bytes) -> Any:
    """List answers decode like report pages (orjson with the `fast` extra), picked on the first big one:
    importing the reports package costs ~30 ms, more than orjson saves on an answer under 256 KB."""
    if len(data) < 262_144:
        return json.loads(data)
    from .reports import decoding

    generated_types.json_loads = decoding.loads
    return decoding.loads(data)


generated_types.json_loads = _list_json


@dataclass(frozen=True)
class ResponseContext:
    """What interpretation needs from the client: where it points, and how to hide the key."""

    base_url: str
    auth_scheme: str
    redact: Callable[[str], str]


def interpret(prepared: PreparedCall, response: httpx.Response, context: ResponseContext) -> Any:
    if 200 <= response.status_code < 300:
        return _parse_success(prepared, response, context)
    raise _status_error(prepared.operation, response, context)


def connection_error(exc: httpx.RequestError, operation: Operation, context: ResponseContext) -> APIConnectionError:
    """The error for a request that got no usable answer at all."""
    shown = _path(exc, operation)
    where = f"{operation.method} {shown}"
    details = error_exchange(exc, shown, context.redact)
    unsent = isinstance(exc, NEVER_SENT)
    if not isinstance(exc, httpx.TransportError):  # e.g. a body that cannot be decoded
        message = f"{where} failed: {type(exc).__name__}: {exc}.{_not_repeated(operation)}"
        return APIConnectionError(
            context.redact(message), method=operation.method, operation_id=operation.operation_id, **details
        )
    if isinstance(exc, httpx.TimeoutException):
        message = (
            f"{where} timed out ({type(exc).__name__}): the tracker at {context.base_url} did not answer in time. "
            "Pass a larger timeout= to the client, or use kt.with_options(timeout=...) for slow reports."
            f"{'' if unsent else _not_repeated(operation)}"
        )
        return APITimeoutError(
            context.redact(message), method=operation.method, operation_id=operation.operation_id, **details
        )
    message = f"{where} could not reach the tracker at {context.base_url}: {type(exc).__name__}: {exc}."
    if not unsent:
        message += _not_repeated(operation)
    return APIConnectionError(
        context.redact(message), method=operation.method, operation_id=operation.operation_id, **details
    )


def _not_repeated(operation: Operation) -> str:
    """The warning for a request that is not safe to repeat and may have been applied: a create, a clone."""
    return "" if operation.retry_safe else MAY_HAVE_REACHED


def _path(source: httpx.Response | httpx.RequestError, operation: Operation) -> str:
    try:
        return source.request.url.path
    except RuntimeError:  # built without a request (tests, custom transports)
        return operation.path


def _html_title(response: httpx.Response, context: ResponseContext) -> str:
    match = _TITLE.search(response.content[:4096])
    if not match:
        return ""
    return clip(" ".join(context.redact(match.group(1).decode("utf-8", "replace")).split()), 80)


def _is_cloudflare(response: httpx.Response) -> bool:
    head = response.content[:4096].lower()
    return (
        "cf-ray" in response.headers
        or "cf-mitigated" in response.headers
        or b"just a moment" in head
        or b"challenge-platform" in head
    )


def _snippet(response: httpx.Response, context: ResponseContext) -> str:
    """The start of the body for a message: redacted first, then cut (never the reverse)."""
    text = response.content[: SNIPPET + REDACT_WINDOW].decode("utf-8", "replace")
    return clip(" ".join(context.redact(text).split()), SNIPPET)


def _unexpected(
    operation: Operation, response: httpx.Response, context: ResponseContext, problem: str
) -> UnexpectedResponseError:
    message = f"{operation.method} {_path(response, operation)} answered {response.status_code} {problem}"
    message += _not_repeated(operation)
    return UnexpectedResponseError(
        context.redact(message),
        status_code=response.status_code,
        content_type=response.headers.get("content-type", ""),
        snippet=_snippet(response, context),
        method=operation.method,
        operation_id=operation.operation_id,
        **error_exchange(response, _path(response, operation), context.redact),
    )


def _html_problem(response: httpx.Response, context: ResponseContext) -> str:
    title = _html_title(response, context)
    page = f"an HTML page ({title!r})" if title else "an HTML page"
    if _is_cloudflare(response):
        return (
            f"with {page} instead of JSON: a Cloudflare challenge blocks API calls. Allow this machine's IP in "
            "Cloudflare (or a WAF skip rule for /admin_api/), or call the tracker's origin server directly."
        )
    return (
        f"with {page} instead of JSON: {context.base_url} does not seem to be the tracker's Admin API. "
        "Check base_url (the tracker root, e.g. https://tracker.example.com) and that no login page or proxy "
        "answers in its place."
    )


def _parse_success(prepared: PreparedCall, response: httpx.Response, context: ResponseContext) -> Any:
    operation = prepared.operation
    if is_html(response):
        raise _unexpected(operation, response, context, _html_problem(response, context))
    content = response.content
    if operation.answers or operation.json_strings:
        if "empty" in operation.answers and not content.strip():
            return None
        if _may_reshape(operation, content):
            content = _reshaped(operation, response, context)
    parsed = response
    if content is not response.content:
        # The reshaped body is parsed; errors below still name `response`, as the wire carried it.
        headers = [(k, v) for k, v in response.headers.items() if k.lower() not in _REBUILT_DROPS]
        parsed = httpx.Response(response.status_code, headers=headers, content=content)
    try:
        # One parser per operation, for any 2xx: tracker builds differ on 200 and 201, the body does not.
        return prepared.parse(parsed)
    except json.JSONDecodeError:
        size = len(response.content)
        snippet = _snippet(response, context)
        problem = (
            "with an empty body where JSON was expected."
            if not response.content.strip()
            else f"with a body that is not valid JSON ({size} bytes, cut off or not JSON): {snippet!r}"
        )
        raise _unexpected(operation, response, context, problem) from None
    except PARSE_FAILURES as exc:
        problem = (
            f"with JSON that does not match the {operation.operation_id} schema ({type(exc).__name__}: {exc}). "
            "The tracker may be newer or older than this SDK; kt.request(...) gives the raw JSON."
        )
        raise _unexpected(operation, response, context, problem) from None


_TEXT_FIELDS: dict[tuple[str, ...], re.Pattern[bytes]] = {}


def _may_reshape(operation: Operation, content: bytes) -> bool:
    """Whether `_reshaped` could change the body, judged without decoding it: a list to unwrap, or one of the
    JSON-text fields written as `"name": "`. Any `\\u` escape (which could spell a name another way) or NUL
    byte (a UTF-16 or UTF-32 body) counts as maybe.

    A body with neither is parsed as it came; one that only seems to have them goes the full way.
    """
    if "one-item-list" in operation.answers:
        return True
    if not operation.json_strings:
        return False
    # Substring checks, far cheaper than one regex alternation; a lone backslash is found fastest of all.
    if (b"\\" in content and b"\\u" in content) or b"\x00" in content:
        return True
    pattern = _TEXT_FIELDS.get(operation.json_strings)
    if pattern is None:
        names = "|".join(re.escape(name) for name in operation.json_strings)
        pattern = _TEXT_FIELDS[operation.json_strings] = re.compile(rf'"(?:{names})"\s*:\s*"'.encode())
    return pattern.search(content) is not None


def _reshaped(operation: Operation, response: httpx.Response, context: ResponseContext) -> bytes:
    """The body in the schema's shape: a one-item list unwrapped, JSON-text fields decoded (see the spec's
    `x-keitaro-answers` and `x-keitaro-json-string`). The body itself when it already is (nothing re-encoded)."""
    try:
        data = json.loads(response.content)
    except (ValueError, RecursionError):
        return response.content  # the parser reports it with the usual message
    changed = False
    if "one-item-list" in operation.answers and isinstance(data, list):
        if len(data) != 1:
            raise _unexpected(
                operation, response, context, f"with a list of {len(data)} items where one object was expected."
            )
        data, changed = data[0], True
    for item in data if isinstance(data, list) else [data]:
        if not isinstance(item, dict):
            continue
        for field in operation.json_strings:
            if isinstance(item.get(field), str):
                item[field], changed = _decoded_object(operation, response, context, field, item[field]), True
    return json.dumps(data).encode() if changed else response.content


def _decoded_object(
    operation: Operation, response: httpx.Response, context: ResponseContext, field: str, text: str
) -> dict[str, Any]:
    """A field sent as JSON text, encoded once or twice, as the object it stands for."""
    value: Any = text
    for _ in range(2):
        if not isinstance(value, str):
            break
        try:
            value = json.loads(value)
        except (ValueError, RecursionError):
            break
    if value == []:  # PHP encodes an empty associative array as []
        return {}
    if isinstance(value, dict):
        return value
    shown = clip(" ".join(context.redact(text[: 80 + REDACT_WINDOW]).split()), 80)  # redact, then cut
    raise _unexpected(
        operation,
        response,
        context,
        f"with `{field}` as text that is not a JSON object even after decoding twice: {shown!r}. "
        "kt.request(...) or kt.with_raw_response gives the raw answer.",
    )


def _status_error(operation: Operation, response: httpx.Response, context: ResponseContext) -> APIStatusError:
    status = response.status_code
    body = _json_body(response, context)
    detail = _detail(response, body, context)
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = "Error"
    cls, hint = _error_class(status, response, body, context)
    attempts = int(response.extensions.get(ATTEMPTS, 1))
    message = f"{operation.method} {_path(response, operation)} failed with {status} {reason}: {detail}. {hint}"
    if attempts > 1:
        message += f" (gave up after {attempts} attempts)"
    if status == 408 or status >= 500:  # a gateway may time out or fail after the tracker applied it
        message += _not_repeated(operation)
    kwargs: dict[str, Any] = {
        "status_code": status,
        "body": body,
        "headers": {k: context.redact(v) for k, v in response.headers.items() if k.lower() != "set-cookie"},
        "method": operation.method,
        "operation_id": operation.operation_id,
        **error_exchange(response, _path(response, operation), context.redact),
    }
    if cls is ValidationError:
        kwargs["errors"] = _field_errors(body)
    if cls is RateLimitError:
        kwargs["retry_after"] = parse_retry_after(response.headers.get("retry-after"))
    return cls(context.redact(message), **kwargs)


def _json_body(response: httpx.Response, context: ResponseContext) -> Any:
    """The error body as JSON whatever the content type says (PHP often labels JSON text/html)."""
    if not response.content.strip() or is_html(response):
        return None
    try:
        # raw text and decoded strings both: an escaped key (`\/`, `\"`, `\uXXXX`) survives the first
        return redact_json(json.loads(context.redact(response.content.decode("utf-8", "replace"))), context.redact)
    except (ValueError, RecursionError):
        return None


def _field_errors(body: Any) -> dict[str, list[str]]:
    if not isinstance(body, dict):
        return {}
    errors: dict[str, list[str]] = {}
    for field, messages in body.items():
        if isinstance(messages, list):
            errors[str(field)] = [str(message) for message in messages]
        elif isinstance(messages, str) and field != "error":
            errors[str(field)] = [messages]
    return errors


def _detail(response: httpx.Response, body: Any, context: ResponseContext) -> str:
    if isinstance(body, dict) and isinstance(body.get("error"), str):
        return str(body["error"])
    fields = _field_errors(body)
    if fields:
        return "; ".join(f"{field}: {' '.join(messages)}" for field, messages in fields.items())
    if body is not None:
        return clip(json.dumps(body, ensure_ascii=False), SNIPPET)  # body is redacted already
    if is_html(response):
        title = _html_title(response, context)
        return f"an HTML page ({title!r})" if title else "an HTML page"
    return _snippet(response, context) or "no body"


def _error_class(
    status: int, response: httpx.Response, body: Any, context: ResponseContext
) -> tuple[type[APIStatusError], str]:
    if status == 401:
        hint = "Check the API key (api_key= or KEITARO_API_KEY) and that its user is still active."
        if context.auth_scheme == "bearer":
            hint += " Older trackers accept only the Api-Key header: try auth='api_key'."
        return AuthenticationError, hint
    if status == 402:
        return PaymentRequiredError, "This tracker's edition has no Admin API; it needs a higher Keitaro licence."
    if status == 403:
        return PermissionDeniedError, "The key's user lacks the rights for this; an admin can grant them under Users."
    if status == 404:
        if is_html(response):
            return NotFoundError, (
                f"The address does not lead to the Admin API: check base_url ({context.base_url}), "
                "the tracker root such as https://tracker.example.com."
            )
        if body is None and not response.content.strip():
            return NotFoundError, (
                f"No such entity, or base_url ({context.base_url}) does not lead to the Admin API; check the id first."
            )
        # JSON {"error": ...} or the tracker's own short sentence in plain text.
        return NotFoundError, "Check the id: the entity does not exist or was deleted."
    if status in (406, 422):
        return ValidationError, "Correct the fields listed and send again."
    if status == 429:
        wait = parse_retry_after(response.headers.get("retry-after"))
        when = f"after {wait:.0f} s" if wait is not None else "later"
        return RateLimitError, f"The tracker is rate limiting this key; retry {when} or send fewer requests at once."
    if status >= 500:
        return ServerError, "The tracker failed while handling it; if this persists, see its system log."
    if status == 400:
        return BadRequestError, "The tracker could not understand the request."
    if 300 <= status < 400:
        location = context.redact(response.headers.get("location", "another address"))
        return APIStatusError, (
            f"The tracker redirects to {location}; use that address as base_url "
            "(redirects are not followed, so the API key never goes to another host)."
        )
    return APIStatusError, "See the body for details."

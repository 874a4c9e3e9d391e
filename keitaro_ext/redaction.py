"""Keeping the API key out of every text, decoded body, header and exception this SDK hands out.

The rule, used alike by the client and the `keitaro` command:

1. Blank first, cut afterwards. A text is redacted whole (or a window far larger than the part
   shown) and only then shortened by `clip`, which never ends inside a `[redacted]` marker, so no
   cut can leave the first characters of a key behind.
2. The key is also looked for in the forms a tracker may escape it into: JSON (`\\/` as PHP writes
   it, `\\"`, `\\\\`, `\\uXXXX` for non-ASCII characters) and HTML entities. Decoded JSON is
   redacted string by string, keys of objects included (`redact_json`).
3. A key shorter than `MIN_PLAIN_KEY` characters (test setups, toy trackers) is blanked only where
   it stands as a whole token, delimited by whitespace, quotes, brackets or `,;:=&?<>|\\`; so a
   key `api` leaves `/admin_api/v1` alone and a key `campaigns` leaves `/campaigns/7` alone.
   Limit: such a key is not found glued inside a longer word. Real Keitaro keys are 32 characters.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Iterable
from typing import Any

__all__ = [
    "MARKER",
    "MIN_PLAIN_KEY",
    "clip",
    "redact_json",
    "redact_secret",
    "redact_secrets",
    "safe_request",
    "safe_response",
    "scrub_chain",
]

MARKER = "[redacted]"
MIN_PLAIN_KEY = 12
# Characters that continue a token: a short key next to one of these is part of a longer word or path.
_WORD_CHARS = r"A-Za-z0-9_\-./+~%@#$!*"
CHAIN_DEPTH = 16
AUTH_HEADERS = ("api-key", "authorization")


def _html_escaped(text: str) -> str:
    """As html.escape writes it (the html module loads a large entity table: not worth importing)."""
    for char, entity in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&#x27;")):
        text = text.replace(char, entity)
    return text


def _forms(secret: str) -> list[str]:
    """The key as written raw, JSON-escaped (with and without PHP's `\\/`) and HTML-escaped."""
    forms = {secret, json.dumps(secret)[1:-1], json.dumps(secret, ensure_ascii=False)[1:-1], _html_escaped(secret)}
    forms |= {form.replace("/", "\\/") for form in list(forms)}
    return sorted(forms, key=len, reverse=True)


def redact_secret(text: str, secret: str) -> str:
    """`text` with every written form of `secret` replaced by `[redacted]` (see the module rule)."""
    secret = secret.strip()
    if not secret or not text:
        return text
    for form in _forms(secret):
        if form not in text:
            continue
        if len(secret) >= MIN_PLAIN_KEY:
            text = text.replace(form, MARKER)
        else:
            # whole token only; trailing sentence punctuation still ends a token ("key abc.")
            pattern = rf"(?<![{_WORD_CHARS}]){re.escape(form)}(?=[.!]*(?![{_WORD_CHARS}]))"
            text = re.sub(pattern, MARKER, text)
    return text


def redact_secrets(text: str, secrets: Iterable[str]) -> str:
    for secret in secrets:
        text = redact_secret(text, secret)
    return text


def redact_json(value: Any, redact: Callable[[str], str]) -> Any:
    """A decoded JSON value with every string (object keys included) passed through `redact`.

    Raises RecursionError for values nested deeper than Python can walk; callers treat that
    like a body that could not be decoded.
    """
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, list):
        return [redact_json(item, redact) for item in value]
    if isinstance(value, dict):
        return {redact(str(key)): redact_json(item, redact) for key, item in value.items()}
    return value


def clip(text: str, limit: int) -> str:
    """`text` cut to about `limit` characters, never inside a `[redacted]` marker (it is kept whole)."""
    if len(text) <= limit:
        return text
    start = text.find(MARKER, max(0, limit - len(MARKER) + 1), limit + len(MARKER) - 1)
    if start != -1 and start < limit < start + len(MARKER):
        return text[: start + len(MARKER)]
    return text[:limit]


def _same(text: str) -> str:
    return text


def safe_request(request: Any, redact: Callable[[str], str] = _same) -> Any:
    """A copy of an httpx request with the auth headers blanked and every other header redacted.

    The body is not copied: it never holds the key, and a copy kept in an error must stay small.
    """
    import httpx

    headers = [
        (name, MARKER if name.lower() in AUTH_HEADERS else redact(value)) for name, value in request.headers.items()
    ]
    return httpx.Request(request.method, redact(str(request.url)), headers=headers)


def safe_response(response: Any, redact: Callable[[str], str] = _same) -> Any:
    """A copy of an httpx response: status and headers (set-cookie dropped), a `safe_request`, no body.

    The body is left out because it may echo the key and only its redacted, decoded form (an
    error's `body`) is safe to keep.
    """
    import httpx

    try:
        request = safe_request(response.request, redact)
    except RuntimeError:  # a response built without a request
        request = None
    headers = [(name, redact(value)) for name, value in response.headers.items() if name.lower() != "set-cookie"]
    return httpx.Response(response.status_code, headers=headers, request=request)


def _scrubbed(exc: BaseException, redact: Callable[[str], str]) -> BaseException:
    """A copy of one foreign exception with no httpx request or response, no traceback, texts redacted."""
    import httpx

    message = redact(str(exc))
    if isinstance(exc, httpx.RequestError | httpx.HTTPStatusError):
        try:
            request = safe_request(exc.request, redact)
        except RuntimeError:  # raised without a request
            request = None
        if isinstance(exc, httpx.HTTPStatusError):
            return httpx.HTTPStatusError(message, request=request, response=safe_response(exc.response, redact))
        try:
            return type(exc)(message, request=request)
        except TypeError:  # a subclass with another signature
            return httpx.TransportError(message, request=request)
    try:
        clone = copy.copy(exc)
    except Exception:  # an exception that cannot be copied: keep its type's name and the text only
        return RuntimeError(f"{type(exc).__name__}: {message}")
    clone.args = tuple(redact(arg) if isinstance(arg, str) else arg for arg in exc.args)
    for name, attribute in list(vars(clone).items()):
        if isinstance(attribute, str):
            setattr(clone, name, redact(attribute))
    return clone.with_traceback(None)


def scrub_chain(error: BaseException, redact: Callable[[str], str]) -> BaseException:
    """`error` with its `__cause__`/`__context__` chain replaced by redacted copies (see `_scrubbed`).

    Error reporters walk the chain even after `raise ... from None`; the httpx exceptions in it
    hold the request, whose headers hold the key. Our own errors in the chain are kept (their
    texts are redacted when they are made) and their chains scrubbed in turn.
    """
    from .errors import KeitaroError

    done: dict[int, BaseException | None] = {}

    def clean(exc: BaseException | None, depth: int) -> BaseException | None:
        if exc is None or depth > CHAIN_DEPTH:
            return None
        if id(exc) in done:  # the same exception as cause and context, or a cycle
            return done[id(exc)]
        kept = exc if isinstance(exc, KeitaroError) else _scrubbed(exc, redact)
        done[id(exc)] = kept
        suppress = exc.__suppress_context__
        cause, context = clean(exc.__cause__, depth + 1), clean(exc.__context__, depth + 1)
        kept.__cause__, kept.__context__ = cause, context
        kept.__suppress_context__ = suppress
        return kept

    suppress = error.__suppress_context__
    error.__cause__ = clean(error.__cause__, 1)
    error.__context__ = clean(error.__context__, 1)
    error.__suppress_context__ = suppress
    return error

"""Typed exceptions: one class per kind of failure a caller may want to handle differently.

Every message says what went wrong and what to do. None ever contains the API key: messages are
built from the method, the path (never the query string) and the tracker's own error text, and
pass through the client's redactor.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

# Defined with the generated code, so the generated facade can raise them before anything is sent.
from keitaro_admin_client.types import PICKLE_VALUE_HOOKS, InvalidArgumentError, KeitaroError

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "InvalidArgumentError",
    "KeitaroError",
    "NotFoundError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "UnexpectedResponseError",
    "ValidationError",
]


def _picklable(value: Any) -> Any:
    """httpx objects with the auth headers blanked; everything else as it is."""
    import sys

    httpx = sys.modules.get("httpx")  # an httpx object can only exist if httpx was imported
    if httpx is None:
        return value
    from .redaction import safe_request, safe_response

    if isinstance(value, httpx.Request):
        return safe_request(value)
    if isinstance(value, httpx.Response):
        return safe_response(value)
    return value


PICKLE_VALUE_HOOKS.append(_picklable)


class ConfigurationError(KeitaroError, ValueError):
    """The client cannot be built: missing or malformed URL or key, bad option."""


class APIError(KeitaroError):
    """A call to the tracker failed. `method` and `path` (as the message shows it) say which one.

    `request` and `response` are copies of the httpx objects with the API key taken out (`response`
    is None when no answer arrived); `request_id` is the id a server or proxy gave the answer, if any.
    """

    def __init__(
        self,
        message: str,
        *,
        method: str = "",
        path: str = "",
        operation_id: str = "",
        request: httpx.Request | None = None,
        response: httpx.Response | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.path = path
        self.operation_id = operation_id
        self.request = request
        self.response = response
        self.request_id = request_id


class APIConnectionError(APIError):
    """No usable answer arrived: DNS, refused or dropped connection, TLS failure."""


class APITimeoutError(APIConnectionError):
    """The tracker did not answer within the timeout."""


class UnexpectedResponseError(APIError):
    """An answer arrived but is not what the API promises: an HTML page, cut-off JSON, a wrong shape."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        content_type: str = "",
        snippet: str = "",
        **kwargs: Any,
    ) -> None:
        super().__init__(message, **kwargs)
        self.status_code = status_code
        self.content_type = content_type
        self.snippet = snippet


class APIStatusError(APIError):
    """The tracker answered with an error status. `body` is the parsed JSON body, if any."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(message, **kwargs)
        self.status_code = status_code
        self.body = body
        self.headers = dict(headers or {})


class BadRequestError(APIStatusError):
    """400: the tracker could not understand the request."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, wrong or revoked."""


class PaymentRequiredError(APIStatusError):
    """402: the tracker's edition has no Admin API."""


class PermissionDeniedError(APIStatusError):
    """403: the key's user may not do this."""


class NotFoundError(APIStatusError):
    """404: no such entity, or the URL does not lead to the Admin API."""


class ValidationError(APIStatusError):
    """406 or 422: fields were rejected. `errors` maps each field to its messages."""

    def __init__(self, message: str, *, errors: Mapping[str, list[str]] | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.errors: dict[str, list[str]] = dict(errors or {})


class RateLimitError(APIStatusError):
    """429: too many requests. `retry_after` is the wait the tracker asked for, in seconds, if any."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class ServerError(APIStatusError):
    """5xx: the tracker failed while handling the request."""

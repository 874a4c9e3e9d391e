"""`kt.request(...)`: a call to any path, undocumented ones included, on the same path as the facade.

Same auth, retries (GET/PUT/DELETE/HEAD/OPTIONS safe unless `retry_safe=` says otherwise), typed
errors and redaction; the answer is plain JSON, or a model when `cast_to=` names one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypedDict

import httpx
from keitaro_admin_client.facade import Operation, PreparedCall, RequestOptions

from ._constants import SAFE_METHODS
from .errors import ConfigurationError

__all__ = ["RequestArguments", "prepare_request"]

METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})


def _json_or_none(response: httpx.Response) -> Any:
    return response.json() if response.content.strip() else None


def _parser(cast_to: Any) -> Callable[[httpx.Response], Any]:
    if cast_to is None:
        return _json_or_none
    if cast_to is bytes:
        return lambda response: response.content
    if cast_to is str:
        return lambda response: response.text
    from_dict = getattr(cast_to, "from_dict", None)
    if callable(from_dict):
        return lambda response: from_dict(response.json())
    raise ConfigurationError(
        f"cast_to must be None (JSON), bytes, str or a model class with from_dict, got {cast_to!r}."
    )


def _checked_path(path: str) -> str:
    if not isinstance(path, str) or not path.startswith("/") or "://" in path or "?" in path or "#" in path:
        raise ConfigurationError(
            f"path must be an Admin API path such as '/domains/ip' (relative to base_url, query in params=), "
            f"got {path!r}."
        )
    return path


class RequestArguments(TypedDict, total=False):
    """The keyword arguments of `kt.request` besides `cast_to`, written once for both clients."""

    params: Mapping[str, Any] | None  # the query string
    json: Any  # the body, sent as JSON when not None
    retry_safe: bool | None  # None: GET/PUT/DELETE/HEAD/OPTIONS are retried, POST/PATCH are not
    extra_headers: Mapping[str, str] | None
    timeout: float | httpx.Timeout | None  # this call's deadline instead of the client's
    max_retries: int | None  # this call's retry budget instead of the client's


def prepare_request(
    method: str,
    path: str,
    *,
    params: Mapping[str, Any] | None = None,
    json: Any = None,
    cast_to: Any = None,
    retry_safe: bool | None = None,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> PreparedCall:
    verb = str(method).upper()
    if verb not in METHODS:
        raise ConfigurationError(f"method must be one of {', '.join(sorted(METHODS))}, got {method!r}.")
    operation = Operation(
        operation_id=f"request {verb} {_checked_path(path)}",
        tag="",
        name="request",
        method=verb,
        path=path,
        retry_safe=verb in SAFE_METHODS if retry_safe is None else bool(retry_safe),
        success_status=200,
        summary="",
    )
    request: dict[str, Any] = {"method": verb, "url": path}
    if params:
        request["params"] = dict(params)
    if json is not None:
        request["json"] = json
    return PreparedCall(operation, request, _parser(cast_to), RequestOptions(timeout, max_retries, extra_headers))

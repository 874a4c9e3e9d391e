"""Checks every answer of the fake against the response schemas of the spec."""

from __future__ import annotations

import functools
import json
from typing import Any

import httpx
from jsonschema.protocols import Validator

from keitaro_ext.testing.core import FAULT_HEADER
from keitaro_ext.testing.errors import ApiError
from keitaro_ext.testing.spec import API_PREFIX, response_schema, schema_validator, spec_index
from keitaro_ext.testing.spec import SpecOperation as Operation
from keitaro_ext.testing.validation import route

API_KEY = "test-key"


class SpecMismatchError(AssertionError):
    """An answer whose status or body the spec does not allow."""


def operation_of(request: httpx.Request) -> Operation | None:
    path = request.url.path
    if not path.startswith(API_PREFIX + "/"):
        return None
    try:
        op, _ = route(spec_index(), request.method, path[len(API_PREFIX) :])
    except ApiError:
        return None
    return op


@functools.cache
def _validator(operation_id: str, status: int) -> Validator:
    _, schema = response_schema(spec_index().by_id()[operation_id], status)
    return schema_validator(schema or {}, read=True)


def check_answer(op: Operation, status: int, content_type: str, content: bytes) -> None:
    """Raise SpecMismatchError unless the spec declares this status and the body fits its schema."""
    if not op.declares(status):
        raise SpecMismatchError(f"{op.operation_id}: status {status} is not declared ({sorted(op.statuses)})")
    media, _ = response_schema(op, status)
    if media is None:
        if content:
            raise SpecMismatchError(f"{op.operation_id} {status}: the spec declares no body, got {content[:80]!r}")
        return
    if content_type.split(";")[0] != media:
        raise SpecMismatchError(f"{op.operation_id} {status}: content type {content_type!r}, spec says {media!r}")
    if media != "application/json":
        return
    body: Any = json.loads(content)
    errors = list(_validator(op.operation_id, status).iter_errors(body))
    if errors:
        raise SpecMismatchError(f"{op.operation_id} {status}: {errors[0].message} at {list(errors[0].absolute_path)}")


class SpecChecker:
    """An httpx response hook that checks each answer; `checked` counts answers per operation."""

    def __init__(self) -> None:
        self.checked: dict[str, int] = {}

    def __call__(self, response: httpx.Response) -> None:
        op = operation_of(response.request)
        if op is None or FAULT_HEADER in response.headers:
            return
        response.read()
        check_answer(op, response.status_code, response.headers.get("content-type", ""), response.content)
        self.checked[op.operation_id] = self.checked.get(op.operation_id, 0) + 1

    async def acheck(self, response: httpx.Response) -> None:
        await response.aread()
        self(response)


class CheckedTransport(httpx.BaseTransport):
    """Wraps a transport and checks each answer, for clients that own their httpx.Client."""

    def __init__(self, inner: httpx.BaseTransport, checker: SpecChecker) -> None:
        self.inner = inner
        self.checker = checker

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        response.read()
        self.checker(response)
        return response

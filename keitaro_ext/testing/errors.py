"""Errors the fake tracker answers with, in Keitaro's shapes.

Handlers raise these; the dispatcher turns them into responses. Keeping them as exceptions
lets a handler stop at the first problem without threading error values through every call.
"""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """An answer other than success: an HTTP status and a JSON body."""

    def __init__(self, status: int, body: dict[str, Any]) -> None:
        super().__init__(status, body)
        self.status = status
        self.body = body


class BadRequestError(ApiError):
    """400 `{"error": ...}`: the request cannot be understood (path, method, parameters, JSON)."""

    def __init__(self, message: str) -> None:
        super().__init__(400, {"error": message})


class UnauthorizedError(ApiError):
    """401 `{"error": ...}`: the API key is missing or wrong."""

    def __init__(self, message: str) -> None:
        super().__init__(401, {"error": message})


class PayloadTooLargeError(ApiError):
    """413 `{"error": ...}`: the body is over the fake's size limit (the shape is Keitaro's Error schema)."""

    def __init__(self, message: str) -> None:
        super().__init__(413, {"error": message})


class NotFoundError(ApiError):
    """404 `{"error": ...}`: no entity with this id."""

    def __init__(self, message: str) -> None:
        super().__init__(404, {"error": message})


class InvalidError(ApiError):
    """406 `{field: [messages]}`: the body was understood but a field is not acceptable.

    Operations whose spec entry declares no 406 answer 400 with the same messages joined,
    which the dispatcher does, so handlers can always raise this.
    """

    def __init__(self, fields: dict[str, list[str]]) -> None:
        super().__init__(406, dict(fields))
        self.fields = fields

    @classmethod
    def one(cls, field: str, message: str) -> InvalidError:
        return cls({field: [message]})

    def as_bad_request(self) -> BadRequestError:
        text = "; ".join(f"{field}: {' '.join(messages)}" for field, messages in self.fields.items())
        return BadRequestError(text)

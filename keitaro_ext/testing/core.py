"""The tracker as a pure function: request parts in, a `FakeOutcome` out.

Order of work: before the body is read, `guard` answers a request to the API without a valid
key (401) or with a declared Content-Length over `max_body_bytes` (413), so an unauthenticated
upload costs nothing; the transports read the body into a bounded buffer and answer 413 past
the limit. Then: record the request; pick a fault; a "before" fault answers (or drops) at once;
otherwise check the API key, route and validate against the spec, run the handler; an "after"
fault then spoils the answer of the applied request. Transports (in-process and ASGI) only
turn a `FakeOutcome` into bytes on the wire, a raised error, or a closed socket.

The size limit is the fake's own: real trackers sit behind nginx, whose `client_max_body_size`
sets theirs (and whose own 413 page may be HTML). The fake answers it in Keitaro's error shape,
`{"error": "..."}` (the `Error` schema of Keitaro's published document), so clients see one shape.
The request log keeps the last `request_log_size` requests (a ring: older ones are dropped).
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from .errors import ApiError, InvalidError, NotFoundError, PayloadTooLargeError, UnauthorizedError
from .faults import HTML_PAGE, Fault, Faults
from .handlers.base import Backend, Call
from .handlers.catalog import HANDLERS
from .spec import API_PREFIX, spec_index
from .validation import validate

logger = logging.getLogger("keitaro_ext.testing")
JSON = "application/json"
FAULT_HEADER = "x-keitaro-fake-fault"  # marks answers spoiled on purpose, for debugging and test hooks
DEFAULT_MAX_BODY = 16 * 1024 * 1024
DEFAULT_LOG_SIZE = 10_000
_API_ROOT = API_PREFIX + "/"


@dataclass
class FakeOutcome:
    """What the client gets: an answer, or a dropped/reset connection, after `delay` seconds."""

    status: int = 200
    body: bytes = b""
    content_type: str | None = JSON
    headers: dict[str, str] = field(default_factory=dict)
    drop: str | None = None  # "close" or "reset"
    delay: float = 0.0

    def header_list(self) -> list[tuple[str, str]]:
        headers = dict(self.headers)
        if self.content_type:
            headers["content-type"] = self.content_type
        return list(headers.items())


@dataclass
class RecordedRequest:
    """One request as the fake received it, for assertions such as "sent exactly once"."""

    method: str
    path: str
    query: dict[str, str]
    json: Any
    body: bytes
    headers: dict[str, str]
    operation_id: str | None = None
    status: int | None = None
    fault: str | None = None


class RequestLog(list[RecordedRequest]):
    """`fake.requests`: the last `maxlen` requests received, in order; `dropped` counts older ones.

    A list (index, slice, `len`, `clear()`), trimmed from the front as requests arrive, so a fake
    serving millions of requests keeps a bounded log.
    """

    def __init__(self, items: Iterable[RecordedRequest] = (), *, maxlen: int = DEFAULT_LOG_SIZE) -> None:
        if maxlen < 1:
            raise ValueError(f"request_log_size must be at least 1, got {maxlen}")
        super().__init__(items)
        self.maxlen = maxlen
        self.dropped = 0

    def append(self, record: RecordedRequest) -> None:
        super().append(record)
        excess = len(self) - self.maxlen
        if excess > 0:
            del self[:excess]
            self.dropped += excess

    def clear(self) -> None:
        super().clear()
        self.dropped = 0

    def calls(self, method: str, path: str) -> list[RecordedRequest]:
        """The requests with this method and API path (e.g. "POST", "/campaigns")."""
        return [r for r in self if r.method == method.upper() and r.path == path]


# `json.dumps` with any non-default argument builds a new encoder per call; this one is stateless.
_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)


def dump(value: Any) -> bytes:
    """Compact JSON as UTF-8 bytes, like `json.dumps(value, separators=(",", ":"), ensure_ascii=False)`."""
    return _ENCODER.encode(value).encode()


def _error(exc: ApiError) -> FakeOutcome:
    return FakeOutcome(exc.status, dump(exc.body))


def _parse_json(body: bytes) -> Any:
    try:
        return json.loads(body) if body.strip() else None
    except (ValueError, RecursionError):
        return None


def _record(
    method: str, raw_path: str, query: str, headers: Mapping[str, str], body: bytes, parsed: Any
) -> RecordedRequest:
    path = raw_path[len(API_PREFIX) :] or "/" if raw_path.startswith(API_PREFIX) else raw_path
    params = dict(parse_qsl(query, keep_blank_values=True)) if query else {}
    return RecordedRequest(method.upper(), path, params, parsed, body, dict(headers))


class Dispatcher:
    """Runs requests against a backend; one lock keeps state changes whole across threads."""

    def __init__(
        self,
        backend: Backend,
        api_key: str,
        faults: Faults,
        *,
        max_body_bytes: int = DEFAULT_MAX_BODY,
        request_log_size: int = DEFAULT_LOG_SIZE,
    ) -> None:
        if max_body_bytes < 0:
            raise ValueError(f"max_body_bytes must be 0 or more, got {max_body_bytes}")
        self.backend = backend
        self.api_key = api_key
        self.faults = faults
        self.max_body_bytes = max_body_bytes
        self.requests = RequestLog(maxlen=request_log_size)
        self.index = spec_index()
        self._lock = threading.RLock()

    def guard(self, method: str, raw_path: str, query: str, headers: Mapping[str, str]) -> FakeOutcome | None:
        """The answer to give before reading the body (recorded), or None to read it and `process`."""
        error: ApiError | None = None
        if raw_path == API_PREFIX or raw_path.startswith(_API_ROOT):
            try:
                self._authorize(headers)
            except ApiError as exc:
                error = exc
        declared = headers.get("content-length", "")
        if error is None and declared.isdigit() and int(declared) > self.max_body_bytes:
            error = self._too_large()
        if error is None:
            return None
        return self.refuse(method, raw_path, query, headers, error)

    def _too_large(self) -> ApiError:
        return PayloadTooLargeError(
            f"The request body is larger than {self.max_body_bytes} bytes; send less at once "
            "(FakeTracker(max_body_bytes=...) sets the fake's limit)"
        )

    def refuse(
        self, method: str, raw_path: str, query: str, headers: Mapping[str, str], error: ApiError | None = None
    ) -> FakeOutcome:
        """Record a request answered without its body, and the error answer (by default: the body is too large)."""
        error = error or self._too_large()
        record = _record(method, raw_path, query, headers, b"", None)
        record.status = error.status
        with self._lock:
            self.requests.append(record)
        return _error(error)

    def process(self, method: str, raw_path: str, query: str, headers: Mapping[str, str], body: bytes) -> FakeOutcome:
        if len(body) > self.max_body_bytes:
            return self.refuse(method, raw_path, query, headers)
        record = _record(method, raw_path, query, headers, body, _parse_json(body) if body else None)
        with self._lock:
            self.requests.append(record)
            fault = self.faults.pick(record.method, record.path)
            if fault is not None and fault.when == "before" and fault.breaks_answer:
                outcome = self._spoil(fault, None)
            else:
                outcome = self._answer(record, raw_path, query, headers, body)
                if fault is not None and fault.breaks_answer:
                    outcome = self._spoil(fault, outcome)
            if fault is not None and fault.breaks_answer:
                outcome.headers[FAULT_HEADER] = fault.kind
            if fault is not None:
                outcome.delay = fault.latency
                record.fault = fault.kind
            record.status = None if outcome.drop else outcome.status
        return outcome

    def _answer(
        self, record: RecordedRequest, raw_path: str, query: str, headers: Mapping[str, str], body: bytes
    ) -> FakeOutcome:
        try:
            if not raw_path.startswith(_API_ROOT) and raw_path != API_PREFIX:
                raise NotFoundError(f"Not found: {raw_path}. The Admin API is under {API_PREFIX}/")
            self._authorize(headers)
            if record.path == "/":  # only the API root can be the ?batch entrypoint
                from . import batch_entrypoint  # here, not on top: it builds on this module

                if batch_entrypoint.targets(record):
                    return batch_entrypoint.answer(record, headers, self._answer)
            valid = validate(
                self.index, record.method, record.path, record.query, body, headers.get("content-type", "")
            )
            record.operation_id = valid.operation.operation_id
            handler = HANDLERS[valid.operation.operation_id]
            try:
                result = handler(Call(self.backend, valid.operation, valid.params, valid.body))
            except InvalidError as exc:
                raise exc if valid.operation.declares(406) else exc.as_bad_request() from None
            status = valid.operation.success_status
            if result is None:
                return FakeOutcome(status, b"", None)
            if isinstance(result, bytes):
                disposition = f'attachment; filename="{record.path.strip("/").replace("/", "-")}.zip"'
                return FakeOutcome(status, result, "application/octet-stream", {"content-disposition": disposition})
            return FakeOutcome(status, dump(result))
        except ApiError as exc:
            return _error(exc)
        except Exception as exc:  # a bug of the fake: answer like a tracker would, and say so in the log
            logger.exception("fake tracker failed on %s %s", record.method, record.path)
            return FakeOutcome(500, dump({"error": f"The fake tracker failed: {exc!r}"}))

    def _authorize(self, headers: Mapping[str, str]) -> None:
        key = headers.get("api-key")
        bearer = headers.get("authorization", "")
        if key is None and bearer[:7].lower() == "bearer ":
            key = bearer[7:].strip()
        if not key:
            raise UnauthorizedError(
                "Access denied: send the API key in the 'Api-Key' header or as 'Authorization: Bearer'"
            )
        if key != self.api_key:
            raise UnauthorizedError("Access denied: the API key is not valid")

    @staticmethod
    def _spoil(fault: Fault, answer: FakeOutcome | None) -> FakeOutcome:
        """The broken answer a fault produces; `answer` is the real one for "after" faults."""
        if fault.drop or fault.reset:
            return FakeOutcome(0, drop="reset" if fault.reset else "close")
        if fault.html:
            return FakeOutcome(200, HTML_PAGE, "text/html; charset=utf-8")
        if fault.truncate:
            whole = answer.body if answer is not None and answer.body else dump({"error": "The tracker is restarting"})
            status = answer.status if answer is not None else 200
            return FakeOutcome(status, whole[: max(1, len(whole) // 2)], JSON)
        status = fault.status or 500
        headers = {}
        if fault.retry_after is not None:
            seconds = fault.retry_after
            headers["retry-after"] = str(int(seconds)) if float(seconds).is_integer() else str(seconds)
        message = "Too many requests" if status == 429 else f"Injected fault: HTTP {status}"
        return FakeOutcome(status, dump({"error": message}), JSON, headers)

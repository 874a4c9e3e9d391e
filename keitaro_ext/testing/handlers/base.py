"""What every handler uses: the call it handles, the registry by operationId, and shaping
records into the spec's read schemas.

A handler returns the success body: a JSON value, `bytes` (served as a zip), or `None` for
an answer without a body; the status is the operation's success status from the spec.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from ..errors import InvalidError
from ..reports.common import ReportSource
from ..spec import SpecOperation, component
from ..state import Record, Store, TrackerState


class Backend(Protocol):
    """The part of the fake a handler may use."""

    state: TrackerState

    def report_source(self) -> ReportSource: ...


@dataclass(frozen=True)
class Call:
    """One validated request, as a handler sees it."""

    backend: Backend
    operation: SpecOperation
    params: dict[str, Any]
    body: Any

    @property
    def state(self) -> TrackerState:
        return self.backend.state

    @property
    def id(self) -> int:
        value: int = self.params["id"]
        return value

    def fields(self) -> dict[str, Any]:
        """A deep copy of the JSON body, safe to store."""
        return copy.deepcopy(dict(self.body or {}))


Handler = Callable[[Call], Any]
HANDLERS: dict[str, Handler] = {}


def handles(*operation_ids: str) -> Callable[[Handler], Handler]:
    """Register a handler for operations of the spec, by operationId."""

    def register(handler: Handler) -> Handler:
        for operation_id in operation_ids:
            if operation_id in HANDLERS:
                raise RuntimeError(f"two handlers for {operation_id}")
            HANDLERS[operation_id] = handler
        return handler

    return register


@functools.cache
def _properties(schema_name: str) -> dict[str, bool]:
    """Property name -> may it be null, for a read schema (3.0.3: `nullable` beside a `type`)."""
    props = component(schema_name).get("properties", {})
    return {name: bool(node.get("nullable") and "type" in node) for name, node in props.items()}


def present(schema_name: str, record: Mapping[str, Any]) -> dict[str, Any]:
    """A record as the tracker returns it: only the read schema's fields, no null where none is allowed.

    The nested values are the record's own, not copies: a handler's answer is encoded to bytes at once,
    under the dispatcher's lock (`Dispatcher._answer`), and no handler changes what it answers.
    """
    props = _properties(schema_name)
    return {key: value for key, value in record.items() if key in props and (value is not None or props[key])}


def touch(state: TrackerState, record: Record, changes: Mapping[str, Any]) -> Record:
    """Apply top-level changes and bump `updated_at`."""
    record.update(changes)
    if "updated_at" in record:
        record["updated_at"] = state.stamp()
    return record


def new_record(state: TrackerState, store: Store, fields: Mapping[str, Any], *, stamps: bool = True) -> Record:
    record = dict(fields)
    if stamps:
        record["created_at"] = record["updated_at"] = state.stamp()
    return store.insert(record)


def archive(state: TrackerState, record: Record) -> Record:
    """Move to the archive (state `deleted`), remembering the state to restore."""
    if record.get("state") != "deleted":
        record["_restore_state"] = record.get("state", "active")
    return touch(state, record, {"state": "deleted"})


def restore(state: TrackerState, record: Record) -> Record:
    return touch(state, record, {"state": record.pop("_restore_state", "active")})


def not_blank(fields: Mapping[str, Any], *names: str) -> None:
    """406 for a text field sent empty or as spaces."""
    for name in names:
        if name in fields and not str(fields[name]).strip():
            raise InvalidError.one(name, "This value should not be blank.")


def copy_name(name: str) -> str:
    return f"{name} (copy)"

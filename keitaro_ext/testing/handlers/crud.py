"""One mechanism for the CRUD operations of every entity (the idea of stripe-python's capability
mixins): an `Entity` declares its table, read schema and quirks; `register` makes the handlers.

Quirks are data: `deleted` says what a delete answers (the record, no body, or `{"success": true}`),
`remove` whether it deletes or archives, `envelope` which answers sit inside `{"data": ...}`,
`check` validates and rewrites a write body, `after` keeps what lives beside the record in step.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from ..defaults import fresh
from ..errors import InvalidError
from ..state import Record, Store, TrackerState
from .base import Call, Handler, archive, copy_name, handles, new_record, not_blank, present, restore, touch

Check = Callable[[TrackerState, dict[str, Any], Record | None], dict[str, Any]]
After = Callable[[Call, str, Record, Record | None], None]  # call, verb, record, the clone's source


def name_not_blank(state: TrackerState, fields: dict[str, Any], current: Record | None) -> dict[str, Any]:
    not_blank(fields, "name")
    return fields


@dataclass(frozen=True)
class Entity:
    table: str  # the `TrackerState` attribute, also the key of the defaults table
    schema: str  # the read schema answers are shaped by
    show: Callable[[TrackerState, Record], Any] | None = None  # default: `present(schema, record)`
    check: Check = name_not_blank
    check_create: bool = True  # False: the spec alone checks a create body
    stamps: bool = True  # created_at/updated_at set on create
    remove: bool = False  # delete removes the record instead of archiving it
    deleted: Literal["record", "none", "success"] = "record"
    envelope: frozenset[str] = frozenset()  # verbs answered inside {"data": ...}
    after: After | None = None

    def store(self, state: TrackerState) -> Store:
        store: Store = getattr(state, self.table)
        return store

    def answer(self, call: Call, verb: str, record: Record) -> Any:
        shown = self.show(call.state, record) if self.show else present(self.schema, record)
        return {"data": shown} if verb in self.envelope else shown

    def done(self, call: Call, verb: str, record: Record, source: Record | None = None) -> Any:
        if self.after is not None:
            self.after(call, verb, record, source)
        return self.answer(call, verb, record)


def _list(entity: Entity, deleted: bool) -> Handler:
    def handler(call: Call) -> Any:
        shown = [entity.answer(call, "", r) for r in entity.store(call.state).where(deleted=deleted)]
        return {"data": shown} if "list" in entity.envelope else shown

    return handler


def _get(entity: Entity) -> Handler:
    return lambda call: entity.answer(call, "get", entity.store(call.state).require(call.id))


def _create(entity: Entity) -> Handler:
    def handler(call: Call) -> Any:
        fields = entity.check(call.state, call.fields(), None) if entity.check_create else call.fields()
        store = entity.store(call.state)
        return entity.done(
            call, "create", new_record(call.state, store, fresh(entity.table, fields), stamps=entity.stamps)
        )

    return handler


def _update(entity: Entity) -> Handler:
    def handler(call: Call) -> Any:
        record = entity.store(call.state).require(call.id)
        return entity.done(call, "update", touch(call.state, record, entity.check(call.state, call.fields(), record)))

    return handler


def _delete(entity: Entity) -> Handler:
    def handler(call: Call) -> Any:
        store = entity.store(call.state)
        record = store.require(call.id)
        if entity.remove:
            store.remove(call.id)
        else:
            archive(call.state, record)
        shown = entity.done(call, "delete", record)
        return {"record": shown, "none": None, "success": {"success": True}}[entity.deleted]

    return handler


def _restore(entity: Entity) -> Handler:
    return lambda call: entity.done(call, "restore", restore(call.state, entity.store(call.state).require(call.id)))


def _clone(entity: Entity) -> Handler:
    def handler(call: Call) -> Any:
        store = entity.store(call.state)
        source = store.require(call.id)
        fields = {
            k: copy.deepcopy(v)
            for k, v in source.items()
            if k not in ("id", "created_at", "updated_at", "_restore_state")
        }
        fields.update(name=copy_name(source["name"]), state="active")
        return entity.done(call, "clone", new_record(call.state, store, fields), source)

    return handler


def _switch(entity: Entity, verb: str, new_state: str) -> Handler:
    def handler(call: Call) -> Any:
        store = entity.store(call.state)
        record = store.require(call.id)
        if record["state"] == "deleted":
            raise InvalidError.one("state", f"The {store.label.lower()} is archived; restore it first.")
        if entity.after is not None:  # here before the change: a flow logs its switch, then flips
            entity.after(call, verb, record, None)
        return entity.answer(call, verb, touch(call.state, record, {"state": new_state}))

    return handler


_MAKERS: dict[str, Callable[[Entity], Handler]] = {
    "list": lambda e: _list(e, deleted=False),
    "list_deleted": lambda e: _list(e, deleted=True),
    "get": _get,
    "create": _create,
    "update": _update,
    "delete": _delete,
    "restore": _restore,
    "clone": _clone,
    "enable": lambda e: _switch(e, "enable", "active"),
    "disable": lambda e: _switch(e, "disable", "disabled"),
}


def register(entity: Entity, **operation_ids: str) -> Entity:
    """Register the handlers of `entity`, one verb (`list`, `get`, `create`, ...) per operationId."""
    for verb, operation_id in operation_ids.items():
        handles(operation_id)(_MAKERS[verb](entity))
    return entity

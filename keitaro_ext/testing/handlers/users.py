"""Panel users: passwords checked on write and never returned; delete answers 201 without a body."""

from __future__ import annotations

from typing import Any

from ..defaults import fresh
from ..errors import InvalidError
from ..seed import full_access
from ..state import Record, TrackerState
from .base import Call, handles, new_record, not_blank, present, touch
from .crud import Entity, register


def _passwords(fields: dict[str, Any]) -> None:
    if "new_password" in fields or "new_password_confirmation" in fields:
        if fields.get("new_password") != fields.get("new_password_confirmation"):
            raise InvalidError.one("new_password_confirmation", "The passwords do not match.")
        if len(fields.get("new_password", "")) < 6:
            raise InvalidError.one("new_password", "Use at least 6 characters.")
        fields["_password"] = fields.pop("new_password")
        fields.pop("new_password_confirmation")


def _check(state: TrackerState, fields: dict[str, Any], current: Record | None) -> dict[str, Any]:
    not_blank(fields, "login")
    if any(u["login"] == fields.get("login") and u is not current for u in state.users):
        raise InvalidError.one("login", f"Login {fields['login']!r} is taken.")
    _passwords(fields)
    fields.pop("keyCount", None)
    return fields


USERS = register(
    Entity("users", "User", check=_check, stamps=False, remove=True, deleted="none"),
    list="listUsers", get="getUser", update="updateUser", delete="deleteUser",
)  # fmt: skip


@handles("createUser")
def create_user(call: Call) -> dict[str, Any]:
    fields = _check(call.state, call.fields(), None)
    record = fresh("users", {"access_data": full_access(fields["type"])}, fields)
    return present("User", new_record(call.state, call.state.users, record, stamps=False))


@handles("updateUserAccess")
def update_access(call: Call) -> dict[str, Any]:
    record = call.state.users.require(call.id)
    access = {**(record.get("access_data") or {}), **call.fields().get("access_data", {})}
    return present("User", touch(call.state, record, {"access_data": access}))

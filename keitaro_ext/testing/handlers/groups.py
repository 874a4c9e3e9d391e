"""Groups of campaigns, offers or landing pages; deleting one removes it."""

from __future__ import annotations

from typing import Any

from .base import Call, handles, new_record, not_blank, present
from .crud import Entity, register

GROUPS = register(Entity("groups", "Group", remove=True), update="updateGroup", delete="deleteGroup")


@handles("listGroups")
def list_groups(call: Call) -> list[dict[str, Any]]:
    return [present("Group", g) for g in call.state.groups if g["type"] == call.params["type"]]


@handles("createGroup")
def create_group(call: Call) -> dict[str, Any]:
    fields = call.fields()
    not_blank(fields, "name")
    position = 1 + sum(1 for g in call.state.groups if g["type"] == fields["type"])
    return present("Group", new_record(call.state, call.state.groups, {"position": position, **fields}, stamps=False))

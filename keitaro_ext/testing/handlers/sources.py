"""Traffic sources: CRUD, archive (200 without a body) and clone."""

from __future__ import annotations

import copy
from typing import Any

from ..state import Record
from .base import Call, archive, copy_name, handles, new_record, not_blank, present, touch


def show_source(record: Record) -> dict[str, Any]:
    return present("TrafficSource", record)


@handles("listTrafficSources")
def list_sources(call: Call) -> list[dict[str, Any]]:
    return [show_source(r) for r in call.state.traffic_sources.where()]


@handles("getTrafficSource")
def get_source(call: Call) -> dict[str, Any]:
    return show_source(call.state.traffic_sources.require(call.id))


@handles("createTrafficSource")
def create_source(call: Call) -> dict[str, Any]:
    fields = call.fields()  # Keitaro's document requires no field here; a blank name is refused by the spec
    defaults: dict[str, Any] = {
        "name": "",
        "postback_url": None, "postback_statuses": [], "template_name": None, "accept_parameters": True,
        "parameters": {}, "notes": None, "state": "active", "traffic_loss": 0, "update_in_campaigns": None,
    }  # fmt: skip
    return show_source(new_record(call.state, call.state.traffic_sources, {**defaults, **fields}))


@handles("updateTrafficSource")
def update_source(call: Call) -> dict[str, Any]:
    fields = call.fields()
    not_blank(fields, "name")
    return show_source(touch(call.state, call.state.traffic_sources.require(call.id), fields))


@handles("deleteTrafficSource")
def delete_source(call: Call) -> None:
    archive(call.state, call.state.traffic_sources.require(call.id))


@handles("cloneTrafficSource")
def clone_source(call: Call) -> dict[str, Any]:
    source = call.state.traffic_sources.require(call.id)
    fields = {k: copy.deepcopy(v) for k, v in source.items() if k not in ("id", "created_at", "updated_at")}
    fields.update(name=copy_name(source["name"]), state="active")
    return show_source(new_record(call.state, call.state.traffic_sources, fields))

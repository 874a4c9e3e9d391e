"""Flows (streams): CRUD, archive/restore, enable/disable, search, events and the catalogues.

On update, top-level fields change one by one; `filters`, `triggers`, `offers` and
`landings`, when sent, replace the whole list (the fake's choice; the real tracker's is not
documented). Triggers are answered with the field spelled `taget`, as the tracker does.
"""

from __future__ import annotations

import copy
from typing import Any

from ..defaults import DEFAULTS, fresh
from ..errors import InvalidError
from ..state import Record, TrackerState
from .base import Call, handles, present, touch
from .crud import Entity, register

ACTIONS = (
    ("http", "HTTP redirect", "url"),
    ("meta", "Meta refresh", "url"),
    ("double_meta", "Double meta refresh", "url"),
    ("js", "JavaScript redirect", "url"),
    ("iframe", "Iframe", "url"),
    ("remote", "Remote URL", "url"),
    ("curl", "CURL", "url"),
    ("show_html", "Show HTML", "text"),
    ("show_text", "Show text", "text"),
    ("status404", "Status 404", None),
    ("local_file", "Local file", "text"),
    ("campaign", "Send to campaign", "campaign"),
)
SCHEMAS = (("landings", "Landings and offers"), ("redirect", "Direct redirect to offers"), ("action", "Action"))
TYPES = (("forced", "Forced"), ("regular", "Regular"), ("default", "Default"))
FILTERS = ("country", "language", "browser", "os", "device_type", "ip", "isp", "operator", "referrer", "keyword",
           "sub_id_1", "sub_id_2", "uniqueness", "bot", "proxy", "schedule", "limit")  # fmt: skip
_ACTION_KEYS = {key for key, _, _ in ACTIONS}


def show(record: Record) -> dict[str, Any]:
    return present("Stream", record)


def event(state: TrackerState, stream_id: int, action: str, changes: dict[str, Any]) -> None:
    state.stream_events.setdefault(stream_id, []).append(
        {"datetime": state.stamp(), "action": action, "changes": changes}
    )


def _nested(state: TrackerState, stream_id: int, fields: dict[str, Any], at: str) -> dict[str, Any]:
    """Turn the write shapes of the nested lists into their read shapes."""
    out: dict[str, Any] = {}
    if "filters" in fields:
        out["filters"] = [
            {"id": f.get("id") or state.next_link_id(), "stream_id": stream_id, "name": f["name"], "mode": f["mode"],
             "payload": list(f.get("payload", []))}
            for f in fields["filters"]
        ]  # fmt: skip
    if "triggers" in fields:
        out["triggers"] = []
        for t in fields["triggers"]:
            body = {k: v for k, v in t.items() if k not in ("id", "target", "stream_id")}
            out["triggers"].append(
                {**DEFAULTS["stream_triggers"], **body, "id": t.get("id") or state.next_link_id(), "oid": None,
                 "stream_id": stream_id, "taget": t["target"], "next_run_at": None, "enabled": True}
            )  # fmt: skip
    for key, ref, table in (("offers", "offer_id", state.offers), ("landings", "landing_id", state.landing_pages)):
        if key in fields:
            rows = []
            for n, item in enumerate(fields[key]):
                table.ref(item[ref], f"{key}.{n}.{ref}")
                if not 0 <= item["share"] <= 100:
                    raise InvalidError.one(f"{key}.{n}.share", "A share is a percentage from 0 to 100.")
                rows.append({"id": state.next_link_id(), "stream_id": stream_id, ref: item[ref],
                             "state": item.get("state", "active"), "share": item["share"],
                             "created_at": at, "updated_at": at})  # fmt: skip
            out[key] = rows
    return out


def _check(state: TrackerState, fields: dict[str, Any]) -> None:
    if "campaign_id" in fields:
        state.campaigns.ref(fields["campaign_id"], "campaign_id")
    if "action_type" in fields and fields["action_type"] not in _ACTION_KEYS:
        known = ", ".join(sorted(_ACTION_KEYS))
        raise InvalidError.one(
            "action_type", f"Unknown action {fields['action_type']!r}; GET /streams_actions lists: {known}."
        )
    if "name" in fields and not fields["name"].strip():
        raise InvalidError.one("name", "This value should not be blank.")


def _apply(state: TrackerState, record: Record, fields: dict[str, Any]) -> Record:
    at = state.stamp()
    nested = _nested(state, record["id"], fields, at)
    plain = {k: v for k, v in fields.items() if k not in ("filters", "triggers", "offers", "landings")}
    return touch(state, record, {**plain, **nested})


@handles("createStream")
def create(call: Call) -> dict[str, Any]:
    state = call.state
    fields = call.fields()
    _check(state, fields)
    stream_id, at = state.streams.next_id, state.stamp()
    nested = _nested(state, stream_id, fields, at)  # checks the lists before anything is stored
    siblings = [s for s in state.streams if s["campaign_id"] == fields["campaign_id"]]
    plain = {k: v for k, v in fields.items() if k not in nested}
    record = state.streams.insert(fresh("streams", {"position": len(siblings) + 1, "updated_at": at}, plain, nested))
    event(state, record["id"], "created", {k: v for k, v in fields.items() if not isinstance(v, list)})
    return show(record)


def clone_stream(state: TrackerState, source: Record, *, campaign_id: int, name: str) -> Record:
    fields = {k: copy.deepcopy(v) for k, v in source.items() if k not in ("id", "_restore_state")}
    record = state.streams.insert({**fields, "campaign_id": campaign_id, "name": name, "updated_at": state.stamp()})
    for key in ("filters", "triggers", "offers", "landings"):
        for item in record[key]:
            item.update(id=state.next_link_id(), stream_id=record["id"])
    event(state, record["id"], "created", {"cloned_from": source["id"]})
    return record


@handles("updateStream")
def update(call: Call) -> dict[str, Any]:
    record = call.state.streams.require(call.id)
    fields = call.fields()
    _check(call.state, fields)
    _apply(call.state, record, fields)
    event(call.state, record["id"], "updated", {k: v for k, v in fields.items() if not isinstance(v, list)})
    return show(record)


def _events(call: Call, verb: str, record: Record, source: Record | None) -> None:
    action = {"delete": "archived", "restore": "restored", "enable": "enabled", "disable": "disabled"}.get(verb)
    if action is not None:
        event(call.state, record["id"], action, {})


STREAMS = register(
    Entity("streams", "Stream", after=_events),
    get="getStream", list_deleted="listDeletedStreams", delete="deleteStream", restore="restoreStream",
    enable="enableStream", disable="disableStream",
)  # fmt: skip


@handles("listStreamEvents")
def events(call: Call) -> list[dict[str, Any]]:
    call.state.streams.require(call.id)
    return copy.deepcopy(call.state.stream_events.get(call.id, []))


@handles("listCampaignStreams")
def list_for_campaign(call: Call) -> list[dict[str, Any]]:
    call.state.campaigns.require(call.id)
    rows = [s for s in call.state.streams.where() if s["campaign_id"] == call.id]
    return [show(s) for s in sorted(rows, key=lambda s: (s["position"], s["id"]))]


@handles("searchStreams")
def search(call: Call) -> list[dict[str, Any]]:
    text = call.params["query"].lower()
    return [show(s) for s in call.state.streams.where() if text in s["name"].lower()]


@handles("listStreamActions")
def actions(call: Call) -> list[dict[str, Any]]:
    return [
        {
            "key": key,
            "name": name,
            "field": field,
            "type": "redirect" if field == "url" else "other",
            "description": None,
        }
        for key, name, field in ACTIONS
    ]


@handles("listStreamSchemas", "listStreamTypes")
def catalogue(call: Call) -> list[dict[str, Any]]:
    kind, entries = ("schema", SCHEMAS) if call.operation.operation_id == "listStreamSchemas" else ("type", TYPES)
    return [{"key": key, "name": name, "field": None, "type": kind, "description": None} for key, name in entries]


@handles("listStreamFilters")
def filters(call: Call) -> list[dict[str, Any]]:
    return [
        {"value": name, "tooltip": None, "modes": {"accept": "Accept", "reject": "Reject"}, "group": "traffic",
         "template": None, "header_template": None, "defaults": []}
        for name in FILTERS
    ]  # fmt: skip

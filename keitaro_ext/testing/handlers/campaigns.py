"""Campaigns: CRUD, archive (201) and restore (201), clone with flows, enable/disable, costs."""

from __future__ import annotations

import copy
import hashlib
from datetime import datetime
from typing import Any

from ..defaults import fresh
from ..errors import InvalidError
from ..reports.costs import spread_cost
from ..reports.ranges import load_zone
from ..state import Record, TrackerState
from .base import Call, copy_name, handles, new_record, present
from .crud import Entity, register
from .streams import clone_stream


def show(record: Record) -> dict[str, Any]:
    return present("Campaign", record)


def _token(state: TrackerState, alias: str) -> str:
    return hashlib.sha256(f"{alias}-{state.ticks}".encode()).hexdigest()[:32]


def _check(state: TrackerState, fields: dict[str, Any], current: Record | None) -> dict[str, Any]:
    alias = fields.get("alias")
    if alias is not None:
        if not alias.strip():
            raise InvalidError.one("alias", "This value should not be blank.")
        if any(r["alias"] == alias and r is not current for r in state.campaigns):
            raise InvalidError.one("alias", f"Alias {alias!r} is already used by another campaign.")
    if "name" in fields and not str(fields["name"]).strip():
        raise InvalidError.one("name", "This value should not be blank.")
    state.groups.ref(fields.get("group_id"), "group_id")
    state.traffic_sources.ref(fields.get("traffic_source_id"), "traffic_source_id")
    state.domains.ref(fields.get("domain_id"), "domain_id")
    if "domain_id" in fields:
        fields["_domain_id"] = fields.pop("domain_id")
    return fields


@handles("listCampaigns")
def list_campaigns(call: Call) -> list[dict[str, Any]]:
    rows = sorted(call.state.campaigns.where(), key=lambda r: r["id"])
    offset = call.params.get("offset") or 0
    limit = call.params.get("limit")
    return [show(r) for r in rows[offset : None if limit is None else offset + limit]]


CAMPAIGNS = register(
    Entity("campaigns", "Campaign", check=_check),
    list_deleted="listDeletedCampaigns", get="getCampaign", update="updateCampaign", delete="deleteCampaign",
    restore="restoreCampaign", enable="enableCampaign", disable="disableCampaign",
)  # fmt: skip


@handles("createCampaign")
def create(call: Call) -> dict[str, Any]:
    state = call.state
    fields = _check(state, call.fields(), None)
    fields.setdefault("token", _token(state, fields["alias"]))
    record = new_record(state, state.campaigns, fresh("campaigns", {"position": len(state.campaigns) + 1}, fields))
    state.log(f"Campaign {record['id']} created")
    return show(record)


@handles("cloneCampaign")
def clone(call: Call) -> dict[str, Any]:
    state = call.state
    source = state.campaigns.require(call.id)
    fields = {k: copy.deepcopy(v) for k, v in source.items() if k not in ("id", "created_at", "updated_at")}
    alias = f"{source['alias']}-copy"
    while any(r["alias"] == alias for r in state.campaigns):
        alias += "-1"
    fields.update(name=copy_name(source["name"]), alias=alias, state="active", token=_token(state, alias))
    fields.pop("_restore_state", None)
    record = new_record(state, state.campaigns, fields)
    for stream in state.streams.where():
        if stream["campaign_id"] == source["id"]:
            clone_stream(state, stream, campaign_id=record["id"], name=stream["name"])
    return show(record)


@handles("cleanCampaignArchive")
def clean_archive(call: Call) -> None:
    state = call.state
    for record in state.campaigns.where(deleted=True):
        state.campaigns.remove(record["id"])
        for stream in list(state.streams):
            if stream["campaign_id"] == record["id"]:
                state.streams.remove(stream["id"])


def check_period(fields: dict[str, Any], prefix: str = "") -> None:
    """406 unless start/end are `YYYY-MM-DD HH:MM` and the zone exists."""
    for name in ("start_date", "end_date"):
        if name in fields:
            try:
                datetime.strptime(fields[name], "%Y-%m-%d %H:%M")
            except ValueError:
                raise InvalidError.one(prefix + name, f"Expected 'YYYY-MM-DD HH:MM', got {fields[name]!r}.") from None
    if fields.get("timezone"):
        load_zone(fields["timezone"], prefix + "timezone")


def check_cost(value: str, field: str) -> None:
    try:
        if float(value) < 0:
            raise ValueError
    except ValueError:
        raise InvalidError.one(field, f"Expected a decimal amount such as '12.50', got {value!r}.") from None


@handles("updateCampaignCosts")
def update_costs(call: Call) -> None:
    """Recorded in `state.campaign_cost_updates` and applied to the clicks at once (a tracker runs a job)."""
    call.state.campaigns.require(call.id)
    fields = call.fields()
    check_period(fields)
    check_cost(fields["cost"], "cost")
    call.state.campaign_cost_updates.append({"campaign_id": call.id, **fields})
    spread_cost(
        call.backend.report_source(),
        call.state.click_costs,
        campaign_ids=[call.id],
        start=fields["start_date"],
        end=fields["end_date"],
        timezone=fields["timezone"],
        cost=fields["cost"],
        only_unique=bool(fields.get("only_campaign_uniques")),
        filters=fields.get("filters"),
    )

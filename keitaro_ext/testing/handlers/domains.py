"""Domains: add (several names, one per line; answers a list), archive (201), restore, recheck."""

from __future__ import annotations

import re
from typing import Any

from ..defaults import fresh
from ..errors import InvalidError
from ..state import Record, TrackerState
from .base import Call, handles, new_record, present, touch
from .crud import Entity, register

_HOST = re.compile(r"^(?=.{1,253}$)(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$", re.IGNORECASE)


def show_domain(state: TrackerState, record: Record) -> dict[str, Any]:
    count = sum(1 for c in state.campaigns.where() if c.get("_domain_id") == record["id"])
    return present("Domain", {**record, "campaigns_count": count})


def _domain_fields(state: TrackerState, fields: dict[str, Any], current: Record | None = None) -> dict[str, Any]:
    state.campaigns.ref(fields.get("default_campaign_id"), "default_campaign_id")
    if "default_campaign_id" in fields:
        fields["default_campaign"] = fields.pop("default_campaign_id")
    if "is_ssl" in fields:
        fields["_is_ssl"] = fields.pop("is_ssl")
    if current is not None and "name" in fields:
        fields["name"] = _domain_names(fields["name"])[0]
    return fields


def _domain_names(raw: str) -> list[str]:
    """Names of a create request: one per line (the fake's reading of "several at once")."""
    names = [name.strip() for name in raw.splitlines() if name.strip()]
    if not names:
        raise InvalidError.one("name", "This value should not be blank.")
    for name in names:
        if not _HOST.match(name):
            raise InvalidError.one("name", f"{name!r} is not a domain name.")
    return names


DOMAINS = register(
    Entity("domains", "Domain", show=show_domain, check=_domain_fields),
    list="listDomains", list_deleted="listDeletedDomains", get="getDomain", update="updateDomain",
    delete="deleteDomain", restore="restoreDomain",
)  # fmt: skip


@handles("createDomain")
def create_domain(call: Call) -> list[dict[str, Any]]:
    state = call.state
    fields = _domain_fields(state, call.fields())
    names = _domain_names(fields.pop("name"))
    taken = {d["name"] for d in state.domains}
    for name in names:
        if name in taken:
            raise InvalidError.one("name", f"{name} is already added.")
    created = [new_record(state, state.domains, fresh("domains", fields, {"name": name})) for name in names]
    return [show_domain(state, r) for r in created]


@handles("checkDomain")
def check_domain(call: Call) -> dict[str, Any]:
    return show_domain(call.state, touch(call.state, call.state.domains.require(call.id), {"network_status": "active"}))

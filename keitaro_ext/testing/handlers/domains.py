"""Domains: add (several names, one per line; answers a list), archive (201), restore, recheck."""

from __future__ import annotations

import re
from typing import Any

from ..errors import InvalidError
from ..state import Record, TrackerState
from .base import Call, archive, handles, new_record, present, restore, touch

_HOST = re.compile(r"^(?=.{1,253}$)(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$", re.IGNORECASE)


def show_domain(state: TrackerState, record: Record) -> dict[str, Any]:
    count = sum(1 for c in state.campaigns.where() if c.get("_domain_id") == record["id"])
    return present("Domain", {**record, "campaigns_count": count})


def _domain_fields(state: TrackerState, fields: dict[str, Any]) -> dict[str, Any]:
    state.campaigns.ref(fields.get("default_campaign_id"), "default_campaign_id")
    if "default_campaign_id" in fields:
        fields["default_campaign"] = fields.pop("default_campaign_id")
    if "is_ssl" in fields:
        fields["_is_ssl"] = fields.pop("is_ssl")
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


@handles("listDomains")
def list_domains(call: Call) -> list[dict[str, Any]]:
    return [show_domain(call.state, r) for r in call.state.domains.where()]


@handles("listDeletedDomains")
def list_deleted_domains(call: Call) -> list[dict[str, Any]]:
    return [show_domain(call.state, r) for r in call.state.domains.where(deleted=True)]


@handles("getDomain")
def get_domain(call: Call) -> dict[str, Any]:
    return show_domain(call.state, call.state.domains.require(call.id))


@handles("createDomain")
def create_domain(call: Call) -> list[dict[str, Any]]:
    state = call.state
    fields = _domain_fields(state, call.fields())
    names = _domain_names(fields.pop("name"))
    taken = {d["name"] for d in state.domains}
    for name in names:
        if name in taken:
            raise InvalidError.one("name", f"{name} is already added.")
    defaults = {"network_status": "pending", "default_campaign": None, "state": "active", "wildcard": False,
                "catch_not_found": False, "notes": None, "ssl_redirect": False, "allow_indexing": False}  # fmt: skip
    created = [new_record(state, state.domains, {**defaults, **fields, "name": name}) for name in names]
    return [show_domain(state, r) for r in created]


@handles("updateDomain")
def update_domain(call: Call) -> dict[str, Any]:
    fields = _domain_fields(call.state, call.fields())
    if "name" in fields:
        fields["name"] = _domain_names(fields["name"])[0]
    return show_domain(call.state, touch(call.state, call.state.domains.require(call.id), fields))


@handles("deleteDomain")
def delete_domain(call: Call) -> dict[str, Any]:
    return show_domain(call.state, archive(call.state, call.state.domains.require(call.id)))


@handles("restoreDomain")
def restore_domain(call: Call) -> dict[str, Any]:
    return show_domain(call.state, restore(call.state, call.state.domains.require(call.id)))


@handles("checkDomain")
def check_domain(call: Call) -> dict[str, Any]:
    return show_domain(call.state, touch(call.state, call.state.domains.require(call.id), {"network_status": "active"}))

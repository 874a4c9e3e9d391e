"""Affiliate networks, traffic sources, domains, groups and users."""

from __future__ import annotations

import copy
import re
from typing import Any

from ..errors import InvalidError
from ..seed import full_access
from ..state import Record, TrackerState
from .base import Call, archive, copy_name, handles, new_record, present, restore, touch

_HOST = re.compile(r"^(?=.{1,253}$)(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$", re.IGNORECASE)


def _not_blank(fields: dict[str, Any], *names: str) -> None:
    for name in names:
        if name in fields and not str(fields[name]).strip():
            raise InvalidError.one(name, "This value should not be blank.")


# Affiliate networks


def show_network(state: TrackerState, record: Record) -> dict[str, Any]:
    count = sum(1 for o in state.offers.where() if o.get("affiliate_network_id") == record["id"])
    return present("AffiliateNetwork", {**record, "offers": count})


@handles("listAffiliateNetworks")
def list_networks(call: Call) -> list[dict[str, Any]]:
    return [show_network(call.state, r) for r in call.state.affiliate_networks.where()]


@handles("getAffiliateNetwork")
def get_network(call: Call) -> dict[str, Any]:
    return show_network(call.state, call.state.affiliate_networks.get(call.id))


@handles("createAffiliateNetwork")
def create_network(call: Call) -> dict[str, Any]:
    fields = call.fields()
    _not_blank(fields, "name")
    defaults = {"postback_url": None, "offer_param": None, "state": "active", "template_name": None, "notes": None,
                "pull_api_options": None}  # fmt: skip
    return show_network(call.state, new_record(call.state, call.state.affiliate_networks, {**defaults, **fields}))


@handles("updateAffiliateNetwork")
def update_network(call: Call) -> dict[str, Any]:
    fields = call.fields()
    _not_blank(fields, "name")
    return show_network(call.state, touch(call.state, call.state.affiliate_networks.get(call.id), fields))


@handles("deleteAffiliateNetwork")
def delete_network(call: Call) -> dict[str, Any]:
    return show_network(call.state, archive(call.state, call.state.affiliate_networks.get(call.id)))


@handles("cloneAffiliateNetwork")
def clone_network(call: Call) -> dict[str, Any]:
    source = call.state.affiliate_networks.get(call.id)
    fields = {k: copy.deepcopy(v) for k, v in source.items() if k not in ("id", "created_at", "updated_at")}
    fields.update(name=copy_name(source["name"]), state="active")
    return show_network(call.state, new_record(call.state, call.state.affiliate_networks, fields))


# Traffic sources


def show_source(record: Record) -> dict[str, Any]:
    return present("TrafficSource", record)


@handles("listTrafficSources")
def list_sources(call: Call) -> list[dict[str, Any]]:
    return [show_source(r) for r in call.state.traffic_sources.where()]


@handles("getTrafficSource")
def get_source(call: Call) -> dict[str, Any]:
    return show_source(call.state.traffic_sources.get(call.id))


@handles("createTrafficSource")
def create_source(call: Call) -> dict[str, Any]:
    fields = call.fields()
    if not str(fields.get("name", "")).strip():
        raise InvalidError.one("name", "A traffic source needs a name.")
    defaults: dict[str, Any] = {
        "postback_url": None, "postback_statuses": [], "template_name": None, "accept_parameters": True,
        "parameters": {}, "notes": None, "state": "active", "traffic_loss": 0, "update_in_campaigns": None,
    }  # fmt: skip
    return show_source(new_record(call.state, call.state.traffic_sources, {**defaults, **fields}))


@handles("updateTrafficSource")
def update_source(call: Call) -> dict[str, Any]:
    fields = call.fields()
    _not_blank(fields, "name")
    return show_source(touch(call.state, call.state.traffic_sources.get(call.id), fields))


@handles("deleteTrafficSource")
def delete_source(call: Call) -> None:
    archive(call.state, call.state.traffic_sources.get(call.id))


@handles("cloneTrafficSource")
def clone_source(call: Call) -> dict[str, Any]:
    source = call.state.traffic_sources.get(call.id)
    fields = {k: copy.deepcopy(v) for k, v in source.items() if k not in ("id", "created_at", "updated_at")}
    fields.update(name=copy_name(source["name"]), state="active")
    return show_source(new_record(call.state, call.state.traffic_sources, fields))


# Domains


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
    return show_domain(call.state, call.state.domains.get(call.id))


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
    return show_domain(call.state, touch(call.state, call.state.domains.get(call.id), fields))


@handles("deleteDomain")
def delete_domain(call: Call) -> dict[str, Any]:
    return show_domain(call.state, archive(call.state, call.state.domains.get(call.id)))


@handles("restoreDomain")
def restore_domain(call: Call) -> dict[str, Any]:
    return show_domain(call.state, restore(call.state, call.state.domains.get(call.id)))


@handles("checkDomain")
def check_domain(call: Call) -> dict[str, Any]:
    return show_domain(call.state, touch(call.state, call.state.domains.get(call.id), {"network_status": "active"}))


# Groups


@handles("listGroups")
def list_groups(call: Call) -> list[dict[str, Any]]:
    return [present("Group", g) for g in call.state.groups if g["type"] == call.params["type"]]


@handles("createGroup")
def create_group(call: Call) -> dict[str, Any]:
    fields = call.fields()
    _not_blank(fields, "name")
    position = 1 + sum(1 for g in call.state.groups if g["type"] == fields["type"])
    return present("Group", new_record(call.state, call.state.groups, {"position": position, **fields}, stamps=False))


@handles("updateGroup")
def update_group(call: Call) -> dict[str, Any]:
    fields = call.fields()
    _not_blank(fields, "name")
    return present("Group", touch(call.state, call.state.groups.get(call.id), fields))


@handles("deleteGroup")
def delete_group(call: Call) -> dict[str, Any]:
    record = call.state.groups.get(call.id)
    del call.state.groups.items[call.id]
    return present("Group", record)


# Users


def _passwords(fields: dict[str, Any]) -> None:
    if "new_password" in fields or "new_password_confirmation" in fields:
        if fields.get("new_password") != fields.get("new_password_confirmation"):
            raise InvalidError.one("new_password_confirmation", "The passwords do not match.")
        if len(fields.get("new_password", "")) < 6:
            raise InvalidError.one("new_password", "Use at least 6 characters.")
        fields["_password"] = fields.pop("new_password")
        fields.pop("new_password_confirmation")


def _login(state: TrackerState, fields: dict[str, Any], current: Record | None = None) -> None:
    _not_blank(fields, "login")
    if any(u["login"] == fields.get("login") and u is not current for u in state.users):
        raise InvalidError.one("login", f"Login {fields['login']!r} is taken.")


@handles("listUsers")
def list_users(call: Call) -> list[dict[str, Any]]:
    return [present("User", u) for u in call.state.users]


@handles("getUser")
def get_user(call: Call) -> dict[str, Any]:
    return present("User", call.state.users.get(call.id))


@handles("createUser")
def create_user(call: Call) -> dict[str, Any]:
    fields = call.fields()
    _login(call.state, fields)
    _passwords(fields)
    record = {"access_data": full_access(fields["login"], fields["type"]),
              "preferences": {"language": "en", "timezone": "UTC"}, **fields}  # fmt: skip
    return present("User", new_record(call.state, call.state.users, record, stamps=False))


@handles("updateUser")
def update_user(call: Call) -> dict[str, Any]:
    record = call.state.users.get(call.id)
    fields = call.fields()
    _login(call.state, fields, record)
    _passwords(fields)
    fields.pop("keyCount", None)
    return present("User", touch(call.state, record, fields))


@handles("updateUserAccess")
def update_access(call: Call) -> dict[str, Any]:
    record = call.state.users.get(call.id)
    access = {**(record.get("access_data") or {}), **call.fields().get("access_data", {})}
    return present("User", touch(call.state, record, {"access_data": access}))


@handles("deleteUser")
def delete_user(call: Call) -> None:
    call.state.users.get(call.id)
    del call.state.users.items[call.id]

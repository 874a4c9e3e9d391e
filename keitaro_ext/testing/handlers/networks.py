"""Affiliate networks: CRUD, archive and clone; `offers` counts the network's live offers."""

from __future__ import annotations

import copy
from typing import Any

from ..state import Record, TrackerState
from .base import Call, archive, copy_name, handles, new_record, not_blank, present, touch


def show_network(state: TrackerState, record: Record) -> dict[str, Any]:
    count = sum(1 for o in state.offers.where() if o.get("affiliate_network_id") == record["id"])
    return present("AffiliateNetwork", {**record, "offers": count})


@handles("listAffiliateNetworks")
def list_networks(call: Call) -> list[dict[str, Any]]:
    return [show_network(call.state, r) for r in call.state.affiliate_networks.where()]


@handles("getAffiliateNetwork")
def get_network(call: Call) -> dict[str, Any]:
    return show_network(call.state, call.state.affiliate_networks.require(call.id))


@handles("createAffiliateNetwork")
def create_network(call: Call) -> dict[str, Any]:
    fields = call.fields()
    not_blank(fields, "name")
    defaults = {"postback_url": None, "offer_param": None, "state": "active", "template_name": None, "notes": None,
                "pull_api_options": None}  # fmt: skip
    return show_network(call.state, new_record(call.state, call.state.affiliate_networks, {**defaults, **fields}))


@handles("updateAffiliateNetwork")
def update_network(call: Call) -> dict[str, Any]:
    fields = call.fields()
    not_blank(fields, "name")
    return show_network(call.state, touch(call.state, call.state.affiliate_networks.require(call.id), fields))


@handles("deleteAffiliateNetwork")
def delete_network(call: Call) -> dict[str, Any]:
    return show_network(call.state, archive(call.state, call.state.affiliate_networks.require(call.id)))


@handles("cloneAffiliateNetwork")
def clone_network(call: Call) -> dict[str, Any]:
    source = call.state.affiliate_networks.require(call.id)
    fields = {k: copy.deepcopy(v) for k, v in source.items() if k not in ("id", "created_at", "updated_at")}
    fields.update(name=copy_name(source["name"]), state="active")
    return show_network(call.state, new_record(call.state, call.state.affiliate_networks, fields))

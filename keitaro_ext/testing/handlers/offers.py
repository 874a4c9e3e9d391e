"""Offers and landing pages: CRUD, archive, clone (a PUT for landing pages, as in the spec)."""

from __future__ import annotations

import copy
from typing import Any

from ..errors import InvalidError
from ..state import Record, Store, TrackerState
from .base import Call, archive, copy_name, handles, new_record, present, touch
from .files import STARTER, unzip

_OFFER_DEFAULTS: dict[str, Any] = {
    "group_id": None, "action_type": "http", "action_payload": None, "action_options": None,
    "affiliate_network_id": None, "payout_value": 0, "payout_currency": "USD", "payout_type": "CPA",
    "state": "active", "payout_auto": False, "payout_upsell": False, "country": [], "notes": None,
    "archive": None, "local_path": None, "preview_path": None,
}  # fmt: skip
_LANDING_DEFAULTS: dict[str, Any] = {
    "landing_type": "local", "action_type": "local_file", "action_payload": None, "action_options": None,
    "group_id": None, "notes": None, "state": "active", "archive": None, "local_path": None, "preview_path": None,
}  # fmt: skip


def show_offer(state: TrackerState, record: Record) -> dict[str, Any]:
    network = state.affiliate_networks.get(record.get("affiliate_network_id") or 0)
    return present("Offer", {**record, "affiliate_network": network["name"] if network else None})


def show_landing(state: TrackerState, record: Record) -> dict[str, Any]:
    offers = {
        o["offer_id"]
        for s in state.streams.where()
        if any(lp["landing_id"] == record["id"] for lp in s.get("landings", []))
        for o in s.get("offers", [])
    }
    return present("LandingPage", {**record, "offer_count": len(offers)})


def _check(state: TrackerState, fields: dict[str, Any], table: str) -> dict[str, Any]:
    if "name" in fields and not fields["name"].strip():
        raise InvalidError.one("name", "This value should not be blank.")
    state.groups.ref(fields.get("group_id"), "group_id")
    state.affiliate_networks.ref(fields.get("affiliate_network_id"), "affiliate_network_id")
    state.offers.ref(fields.get("alternative_offer_id"), "alternative_offer_id")
    if table == "landing_pages" and "url" in fields:
        fields["action_payload"] = fields.pop("url")
    return fields


def _archive_files(fields: dict[str, Any]) -> dict[str, str] | None:
    """Files of an `archive` sent with the body (checked before anything is stored)."""
    encoded = fields.pop("archive", None)
    return unzip(encoded) if encoded else None


def _create(call: Call, table: str, defaults: dict[str, Any]) -> Record:
    state = call.state
    store: Store = getattr(state, table)
    fields = _check(state, call.fields(), table)
    files = _archive_files(fields)
    record = new_record(state, store, {**copy.deepcopy(defaults), **fields})
    state.files[(table, record["id"])] = files if files is not None else dict(STARTER)
    return record


def _update(call: Call, table: str) -> Record:
    state = call.state
    store: Store = getattr(state, table)
    record = store.require(call.id)
    fields = _check(state, call.fields(), table)
    files = _archive_files(fields)
    touch(state, record, fields)
    if files is not None:
        state.files[(table, record["id"])] = files
    return record


def _clone(call: Call, table: str) -> Record:
    state = call.state
    store: Store = getattr(state, table)
    source = store.require(call.id)
    fields = {
        k: copy.deepcopy(v) for k, v in source.items() if k not in ("id", "created_at", "updated_at", "_restore_state")
    }
    record = new_record(state, store, {**fields, "name": copy_name(source["name"]), "state": "active"})
    state.files[(table, record["id"])] = dict(state.files.get((table, source["id"]), {}))
    return record


@handles("listOffers")
def list_offers(call: Call) -> list[dict[str, Any]]:
    return [show_offer(call.state, r) for r in call.state.offers.where()]


@handles("getOffer")
def get_offer(call: Call) -> dict[str, Any]:
    return show_offer(call.state, call.state.offers.require(call.id))


@handles("createOffer")
def create_offer(call: Call) -> dict[str, Any]:
    return show_offer(call.state, _create(call, "offers", _OFFER_DEFAULTS))


@handles("updateOffer")
def update_offer(call: Call) -> dict[str, Any]:
    return show_offer(call.state, _update(call, "offers"))


@handles("deleteOffer")
def delete_offer(call: Call) -> dict[str, Any]:
    return show_offer(call.state, archive(call.state, call.state.offers.require(call.id)))


@handles("cloneOffer")
def clone_offer(call: Call) -> dict[str, Any]:
    return show_offer(call.state, _clone(call, "offers"))


@handles("listLandingPages")
def list_landings(call: Call) -> list[dict[str, Any]]:
    return [show_landing(call.state, r) for r in call.state.landing_pages.where()]


@handles("getLandingPage")
def get_landing(call: Call) -> dict[str, Any]:
    return show_landing(call.state, call.state.landing_pages.require(call.id))


@handles("createLandingPage")
def create_landing(call: Call) -> dict[str, Any]:
    return show_landing(call.state, _create(call, "landing_pages", _LANDING_DEFAULTS))


@handles("updateLandingPage")
def update_landing(call: Call) -> dict[str, Any]:
    return show_landing(call.state, _update(call, "landing_pages"))


@handles("deleteLandingPage")
def delete_landing(call: Call) -> dict[str, Any]:
    return show_landing(call.state, archive(call.state, call.state.landing_pages.require(call.id)))


@handles("cloneLandingPage")
def clone_landing(call: Call) -> dict[str, Any]:
    return show_landing(call.state, _clone(call, "landing_pages"))

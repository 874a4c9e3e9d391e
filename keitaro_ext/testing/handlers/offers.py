"""Offers and landing pages: CRUD, archive, clone (a PUT for landing pages, as in the spec).

Each keeps a tree of local files beside the record: a starter page on create, the files of an
`archive` sent with the body (decoded before anything is stored), the source's files on clone.
"""

from __future__ import annotations

from typing import Any

from ..state import Record, TrackerState
from .base import Call, not_blank, present
from .crud import After, Entity, register
from .files import STARTER, unzip


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


def _check(state: TrackerState, fields: dict[str, Any], current: Record | None) -> dict[str, Any]:
    not_blank(fields, "name")
    state.groups.ref(fields.get("group_id"), "group_id")
    state.affiliate_networks.ref(fields.get("affiliate_network_id"), "affiliate_network_id")
    state.offers.ref(fields.get("alternative_offer_id"), "alternative_offer_id")
    encoded = fields.pop("archive", None)
    if encoded:
        fields["_files"] = unzip(encoded)  # taken off the record again by `_keeps_files`
    return fields


def _check_landing(state: TrackerState, fields: dict[str, Any], current: Record | None) -> dict[str, Any]:
    if "url" in fields:
        fields["action_payload"] = fields.pop("url")
    return _check(state, fields, current)


def _keeps_files(table: str) -> After:
    def keep(call: Call, verb: str, record: Record, source: Record | None) -> None:
        files = record.pop("_files", None)
        if source is not None:
            files = dict(call.state.files.get((table, source["id"]), {}))
        elif files is None and verb == "create":
            files = dict(STARTER)
        if files is not None:
            call.state.files[(table, record["id"])] = files

    return keep


OFFERS = register(
    Entity("offers", "Offer", show=show_offer, check=_check, after=_keeps_files("offers")),
    list="listOffers", get="getOffer", create="createOffer", update="updateOffer", delete="deleteOffer",
    clone="cloneOffer",
)  # fmt: skip
LANDINGS = register(
    Entity("landing_pages", "LandingPage", show=show_landing, check=_check_landing,
           after=_keeps_files("landing_pages")),
    list="listLandingPages", get="getLandingPage", create="createLandingPage", update="updateLandingPage",
    delete="deleteLandingPage", clone="cloneLandingPage",
)  # fmt: skip

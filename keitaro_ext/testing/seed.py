"""The state a new fake starts with: the seeded world as tracker records, plus a few settings."""

from __future__ import annotations

from datetime import datetime

from .data.world import World
from .defaults import fresh
from .handlers.files import STARTER
from .state import Record, TrackerState

ACCESS_TYPES = ("offers", "campaigns", "landings", "traffic_sources", "streams", "affiliate_networks", "domains")
SOURCE_PARAMETERS = {
    "keyword": {"name": "keyword", "placeholder": "{keyword}", "alias": "Keyword"},
    "cost": {"name": "cost", "placeholder": "{cost}", "alias": "Cost"},
    "sub_id_1": {"name": "creative", "placeholder": "{creative}", "alias": "Creative"},
    "sub_id_2": {"name": "site", "placeholder": "{site}", "alias": "Site"},
}


def full_access(user_type: str) -> Record:
    kind = "full_access" if user_type == "ADMIN" else "read_only"
    access: Record = {f"{name}_access_type": kind for name in ACCESS_TYPES}
    return {**access, "resources": [], "allowed_resources": [], "reports": []}


def link(state: TrackerState, stream_id: int, key: str, entity_id: int, share: int, stamp: str) -> Record:
    """A flow's offer or landing entry in the read shape."""
    return {
        "id": state.next_link_id(),
        "stream_id": stream_id,
        key: entity_id,
        "state": "active",
        "share": share,
        "created_at": stamp,
        "updated_at": stamp,
    }


def _groups(state: TrackerState, world: World, at: str) -> None:
    for g in world.groups:
        state.groups.insert({"name": g.name, "position": g.id, "type": g.type})


def _networks(state: TrackerState, world: World, at: str) -> None:
    for n in world.networks:
        postback = f"https://postback.example.net/{n.id}?subid={{subid}}&status={{status}}"
        state.affiliate_networks.insert(
            fresh("affiliate_networks", {"name": n.name, "postback_url": postback, "offer_param": "subid={subid}"},
                  {"created_at": at, "updated_at": at})
        )  # fmt: skip


def _sources(state: TrackerState, world: World, at: str) -> None:
    for s in world.sources:
        state.traffic_sources.insert(
            fresh("traffic_sources", {"name": s.name, "postback_statuses": ["sale"],
                  "parameters": dict(SOURCE_PARAMETERS), "created_at": at, "updated_at": at})
        )  # fmt: skip


def _offers(state: TrackerState, world: World, at: str) -> None:
    for o in world.offers:
        offer = state.offers.insert(
            fresh("offers", {"name": o.name, "group_id": o.group_id, "action_payload": o.url,
                  "affiliate_network_id": o.network_id, "payout_value": o.payout_cents / 100,
                  "created_at": at, "updated_at": at, "country": list(o.countries)})
        )  # fmt: skip
        state.files[("offers", offer["id"])] = dict(STARTER)


def _landings(state: TrackerState, world: World, at: str) -> None:
    for lp in world.landings:
        landing = state.landing_pages.insert(
            fresh("landing_pages", {"landing_type": "external", "action_type": "http",
                  "action_payload": f"https://lp.example.net/{lp.id}", "name": lp.name, "group_id": lp.group_id,
                  "created_at": at, "updated_at": at})
        )  # fmt: skip
        state.files[("landing_pages", landing["id"])] = dict(STARTER)


def _domains(state: TrackerState, world: World, at: str) -> None:
    for name in world.domains:
        state.domains.insert(
            fresh("domains", {"name": name, "network_status": "active", "created_at": at, "updated_at": at,
                  "ssl_redirect": True, "_is_ssl": True})
        )  # fmt: skip


def _campaigns(state: TrackerState, world: World, at: str) -> None:
    for c in world.campaigns:
        state.campaigns.insert(
            fresh("campaigns", {"alias": c.alias, "type": "weight", "name": c.name, "position": c.id,
                  "cost_value": c.cpc_cents / 100, "group_id": c.group_id, "traffic_source_id": c.source_id,
                  "token": f"tok{c.id:02d}{c.alias.replace('-', '')[:10]}", "parameters": dict(SOURCE_PARAMETERS),
                  "created_at": at, "updated_at": at, "_domain_id": 1})
        )  # fmt: skip


def _flows(state: TrackerState, world: World, at: str) -> None:
    for c in world.campaigns:
        for f in c.flows:
            stream = state.streams.insert(
                fresh("streams", {"type": "regular", "name": f.name, "campaign_id": c.id, "position": f.position,
                      "weight": f.weight, "updated_at": at, "action_type": "http", "schema": f.schema,
                      "collect_clicks": True, "offer_selection": "before_click"})
            )  # fmt: skip
            stream["offers"] = [link(state, stream["id"], "offer_id", oid, sh, at) for oid, sh in f.offers]
            stream["landings"] = [link(state, stream["id"], "landing_id", lid, sh, at) for lid, sh in f.landings]
            state.stream_events[stream["id"]] = [{"datetime": at, "action": "created", "changes": {}}]


def _users(state: TrackerState, world: World, at: str) -> None:
    access = full_access("ADMIN")
    state.users.insert(fresh("users", {"login": "admin", "type": "ADMIN", "access_data": access, "_password": "admin"}))


def _logs(state: TrackerState, world: World, at: str) -> None:
    for kind, message in (
        ("system", "Tracker started"),
        ("traffic", "Click processed"),
        ("postbacks", "Postback received"),
        ("ssl", "Certificate is valid"),
        ("sent_postbacks", "Postback sent"),
    ):
        state.log(message, kind)


SEEDERS = (_groups, _networks, _sources, _offers, _landings, _domains, _campaigns, _flows, _users, _logs)


def seed_state(world: World, now: datetime) -> TrackerState:
    """Records for every entity of the world, with ids equal to the world's ids."""
    state = TrackerState(now=now)
    at = state.stamp()
    for seed in SEEDERS:
        seed(state, world, at)
    return state

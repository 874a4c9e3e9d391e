"""The state a new fake starts with: the seeded world as tracker records, plus a few settings."""

from __future__ import annotations

from datetime import datetime

from .data.world import World
from .handlers.files import STARTER
from .state import Record, TrackerState

ACCESS_TYPES = ("offers", "campaigns", "landings", "traffic_sources", "streams", "affiliate_networks", "domains")
SOURCE_PARAMETERS = {
    "keyword": {"name": "keyword", "placeholder": "{keyword}", "alias": "Keyword"},
    "cost": {"name": "cost", "placeholder": "{cost}", "alias": "Cost"},
    "sub_id_1": {"name": "creative", "placeholder": "{creative}", "alias": "Creative"},
    "sub_id_2": {"name": "site", "placeholder": "{site}", "alias": "Site"},
}


def full_access(login: str, user_type: str) -> Record:
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


def seed_state(world: World, now: datetime) -> TrackerState:
    """Records for every entity of the world, with ids equal to the world's ids."""
    state = TrackerState(now=now)
    at = state.stamp()
    for g in world.groups:
        state.groups.insert({"name": g.name, "position": g.id, "type": g.type})
    for n in world.networks:
        state.affiliate_networks.insert(
            {
                "name": n.name,
                "postback_url": f"https://postback.example.net/{n.id}?subid={{subid}}&status={{status}}",
                "offer_param": "subid={subid}",
                "state": "active",
                "template_name": None,
                "notes": None,
                "pull_api_options": None,
                "created_at": at,
                "updated_at": at,
            }
        )
    for s in world.sources:
        state.traffic_sources.insert(
            {
                "name": s.name,
                "postback_url": None,
                "postback_statuses": ["sale"],
                "template_name": None,
                "accept_parameters": True,
                "parameters": dict(SOURCE_PARAMETERS),
                "notes": None,
                "state": "active",
                "created_at": at,
                "updated_at": at,
                "traffic_loss": 0,
                "update_in_campaigns": None,
            }
        )
    for o in world.offers:
        offer = state.offers.insert(
            {
                "name": o.name,
                "group_id": o.group_id,
                "action_type": "http",
                "action_payload": o.url,
                "action_options": None,
                "affiliate_network_id": o.network_id,
                "payout_value": o.payout_cents / 100,
                "payout_currency": "USD",
                "payout_type": "CPA",
                "state": "active",
                "created_at": at,
                "updated_at": at,
                "payout_auto": False,
                "payout_upsell": False,
                "country": list(o.countries),
                "notes": None,
                "archive": None,
                "local_path": None,
                "preview_path": None,
            }
        )
        state.files[("offers", offer["id"])] = dict(STARTER)
    for lp in world.landings:
        landing = state.landing_pages.insert(
            {
                "landing_type": "external",
                "action_type": "http",
                "action_payload": f"https://lp.example.net/{lp.id}",
                "action_options": None,
                "name": lp.name,
                "group_id": lp.group_id,
                "notes": None,
                "state": "active",
                "created_at": at,
                "updated_at": at,
                "archive": None,
                "local_path": None,
                "preview_path": None,
            }
        )
        state.files[("landing_pages", landing["id"])] = dict(STARTER)
    for name in world.domains:
        state.domains.insert(
            {
                "name": name,
                "network_status": "active",
                "default_campaign": None,
                "state": "active",
                "created_at": at,
                "updated_at": at,
                "wildcard": False,
                "catch_not_found": False,
                "notes": None,
                "ssl_redirect": True,
                "allow_indexing": False,
                "_is_ssl": True,
            }
        )
    for c in world.campaigns:
        state.campaigns.insert(
            {
                "alias": c.alias,
                "type": "weight",
                "name": c.name,
                "cookies_ttl": 24,
                "position": c.id,
                "state": "active",
                "cost_type": "CPC",
                "cost_value": c.cpc_cents / 100,
                "cost_currency": "USD",
                "cost_auto": False,
                "group_id": c.group_id,
                "bind_visitors": "s",
                "traffic_source_id": c.source_id,
                "token": f"tok{c.id:02d}{c.alias.replace('-', '')[:10]}",
                "parameters": dict(SOURCE_PARAMETERS),
                "postbacks": [],
                "notes": None,
                "created_at": at,
                "updated_at": at,
                "_domain_id": 1,
            }
        )
        for f in c.flows:
            stream = state.streams.insert(
                {
                    "type": "regular",
                    "name": f.name,
                    "campaign_id": c.id,
                    "position": f.position,
                    "weight": f.weight,
                    "action_options": None,
                    "comments": None,
                    "state": "active",
                    "updated_at": at,
                    "action_type": "http",
                    "action_payload": None,
                    "schema": f.schema,
                    "collect_clicks": True,
                    "filter_or": False,
                    "offer_selection": "before_click",
                    "filters": [],
                    "triggers": [],
                }
            )
            stream["offers"] = [link(state, stream["id"], "offer_id", oid, sh, at) for oid, sh in f.offers]
            stream["landings"] = [link(state, stream["id"], "landing_id", lid, sh, at) for lid, sh in f.landings]
            state.stream_events[stream["id"]] = [{"datetime": at, "action": "created", "changes": {}}]
    state.users.insert(
        {"login": "admin", "type": "ADMIN", "access_data": full_access("admin", "ADMIN"),
         "preferences": {"language": "en", "timezone": "UTC"}, "_password": "admin"}
    )  # fmt: skip
    for kind, message in (
        ("system", "Tracker started"),
        ("traffic", "Click processed"),
        ("postbacks", "Postback received"),
        ("ssl", "Certificate is valid"),
        ("sent_postbacks", "Postback sent"),
    ):
        state.log(message, kind)
    return state

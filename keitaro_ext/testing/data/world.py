"""The seeded catalogue of entities the synthetic clicks refer to.

The same seed always gives the same campaigns, flows, offers and landing pages (names are
fixed, numbers such as payouts, prices and shares vary with the seed), so a click row can
name them by id without storing anything.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Group:
    id: int
    name: str
    type: str


@dataclass(frozen=True)
class Network:
    id: int
    name: str


@dataclass(frozen=True)
class Source:
    id: int
    name: str


@dataclass(frozen=True)
class Offer:
    id: int
    name: str
    network_id: int
    group_id: int
    payout_cents: int
    url: str
    countries: tuple[str, ...]


@dataclass(frozen=True)
class Landing:
    id: int
    name: str
    group_id: int


@dataclass(frozen=True)
class Flow:
    id: int
    campaign_id: int
    name: str
    schema: str  # "landings" or "redirect"
    position: int
    offers: tuple[tuple[int, int], ...]  # (offer id, share percent)
    landings: tuple[tuple[int, int], ...]  # (landing id, share percent)
    weight: int


@dataclass(frozen=True)
class Campaign:
    id: int
    name: str
    alias: str
    group_id: int
    source_id: int
    cpc_cents: int
    weight: int
    flows: tuple[Flow, ...]


@dataclass(frozen=True)
class World:
    groups: tuple[Group, ...]
    networks: tuple[Network, ...]
    sources: tuple[Source, ...]
    offers: tuple[Offer, ...]
    landings: tuple[Landing, ...]
    campaigns: tuple[Campaign, ...]
    domains: tuple[str, ...]

    def flows(self) -> tuple[Flow, ...]:
        return tuple(flow for campaign in self.campaigns for flow in campaign.flows)


_OFFERS = (
    ("Keto Slim - US", ("US", "GB")),
    ("Crypto Wallet Install", ("US", "DE", "GB")),
    ("VPN Annual Plan", ("US", "DE", "FR", "ES")),
    ("Dating Sign-up EU", ("DE", "FR", "ES", "PL")),
    ("Car Insurance Lead", ("US",)),
    ("Nutra Trial BR", ("BR", "IN")),
)
_LANDINGS = ("Quiz prelander", "Review article", "Countdown offer", "Comparison table")
_CAMPAIGNS = (
    ("Search - Nutra", "search-nutra"),
    ("Social - Crypto", "social-crypto"),
    ("Push - VPN", "push-vpn"),
    ("Native - Dating", "native-dating"),
)


def _split(rng: random.Random, parts: int) -> tuple[int, ...]:
    """Integer percentages that add up to 100."""
    cuts = sorted(rng.sample(range(10, 91, 5), parts - 1)) if parts > 1 else []
    edges = [0, *cuts, 100]
    return tuple(edges[k + 1] - edges[k] for k in range(parts))


def build_world(seed: int) -> World:
    """The entity graph for a seed; pure, so tests can rebuild it independently."""
    rng = random.Random(f"keitaro-fake-world-{seed}")  # noqa: S311 - reproducible test data, not secrets
    groups = (
        Group(1, "Search", "campaigns"),
        Group(2, "Social", "campaigns"),
        Group(3, "Evergreen offers", "offers"),
        Group(4, "Prelanders", "landings"),
    )
    networks = (Network(1, "LeadHub"), Network(2, "CPA Garden"))
    sources = (Source(1, "Google Ads"), Source(2, "Facebook Ads"), Source(3, "PushHouse"))
    offers = tuple(
        Offer(
            id=k + 1,
            name=name,
            network_id=1 + k % 2,
            group_id=3,
            payout_cents=rng.randrange(800, 4500, 25),
            url=f"https://offers.example.net/o/{k + 1}?click_id={{subid}}",
            countries=countries,
        )
        for k, (name, countries) in enumerate(_OFFERS)
    )
    landings = tuple(Landing(k + 1, name, 4) for k, name in enumerate(_LANDINGS))
    campaigns = []
    flow_id = 0
    for k, (name, alias) in enumerate(_CAMPAIGNS):
        flows = []
        for position, schema in enumerate(
            ("landings", "redirect") if k % 2 == 0 else ("redirect", "landings", "redirect")
        ):
            flow_id += 1
            offer_ids = rng.sample(range(1, len(offers) + 1), 2)
            landing_ids = rng.sample(range(1, len(landings) + 1), 2) if schema == "landings" else []
            flows.append(
                Flow(
                    id=flow_id,
                    campaign_id=k + 1,
                    name=f"{'Landing' if schema == 'landings' else 'Direct'} flow {position + 1}",
                    schema=schema,
                    position=position + 1,
                    offers=tuple(zip(offer_ids, _split(rng, 2), strict=True)),
                    landings=tuple(zip(landing_ids, _split(rng, len(landing_ids)), strict=True)),
                    weight=rng.randrange(20, 80),
                )
            )
        campaigns.append(
            Campaign(
                id=k + 1,
                name=name,
                alias=alias,
                group_id=1 + k % 2,
                source_id=1 + k % 3,
                cpc_cents=rng.randrange(20, 60),
                weight=rng.randrange(10, 40),
                flows=tuple(flows),
            )
        )
    return World(groups, networks, sources, offers, landings, tuple(campaigns), ("track.example.com", "go.example.org"))

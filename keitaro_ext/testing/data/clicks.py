"""Synthetic clicks: row `i` is a pure function of (seed, i), so a million rows cost no memory.

Every random choice comes from bits of a SplitMix64 hash of the seed and the row number, and
the click time grows with `i`, so a date range maps to an index range by binary search and a
page of the click log is built by computing just the rows on that page.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import NamedTuple

from .tables import (
    CONNECTION_TYPES,
    CONVERSION_STATUSES,
    COUNTRIES,
    DEVICES,
    KEYWORDS,
    REFERRERS,
    Country,
    Device,
    Picker,
    Referrer,
)
from .world import Campaign, Flow, Landing, Offer, World

_M64 = (1 << 64) - 1
MAX_CONVERSION_DELAY = 86_400  # seconds between a click and its conversion, at most


def mix64(value: int) -> int:
    """SplitMix64 finaliser: a fast, well-spread 64-bit hash of an integer."""
    z = (value + 0x9E3779B97F4A7C15) & _M64
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _M64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _M64
    return z ^ (z >> 31)


class Conversion(NamedTuple):
    """The conversion a click led to (at most one per click)."""

    status: str
    payout_cents: int
    ts: int
    previous_status: str | None


@dataclass(slots=True)
class Click:
    """One click with every random choice made; columns are derived from it on demand."""

    index: int
    ts: int
    campaign: Campaign
    flow: Flow
    offer: Offer | None
    landing: Landing | None
    country: Country
    device: Device
    os: tuple[str, str, str]
    browser: tuple[str, str]
    connection: str
    referrer: Referrer
    keyword: str
    h2: int
    h3: int
    h4: int
    unique_global: bool
    unique_campaign: bool
    unique_stream: bool
    bot: bool
    proxy: bool
    cost_cents: int
    lp_delay: int | None
    conversion: Conversion | None

    @property
    def revenue_cents(self) -> int:
        """Revenue the click earned: its lead or sale payout; rejected conversions earn nothing."""
        conv = self.conversion
        return conv.payout_cents if conv is not None and conv.status != "rejected" else 0


class _FlowPickers(NamedTuple):
    flow: Flow
    offers: Picker[Offer]
    landings: Picker[Landing] | None


class ClickData:
    """The click set of one fake: `count` clicks spread evenly over [start, end) (Unix seconds)."""

    def __init__(self, world: World, *, seed: int, count: int, start: int, end: int) -> None:
        if count < 0 or end <= start:
            raise ValueError("ClickData needs count >= 0 and end > start")
        self.world = world
        self.seed = seed
        self.count = count
        self.start = start
        self.end = end
        self._key = mix64(seed & _M64)
        offers = {offer.id: offer for offer in world.offers}
        landings = {landing.id: landing for landing in world.landings}
        self._campaigns = Picker([(c, c.weight) for c in world.campaigns])
        self._flows = {
            c.id: Picker([(self._flow_pickers(f, offers, landings), f.weight) for f in c.flows])
            for c in world.campaigns
        }
        self._countries = Picker(COUNTRIES)
        self._devices = Picker(DEVICES)
        self._connections = Picker(CONNECTION_TYPES)
        self._referrers = Picker(REFERRERS)
        self._keywords = Picker(KEYWORDS)
        self._statuses = Picker(CONVERSION_STATUSES)

    @staticmethod
    def _flow_pickers(flow: Flow, offers: dict[int, Offer], landings: dict[int, Landing]) -> _FlowPickers:
        offer_picker = Picker([(offers[oid], share) for oid, share in flow.offers])
        landing_picker = Picker([(landings[lid], share) for lid, share in flow.landings]) if flow.landings else None
        return _FlowPickers(flow, offer_picker, landing_picker)

    def ts(self, index: int) -> int:
        """Click time of row `index`; never decreases as `index` grows."""
        return self.start + (index * (self.end - self.start)) // max(self.count, 1)

    def first_at_or_after(self, ts: int) -> int:
        """Smallest index whose click time is >= ts (count if none)."""
        return bisect.bisect_left(range(self.count), ts, key=self.ts)

    def index_range(self, ts_from: int | None, ts_to: int | None) -> range:
        """Indexes of the clicks with ts_from <= time < ts_to (None: unbounded)."""
        lo = 0 if ts_from is None else self.first_at_or_after(ts_from)
        hi = self.count if ts_to is None else self.first_at_or_after(ts_to)
        return range(lo, max(lo, hi))

    def click(self, index: int) -> Click:
        """Row `index`, computed from (seed, index) alone."""
        if not 0 <= index < self.count:
            raise IndexError(index)
        h1 = mix64(self._key ^ index)
        h2 = mix64(h1)
        h3 = mix64(h2)
        h4 = mix64(h3)
        campaign = self._campaigns.pick(h1)
        pickers = self._flows[campaign.id].pick(h1 >> 8)
        device = self._devices.pick(h1 >> 40)
        u = (h3 & 0xFFFF) / 65536
        bot = (h3 >> 16) & 0xFF < 8
        landing = pickers.landings.pick(h1 >> 24) if pickers.landings is not None else None
        lp_clicked = landing is not None and not bot and (h3 >> 32) & 0xFF < 102
        offer = pickers.offers.pick(h1 >> 16) if landing is None or lp_clicked else None
        ts = self.ts(index)
        conversion = None
        if offer is not None and not bot:
            chance = 7864 if landing is not None else 2621  # 12% after a landing page, 4% direct (of 65536)
            if (h3 >> 40) & 0xFFFF < chance:
                status = self._statuses.pick(h3 >> 56)
                payout = offer.payout_cents * (90 + (h4 >> 48) % 21) // 100
                delay = 60 + (h4 >> 16) % (MAX_CONVERSION_DELAY - 60)
                previous = "lead" if status != "lead" and (h4 >> 60) & 1 else None
                conversion = Conversion(status, payout, ts + delay, previous)
        return Click(
            index=index,
            ts=ts,
            campaign=campaign,
            flow=pickers.flow,
            offer=offer,
            landing=landing,
            country=self._countries.pick(h1 >> 32),
            device=device,
            os=device.oses[(h1 >> 48) % len(device.oses)],
            browser=device.browsers[(h1 >> 56) % len(device.browsers)],
            connection=self._connections.pick(h2),
            referrer=self._referrers.pick(h2 >> 8),
            keyword=self._keywords.pick(h2 >> 16),
            h2=h2,
            h3=h3,
            h4=h4,
            unique_global=u < 0.55,
            unique_campaign=u < 0.70,
            unique_stream=u < 0.82,
            bot=bot,
            proxy=(h3 >> 24) & 0xFF < 13,
            cost_cents=campaign.cpc_cents + (h4 & 3),
            lp_delay=2 + (h4 >> 8) % 119 if lp_clicked else None,
            conversion=conversion,
        )

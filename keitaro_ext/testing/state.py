"""The fake tracker's mutable state: entity tables and the tracker-wide settings.

Records are plain dicts in the shape the tracker returns (keys of the spec's read schema);
keys starting with `_` are the fake's own bookkeeping and never leave it. Tests may read and
change `fake.state` directly, e.g. `fake.state.campaigns[1]["name"]`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from .errors import InvalidError, NotFoundError

Record = dict[str, Any]


class Store:
    """One entity table: records by id (ids handed out in increasing order).

    Reads like a dict of id -> record (`store[1]`, `1 in store`, `len`, `get`, `keys`, `values`,
    `items`), except that iterating it yields the records themselves, oldest first.
    """

    def __init__(self, label: str) -> None:
        self.label = label
        self._rows: dict[int, Record] = {}
        self.next_id = 1

    def insert(self, record: Record) -> Record:
        record["id"] = self.next_id
        self._rows[self.next_id] = record
        self.next_id += 1
        return record

    def require(self, entity_id: int) -> Record:
        """The record, or the tracker's 404."""
        try:
            return self._rows[entity_id]
        except KeyError:
            raise NotFoundError(f"{self.label} {entity_id} not found") from None

    def ref(self, entity_id: int | None, field_name: str) -> None:
        """406 when a body names an entity of this table that does not exist."""
        if entity_id is not None and entity_id not in self._rows:
            raise InvalidError.one(field_name, f"{self.label} {entity_id} does not exist.")

    def where(self, *, deleted: bool = False) -> list[Record]:
        """Records in the archive (`deleted=True`) or out of it."""
        return [r for r in self._rows.values() if (r.get("state") == "deleted") == deleted]

    def remove(self, entity_id: int) -> Record:
        return self._rows.pop(entity_id)

    def get(self, entity_id: int, default: Record | None = None) -> Record | None:
        return self._rows.get(entity_id, default)

    def keys(self) -> list[int]:
        return list(self._rows)

    def values(self) -> list[Record]:
        return list(self._rows.values())

    def items(self) -> list[tuple[int, Record]]:
        return list(self._rows.items())

    def __iter__(self) -> Iterator[Record]:
        return iter(list(self._rows.values()))

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, entity_id: int) -> Record:
        return self._rows[entity_id]

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._rows

    def __repr__(self) -> str:
        return f"<Store {self.label}: {len(self._rows)} records>"


@dataclass
class TrackerState:
    """Everything a request can change."""

    now: datetime
    campaigns: Store = field(default_factory=lambda: Store("Campaign"))
    streams: Store = field(default_factory=lambda: Store("Flow"))
    offers: Store = field(default_factory=lambda: Store("Offer"))
    landing_pages: Store = field(default_factory=lambda: Store("Landing page"))
    affiliate_networks: Store = field(default_factory=lambda: Store("Affiliate network"))
    traffic_sources: Store = field(default_factory=lambda: Store("Traffic source"))
    domains: Store = field(default_factory=lambda: Store("Domain"))
    groups: Store = field(default_factory=lambda: Store("Group"))
    users: Store = field(default_factory=lambda: Store("User"))
    facebook: Store = field(default_factory=lambda: Store("Facebook integration"))
    bot_list: list[str] = field(default_factory=list)
    labels: dict[tuple[int, str, str], str] = field(default_factory=dict)
    campaign_cost_updates: list[Record] = field(default_factory=list)
    click_cost_updates: list[Record] = field(default_factory=list)
    click_costs: dict[int, int] = field(default_factory=dict)  # click index -> cents, from the cost updates
    clean_requests: list[Record] = field(default_factory=list)
    logs: dict[str, list[Record]] = field(default_factory=dict)
    files: dict[tuple[str, int], dict[str, str]] = field(default_factory=dict)
    facebook_campaigns: dict[int, list[int]] = field(default_factory=dict)
    stream_events: dict[int, list[Record]] = field(default_factory=dict)
    avscan_key: str = ""
    imklo_api_url: str = ""
    ticks: int = 0
    link_seq: int = 0

    def stamp(self) -> str:
        """A timestamp for created_at/updated_at: the fake's "now", one second later per change."""
        self.ticks += 1
        moment = self.now + timedelta(seconds=self.ticks)
        return moment.strftime("%Y-%m-%d %H:%M:%S")

    def next_link_id(self) -> int:
        """Ids of nested rows (a flow's offers, landings, filters, triggers)."""
        self.link_seq += 1
        return self.link_seq

    def log(self, message: str, kind: str = "system") -> None:
        self.logs.setdefault(kind, []).append({"datetime": self.stamp(), "jid": None, "message": message})

    def names(self) -> dict[str, dict[int, str]]:
        """Current entity names by table, for report columns such as `campaign` and `offer`."""
        tables = ("campaigns", "streams", "offers", "landing_pages", "traffic_sources", "groups")
        return {table: {r["id"]: r.get("name", "") for r in getattr(self, table)} for table in tables}

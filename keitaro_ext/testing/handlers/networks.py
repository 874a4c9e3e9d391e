"""Affiliate networks: CRUD, archive and clone; `offers` counts the network's live offers."""

from __future__ import annotations

from typing import Any

from ..state import Record, TrackerState
from .base import present
from .crud import Entity, register


def show_network(state: TrackerState, record: Record) -> dict[str, Any]:
    count = sum(1 for o in state.offers.where() if o.get("affiliate_network_id") == record["id"])
    return present("AffiliateNetwork", {**record, "offers": count})


NETWORKS = register(
    Entity("affiliate_networks", "AffiliateNetwork", show=show_network),
    list="listAffiliateNetworks", get="getAffiliateNetwork", create="createAffiliateNetwork",
    update="updateAffiliateNetwork", delete="deleteAffiliateNetwork", clone="cloneAffiliateNetwork",
)  # fmt: skip

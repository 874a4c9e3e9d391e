"""Traffic sources: CRUD, archive (200 without a body) and clone."""

from __future__ import annotations

from .crud import Entity, register

# Keitaro's document requires no field on create; a blank name is refused by the spec there.
SOURCES = register(
    Entity("traffic_sources", "TrafficSource", check_create=False, deleted="none"),
    list="listTrafficSources", get="getTrafficSource", create="createTrafficSource",
    update="updateTrafficSource", delete="deleteTrafficSource", clone="cloneTrafficSource",
)  # fmt: skip

"""A record made through the API has the same fields as a seeded one: creation and seeding share one table
of defaults, so a client never meets a field that only seeded (or only created) entities have."""

from __future__ import annotations

from typing import Any

import pytest

from keitaro_ext.testing import FakeTracker

CREATES: list[tuple[str, str, dict[str, Any]]] = [
    ("offers", "/offers", {"name": "O"}),
    ("landing_pages", "/landing_pages", {"name": "L"}),
    ("affiliate_networks", "/affiliate_networks", {"name": "N"}),
    ("traffic_sources", "/traffic_sources", {"name": "S"}),
    ("campaigns", "/campaigns", {"name": "C", "alias": "c-new"}),
    ("domains", "/domains", {"name": "new.example.com", "is_ssl": False}),
]


@pytest.mark.parametrize(("table", "path", "body"), CREATES, ids=[c[0] for c in CREATES])
def test_created_records_have_the_fields_of_seeded_ones(table: str, path: str, body: dict[str, Any]) -> None:
    fake = FakeTracker(clicks=0)
    with fake.client() as http:
        answer = http.post(path, json=body)
    assert answer.status_code in (200, 201), answer.text
    store = getattr(fake.state, table)
    seeded, created = store[1], store[store.next_id - 1]
    assert {k for k in created if not k.startswith("_")} == {k for k in seeded if not k.startswith("_")}


def test_a_created_record_does_not_share_mutable_defaults_with_another() -> None:
    fake = FakeTracker(clicks=0)
    with fake.client() as http:
        first = http.post("/campaigns", json={"name": "A", "alias": "a-1"}).json()["id"]
        second = http.post("/campaigns", json={"name": "B", "alias": "b-1"}).json()["id"]
    fake.state.campaigns[first]["postbacks"].append({"url": "x"})
    assert fake.state.campaigns[second]["postbacks"] == []

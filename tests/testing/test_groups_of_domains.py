"""`GET /groups?type=domains`: the fake keeps groups of domains like the other kinds (see `GroupType`)."""

from __future__ import annotations

from keitaro_ext import Keitaro
from keitaro_ext.testing import FakeTracker


def test_groups_of_domains_are_created_and_listed_apart() -> None:
    fake = FakeTracker(clicks=0)
    with Keitaro(fake.api_url_in_process, fake.api_key, transport=fake.transport()) as kt:
        made = kt.groups.create(name="Parked", type_="domains")
        assert made.type_ == "domains"
        assert [g.name for g in kt.groups.list(type_="domains")] == ["Parked"]
        assert "Parked" not in [g.name for g in kt.groups.list(type_="campaigns")]

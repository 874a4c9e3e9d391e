"""Test your own Keitaro code with the `keitaro_fake` pytest fixtures, no tracker needed.

    pip install 'keitaro-admin[testing]'
    pytest examples/test_own_code_with_fake.py

Installing the package registers the fixtures: `keitaro_fake` is an in-process fake (no socket),
`keitaro_fake_server` serves one on 127.0.0.1; `@pytest.mark.keitaro_fake(...)` sets its options.
`archive_idle_campaigns` below stands for your code.
"""

from __future__ import annotations

import pytest

from keitaro_ext import Keitaro, ServerError
from keitaro_ext.testing import FakeTracker


def archive_idle_campaigns(kt: Keitaro, *, min_clicks: int) -> list[int]:
    """Your code: archive campaigns with fewer than `min_clicks` clicks in the last 7 days."""
    report = kt.reports.build("7_days_ago", group_by="campaign_id", metrics="clicks")
    busy = {row["campaign_id"] for row in report if row["clicks"] >= min_clicks}
    idle = [c.id for c in kt.campaigns.list() if c.id not in busy]
    for campaign_id in idle:
        kt.campaigns.delete(campaign_id)
    return idle


@pytest.fixture
def kt(keitaro_fake: FakeTracker) -> Keitaro:
    return Keitaro("http://tracker.test", keitaro_fake.api_key, transport=keitaro_fake.transport())


@pytest.mark.keitaro_fake(clicks=0)  # a tracker without traffic: every campaign is idle
def test_every_campaign_is_archived_when_there_is_no_traffic(kt: Keitaro, keitaro_fake: FakeTracker) -> None:
    before = {c.id for c in kt.campaigns.list()}
    assert sorted(archive_idle_campaigns(kt, min_clicks=1)) == sorted(before)
    assert kt.campaigns.list() == []
    assert {c.id for c in kt.campaigns.list_deleted()} == before


def test_a_new_campaign_without_clicks_is_archived_and_busy_ones_stay(kt: Keitaro) -> None:
    fresh = kt.campaigns.create(name="Brand new", alias="brand-new")
    archived = archive_idle_campaigns(kt, min_clicks=1)
    assert fresh.id in archived
    assert kt.campaigns.list(), "the seeded campaigns have traffic and must stay"


def test_a_failing_tracker_stops_before_archiving_anything(keitaro_fake_server: FakeTracker) -> None:
    keitaro_fake_server.faults.add(method="POST", path="/report/build", status=500, times=10)
    with (
        Keitaro(keitaro_fake_server.url, keitaro_fake_server.api_key, max_retries=1) as kt,
        pytest.raises(ServerError),
    ):
        archive_idle_campaigns(kt, min_clicks=1)
    assert keitaro_fake_server.requests.calls("DELETE", "/campaigns/*") == []

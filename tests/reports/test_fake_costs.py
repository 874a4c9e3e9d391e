"""Cost updates change the fake's reports the way a tracker's cost job would: the period's cost, exactly."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from keitaro_ext import Keitaro
from keitaro_ext.costs import CostPeriod
from keitaro_ext.reports import F
from keitaro_ext.testing import FakeTracker


@pytest.fixture
def fake() -> FakeTracker:
    return FakeTracker(seed=11, clicks=3000)


@pytest.fixture
def kt(fake: FakeTracker) -> Iterator[Keitaro]:
    with Keitaro(fake.api_url_in_process, fake.api_key, transport=fake.transport()) as client:
        yield client


def busy_day(fake: FakeTracker) -> tuple[int, date]:
    """A campaign and a UTC day on which it has clicks, read from the raw data."""
    click = fake.data.click(fake.data.count // 2)
    return click.campaign.id, datetime.fromtimestamp(click.ts, UTC).date()


def raw_cost_cents(fake: FakeTracker, campaign_id: int, start: datetime, end: datetime) -> int:
    """The generated cost of the campaign's clicks in [start, end), straight from the data."""
    total = 0
    for index in range(fake.data.count):
        click = fake.data.click(index)
        if click.campaign.id == campaign_id and start.timestamp() <= click.ts < end.timestamp():
            total += click.cost_cents
    return total


def day_row(kt: Keitaro, campaign_id: int, day: date, timezone: str = "UTC") -> dict[str, object]:
    report = kt.reports.build(
        (day, day),
        timezone=timezone,
        group_by=["campaign_id"],
        metrics=["clicks", "cost", "revenue", "profit", "roi"],
        filters=[F("campaign_id").eq(campaign_id)],
    )
    assert len(report.rows) == 1
    return report.rows[0]


def test_a_campaigns_cost_for_a_day_becomes_that_days_report_cost(fake: FakeTracker, kt: Keitaro) -> None:
    campaign_id, day = busy_day(fake)
    before = day_row(kt, campaign_id, day)
    start = datetime(day.year, day.month, day.day, tzinfo=UTC)
    assert before["cost"] == pytest.approx(raw_cost_cents(fake, campaign_id, start, start + timedelta(days=1)) / 100)

    kt.campaigns.set_cost(campaign_id, day, day, "123.45", currency="USD", timezone="UTC")
    after = day_row(kt, campaign_id, day)

    assert after["cost"] == pytest.approx(123.45)
    assert after["clicks"] == before["clicks"]
    assert after["revenue"] == before["revenue"]
    assert after["profit"] == pytest.approx(float(Decimal(str(before["revenue"])) - Decimal("123.45")))
    expected_roi = (float(before["revenue"]) - 123.45) / 123.45 * 100  # type: ignore[arg-type]
    assert after["roi"] == pytest.approx(expected_roi, abs=0.01)


def test_other_days_and_campaigns_keep_their_cost(fake: FakeTracker, kt: Keitaro) -> None:
    campaign_id, day = busy_day(fake)
    everything = kt.reports.build("all_time", group_by=["campaign_id", "day"], metrics=["cost"])
    kt.campaigns.set_cost(campaign_id, day, day, 10, currency="USD")
    changed = kt.reports.build("all_time", group_by=["campaign_id", "day"], metrics=["cost"])
    differing = [
        (old["campaign_id"], old["day"])
        for old, new in zip(everything.rows, changed.rows, strict=True)
        if old["cost"] != new["cost"]
    ]
    assert differing == [(campaign_id, day)]


def test_cost_period_is_read_in_the_given_time_zone(fake: FakeTracker, kt: Keitaro) -> None:
    campaign_id, day = busy_day(fake)
    kt.campaigns.set_cost(campaign_id, day, day, "77.70", currency="EUR", timezone="Europe/Madrid")
    assert day_row(kt, campaign_id, day, timezone="Europe/Madrid")["cost"] == pytest.approx(77.70)
    madrid = ZoneInfo("Europe/Madrid")
    start = datetime(day.year, day.month, day.day, tzinfo=madrid)
    assert raw_cost_cents(fake, campaign_id, start, start + timedelta(days=1)) > 0  # the day has clicks to carry it


def test_click_costs_spread_each_period_over_all_its_campaigns(fake: FakeTracker, kt: Keitaro) -> None:
    campaign_id, day = busy_day(fake)
    other = next(c.id for c in fake.world.campaigns if c.id != campaign_id)
    previous = day - timedelta(days=1)
    periods = [CostPeriod(day, day, "50"), CostPeriod(previous, previous, "0.07")]
    assert kt.clicks.set_costs([campaign_id, other], periods, currency="USD", timezone="UTC")
    for when, cost in ((day, 50), (previous, 0.07)):
        report = kt.reports.build(
            (when, when), metrics=["cost"], filters=[F("campaign_id").in_([campaign_id, other])], summary=True
        )
        assert report.summary is not None
        assert report.summary["cost"] == pytest.approx(cost)


def test_only_unique_clicks_carry_the_cost_when_asked(fake: FakeTracker, kt: Keitaro) -> None:
    campaign_id, day = busy_day(fake)
    before = kt.reports.build(
        (day, day), group_by=["is_unique_campaign"], metrics=["cost"], filters=[F("campaign_id").eq(campaign_id)]
    )
    kt.campaigns.set_cost(campaign_id, day, day, "9.99", currency="USD", only_unique=True)
    after = kt.reports.build(
        (day, day), group_by=["is_unique_campaign"], metrics=["cost"], filters=[F("campaign_id").eq(campaign_id)]
    )
    old = {row["is_unique_campaign"]: row["cost"] for row in before.rows}
    new = {row["is_unique_campaign"]: row["cost"] for row in after.rows}
    unique = next(key for key in new if key in (True, 1, "1"))
    plain = next(key for key in new if key != unique)
    assert new[unique] == pytest.approx(9.99)
    assert new[plain] == old[plain]


def test_reset_forgets_cost_updates(fake: FakeTracker, kt: Keitaro) -> None:
    campaign_id, day = busy_day(fake)
    before = day_row(kt, campaign_id, day)["cost"]
    kt.campaigns.set_cost(campaign_id, day, day, 1, currency="USD")
    fake.reset()
    assert day_row(kt, campaign_id, day)["cost"] == before

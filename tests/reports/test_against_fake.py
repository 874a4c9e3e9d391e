"""Reports and logs through the SDK, against the fake, checked with aggregates computed here from the raw clicks."""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from keitaro_ext import Keitaro
from keitaro_ext.reports import F
from keitaro_ext.testing import FakeTracker

START = datetime(2026, 6, 1, tzinfo=UTC)
END = datetime(2026, 6, 11, tzinfo=UTC)  # the range below ends on June 10 inclusive


@pytest.fixture(scope="module")
def fake() -> FakeTracker:
    return FakeTracker(seed=3, clicks=4000)


@pytest.fixture(params=["grouping", "dimensions"])
def kt(fake: FakeTracker, request: pytest.FixtureRequest) -> Iterator[Keitaro]:
    with Keitaro(
        fake.api_url_in_process, fake.api_key, transport=fake.transport(), report_dialect=request.param
    ) as client:
        yield client


def clicks_in_range(fake: FakeTracker) -> Iterator[Any]:
    for index in range(fake.data.count):
        click = fake.data.click(index)
        if START.timestamp() <= click.ts < END.timestamp():
            yield click


def expected_by_country(fake: FakeTracker) -> dict[str, dict[str, int]]:
    totals: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for click in clicks_in_range(fake):
        row = totals[click.country.code]
        row["clicks"] += 1
        row["conversions"] += click.conversion is not None
        row["sales"] += click.conversion is not None and click.conversion.status == "sale"
        row["revenue_cents"] += click.revenue_cents
        row["cost_cents"] += click.cost_cents
    return totals


def test_grouped_report_matches_independent_aggregates(kt: Keitaro, fake: FakeTracker) -> None:
    expected = expected_by_country(fake)
    report = kt.reports.build(
        ("2026-06-01", "2026-06-10"),
        timezone="UTC",
        group_by="country_code",
        metrics=["clicks", "conversions", "sales", "revenue", "cost", "profit", "cr", "epc"],
        sort="country_code",
        summary=True,
    )
    assert report.total == len(expected)
    assert [row["country_code"] for row in report] == sorted(expected)
    for row in report:
        want = expected[row["country_code"]]
        assert row["clicks"] == want["clicks"]
        assert row["conversions"] == want["conversions"]
        assert row["sales"] == want["sales"]
        assert row["revenue"] == pytest.approx(want["revenue_cents"] / 100)
        assert row["cost"] == pytest.approx(want["cost_cents"] / 100)
        assert row["profit"] == pytest.approx((want["revenue_cents"] - want["cost_cents"]) / 100)
        assert row["cr"] == pytest.approx(100 * want["conversions"] / want["clicks"], abs=1e-4)
        assert row["epc"] == pytest.approx(want["revenue_cents"] / 100 / want["clicks"], abs=1e-4)
    assert report.summary is not None
    assert report.summary["clicks"] == sum(v["clicks"] for v in expected.values())
    assert report.summary["country_code"] is None


def test_filters_and_sort_select_the_right_rows(kt: Keitaro, fake: FakeTracker) -> None:
    expected = expected_by_country(fake)
    report = kt.reports.build(
        ("2026-06-01", "2026-06-10"),
        timezone="UTC",
        group_by="country_code",
        metrics=["clicks", "revenue"],
        filters=[F("country_code").in_(["US", "DE", "FR"]), "revenue > 0"],
        sort="-clicks",
    )
    wanted = {code for code in ("US", "DE", "FR") if code in expected}
    assert {row["country_code"] for row in report} <= wanted
    assert all(row["revenue"] > 0 for row in report)
    clicks = [row["clicks"] for row in report]
    assert clicks == sorted(clicks, reverse=True)


def test_iter_rows_pages_through_every_group(kt: Keitaro, fake: FakeTracker) -> None:
    days: dict[str, int] = defaultdict(int)
    for click in clicks_in_range(fake):
        days[datetime.fromtimestamp(click.ts, UTC).date().isoformat()] += 1
    rows = list(
        kt.reports.iter_rows(
            ("2026-06-01", "2026-06-10"), timezone="UTC", group_by="day", metrics="clicks", sort="day", page_size=3
        )
    )
    assert {row["day"].isoformat(): row["clicks"] for row in rows} == dict(days)
    assert len(rows) == 10


def test_click_log_paging_and_export_cover_every_click(kt: Keitaro, fake: FakeTracker, tmp_path: Path) -> None:
    expected = [click.index for click in clicks_in_range(fake)]
    rows = list(
        kt.clicks.iter_log(
            ("2026-06-01", "2026-06-10"), timezone="UTC", columns=["datetime", "sub_id", "country_code"], page_size=333
        )
    )
    assert len(rows) == len(expected)
    assert len({row["sub_id"] for row in rows}) == len(expected)  # no duplicates across pages
    assert all(START <= row["datetime"] < END for row in rows)
    result = kt.clicks.export(
        tmp_path / "clicks.csv", ("2026-06-01", "2026-06-10"), timezone="UTC", columns=["sub_id"], page_size=500
    )
    assert result.rows == result.total == len(expected)
    with (tmp_path / "clicks.csv").open(newline="") as handle:
        assert sorted(r["sub_id"] for r in csv.DictReader(handle)) == sorted(row["sub_id"] for row in rows)

"""Incremental syncs: the look-back window, late conversions, idempotence and the async twin."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from keitaro_ext import AsyncKeitaro, Keitaro
from keitaro_ext.errors import ConfigurationError, KeitaroError
from keitaro_ext.sync import SyncProgress
from keitaro_ext.testing import FakeTracker

from .conftest import FAST, add_late_conversion, click_without_conversion, lake_rows, partition

TODAY = date(2026, 6, 15)  # the fake's clock: 2026-06-15 12:00 UTC
WEEK = [TODAY - timedelta(days=n) for n in range(6, -1, -1)]


def log_days(fake: FakeTracker, start: int) -> set[tuple[str, str]]:
    """(log, day) of every log request received since request number `start`."""
    found = set()
    for request in fake.requests[start:]:
        if request.path in ("/clicks/log", "/conversions/log"):
            assert request.json["range"]["from"] == request.json["range"]["to"]
            found.add((request.path.split("/")[1], request.json["range"]["from"]))
    return found


def test_rerun_fetches_only_the_lookback_window(fake: FakeTracker, kt: Keitaro, tmp_path: Path) -> None:
    events: list[SyncProgress] = []
    first = kt.sync(tmp_path, days=7, timezone="UTC", now=fake.now, tracker="acme", progress=events.append)
    finished = [(e.table, e.days_done) for e in events if e.days_done and e.day is not None]
    assert finished[-1] == ("conversions", 7) and ("clicks", 7) in finished
    assert all(e.days_total == 7 and e.tracker == "acme" for e in events)
    assert first.tables["clicks"].fetched == WEEK
    assert first.tables["conversions"].fetched == WEEK
    assert first.tables["clicks"].rows == sum(len(rows) for rows in lake_rows(tmp_path, "acme", "clicks").values())
    before = lake_rows(tmp_path, "acme", "clicks")

    mark = len(fake.requests)
    second = kt.sync(tmp_path, days=7, timezone="UTC", now=fake.now, tracker="acme")
    window = [date(2026, 6, 12), date(2026, 6, 13), date(2026, 6, 14), TODAY]  # 3 days back, and today
    assert second.tables["clicks"].fetched == window
    assert second.tables["clicks"].days_skipped == 3
    assert log_days(fake, mark) == {(log, day.isoformat()) for log in ("clicks", "conversions") for day in window}
    assert lake_rows(tmp_path, "acme", "clicks") == before  # fetched again, nothing duplicated

    state = json.loads((tmp_path / "acme" / "_keitaro_sync.json").read_text())
    days = state["tables"]["clicks"]["days"]
    assert sorted(days) == [d.isoformat() for d in WEEK]
    assert days[TODAY.isoformat()]["complete"] is False  # today is not over
    assert days["2026-06-14"]["complete"] is True
    assert "test-key" not in json.dumps(state)


def test_a_longer_lookback_fetches_more_and_zero_only_today(fake: FakeTracker, kt: Keitaro, tmp_path: Path) -> None:
    kt.sync(tmp_path, days=7, timezone="UTC", now=fake.now)
    assert kt.sync(tmp_path, days=7, timezone="UTC", now=fake.now, lookback_days=0).tables["clicks"].fetched == [TODAY]
    assert len(kt.sync(tmp_path, days=7, timezone="UTC", now=fake.now, lookback_days=5).tables["clicks"].fetched) == 6


def test_a_late_conversion_appears_after_the_next_run(fake: FakeTracker, kt: Keitaro, tmp_path: Path) -> None:
    kt.sync(tmp_path, days=7, timezone="UTC", now=fake.now, tracker="t")
    yesterday = TODAY - timedelta(days=1)
    index = click_without_conversion(fake, yesterday)
    add_late_conversion(fake, index, payout_cents=1234)

    kt.sync(tmp_path, days=7, timezone="UTC", now=fake.now, tracker="t")
    conversions = [row for rows in lake_rows(tmp_path, "t", "conversions").values() for row in rows]
    mine = [row for row in conversions if row["conversion_id"] == str(index + 1)]
    assert len(mine) == 1
    assert mine[0]["status"] == "sale" and mine[0]["revenue"] == pytest.approx(12.34)
    click = next(row for row in lake_rows(tmp_path, "t", "clicks")[yesterday] if row["click_id"] == str(index + 1))
    assert click["is_sale"] is True and click["revenue"] == pytest.approx(12.34)


def test_a_settled_day_is_not_fetched_again_unless_full(fake: FakeTracker, kt: Keitaro, tmp_path: Path) -> None:
    kt.sync(tmp_path, days=7, timezone="UTC", now=fake.now)
    old = date(2026, 6, 10)
    index = click_without_conversion(fake, old)
    add_late_conversion(fake, index, delay=60)
    host = "keitaro.fake"

    kt.sync(tmp_path, days=7, timezone="UTC", now=fake.now)
    assert all(
        row["click_id"] != str(index + 1) or not row["is_sale"] for row in lake_rows(tmp_path, host, "clicks")[old]
    )
    kt.sync(tmp_path, days=7, timezone="UTC", now=fake.now, full=True)
    assert any(row["click_id"] == str(index + 1) and row["is_sale"] for row in lake_rows(tmp_path, host, "clicks")[old])


async def test_the_async_client_writes_the_same_lake(fake: FakeTracker, kt: Keitaro, tmp_path: Path) -> None:
    kt.sync(tmp_path / "sync", days=3, timezone="Europe/Madrid", now=fake.now, tracker="t")
    async with AsyncKeitaro(fake.api_url, fake.api_key, transport=fake.transport(), retry_policy=FAST) as akt:
        summary = await akt.sync(tmp_path / "async", days=3, timezone="Europe/Madrid", now=fake.now, tracker="t")
        result = await akt.sync_verify(tmp_path / "async", tracker="t")
    assert summary.tables["clicks"].days_fetched == 3
    for table in ("clicks", "conversions"):
        assert lake_rows(tmp_path / "async", "t", table) == lake_rows(tmp_path / "sync", "t", table)
    assert result.ok and result.days_checked == 6


def test_days_are_cut_in_the_chosen_zone(fake: FakeTracker, kt: Keitaro, tmp_path: Path) -> None:
    kt.sync(tmp_path, since="2026-06-12", until="2026-06-13", timezone="Asia/Tokyo", now=fake.now, tables=["clicks"])
    for day, rows in lake_rows(tmp_path, "keitaro.fake", "clicks").items():
        assert rows
        assert {str(row["datetime"].tzinfo) for row in rows} == {"Asia/Tokyo"}
        assert {row["datetime"].date() for row in rows} == {day}
    schema = pq.read_schema(partition(tmp_path, "keitaro.fake", "clicks", date(2026, 6, 12)))
    assert str(schema.field("datetime").type) == "timestamp[ms, tz=Asia/Tokyo]"


def test_without_a_zone_the_tracker_zone_is_used(tmp_path: Path) -> None:
    fake = FakeTracker(seed=2, clicks=900, timezone="America/New_York")
    with Keitaro(fake.api_url, fake.api_key, transport=fake.transport()) as kt:
        summary = kt.sync(tmp_path, days=2, now=fake.now, tables=["clicks"])
        report = kt.reports.build(("2026-06-01", "2026-06-16"), group_by="day", metrics="clicks")
    # Unknown zone: "today" is the latest date anywhere (UTC+14), so 06-16 is in the plan, and empty here.
    assert summary.tables["clicks"].fetched == [date(2026, 6, 15), date(2026, 6, 16)]
    per_day = {row["day"]: row["clicks"] for row in report.rows}
    lake = lake_rows(tmp_path, "keitaro.fake", "clicks")
    assert len(lake[date(2026, 6, 15)]) == per_day[date(2026, 6, 15)]
    assert lake[date(2026, 6, 16)] == []
    assert {row["datetime"].tzinfo for row in lake[date(2026, 6, 15)]} == {None}  # wall-clock time of the tracker


def test_bad_arguments_fail_before_any_request(fake: FakeTracker, kt: Keitaro, tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match=r"since .* or days"):
        kt.sync(tmp_path, since="2026-06-01", days=3)
    with pytest.raises(ConfigurationError, match="tables must be"):
        kt.sync(tmp_path, tables=["clickz"])
    with pytest.raises(ConfigurationError, match="tracker"):
        kt.sync(tmp_path, tables=["clicks"], columns=["datetime", "tracker"])
    with pytest.raises(ConfigurationError, match="after the last day"):
        kt.sync(tmp_path, since="2026-07-01", now=fake.now)
    with pytest.raises(KeitaroError, match="Unknown time zone"):
        kt.sync(tmp_path, timezone="Europe/Madird")
    assert fake.requests == []
    kt.sync(tmp_path, days=1, timezone="UTC", now=fake.now)
    with pytest.raises(KeitaroError, match="was synced in the time zone UTC"):
        kt.sync(tmp_path, days=1, timezone="Europe/Madrid", now=fake.now)

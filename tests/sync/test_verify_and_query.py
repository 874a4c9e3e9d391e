"""The lake against the tracker: DuckDB totals per day, `sync verify`, and a tampered partition."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from keitaro_ext import Keitaro
from keitaro_ext.errors import KeitaroError
from keitaro_ext.sync import lake
from keitaro_ext.testing import FakeTracker

from .conftest import partition

ZONE = "Europe/Madrid"
PERIOD = ("2026-06-08", "2026-06-14")


def test_duckdb_gives_the_reports_totals_per_day(fake: FakeTracker, kt: Keitaro, tmp_path: Path) -> None:
    kt.sync(tmp_path, since=PERIOD[0], until=PERIOD[1], timezone=ZONE, now=fake.now)
    report = kt.reports.build(
        PERIOD, group_by="day", metrics=["clicks", "conversions", "revenue", "cost"], timezone=ZONE
    )
    expected = {
        row["day"]: (row["clicks"], row["conversions"], round(row["revenue"], 2), round(row["cost"], 2))
        for row in report.rows
    }
    columns, rows = lake.query(
        tmp_path,
        "SELECT day, count(*), sum(CAST(is_lead AS INT) + CAST(is_sale AS INT) + CAST(is_rejected AS INT)), "
        "round(sum(revenue), 2), round(sum(cost), 2) FROM clicks GROUP BY day ORDER BY day",
    )
    assert columns[0] == "day"
    assert {row[0]: tuple(row[1:]) for row in rows} == expected
    assert len(expected) == 7 and all(value[0] > 0 for value in expected.values())

    _, conversions = lake.query(tmp_path, "SELECT count(*), count(DISTINCT conversion_id) FROM conversions")
    logged = sum(1 for _ in kt.conversions.iter_log(PERIOD, columns=["conversion_id"], timezone=ZONE))
    assert conversions == [(logged, logged)]


def test_verify_finds_nothing_then_the_tampered_day(fake: FakeTracker, kt: Keitaro, tmp_path: Path) -> None:
    kt.sync(tmp_path, since=PERIOD[0], until=PERIOD[1], timezone=ZONE, now=fake.now, tracker="shop")
    result = kt.sync_verify(tmp_path, tracker="shop")
    assert result.ok and result.days_checked == 14

    day = date(2026, 6, 11)
    path = partition(tmp_path, "shop", "clicks", day)
    table = pq.read_table(path)
    dropped = table.slice(0, 1).to_pylist()[0]
    pq.write_table(table.slice(1), path)
    result = kt.sync_verify(tmp_path, tracker="shop")
    found = {(d.table, d.day, d.measure): (d.lake, d.tracker_value) for d in result.differences}
    assert found[("clicks", day, "rows")] == (table.num_rows - 1, table.num_rows)
    assert {key[1] for key in found} == {day}
    if dropped["cost"]:
        assert ("clicks", day, "cost") in found
    assert "lake" in result.differences[0].line()


def test_verify_and_query_explain_an_empty_folder(kt: Keitaro, tmp_path: Path) -> None:
    with pytest.raises(KeitaroError, match="holds no sync"):
        kt.sync_verify(tmp_path)
    with pytest.raises(KeitaroError, match="not a folder"):
        lake.query(tmp_path / "missing", "SELECT 1")
    with pytest.raises(KeitaroError, match="DuckDB could not run"):
        lake.query(tmp_path, "SELECT * FROM clicks")

"""Typed rows, Report conversions, paging totals and streaming export against a scripted tracker."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

from keitaro_ext import Keitaro, KeitaroError, UnexpectedResponseError
from tests.core.conftest import Harness, Script, reply

ROWS = [
    {
        "country": "US",
        "day": "2026-01-02",
        "datetime": "2026-01-02 10:15:00",
        "clicks": "12",
        "revenue": "3.50",
        "cr": 8.3,
        "is_bot": "0",
        "campaign_id": "7",
        "sub_id_1": "007",
    },
    {
        "country": "DE",
        "day": "2026-01-02",
        "datetime": "bad",
        "clicks": 5,
        "revenue": None,
        "cr": "n/a",
        "is_bot": 1,
        "campaign_id": 8,
        "sub_id_1": "8",
    },
]


def test_rows_are_typed_in_the_report_zone(harness: Harness) -> None:
    payload = {
        "rows": ROWS,
        "total": 2,
        "summary": {"country": None, "clicks": "17", "revenue": "3.5"},
        "meta": {"x": 1},
    }
    kt = harness.client(Script([reply(200, payload)]))
    report = harness.run(
        kt.reports.build(
            "yesterday", group_by="country", metrics=["clicks", "revenue", "cr"], timezone="Europe/Madrid", summary=True
        )
    )
    first, second = report.rows
    assert first["clicks"] == 12
    assert first["revenue"] == 3.5
    assert first["day"] == date(2026, 1, 2)
    assert first["datetime"] == datetime(2026, 1, 2, 10, 15, tzinfo=ZoneInfo("Europe/Madrid"))
    assert first["datetime"].tzinfo is ZoneInfo("Europe/Madrid")
    assert first["is_bot"] is False
    assert first["campaign_id"] == 7
    assert first["sub_id_1"] == "007"  # sub ids stay text
    assert second["datetime"] == "bad"  # kept as sent, not fatal
    assert second["cr"] == "n/a"
    assert second["revenue"] is None
    assert second["is_bot"] is True
    assert report.total == 2
    assert report.summary == {"country": None, "clicks": 17, "revenue": 3.5}
    assert report.meta == {"x": 1}
    assert report.columns == ["country", "clicks", "revenue", "cr"]
    assert [row["country"] for row in report] == ["US", "DE"]
    assert len(report) == 2


def make_report() -> Any:
    kt = Keitaro(
        "https://t.example.com",
        "k",
        transport=httpx.MockTransport(lambda r: httpx.Response(200, json={"rows": ROWS[:1], "total": 1})),
    )
    return kt.reports.build("today", group_by="country", metrics=["clicks", "revenue"])


def test_report_conversions(tmp_path: Path) -> None:
    report = make_report()
    text = report.to_csv()
    assert text.splitlines()[0].startswith("country,clicks,revenue,")
    report.to_csv(tmp_path / "r.csv")
    assert (tmp_path / "r.csv").read_bytes().decode("utf-8") == text
    frame = report.to_pandas()
    assert list(frame.columns[:3]) == ["country", "clicks", "revenue"]
    assert frame["clicks"].iloc[0] == 12
    polars_frame = report.to_polars()
    assert polars_frame["revenue"][0] == 3.5
    assert report.to_dicts() == report.rows
    table = report.table()
    assert table.splitlines()[0].split()[:3] == ["country", "clicks", "revenue"]
    assert "3.50" in table


@pytest.mark.parametrize("payload", [[], {"rows": "x"}, {"rows": [1, 2]}, {"rows": [], "total": "many"}])
def test_report_answers_of_the_wrong_shape(harness: Harness, payload: object) -> None:
    kt = harness.client(Script([reply(200, payload)]))
    with pytest.raises(UnexpectedResponseError, match="does not match the buildReport schema"):
        harness.run(kt.reports.build("today", metrics="clicks"))


def paged_log(rows: int) -> tuple[Script, list[dict[str, Any]]]:
    data = [
        {"datetime": f"2026-01-01 00:{i // 60 % 60:02d}:{i % 60:02d}", "sub_id": f"s{i}", "revenue": str(i / 10)}
        for i in range(rows)
    ]

    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        offset, limit = body["offset"], body["limit"]
        return httpx.Response(200, json={"rows": data[offset : offset + limit], "total": len(data), "meta": {}})

    return Script([handler]), data


def test_iter_rows_pages_to_the_total(harness: Harness) -> None:
    script, data = paged_log(25)
    kt = harness.client(script)
    iterator: Any = kt.reports.iter_rows("today", group_by="sub_id", metrics="revenue", page_size=10)
    rows = list(iterator) if harness.mode == "sync" else harness.run(_drain(iterator))
    assert [row["sub_id"] for row in rows] == [row["sub_id"] for row in data]
    assert rows[3]["revenue"] == 0.3
    assert [json.loads(r.content)["offset"] for r in script.requests] == [0, 10, 20]


async def _drain(iterator: Any) -> list[Any]:
    return [row async for row in iterator]


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_export_streams_every_row_with_progress(harness: Harness, tmp_path: Path, suffix: str) -> None:
    script, data = paged_log(2345)
    kt = harness.client(script)
    progress: list[tuple[int, int | None]] = []
    target = tmp_path / f"clicks{suffix}"
    result = harness.run(
        kt.clicks.export(
            target,
            "today",
            columns=["datetime", "sub_id", "revenue"],
            page_size=1000,
            progress=lambda n, t: progress.append((n, t)),
        )
    )
    assert (result.rows, result.total, result.format) == (2345, 2345, suffix[1:])
    assert progress[-1] == (2345, 2345)
    assert len(script.requests) == 3
    if suffix == ".csv":
        with target.open(newline="", encoding="utf-8") as handle:
            written = list(csv.DictReader(handle))
        assert written[0] == {k: str(v) for k, v in data[0].items()}
        assert len(written) == 2345
    elif suffix == ".jsonl":
        lines = target.read_text(encoding="utf-8").splitlines()
        assert json.loads(lines[-1]) == data[-1]
    else:
        import pyarrow.parquet as pq

        table = pq.read_table(target)
        assert table.num_rows == 2345
        assert table.column("revenue").to_pylist()[5] == 0.5
        assert str(table.schema.field("revenue").type) == "double"
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]


def test_a_failed_export_leaves_the_old_file_untouched(harness: Harness, tmp_path: Path) -> None:
    data = [{"datetime": "2026-01-01 00:00:00", "sub_id": "a"}] * 10
    calls = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        if calls["n"] > 1:
            return httpx.Response(400, json={"error": "broken"})
        return httpx.Response(200, json={"rows": data, "total": 30})

    target = tmp_path / "clicks.csv"
    target.write_text("previous export\n")
    kt = harness.client(Script([handler]))
    with pytest.raises(KeitaroError, match="broken"):
        harness.run(kt.clicks.export(target, columns=["datetime", "sub_id"], page_size=10))
    assert target.read_text() == "previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clicks.csv"]


@pytest.mark.parametrize(
    ("path", "message"),
    [("out.xlsx", "Cannot tell the format"), ("missing/out.csv", "does not exist")],
)
def test_export_refuses_bad_destinations(tmp_path: Path, path: str, message: str) -> None:
    kt = Keitaro("https://t.example.com", "k")
    with pytest.raises(KeitaroError, match=message):
        kt.clicks.export(tmp_path / path)

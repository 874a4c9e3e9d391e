"""Exact numbers, time zones a user can rely on, and export files whose cells match what was sent."""

from __future__ import annotations

import csv
import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

from keitaro_ext import ConfigurationError, Keitaro
from keitaro_ext.reports.typing_rows import RowTyper
from tests.core.conftest import Harness, Script, reply

BIG = 2**60 + 1


def _client(rows: list[dict[str, Any]], seen: list[dict[str, Any]] | None = None, **options: Any) -> Keitaro:
    def answer(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(json.loads(request.content))
        return httpx.Response(200, json={"rows": rows, "total": len(rows)})

    return Keitaro("https://t.example.com", "k", transport=httpx.MockTransport(answer), **options)


@pytest.mark.parametrize(
    ("sent", "typed"),
    [
        (str(BIG), BIG),  # through float this would come back as 2**60
        (BIG, BIG),
        ("12", 12),
        (" 12 ", 12),
        ("12.0", 12),
        (f"{BIG}.0", BIG),
        (12.0, 12),
        ("12.5", 12.5),
        ("1e3", 1000),
        ("n/a", "n/a"),
        ("nan", "nan"),
        (True, True),
    ],
)
def test_count_columns_are_exact_integers(sent: object, typed: object) -> None:
    (row,) = RowTyper(None).rows([{"clicks": sent}])
    assert row["clicks"] == typed
    assert type(row["clicks"]) is type(typed)


def test_values_of_the_right_type_are_kept_and_others_converted() -> None:
    stamp = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    rows = RowTyper(ZoneInfo("Europe/Madrid")).rows(
        [
            {"clicks": 3, "revenue": 2, "is_bot": False, "datetime": "2026-01-02 10:15:00", "country": 5},
            {"clicks": "4", "revenue": "0.25", "is_bot": "1", "datetime": "2026-01-02T10:15:00+03:00", "country": "US"},
            {"revenue": 1.5, "clicks": None, "day": "2026-01-03", "datetime": stamp},  # other keys, other order
        ]
    )
    assert rows[0] == {
        "clicks": 3,
        "revenue": 2.0,
        "is_bot": False,
        "datetime": datetime(2026, 1, 2, 10, 15, tzinfo=ZoneInfo("Europe/Madrid")),
        "country": 5,  # text columns are left as sent
    }
    assert type(rows[0]["revenue"]) is float
    assert rows[1]["clicks"] == 4 and rows[1]["revenue"] == 0.25 and rows[1]["is_bot"] is True
    assert rows[1]["datetime"].utcoffset().total_seconds() == 3 * 3600  # an offset that was sent wins
    assert rows[2] == {"revenue": 1.5, "clicks": None, "day": date(2026, 1, 3), "datetime": stamp}


def _sent_rows() -> list[dict[str, Any]]:
    return [
        {"clicks": "4", "revenue": "0.25", "is_bot": "1", "datetime": "2026-01-02 10:15:00", "country": "US"},
        {"clicks": 3, "revenue": 2, "day": "2026-01-03", "datetime": None, "sub_id_1": 7},
        {"revenue": "n/a", "clicks": "9007199254740993", "campaign_id": "12"},  # other keys; text kept; exact int
    ]


def test_rows_typed_in_place_are_the_rows_typed_as_copies() -> None:
    typer = RowTyper(ZoneInfo("Europe/Madrid"))
    copies = typer.rows(_sent_rows())
    owned = _sent_rows()
    typed = typer.rows(owned, owned=True)
    assert typed is owned and all(row is given for row, given in zip(typed, owned, strict=True))
    assert typed == copies
    assert [[type(value) for value in row.values()] for row in typed] == [
        [type(value) for value in row.values()] for row in copies
    ]
    assert typer.rows(typed, owned=True) == copies  # typing typed rows again changes nothing


def test_rows_not_owned_are_left_as_sent() -> None:
    sent = _sent_rows()
    RowTyper(None).rows(sent)
    assert sent == _sent_rows()


def test_rows_owned_but_not_plain_dicts_are_copied() -> None:
    class Row(dict[str, Any]):
        pass

    sent: list[dict[str, Any]] = [Row(clicks="4"), {"clicks": "5"}]
    typed = RowTyper(None).rows(sent, owned=True)
    assert typed == [{"clicks": 4}, {"clicks": 5}] and typed is not sent
    assert sent == [{"clicks": "4"}, {"clicks": "5"}]


def test_a_built_report_has_the_rows_the_tracker_sent_typed(harness: Harness) -> None:
    sent = {"rows": _sent_rows(), "total": 3}
    script = Script([reply(200, sent)])
    kt = harness.client(script)
    report = harness.run(kt.reports.build("today", group_by=["day"], metrics=["clicks"]))
    assert report.rows == [
        {"clicks": 4, "revenue": 0.25, "is_bot": True, "datetime": datetime(2026, 1, 2, 10, 15), "country": "US"},
        {"clicks": 3, "revenue": 2.0, "day": date(2026, 1, 3), "datetime": None, "sub_id_1": 7},
        {"revenue": "n/a", "clicks": 9007199254740993, "campaign_id": 12},
    ]
    assert type(report.rows[1]["revenue"]) is float and type(report.rows[2]["clicks"]) is int


def test_datetimes_are_naive_without_a_zone_and_zoneinfo_aware_with_one() -> None:
    rows = [{"datetime": "2026-06-01 23:30:00"}]
    naive = _client(rows).clicks.iter_log("today", columns=["datetime"])
    assert next(iter(naive))["datetime"] == datetime(2026, 6, 1, 23, 30)
    in_range = _client(rows).clicks.iter_log("today", columns=["datetime"], timezone="Asia/Tokyo")
    value = next(iter(in_range))["datetime"]
    assert value.tzinfo is ZoneInfo("Asia/Tokyo")
    assert value.astimezone(UTC) == datetime(2026, 6, 1, 14, 30, tzinfo=UTC)


def test_tracker_timezone_makes_datetimes_aware_when_the_range_names_no_zone() -> None:
    seen: list[dict[str, Any]] = []
    kt = _client([{"datetime": "2026-06-01 23:30:00", "clicks": "1"}], seen, tracker_timezone="America/New_York")
    report = kt.reports.build("today", group_by="datetime", metrics="clicks")
    assert report.rows[0]["datetime"].tzinfo is ZoneInfo("America/New_York")
    assert "timezone" not in seen[0]["range"]  # the setting types answers; it is not sent
    # A zone named by the range is what the tracker used, so it wins over the client's setting.
    report = kt.reports.build("today", group_by="datetime", metrics="clicks", timezone="Europe/Madrid")
    assert report.rows[0]["datetime"].tzinfo is ZoneInfo("Europe/Madrid")
    assert next(iter(kt.clicks.iter_log("today", columns=["datetime"])))["datetime"].tzinfo is ZoneInfo(
        "America/New_York"
    )
    clone = kt.with_options(timeout=5)
    assert next(iter(clone.conversions.iter_log("today", columns=["datetime"])))["datetime"].tzinfo is ZoneInfo(
        "America/New_York"
    )


def test_tracker_timezone_in_both_clients(harness: Harness) -> None:
    answer = {"rows": [{"datetime": "2026-06-01 23:30:00"}], "total": 1}
    plain = harness.client(Script([reply(200, answer)]))
    assert harness.run(plain.reports.build("today", group_by="datetime")).rows[0]["datetime"].tzinfo is None
    zoned = harness.client(Script([reply(200, answer)]), tracker_timezone="Europe/Kyiv")
    value = harness.run(zoned.reports.build("today", group_by="datetime")).rows[0]["datetime"]
    assert value == datetime(2026, 6, 1, 20, 30, tzinfo=UTC)


@pytest.mark.parametrize("name", ["Mars/Olympus", "", "../etc/passwd"])
def test_a_bad_tracker_timezone_is_a_configuration_error(name: str) -> None:
    with pytest.raises(ConfigurationError, match="tracker_timezone"):
        Keitaro("https://t.example.com", "k", tracker_timezone=name)


LOG: list[dict[str, Any]] = [
    {"datetime": "2026-01-02 10:15:00", "sub_id": "a,b", "campaign_id": "7", "revenue": "0.5", "is_bot": "1"},
    {"datetime": "bad", "sub_id": 5, "campaign_id": str(BIG), "revenue": None, "is_bot": True},
    {"datetime": None, "sub_id": None, "campaign_id": "x", "revenue": "n/a", "is_bot": "maybe"},
]
COLUMNS = ["datetime", "sub_id", "campaign_id", "revenue", "is_bot"]


def test_parquet_cells_are_typed_per_column_and_odd_cells_become_null(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    target = tmp_path / "clicks.parquet"
    _client(LOG).clicks.export(target, "yesterday", columns=COLUMNS, timezone="Europe/Madrid")
    table = pq.read_table(target)
    assert [str(field.type) for field in table.schema] == [
        "timestamp[ms, tz=Europe/Madrid]",  # Parquet has no seconds unit; written as s, read as ms
        "string",
        "int64",
        "double",
        "bool",
    ]
    assert table.to_pydict() == {
        "datetime": [datetime(2026, 1, 2, 10, 15, tzinfo=ZoneInfo("Europe/Madrid")), None, None],
        "sub_id": ["a,b", "5", None],
        "campaign_id": [7, BIG, None],
        "revenue": [0.5, None, None],
        "is_bot": [True, True, None],
    }


def test_csv_cells_are_what_the_tracker_sent_and_missing_columns_are_empty(tmp_path: Path) -> None:
    target = tmp_path / "clicks.csv"
    rows: list[dict[str, Any]] = [*LOG, {"datetime": "2026-01-03 00:00:00", "sub_id": "only two"}]
    _client(rows).clicks.export(target, "today", columns=COLUMNS)
    with target.open(newline="", encoding="utf-8") as handle:
        written = list(csv.reader(handle))
    assert written == [
        COLUMNS,
        ["2026-01-02 10:15:00", "a,b", "7", "0.5", "1"],
        ["bad", "5", str(BIG), "", "True"],
        ["", "", "x", "n/a", "maybe"],
        ["2026-01-03 00:00:00", "only two", "", "", ""],
    ]


def test_csv_with_one_column(tmp_path: Path) -> None:
    target = tmp_path / "ids.csv"
    _client([{"sub_id": "a"}, {"sub_id": "b"}]).clicks.export(target, "today", columns=["sub_id"])
    assert target.read_text(encoding="utf-8").splitlines() == ["sub_id", "a", "b"]


@pytest.mark.parametrize("backend", ["json", "orjson"])
def test_report_pages_decode_the_same_with_either_json_backend(
    backend: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from keitaro_ext.reports import decoding

    if backend == "json":
        monkeypatch.setattr(decoding, "loads", decoding._standard)
    else:
        pytest.importorskip("orjson")
        assert decoding.BACKEND == "orjson"
    body = '\ufeff{"rows": [{"sub_id": "Grüße ✓", "clicks": 18446744073709551617, "cr": 1.5e-7}], "total": 1}'

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body.encode(), headers={"content-type": "application/json"})

    kt = Keitaro("https://t.example.com", "k", transport=httpx.MockTransport(answer))
    (row,) = kt.reports.build("today", group_by="sub_id", metrics=["clicks", "cr"]).rows
    assert row == {"sub_id": "Grüße ✓", "clicks": 18446744073709551617, "cr": 1.5e-7}
    plain = body.replace("18446744073709551617", "7").lstrip("\ufeff")
    assert decoding.loads(plain.encode()) == json.loads(plain)


@pytest.mark.parametrize("backend", ["json", "orjson"])
def test_a_cut_off_page_is_an_unexpected_response_with_either_backend(
    backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from keitaro_ext import UnexpectedResponseError
    from keitaro_ext.reports import decoding

    if backend == "json":
        monkeypatch.setattr(decoding, "loads", decoding._standard)
    else:
        pytest.importorskip("orjson")

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b'{"rows": [{"sub_id": "a"', headers={"content-type": "application/json"})

    kt = Keitaro("https://t.example.com", "k", transport=httpx.MockTransport(answer), max_retries=0)
    with pytest.raises(UnexpectedResponseError, match="not valid JSON"):
        list(kt.clicks.iter_log("today", columns=["sub_id"]))


@pytest.mark.parametrize("zone", [None, "Europe/Madrid", "America/New_York"])
def test_parquet_datetimes_are_the_instants_the_typed_rows_give(tmp_path: Path, zone: str | None) -> None:
    import pyarrow.parquet as pq

    # Ordinary times, midnight, and 02:30 on the night clocks go back (it happens twice; the first is meant).
    sent = ["2026-01-02 10:15:00", "2026-06-30 00:00:00", "2026-10-25 02:30:00", "2026-11-01 01:30:00", None]
    rows = [{"datetime": value, "sub_id": str(n)} for n, value in enumerate(sent)]
    target = tmp_path / "clicks.parquet"
    _client(rows).clicks.export(target, "today", columns=["datetime", "sub_id"], timezone=zone)
    written = pq.read_table(target).column("datetime").to_pylist()
    expected = [row["datetime"] for row in RowTyper(ZoneInfo(zone) if zone else None).rows(rows)]
    assert written == expected
    if zone is not None:
        assert [value.utcoffset() for value in written[:4]] == [value.utcoffset() for value in expected[:4]]

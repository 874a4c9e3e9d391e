"""Parquet columns hold what the typed rows hold: the type's value, or null for a cell that cannot be one.

The expectations come from `RowTyper`'s converters, cell by cell; the code under test converts whole
columns and hands ready ones to Arrow as they are, so any gap between the two shows up here.
"""

from __future__ import annotations

import math
from datetime import date, datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from keitaro_ext.reports.columns import column_cleaner
from keitaro_ext.reports.typing_rows import converters

pa = pytest.importorskip("pyarrow")

INT64 = st.integers(-(2**63), 2**63 - 1)
ODD_TEXT = ["1", "0", "12", "12.0", "12.5", " 7 ", "1e3", "nan", "n/a", ""]
ODD_TEXT += ["2026-01-02 10:15:00", "2026-02-30 00:00:00"]
CELL = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**53), 2**53),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(ODD_TEXT),
    st.text(max_size=4),
    st.lists(st.integers(0, 3), max_size=2),
)
DATETIMES = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2060, 1, 1)).map(
    lambda value: value.strftime("%Y-%m-%d %H:%M:%S")
)


def _column(cells: st.SearchStrategy[Any]) -> st.SearchStrategy[list[Any]]:
    """Columns as trackers send them (one type, some nulls) and columns with odd cells among them."""
    return st.one_of(
        st.lists(st.one_of(st.none(), cells), max_size=30),
        st.lists(st.one_of(cells, CELL), max_size=30),
    )


ARROW = {"int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(), "str": pa.string(), "date": pa.date32()}


def _expected(kind: str, value: Any, zone: tzinfo | None = None) -> Any:
    """One cell as the typed rows give it, or None when that is not the column's type."""
    if value is None:
        return None
    if kind == "str":
        return value if isinstance(value, str) else str(value)
    typed = converters(zone)[kind](value)
    wanted: type = {"int": int, "float": float, "bool": bool, "date": date, "datetime": datetime}[kind]
    if kind == "float" and type(typed) is int:
        return float(typed)
    if kind == "int" and type(typed) is int and not -(2**63) <= typed < 2**63:
        return None  # not an int64
    if kind == "date" and isinstance(typed, datetime):
        return typed.date()
    return typed if type(typed) is wanted or (wanted is date and isinstance(typed, date)) else None


def _same(written: list[Any], expected: list[Any]) -> bool:
    return len(written) == len(expected) and all(
        a == b or (isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b))
        for a, b in zip(written, expected, strict=True)
    )


def _clean(kind: str, values: list[Any], zone: tzinfo | None = None, arrow_type: Any = None) -> list[Any]:
    cleaner = column_cleaner(kind, zone, pa, arrow_type if arrow_type is not None else ARROW[kind])
    return cleaner(values).to_pylist()  # type: ignore[no-any-return]


@settings(max_examples=150, deadline=None)
@given(_column(st.one_of(INT64, st.integers())))
def test_int_columns(values: list[Any]) -> None:
    assert _same(_clean("int", values), [_expected("int", v) for v in values])


@settings(max_examples=150, deadline=None)
@given(_column(st.one_of(st.floats(allow_nan=False), st.integers())))
def test_float_columns(values: list[Any]) -> None:
    assert _same(_clean("float", values), [_expected("float", v) for v in values])


@settings(max_examples=150, deadline=None)
@given(_column(st.sampled_from([0, 1, True, False, 2, -1, 2**64, 1.0, "1"])))
def test_flag_columns(values: list[Any]) -> None:
    assert _same(_clean("bool", values), [_expected("bool", v) for v in values])


@settings(max_examples=150, deadline=None)
@given(_column(st.text(max_size=6)))
def test_text_columns(values: list[Any]) -> None:
    assert _same(_clean("str", values), [_expected("str", v) for v in values])


@pytest.mark.parametrize("zone", [None, "Europe/Madrid"])
@settings(max_examples=100, deadline=None)
@given(values=_column(DATETIMES))
def test_datetime_columns(zone: str | None, values: list[Any]) -> None:
    tz = ZoneInfo(zone) if zone else None
    arrow_type = pa.timestamp("s", tz=zone) if zone else pa.timestamp("s")
    expected = [_expected("datetime", v, tz) for v in values]
    expected = [v.replace(microsecond=0) if isinstance(v, datetime) else v for v in expected]
    assert _same(_clean("datetime", values, tz, arrow_type), expected)


def test_numbers_beyond_64_bits_are_null_not_a_failed_export() -> None:
    assert _clean("int", [1, 2**64, 1e19, "99999999999999999999", -(2**63)]) == [1, None, None, None, -(2**63)]
    assert _clean("float", [1.5, 2**64, 10**400]) == [1.5, float(2**64), None]


def test_flags_beyond_64_bits_are_null_not_an_error() -> None:
    assert _clean("bool", [1, 2**64, 0]) == [True, None, False]


@pytest.mark.parametrize("odd", [None, 7], ids=["all-text", "a-number-among-text"])
def test_an_export_reads_text_columns_whole_or_cell_by_cell_alike(tmp_path: Any, odd: Any) -> None:
    import httpx
    import pyarrow.parquet as pq

    from keitaro_ext import Keitaro

    rows = [
        {"datetime": "2026-01-02 10:15:00", "sub_id": "a", "country": "US", "campaign_id": 1},
        {"datetime": None, "country": odd, "campaign_id": "2"},  # no sub_id at all
        {"datetime": "2026-01-02 25:00:00", "sub_id": "", "country": "DE", "campaign_id": None},
    ]

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"rows": rows, "total": len(rows)})

    kt = Keitaro("https://t.example.com", "k", transport=httpx.MockTransport(answer))
    target = tmp_path / "clicks.parquet"
    kt.clicks.export(target, "today", columns=["datetime", "sub_id", "country", "campaign_id"])
    assert pq.read_table(target).to_pydict() == {
        "datetime": [datetime(2026, 1, 2, 10, 15), None, None],
        "sub_id": ["a", None, ""],
        "country": ["US", None if odd is None else "7", "DE"],
        "campaign_id": [1, 2, None],
    }

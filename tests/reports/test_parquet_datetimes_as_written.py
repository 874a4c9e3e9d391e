"""Datetime texts Arrow's `strptime` reads leniently (a day past the month's end, a leap second, unpadded
numbers) are null in a Parquet column, as the row converters make them; the tracker's spelling is kept."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from keitaro_ext.reports.columns import column_cleaner
from keitaro_ext.reports.typing_rows import converters

pa = pytest.importorskip("pyarrow")

# Each one Arrow's strptime reads as some time (checked on pyarrow 2x), Python's datetime as none.
LENIENT = [
    "2026-02-30 00:00:00",  # rolled over to March 2
    "2025-02-29 10:00:00",
    "2026-04-31 23:59:59",
    "2026-06-01 12:00:60",  # a leap second: the next minute
    "0000-06-15 12:30:45",  # year 0
    "2026-6-1 1:2:3",  # unpadded
    "2026- 1-15 12:30:45",  # space-padded, still 19 characters
    "2026-06-1  12:30:45",
    "2026-06-15 12:30: 1",
]


@pytest.mark.parametrize("zone", [None, "Europe/Madrid"])
@pytest.mark.parametrize("odd", LENIENT)
def test_a_date_python_refuses_is_null_and_its_neighbours_are_kept(zone: str | None, odd: str) -> None:
    tz = ZoneInfo(zone) if zone else None
    arrow_type = pa.timestamp("s", tz=zone) if zone else pa.timestamp("s")
    values = ["2026-06-01 12:30:00", odd, None, "2024-02-29 00:00:00"]
    assert not isinstance(converters(tz)["datetime"](odd), datetime)
    got = column_cleaner("datetime", tz, pa, arrow_type)(values).to_pylist()
    expected = [datetime(2026, 6, 1, 12, 30, tzinfo=tz), None, None, datetime(2024, 2, 29, tzinfo=tz)]
    assert got == expected

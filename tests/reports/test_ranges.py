"""Periods: names, dates and relative periods, computed in the right zone; impossible ones refused."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from keitaro_ext.reports import DateRange, RangeError
from keitaro_ext.reports.ranges import resolve_range

NOW = datetime(2026, 3, 1, 22, 30, tzinfo=UTC)  # already March 2 in Moscow


@pytest.mark.parametrize(
    ("value", "zone", "expected"),
    [
        (None, None, {"interval": "today"}),
        ("yesterday", "Europe/Madrid", {"interval": "yesterday", "timezone": "Europe/Madrid"}),
        ("7_days_ago", None, {"interval": "7_days_ago"}),
        ("2026-01-05", None, {"from": "2026-01-05", "to": "2026-01-05"}),
        (date(2026, 1, 5), "UTC", {"from": "2026-01-05", "to": "2026-01-05", "timezone": "UTC"}),
        (("2026-01-01", "2026-01-31"), None, {"from": "2026-01-01", "to": "2026-01-31"}),
        ("2026-01-01..2026-01-31", None, {"from": "2026-01-01", "to": "2026-01-31"}),
        ("2026-01-01/2026-01-31", None, {"from": "2026-01-01", "to": "2026-01-31"}),
        (
            ("2026-01-01 08:00", datetime(2026, 1, 1, 20, 0)),
            None,
            {"from": "2026-01-01 08:00:00", "to": "2026-01-01 20:00:00"},
        ),
        (
            (datetime(2026, 1, 1, 7, 0, tzinfo=UTC), datetime(2026, 1, 1, 9, 0, tzinfo=UTC)),
            "Europe/Moscow",
            {"from": "2026-01-01 10:00:00", "to": "2026-01-01 12:00:00", "timezone": "Europe/Moscow"},
        ),
    ],
)
def test_accepted_ranges(value: object, zone: str | None, expected: dict[str, str]) -> None:
    assert resolve_range(value, zone).to_api() == expected  # type: ignore[arg-type]


def test_relative_periods_are_computed_in_the_range_zone() -> None:
    assert DateRange.last_days(7, timezone="Europe/Moscow", now=NOW).to_api() == {
        "from": "2026-02-24",
        "to": "2026-03-02",
        "timezone": "Europe/Moscow",
    }
    assert DateRange.last_days(1, now=NOW).to_api() == {"from": "2026-03-01", "to": "2026-03-01", "timezone": "UTC"}
    assert DateRange.this_month(now=NOW).to_api() == {"from": "2026-03-01", "to": "2026-03-01", "timezone": "UTC"}
    assert DateRange.previous_month(timezone="America/New_York", now=NOW).to_api() == {
        "from": "2026-02-01",
        "to": "2026-02-28",
        "timezone": "America/New_York",
    }
    leap = datetime(2028, 3, 10, tzinfo=UTC)
    assert DateRange.previous_month(now=leap).to_api()["to"] == "2028-02-29"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: resolve_range(("2026-02-01", "2026-01-01")), "Impossible range"),
        (lambda: resolve_range("yesterdy"), "Did you mean 'yesterday'"),
        (lambda: resolve_range("30_days"), "Did you mean '30_days_ago'"),
        (lambda: resolve_range("2026-13-01"), "Cannot read date"),
        (lambda: resolve_range(("2026-01-01",)), r"needs \(start, end\)"),  # type: ignore[arg-type]
        (lambda: DateRange.named("today", timezone="Europe/Mosow"), "Did you mean 'Europe/Moscow'"),
        (lambda: DateRange.last_days(0), "at least 1 day"),
        (lambda: DateRange(start=date(2026, 1, 1)), "needs both start and end"),
        (lambda: DateRange(start=date(2026, 1, 1), end=date(2026, 1, 2), interval="today"), "not both"),
        (lambda: resolve_range(3.5), "Cannot use 3.5"),  # type: ignore[arg-type]
    ],
)
def test_impossible_or_unreadable_ranges(make: object, message: str) -> None:
    with pytest.raises(RangeError, match=message):
        make()  # type: ignore[operator]

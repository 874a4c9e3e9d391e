"""`range` of a report or log: a named interval relative to the fake's "now", or from/to dates.

Intervals, with d0 = today 00:00 in the range's zone and "end" = tomorrow 00:00:
today [d0, end); yesterday [d0-1d, d0); N_days_ago [d0-Nd, end); first_day_of_this_week
[Monday, end); 1_month_ago / 6_months_ago / 1_year_ago [d0 minus that, end);
first_day_of_this_month / first_day_of_this_year [the 1st, end); all_time unbounded.
`from`/`to` take `YYYY-MM-DD` with an optional `HH:MM[:SS]`; a bare `to` date includes that
whole day, a `to` with a time includes that second. `interval` wins when both are given.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.relativedelta import relativedelta

from ..data.clock import LocalClock
from ..errors import InvalidError

_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d")


@dataclass(frozen=True)
class Period:
    """A resolved range: Unix-second bounds (None: open) and the zone the rows are shown in."""

    start: int | None
    end: int | None
    timezone: str
    clock: LocalClock

    def describe(self) -> dict[str, Any]:
        return {
            "from": self.clock.text(self.start) if self.start is not None else None,
            "to": self.clock.text(self.end - 1) if self.end is not None else None,
            "timezone": self.timezone,
        }


def load_zone(name: str, field: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidError.one(
            field, f"Unknown time zone {name!r}; use a name such as 'Europe/Madrid' or 'UTC'."
        ) from None


def _interval(name: str, today: datetime) -> tuple[datetime | None, datetime | None]:
    end = today + timedelta(days=1)
    starts: dict[str, datetime | None] = {
        "today": today,
        "7_days_ago": today - timedelta(days=7),
        "30_days_ago": today - timedelta(days=30),
        "first_day_of_this_week": today - timedelta(days=today.weekday()),
        "1_month_ago": today - relativedelta(months=1),
        "first_day_of_this_month": today.replace(day=1),
        "6_months_ago": today - relativedelta(months=6),
        "1_year_ago": today - relativedelta(years=1),
        "first_day_of_this_year": today.replace(month=1, day=1),
        "all_time": None,
    }
    if name == "yesterday":
        return today - timedelta(days=1), today
    if name not in starts:
        raise InvalidError.one("range.interval", f"Unknown interval {name!r}; known: yesterday, {', '.join(starts)}.")
    return starts[name], (end if name != "all_time" else None)


def _parse(text: Any, field: str) -> tuple[datetime, bool]:
    """A local datetime and whether the text carried a time of day."""
    if isinstance(text, str):
        for fmt in _FORMATS:
            try:
                return datetime.strptime(text.strip(), fmt), "%H" in fmt
            except ValueError:
                continue
    raise InvalidError.one(field, f"Expected a date 'YYYY-MM-DD' (optionally with ' HH:MM:SS'), got {text!r}.")


def resolve_range(raw: Mapping[str, Any] | None, now: datetime, default_timezone: str) -> Period:
    """Turn the request's `range` into bounds; `now` is the fake's aware current time."""
    raw = raw or {}
    tz_name = raw.get("timezone") or default_timezone
    tz = load_zone(tz_name, "range.timezone")
    clock = LocalClock(tz)
    today = now.astimezone(tz).replace(tzinfo=None, hour=0, minute=0, second=0, microsecond=0)
    start: datetime | None
    end: datetime | None
    if raw.get("interval"):
        start, end = _interval(raw["interval"], today)
    else:
        start = end = None
        if raw.get("from") is not None:
            start, _ = _parse(raw["from"], "range.from")
        if raw.get("to") is not None:
            parsed, timed = _parse(raw["to"], "range.to")
            end = parsed + (timedelta(seconds=1) if timed else timedelta(days=1))
        if start is not None and end is not None and end <= start:
            raise InvalidError.one("range.to", "'to' must not be before 'from'.")
    return Period(
        start=clock.to_unix(start) if start is not None else None,
        end=clock.to_unix(end) if end is not None else None,
        timezone=tz_name,
        clock=clock,
    )

"""Report periods: Keitaro's named intervals, explicit dates, and relative periods computed with dateutil.

The tracker reads `from`/`to` in the range's time zone, so relative periods are computed in that
zone too (UTC when none is given, and then UTC is sent, so both sides agree).
"""

from __future__ import annotations

import difflib
import functools
import zoneinfo
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any, TypeAlias

from dateutil import parser as date_parser
from dateutil.relativedelta import relativedelta

from ..errors import KeitaroError
from .names import INTERVALS

__all__ = ["DateRange", "RangeError", "RangeLike", "resolve_range"]

When: TypeAlias = date | datetime | str


class RangeError(KeitaroError, ValueError):
    """A period that cannot be sent: unknown interval or time zone, unreadable date, start after end."""


@functools.cache
def _zone_names() -> frozenset[str]:
    try:
        return frozenset(zoneinfo.available_timezones()) | {"UTC"}
    except OSError:  # pragma: no cover - platform without a tz database
        return frozenset()


def _zoneinfo(name: str) -> tzinfo | None:
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None


def zone(name: str) -> tzinfo:
    """The `zoneinfo.ZoneInfo` of an IANA zone name, or RangeError with the closest names."""
    names = _zone_names()
    found = _zoneinfo(name) if name and (not names or name in names) else None
    if found is None:
        close = difflib.get_close_matches(name, sorted(names), n=3)
        hint = f" Did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
        raise RangeError(f"Unknown time zone {name!r}.{hint} Use an IANA name such as 'Europe/Madrid' or 'UTC'.")
    return found


def _to_date_or_datetime(value: When, field: str) -> date | datetime:
    if isinstance(value, date):  # datetime is a date too
        return value
    try:
        parsed = date_parser.isoparse(value.strip())
    except (ValueError, OverflowError):
        raise RangeError(
            f"Cannot read {field} {value!r}: use a date like '2026-01-31', a date and time like "
            "'2026-01-31 18:00', or a date/datetime object."
        ) from None
    has_time = "T" in value or " " in value.strip() or ":" in value
    return parsed if has_time else parsed.date()


def _format(value: date | datetime, zone_name: str | None) -> str:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(zone(zone_name or "UTC")).replace(tzinfo=None)
        return value.strftime("%Y-%m-%d %H:%M:%S")
    return value.isoformat()


def _as_datetime(value: date | datetime) -> datetime:
    return value.replace(tzinfo=None) if isinstance(value, datetime) else datetime(value.year, value.month, value.day)


@dataclass(frozen=True)
class DateRange:
    """A period: either a Keitaro `interval` name, or `start` and `end` (both inclusive days or instants)."""

    start: date | datetime | None = None
    end: date | datetime | None = None
    interval: str | None = None
    timezone: str | None = None

    def __post_init__(self) -> None:
        if self.timezone is not None:
            zone(self.timezone)
        if self.interval is not None:
            if self.start is not None or self.end is not None:
                raise RangeError("Give either an interval name or start and end dates, not both.")
            if self.interval not in INTERVALS:
                close = difflib.get_close_matches(self.interval, sorted(INTERVALS), n=3, cutoff=0.5)
                hint = f" Did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
                raise RangeError(
                    f"Unknown interval {self.interval!r}.{hint} Known: {', '.join(sorted(INTERVALS))}; "
                    "or pass dates, e.g. ('2026-01-01', '2026-01-31')."
                )
            return
        if self.start is None or self.end is None:
            raise RangeError("A range needs both start and end (or an interval name such as 'yesterday').")
        if _as_datetime(self.start) > _as_datetime(self.end):
            raise RangeError(f"Impossible range: start {self.start} is after end {self.end}.")

    @classmethod
    def between(cls, start: When, end: When, *, timezone: str | None = None) -> DateRange:
        return cls(_to_date_or_datetime(start, "start"), _to_date_or_datetime(end, "end"), timezone=timezone)

    @classmethod
    def named(cls, interval: str, *, timezone: str | None = None) -> DateRange:
        return cls(interval=interval, timezone=timezone)

    @classmethod
    def last_days(cls, days: int, *, timezone: str | None = None, now: datetime | None = None) -> DateRange:
        """`days` calendar days ending today (today included), in `timezone`."""
        if days < 1:
            raise RangeError(f"last_days needs at least 1 day, got {days}.")
        today = _today(timezone, now)
        return cls(today - timedelta(days=days - 1), today, timezone=timezone or "UTC")

    @classmethod
    def this_month(cls, *, timezone: str | None = None, now: datetime | None = None) -> DateRange:
        today = _today(timezone, now)
        return cls(today.replace(day=1), today, timezone=timezone or "UTC")

    @classmethod
    def previous_month(cls, *, timezone: str | None = None, now: datetime | None = None) -> DateRange:
        first = _today(timezone, now).replace(day=1)
        start = first - relativedelta(months=1)
        return cls(start, first - timedelta(days=1), timezone=timezone or "UTC")

    def to_api(self) -> dict[str, Any]:
        """The `range` object of a report or log request."""
        body: dict[str, Any] = {}
        if self.interval is not None:
            body["interval"] = self.interval
        else:
            assert self.start is not None and self.end is not None  # checked in __post_init__
            body["from"] = _format(self.start, self.timezone)
            body["to"] = _format(self.end, self.timezone)
        if self.timezone is not None:
            body["timezone"] = self.timezone
        return body


def _today(timezone: str | None, now: datetime | None) -> date:
    current = now if now is not None else datetime.now(UTC)
    if current.tzinfo is None:
        current = current.replace(tzinfo=UTC)
    return current.astimezone(zone(timezone or "UTC")).date()


RangeLike: TypeAlias = DateRange | str | date | tuple[When, When] | None


def resolve_range(value: RangeLike, timezone: str | None = None) -> DateRange:
    """Any accepted way of saying a period, as a DateRange; `timezone` fills in when the value has none."""
    if value is None:
        return DateRange(interval="today", timezone=timezone)
    if isinstance(value, DateRange):
        if timezone is not None and value.timezone is None:
            return DateRange(value.start, value.end, value.interval, timezone)
        return value
    if isinstance(value, tuple):
        if len(value) != 2:
            raise RangeError(f"A range tuple needs (start, end), got {len(value)} items.")
        return DateRange.between(value[0], value[1], timezone=timezone)
    if isinstance(value, date):
        return DateRange(value, value, timezone=timezone)
    if isinstance(value, str):
        text = value.strip()
        if text in INTERVALS or not text[:1].isdigit() or "_" in text:
            return DateRange.named(text, timezone=timezone)
        for separator in ("..", "/"):
            if separator in text:
                start, _, end = text.partition(separator)
                return DateRange.between(start, end, timezone=timezone)
        day = _to_date_or_datetime(text, "date")
        return DateRange(day, day, timezone=timezone)
    raise RangeError(f"Cannot use {value!r} as a range: give an interval name, a date, or (start, end).")

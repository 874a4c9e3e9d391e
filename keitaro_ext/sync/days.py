"""Which days a sync covers, when a day has ended, and when it has settled.

A day is complete once it has ended in the lake's zone; it is settled once it was fetched at least
`lookback_days` after its end, so late conversions and status changes have had time to arrive.
Days that are not settled are fetched again on the next run.

Without a chosen zone the tracker's own zone is used, which the Admin API does not report. Then
"today" is the latest date anywhere on earth (UTC+14) and a day ends, at the latest, at 12:00 UTC
the next day (UTC-12): conservative, so a day is never taken as complete too early.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from ..reports.ranges import RangeError, zone

__all__ = ["DayClock", "day_span", "parse_day"]

_EARLIEST_OFFSET = timedelta(hours=14)
_LATEST_END = timedelta(hours=12)


def parse_day(value: date | str, what: str) -> date:
    """A calendar day from a date or `YYYY-MM-DD`, or a RangeError that says how to write it."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise RangeError(f"Cannot read {what} {value!r}: use a date like '2026-01-31'.") from None


@dataclass(frozen=True)
class DayClock:
    """Day arithmetic in one zone (None: the tracker's, unknown to us)."""

    timezone: str | None

    def __post_init__(self) -> None:
        if self.timezone is not None:
            zone(self.timezone)

    def today(self, now: datetime) -> date:
        if self.timezone is None:
            return (now.astimezone(UTC) + _EARLIEST_OFFSET).date()
        return now.astimezone(zone(self.timezone)).date()

    def end(self, day: date) -> datetime:
        """The instant (UTC) after which `day` cannot receive new clicks."""
        following = day + timedelta(days=1)
        if self.timezone is None:
            return datetime.combine(following, time(), tzinfo=UTC) + _LATEST_END
        return datetime.combine(following, time(), tzinfo=zone(self.timezone)).astimezone(UTC)

    def complete(self, day: date, fetched_at: datetime) -> bool:
        return fetched_at >= self.end(day)

    def settled(self, day: date, fetched_at: datetime, lookback_days: int) -> bool:
        return fetched_at >= self.end(day) + timedelta(days=lookback_days)


def day_span(first: date, last: date) -> Iterator[date]:
    """Every day from first to last, both included."""
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)

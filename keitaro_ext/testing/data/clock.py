"""Unix seconds to local wall time in a report's time zone, fast enough for a million rows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo

_EPOCH = datetime(1970, 1, 1)
_BUCKET = 900  # zone offsets only change on quarter-hour boundaries of UTC


class LocalClock:
    """Converts Unix seconds to naive local datetimes and the tracker's text formats."""

    def __init__(self, tz: tzinfo) -> None:
        self.tz = tz
        self._offsets: dict[int, int] = {}
        self._days: dict[int, str] = {}

    def local(self, ts: int) -> datetime:
        bucket = ts // _BUCKET
        offset = self._offsets.get(bucket)
        if offset is None:
            delta = datetime.fromtimestamp(bucket * _BUCKET, UTC).astimezone(self.tz).utcoffset()
            offset = int(delta.total_seconds()) if delta is not None else 0
            self._offsets[bucket] = offset
        return _EPOCH + timedelta(seconds=ts + offset)

    def text(self, ts: int) -> str:
        """`YYYY-MM-DD HH:MM:SS`, the way the tracker prints datetimes (the day's text is computed once)."""
        bucket = ts // _BUCKET
        offset = self._offsets.get(bucket)
        if offset is None:
            self.local(ts)
            offset = self._offsets[bucket]
        day, second = divmod(ts + offset, 86_400)
        date_text = self._days.get(day)
        if date_text is None:
            date_text = self._days[day] = (_EPOCH + timedelta(days=day)).strftime("%Y-%m-%d ")
        hour, rest = divmod(second, 3600)
        return f"{date_text}{hour:02d}:{rest // 60:02d}:{rest % 60:02d}"

    def to_unix(self, local: datetime) -> int:
        """Unix seconds of a naive local datetime in this zone."""
        return int(local.replace(tzinfo=self.tz).timestamp())

"""`DIR/<tracker>/_keitaro_sync.json`: which days are in the lake, when each was fetched, the schemas.

The file is rewritten (temp file, fsync, rename) after every finished day, so a killed run loses
at most the day it was in. It holds no secret: the tracker's URL, never its key.

    {"format": 1, "tracker": "acme", "base_url": "https://...", "timezone": "Europe/Madrid",
     "tables": {"clicks": {
        "schema": [["tracker", "string"], ["datetime", "timestamp[ms, tz=Europe/Madrid]"], ...],
        "schema_changes": [{"at": "...", "day": "2026-06-14", "added": [...], "removed": [...]}],
        "days": {"2026-06-14": {"rows": 1234, "bytes": 56789, "fetched_at": "2026-06-15T09:00:00+00:00",
                                "complete": true}}}}}
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..errors import KeitaroError

__all__ = ["DayRecord", "LakeState", "TableState"]

STATE_FILE = "_keitaro_sync.json"
FORMAT = 1


@dataclass
class DayRecord:
    rows: int
    bytes: int
    fetched_at: datetime
    complete: bool

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "fetched_at": self.fetched_at.isoformat()}

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> DayRecord:
        return cls(
            int(raw["rows"]), int(raw["bytes"]), datetime.fromisoformat(raw["fetched_at"]), bool(raw["complete"])
        )


@dataclass
class TableState:
    schema: list[tuple[str, str]] = field(default_factory=list)
    schema_changes: list[dict[str, Any]] = field(default_factory=list)
    days: dict[date, DayRecord] = field(default_factory=dict)

    def record_schema(self, schema: list[tuple[str, str]], day: date, at: datetime) -> None:
        """Remember the schema a day was written with, and what changed since the previous one."""
        if schema == self.schema:
            return
        if self.schema:
            before, after = dict(self.schema), dict(schema)
            self.schema_changes.append(
                {
                    "at": at.isoformat(),
                    "day": day.isoformat(),
                    "added": [name for name in after if name not in before],
                    "removed": [name for name in before if name not in after],
                    "retyped": [name for name in after if name in before and before[name] != after[name]],
                }
            )
        self.schema = schema


@dataclass
class LakeState:
    path: Path
    tracker: str
    base_url: str
    timezone: str | None
    tables: dict[str, TableState] = field(default_factory=dict)

    @classmethod
    def load(
        cls, root: Path, *, tracker: str, base_url: str, timezone: str | None, check_zone: bool = True
    ) -> LakeState:
        path = root / STATE_FILE
        if not path.exists():
            return cls(path, tracker, base_url, timezone)
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            if raw.get("format") != FORMAT:
                raise ValueError(f"format {raw.get('format')!r}")
            tables = {
                name: TableState(
                    schema=[(str(a), str(b)) for a, b in table.get("schema", [])],
                    schema_changes=list(table.get("schema_changes", [])),
                    days={date.fromisoformat(d): DayRecord.from_json(r) for d, r in table.get("days", {}).items()},
                )
                for name, table in raw.get("tables", {}).items()
            }
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise KeitaroError(
                f"Cannot read the sync state {path} ({exc}); move it away to sync every day again."
            ) from None
        stored_zone = raw.get("timezone")
        if check_zone and stored_zone != timezone:
            raise KeitaroError(
                f"{root} was synced in the time zone {stored_zone or 'of the tracker'}, not "
                f"{timezone or 'of the tracker'}: days of two zones would not add up. "
                "Pass the same timezone, or sync into another folder."
            )
        return cls(path, tracker, str(raw.get("base_url", base_url)), stored_zone, tables)

    def table(self, name: str) -> TableState:
        return self.tables.setdefault(name, TableState())

    def save(self) -> None:
        payload = {
            "format": FORMAT,
            "tracker": self.tracker,
            "base_url": self.base_url,
            "timezone": self.timezone,
            "tables": {
                name: {
                    "schema": [list(pair) for pair in table.schema],
                    "schema_changes": table.schema_changes,
                    "days": {d.isoformat(): r.to_json() for d, r in sorted(table.days.items())},
                }
                for name, table in sorted(self.tables.items())
            },
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=".state.", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(payload, handle, indent=1)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, self.path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise

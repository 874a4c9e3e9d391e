"""What a sync reports while it runs (progress events) and when it ends (the summary)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TypeAlias

__all__ = ["SyncProgress", "SyncProgressCallback", "SyncSummary", "TableSummary"]


@dataclass(frozen=True)
class SyncProgress:
    """Sent after every page and every finished day of one table."""

    tracker: str
    table: str
    day: date | None
    days_done: int
    days_total: int
    rows: int


SyncProgressCallback: TypeAlias = Callable[[SyncProgress], None]


@dataclass
class TableSummary:
    """One table of one tracker: days fetched in this run, days already settled, rows and bytes written."""

    days_fetched: int = 0
    days_skipped: int = 0
    rows: int = 0
    bytes: int = 0
    retries: int = 0
    fetched: list[date] = field(default_factory=list)


@dataclass
class SyncSummary:
    tracker: str
    root: Path
    tables: dict[str, TableSummary] = field(default_factory=dict)
    seconds: float = 0.0
    leftovers_removed: int = 0

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables.values())

    @property
    def bytes(self) -> int:
        return sum(t.bytes for t in self.tables.values())

    def lines(self) -> list[str]:
        """One line per table, for the terminal."""
        out = []
        for name, t in self.tables.items():
            out.append(
                f"{self.tracker}/{name}: {t.days_fetched} day(s) fetched, {t.days_skipped} already settled, "
                f"{t.rows:,} rows, {t.bytes:,} bytes" + (f", {t.retries} day retries" if t.retries else "")
            )
        out.append(f"{self.tracker}: {self.rows:,} rows, {self.bytes:,} bytes in {self.seconds:.1f} s -> {self.root}")
        return out

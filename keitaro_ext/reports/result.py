"""A built report: typed rows, totals and conversions to the formats people analyse reports in."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path
from typing import IO, Any

from ..errors import KeitaroError
from . import decoding
from .typing_rows import RowTyper

__all__ = ["Report", "format_table", "parse_report_payload"]


def parse_report_payload(response: Any) -> dict[str, Any]:
    """Parser for report and log answers that keeps rows as plain dicts (no model per row)."""
    payload = decoding.loads(response.content)
    if not isinstance(payload, dict):
        raise TypeError(f"expected a JSON object with rows, got {type(payload).__name__}")
    rows = payload.get("rows")
    if not isinstance(rows, list) or not all(map(isinstance, rows, repeat(dict))):  # in C: a page is 10k rows
        raise TypeError("`rows` is not a list of objects")
    total = payload.get("total")
    if total is not None and (isinstance(total, bool) or not isinstance(total, int)):
        raise TypeError(f"`total` is not a whole number: {total!r}")
    return payload


@dataclass
class Report:
    """Rows keyed by grouping and metric names; `total` counts rows before limit and offset."""

    rows: list[dict[str, Any]]
    total: int
    columns: list[str]
    summary: dict[str, Any] | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any], columns: list[str], typer: RowTyper) -> Report:
        summary = payload.get("summary")
        meta = payload.get("meta")
        rows = typer.rows(payload["rows"], owned=True)  # decoded for this report alone
        total = payload.get("total")
        return cls(
            rows=rows,
            total=total if isinstance(total, int) else len(rows),
            columns=columns,
            summary=typer.row(summary) if isinstance(summary, Mapping) else None,
            meta=dict(meta) if isinstance(meta, Mapping) else {},
        )

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, index: int) -> dict[str, Any]:
        return self.rows[index]

    def to_dicts(self) -> list[dict[str, Any]]:
        return [dict(row) for row in self.rows]

    def to_csv(self, destination: str | Path | IO[str] | None = None) -> str | None:
        """Write CSV to a path or open text file; with no destination, return it as a string."""
        if destination is None:
            buffer = io.StringIO()
            self._write_csv(buffer)
            return buffer.getvalue()
        if isinstance(destination, str | Path):
            with open(destination, "w", newline="", encoding="utf-8") as handle:
                self._write_csv(handle)
        else:
            self._write_csv(destination)
        return None

    def _write_csv(self, handle: IO[str]) -> None:
        writer = csv.DictWriter(handle, fieldnames=self.fieldnames(), extrasaction="ignore")
        writer.writeheader()
        writer.writerows(self.rows)

    def fieldnames(self) -> list[str]:
        """The columns asked for, then any other key of the first row: what CSV, tables and frames show."""
        names = list(self.columns)
        for row in self.rows[:1]:
            names += [key for key in row if key not in names]
        return names

    def to_pandas(self) -> Any:
        """A pandas DataFrame (needs the `pandas` extra)."""
        try:
            import pandas
        except ImportError:
            raise KeitaroError("to_pandas() needs pandas: pip install 'keitaro-admin[pandas]'") from None
        return pandas.DataFrame(self.rows, columns=self.fieldnames())

    def to_polars(self) -> Any:
        """A polars DataFrame (needs the `polars` extra)."""
        try:
            import polars
        except ImportError:
            raise KeitaroError("to_polars() needs polars: pip install 'keitaro-admin[polars]'") from None
        names = self.fieldnames()
        return polars.DataFrame([[row.get(name) for name in names] for row in self.rows], schema=names, orient="row")

    def table(self, max_rows: int | None = None) -> str:
        """A plain-text table for terminals and logs."""
        return format_table(self.rows[:max_rows] if max_rows else self.rows, self.fieldnames())


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.2f}"
    return str(value)


def format_table(rows: list[dict[str, Any]], columns: list[str]) -> str:
    """Left-aligned text, right-aligned numbers, one header line."""
    cells = [[_cell(row.get(name)) for name in columns] for row in rows]
    widths = [max([len(name)] + [len(line[i]) for line in cells]) for i, name in enumerate(columns)]
    numeric = [
        all(isinstance(row.get(name), int | float) for row in rows if row.get(name) is not None) for name in columns
    ]

    def line(values: list[str]) -> str:
        parts = [v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, widths, numeric, strict=True)]
        return "  ".join(parts).rstrip()

    header = line(columns)
    return "\n".join([header, "-" * len(header), *(line(values) for values in cells)])

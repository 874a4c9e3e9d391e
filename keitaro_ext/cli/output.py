"""Printing results as a rich table (for people), JSON (for jq) or CSV (for spreadsheets)."""

from __future__ import annotations

import csv
import difflib
import json
import sys
from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypeAlias

import typer
from rich.console import Console
from rich.table import Table

from .plain import flatten, json_default, simple_keys

__all__ = ["FORMATS", "TABLE_COLUMNS", "OutputFormat", "cell", "pick_columns", "print_result", "rich_table"]

OutputFormat: TypeAlias = Literal["table", "json", "csv"]
FORMATS: tuple[OutputFormat, ...] = ("table", "json", "csv")
# A table wider than this is unreadable in a terminal; --fields picks others, json and csv have all.
TABLE_COLUMNS = 8


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:,.2f}"
    return str(value)


def pick_columns(available: Sequence[str], wanted: Sequence[str] | None, default: Sequence[str]) -> list[str]:
    """`wanted` (from --fields) checked against what the rows have; `default` when none was asked for."""
    if not wanted:
        return list(default)
    for name in wanted:
        if name not in available:
            close = difflib.get_close_matches(name, list(available), n=2)
            hint = f" Did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
            raise typer.BadParameter(f"No field {name!r}.{hint} Fields: {', '.join(available)}.", param_hint="--fields")
    return list(wanted)


def rich_table(rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> Table:
    """Numbers right-aligned; long text folded rather than cut, so no value is lost."""
    table = Table(show_edge=False, header_style="bold")
    for name in columns:
        numeric = all(isinstance(row.get(name), int | float) for row in rows if row.get(name) is not None)
        table.add_column(name, justify="right" if numeric and rows else "left", overflow="fold")
    for row in rows:
        table.add_row(*(cell(row.get(name)) for name in columns))
    return table


def _rows(plain: Any) -> list[dict[str, Any]]:
    items = plain if isinstance(plain, list) else [plain]
    return [dict(item) if isinstance(item, Mapping) else {"value": item} for item in items]


def _columns(rows: list[dict[str, Any]]) -> list[str]:
    names: dict[str, None] = {}
    for row in rows:
        names.update(dict.fromkeys(row))
    return list(names)


def _print_csv(plain: Any, fields: Sequence[str] | None) -> None:
    rows = [flatten(row) for row in _rows(plain)]
    available = _columns(rows)
    columns = pick_columns(available, fields, available)
    writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


def _print_table(plain: Any, fields: Sequence[str] | None) -> None:
    console = Console(soft_wrap=False)
    if isinstance(plain, Mapping):  # one object: field / value, nested fields dotted
        flat = flatten(plain)
        names = pick_columns(list(flat), fields, list(flat))
        console.print(rich_table([{"field": name, "value": cell(flat[name])} for name in names], ["field", "value"]))
        return
    rows = _rows(plain)
    if not rows:
        typer.echo("No results.", err=True)
        return
    flat_rows = [flatten(row) for row in rows]
    default = simple_keys(rows)[:TABLE_COLUMNS] or _columns(rows)[:TABLE_COLUMNS]
    console.print(rich_table(flat_rows, pick_columns(_columns(flat_rows), fields, default)))


def print_result(plain: Any, format: OutputFormat, fields: Sequence[str] | None = None) -> None:
    """Print plain data (see `plain.to_plain`) on stdout; an empty answer prints 'Done.' on stderr."""
    if plain is None:
        typer.echo("Done.", err=True)
    elif format == "json":
        typer.echo(json.dumps(plain, indent=2, ensure_ascii=False, default=json_default))
    elif format == "csv":
        _print_csv(plain, fields)
    elif not isinstance(plain, list | Mapping):
        typer.echo(cell(plain))
    else:
        _print_table(plain, fields)

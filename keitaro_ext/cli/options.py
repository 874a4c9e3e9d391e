"""Option types shared by the hand-written commands (report, export): one spelling, one help text."""

from __future__ import annotations

from typing import Annotated

import typer

from .output import OutputFormat

__all__ = [
    "AllowUnknown",
    "Filters",
    "Format",
    "RangeText",
    "Sorts",
    "Timezone",
    "split_names",
]

RangeText = Annotated[
    str,
    typer.Option(
        "--range",
        help="an interval (today, yesterday, 7_days_ago, ...), a day (2026-06-01) "
        "or start..end (2026-06-01..2026-06-10)",
    ),
]
Filters = Annotated[
    list[str] | None,
    typer.Option("--filter", help="a condition such as 'country in US,DE' or 'revenue > 0'; repeat for more"),
]
Sorts = Annotated[list[str] | None, typer.Option("--sort", help="name:asc or name:desc; repeat for more")]
Timezone = Annotated[str | None, typer.Option("--timezone", help="IANA zone of the range, e.g. Europe/Madrid")]
AllowUnknown = Annotated[
    bool, typer.Option("--allow-unknown", help="send metric and column names this SDK does not know")
]
Format = Annotated[OutputFormat, typer.Option("--format", help="table, json or csv")]


def split_names(values: list[str] | str | None) -> list[str]:
    """'country,campaign' and repeated options alike, as a list of names."""
    items = [values] if isinstance(values, str) else values or []
    return [part.strip() for item in items for part in item.split(",") if part.strip()]

"""`keitaro report`: the typed report builder from the command line, as a table, CSV or JSON."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from ..options import AllowUnknown, Filters, Format, RangeText, Sorts, Timezone, split_names
from ..output import cell, rich_table
from ..plain import json_default
from ..session import current_session

if TYPE_CHECKING:  # the report builder is imported when `keitaro report` runs, not by every command
    from ...reports import Report

__all__ = ["report"]


def _print_table(report: Report) -> None:
    columns = report.fieldnames()
    if not report.rows:
        typer.echo(f"No rows (total {report.total}).", err=True)
    table = rich_table(report.rows, columns)
    if report.summary is not None:
        table.add_section()
        totals = [cell(report.summary.get(name)) for name in columns]
        table.add_row("total" if columns and not totals[0] else totals[0], *totals[1:])
    Console(soft_wrap=False).print(table)


def report(
    ctx: typer.Context,
    range_: RangeText = "today",
    group_by: Annotated[
        str, typer.Option("--group-by", help="grouping columns, comma-separated, e.g. country,campaign")
    ] = "",
    metrics: Annotated[
        str, typer.Option("--metrics", help="metrics, comma-separated, e.g. clicks,conversions,revenue")
    ] = "clicks,conversions,revenue",
    filter_: Filters = None,
    sort: Sorts = None,
    timezone: Timezone = None,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="at most this many rows")] = None,
    summary: Annotated[bool, typer.Option("--summary", help="add the totals row")] = False,
    format_: Format = "table",
    allow_unknown: AllowUnknown = False,
) -> None:
    """Build a report: rows grouped by columns, with metrics, for a period."""
    with current_session(ctx).client() as kt:
        built = kt.reports.build(
            range_,
            group_by=split_names(group_by) or None,  # only what was asked goes into the body
            metrics=split_names(metrics) or None,
            filters=filter_ or None,
            sort=sort or None,
            summary=summary or None,
            limit=limit,
            timezone=timezone,
            allow_unknown=allow_unknown,
        )
    if format_ == "csv":
        typer.echo(built.to_csv(), nl=False)
    elif format_ == "json":
        payload = {"columns": built.columns, "rows": built.rows, "total": built.total, "summary": built.summary}
        typer.echo(json.dumps(payload, indent=2, ensure_ascii=False, default=json_default))
    else:
        _print_table(built)

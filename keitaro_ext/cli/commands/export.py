"""`keitaro clicks export` / `keitaro conversions export`: a log streamed to a file, with a progress bar."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import typer

from ..options import AllowUnknown, Filters, RangeText, Sorts, Timezone, split_names
from ..progress import progress_bar
from ..session import current_session

__all__ = ["add_export"]


def add_export(app: typer.Typer, kind: Literal["clicks", "conversions"]) -> None:
    """Register `export` on the `clicks` or `conversions` group."""

    @app.command(
        "export",
        help=f"Write the {kind} log to a CSV, JSON Lines or Parquet file, page by page, with a progress bar. "
        "The file appears only once the export has finished.",
        short_help=f"Write the {kind} log to a file",
    )
    def export(
        ctx: typer.Context,
        path: Annotated[Path, typer.Argument(help="the file to write; .csv, .jsonl or .parquet", dir_okay=False)],
        range_: RangeText = "today",
        columns: Annotated[
            str | None, typer.Option("--columns", help="comma-separated log columns (default: a useful set)")
        ] = None,
        filter_: Filters = None,
        sort: Sorts = None,
        timezone: Timezone = None,
        format_: Annotated[
            Literal["csv", "jsonl", "parquet"] | None,
            typer.Option("--format", help="csv, jsonl or parquet (default: from the suffix)"),
        ] = None,
        max_rows: Annotated[int | None, typer.Option("--max-rows", min=1, help="stop after this many rows")] = None,
        page_size: Annotated[int, typer.Option("--page-size", min=1, help="rows per request")] = 10_000,
        allow_unknown: AllowUnknown = False,
    ) -> None:
        with current_session(ctx).client() as kt:
            log = kt.clicks if kind == "clicks" else kt.conversions
            with progress_bar(f"{kind} to {path.name}") as update:
                result = log.export(
                    path,
                    range_,
                    format=format_,
                    columns=split_names(columns) if columns else None,
                    filters=filter_ or None,
                    sort=sort or None,
                    timezone=timezone,
                    page_size=page_size,
                    max_rows=max_rows,
                    progress=update,
                    allow_unknown=allow_unknown,
                )
        total = f" of {result.total:,}" if result.total is not None and result.total != result.rows else ""
        typer.echo(f"Wrote {result.rows:,}{total} rows of the {kind[:-1]} log to {result.path} ({result.format}).")

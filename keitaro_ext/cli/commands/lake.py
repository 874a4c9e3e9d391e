"""`keitaro lake query DIR "SELECT ..."`: SQL over a synced lake with DuckDB (extra `lake`)."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from ..options import Format
from ..output import rich_table
from ..plain import json_default

__all__ = ["lake_app"]

lake_app = typer.Typer(name="lake", help="Query a lake written by `keitaro sync` (needs keitaro-admin[lake]).")


@lake_app.command("query")
def query(
    directory: Annotated[Path, typer.Argument(help="the lake folder", file_okay=False)],
    sql: Annotated[str, typer.Argument(help="one SQL statement; the views clicks and conversions are defined")],
    format_: Format = "table",
) -> None:
    """Run SQL over every tracker of the lake; `day` is a DATE column, `tracker` names the tracker."""
    from rich.console import Console

    from ...sync.lake import query as run_query

    columns, rows = run_query(directory, sql)
    records = [dict(zip(columns, row, strict=True)) for row in rows]
    if format_ == "json":
        typer.echo(json.dumps(records, indent=2, ensure_ascii=False, default=json_default))
    elif format_ == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    else:
        Console(soft_wrap=False).print(rich_table(records, columns))

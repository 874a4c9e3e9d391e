"""`keitaro sync DIR` and `keitaro sync verify DIR`: the click and conversion lake from the terminal.

pyarrow is imported only when a command runs (by the SDK's sync package), so `keitaro --help`
stays fast. `--profile` may be repeated: each tracker goes to its own folder of the same lake.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperGroup

from ..options import AllowUnknown, Timezone, split_names
from ..profiles import ProfileStore
from ..session import Session, current_session

if TYPE_CHECKING:
    from ...sync.summary import SyncProgress

__all__ = ["sync_app"]


class _DefaultRun(TyperGroup):
    """`keitaro sync DIR ...` means `keitaro sync run DIR ...`; `keitaro sync verify DIR` is the other command."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = ["run", *args]
        return super().parse_args(ctx, args)


sync_app = typer.Typer(
    name="sync",
    cls=_DefaultRun,
    help="Copy click and conversion logs into a Parquet lake, incrementally (`keitaro sync DIR`), "
    "and check it against the tracker (`keitaro sync verify DIR`).",
    no_args_is_help=True,
)

Profiles = Annotated[
    list[str] | None,
    typer.Option("--profile", "-p", help="a tracker to sync (repeat for several; default: the global --profile)"),
]


def _trackers(session: Session, profiles: list[str] | None) -> list[str | None]:
    return list(dict.fromkeys(profiles)) if profiles else [session.profile]


@contextlib.contextmanager
def _client_for(session: Session, profile: str | None) -> Iterator[tuple[Any, str | None]]:
    """A client for one profile and the lake folder name to use (the profile's name, else the host)."""
    saved = session.profile
    session.profile = profile
    try:
        client = session.client()
    finally:
        session.profile = saved
    with client:
        yield client, profile or ProfileStore.load().default


@contextlib.contextmanager
def _progress() -> Iterator[Any]:
    """A callback drawing one bar per table on a terminal; silent otherwise."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    if not console.is_terminal:
        yield None
        return
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console) as bars:
        tasks: dict[tuple[str, str], Any] = {}

        def update(event: SyncProgress) -> None:
            key = (event.tracker, event.table)
            if key not in tasks:
                tasks[key] = bars.add_task(f"{event.tracker}/{event.table}", total=event.days_total or None)
            day = f" {event.day}" if event.day else ""
            bars.update(
                tasks[key],
                completed=event.days_done,
                total=event.days_total or None,
                description=f"{event.tracker}/{event.table}{day} {event.rows:,} rows",
            )

        yield update


@sync_app.command(
    "run",
    help="Sync the days of the period that are missing or not settled yet (fetched less than --lookback days "
    "after their end), one Parquet file per table and day, swapped in atomically; a killed run resumes where it "
    "stopped.",
)
def run(
    ctx: typer.Context,
    directory: Annotated[Path, typer.Argument(help="the lake folder", file_okay=False)],
    since: Annotated[str | None, typer.Option("--since", help="first day, YYYY-MM-DD")] = None,
    until: Annotated[str | None, typer.Option("--until", help="last day, YYYY-MM-DD (default: today)")] = None,
    days: Annotated[int | None, typer.Option("--days", min=1, help="the last N days up to today (default 7)")] = None,
    what: Annotated[str, typer.Option("--what", help="clicks, conversions or both")] = "clicks,conversions",
    columns: Annotated[
        str | None, typer.Option("--columns", help="log columns, comma-separated (one table only; default: a wide set)")
    ] = None,
    timezone: Timezone = None,
    lookback: Annotated[
        int, typer.Option("--lookback", min=0, help="days after their end that days are fetched again")
    ] = 3,
    full: Annotated[bool, typer.Option("--full", help="fetch every day of the period again")] = False,
    page_size: Annotated[int, typer.Option("--page-size", min=1, help="rows per request")] = 10_000,
    profile: Profiles = None,
    allow_unknown: AllowUnknown = False,
) -> None:
    session = current_session(ctx)
    tables = split_names(what)
    for name in _trackers(session, profile):
        with _client_for(session, name) as (kt, tracker), _progress() as progress:
            summary = kt.sync(
                directory,
                tables=tables,
                since=since,
                until=until,
                days=days,
                columns=split_names(columns) if columns else None,
                timezone=timezone,
                lookback_days=lookback,
                tracker=tracker,
                page_size=page_size,
                allow_unknown=allow_unknown,
                full=full,
                progress=progress,
            )
        for line in summary.lines():
            typer.echo(line)


@sync_app.command("verify", help="Compare each synced day's rows and sums with the tracker's report.")
def verify(
    ctx: typer.Context,
    directory: Annotated[Path, typer.Argument(help="the lake folder", file_okay=False)],
    profile: Profiles = None,
) -> None:
    session = current_session(ctx)
    failed = False
    for name in _trackers(session, profile):
        with _client_for(session, name) as (kt, tracker):
            result = kt.sync_verify(directory, tracker=tracker)
        for difference in result.differences:
            typer.echo(difference.line())
        typer.echo(f"{result.tracker}: {result.days_checked} day(s) checked, {len(result.differences)} difference(s)")
        failed = failed or not result.ok
    if failed:
        raise typer.Exit(1)

"""The `keitaro` application: global options, the hand-written commands, and `main` for the console script."""

from __future__ import annotations

from typing import Annotated

import typer

from . import deferred_markdown
from .commands.fake import fake_app
from .commands.lake import lake_app
from .commands.mcp import mcp
from .commands.profile import profile_app
from .commands.report import report
from .commands.sync import sync_app
from .group import KeitaroGroup
from .session import Session, current_session

__all__ = ["app", "main"]

app = typer.Typer(
    name="keitaro",
    cls=KeitaroGroup,
    help="Work with Keitaro trackers from the terminal: campaigns, flows, offers, reports, click logs.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
app.add_typer(profile_app)
app.add_typer(fake_app)
app.command("report")(report)
app.add_typer(sync_app)
app.add_typer(lake_app)
app.command("mcp")(mcp)  # imports the mcp extra only when it runs


@app.callback()
def options(
    ctx: typer.Context,
    profile: Annotated[
        str | None,
        typer.Option("--profile", "-p", envvar="KEITARO_PROFILE", help="the tracker to use (see `keitaro profile`)"),
    ] = None,
    timeout: Annotated[
        float | None, typer.Option("--timeout", min=0.1, help="seconds to wait for the tracker (default 60)")
    ] = None,
    retries: Annotated[int, typer.Option("--retries", min=0, help="retries of calls safe to repeat")] = 2,
    debug: Annotated[
        bool, typer.Option("--debug", help="log each request and show tracebacks (never the key)")
    ] = False,
) -> None:
    """Global options; KEITARO_URL and KEITARO_API_KEY override the profile's URL and key."""
    session: Session = current_session(ctx)
    session.profile, session.timeout, session.retries, session.debug = profile, timeout, retries, debug
    if debug:
        session.start_debug_log()


def main() -> None:
    """The `keitaro` console script."""
    deferred_markdown.install()
    typer.main.get_command(app)(prog_name="keitaro")

"""`keitaro mcp`: serve the tracker to AI agents over MCP (the `mcp` extra, imported only when this runs)."""

from __future__ import annotations

from typing import Annotated

import typer

from ...errors import KeitaroError
from ..session import current_session

__all__ = ["mcp"]


def mcp(
    ctx: typer.Context,
    http: Annotated[
        int | None,
        typer.Option(
            "--http",
            min=0,
            max=65535,
            metavar="PORT",
            help="streamable HTTP on 127.0.0.1:PORT (0: any free port) instead of stdio",
        ),
    ] = None,
    profiles: Annotated[
        list[str] | None,
        typer.Option("--profile", "-p", help="a tracker to serve; repeat for several (tools then take `tracker`)"),
    ] = None,
    allow_write: Annotated[
        bool, typer.Option("--allow-write", help="also offer tools that change the tracker")
    ] = False,
    allow_destructive: Annotated[
        bool,
        typer.Option(
            "--allow-destructive",
            help="also offer delete, archive, clean, bot-list and cost tools (with --allow-write)",
        ),
    ] = False,
    only: Annotated[
        list[str] | None,
        typer.Option(
            "--only",
            metavar="NAMESPACE",
            help="serve only these namespaces' operation tools (campaigns, streams, ...; repeat or comma-separate)",
        ),
    ] = None,
    list_tools: Annotated[
        bool, typer.Option("--list-tools", help="print the tools this server would offer and exit")
    ] = False,
) -> None:
    """Serve the tracker as MCP tools (stdio by default); read-only unless --allow-write is given."""
    if allow_destructive and not allow_write:
        raise typer.BadParameter(
            "--allow-destructive needs --allow-write as well: pass both", param_hint="--allow-destructive"
        )
    try:
        import mcp as _sdk  # noqa: F401 - only to say which extra is missing

        from ... import mcp as server
    except ImportError as exc:
        raise KeitaroError(f"`keitaro mcp` needs the mcp extra: pip install 'keitaro-admin[mcp]' ({exc})") from None
    namespaces = [part.strip() for value in only or [] for part in value.split(",") if part.strip()]
    if list_tools:
        from ...mcp.listing import tool_table

        typer.echo(tool_table(allow_write=allow_write, allow_destructive=allow_destructive, only=namespaces))
        return
    session = current_session(ctx)
    chosen = list(profiles or ([session.profile] if session.profile else []))
    server.run(
        profiles=chosen,
        http_port=http,
        only=namespaces,
        allow_write=allow_write,
        allow_destructive=allow_destructive,
        timeout=session.timeout,
        retries=session.retries,
        secrets=session.secrets,
    )

"""`keitaro mcp`: the tracker as tools for AI agents (the `mcp` extra), read-only unless told otherwise.

`catalog` derives one tool per operation from the spec shipped in the generated package and the
facade's `OPERATIONS`; `curated` adds report, find and campaign_overview; `safety` says which tools
a server may run; `server` serves them over stdio or streamable HTTP with the official `mcp` SDK.
Nothing here is imported by the core package or by `keitaro` commands other than `mcp`.
"""

from __future__ import annotations

__all__ = ["run"]


def run(
    *,
    profiles: list[str],
    http_port: int | None,
    only: list[str] | None = None,
    allow_write: bool,
    allow_destructive: bool,
    timeout: float | None,
    retries: int,
    secrets: set[str] | None = None,
) -> None:
    """Serve until the client disconnects (stdio) or the process is stopped (HTTP)."""
    from .safety import Permissions
    from .server import build_server, serve_http, serve_stdio
    from .trackers import Trackers

    permissions = Permissions(allow_write=allow_write, allow_destructive=allow_destructive)
    trackers = Trackers.open(profiles, timeout=timeout, retries=retries, secrets=secrets)
    try:
        server = build_server(trackers, permissions, only or ())
        if http_port is None:
            serve_stdio(server)
        else:
            serve_http(server, http_port)
    finally:
        trackers.close()

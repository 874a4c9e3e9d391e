"""The MCP server: the low-level `mcp` Server (our tools come with their own JSON Schemas, so the
decorator-based MCPServer, which derives schemas from Python signatures, does not fit), its two
handlers, and the stdio and streamable HTTP transports.
"""

from __future__ import annotations

import difflib
import functools
import socket
import sys
from collections.abc import Mapping, Sequence
from typing import Any

import anyio
import anyio.to_thread
from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match
from mcp.server import Server, ServerRequestContext
from mcp.server.stdio import stdio_server
from mcp_types import CallToolRequestParams, CallToolResult, ListToolsResult, PaginatedRequestParams

from .._version import sdk_version
from .failures import failure_message
from .registry import Registry, ToolEntry
from .results import error_result
from .safety import Permissions
from .trackers import Trackers

__all__ = ["build_server", "serve_http", "serve_stdio"]


def argument_problem(entry: ToolEntry, args: Mapping[str, Any], validator: Draft202012Validator) -> str | None:
    """What is wrong with the arguments of a call, in words a model can act on; None when they fit."""
    schema = entry.tool.input_schema
    known = list(schema.get("properties", {}))
    for name in args:
        if name not in known:
            close = difflib.get_close_matches(name, known, n=1)
            hint = f" Did you mean {close[0]!r}?" if close else ""
            return f"{entry.name} has no argument {name!r}.{hint} It takes: {', '.join(known) or 'no arguments'}."
    error = best_match(validator.iter_errors(dict(args)))
    if error is None:
        return None
    where = "/".join(str(part) for part in error.absolute_path)
    return f"Invalid arguments for {entry.name}{f' at {where!r}' if where else ''}: {error.message}."


class KeitaroTools:
    """The handlers of one server: list what is allowed, run a call in a worker thread, report failures."""

    def __init__(self, trackers: Trackers, permissions: Permissions, only: Sequence[str] = ()) -> None:
        self.trackers = trackers
        self.registry = Registry.build(permissions, trackers.names, only)
        self._validators: dict[str, Draft202012Validator] = {}

    def _validator(self, entry: ToolEntry) -> Draft202012Validator:
        found = self._validators.get(entry.name)
        if found is None:
            found = self._validators[entry.name] = Draft202012Validator(entry.tool.input_schema)
        return found

    async def list_tools(
        self, ctx: ServerRequestContext[Any], params: PaginatedRequestParams | None
    ) -> ListToolsResult:
        return ListToolsResult(tools=self.registry.listed())

    async def call_tool(self, ctx: ServerRequestContext[Any], params: CallToolRequestParams) -> CallToolResult:
        redact = self.trackers.redact
        entry = self.registry.entries.get(params.name)
        if entry is None:
            close = difflib.get_close_matches(params.name, list(self.registry.entries), n=3)
            hint = f" Did you mean {', '.join(close)}?" if close else ""
            return error_result(f"Unknown tool {params.name!r}.{hint}", redact)
        refusal = self.registry.refusal(entry)
        if refusal is not None:
            return error_result(refusal, redact)
        args = dict(params.arguments or {})
        problem = argument_problem(entry, args, self._validator(entry))
        if problem is not None:
            return error_result(problem, redact)
        tracker = args.pop("tracker", None)
        return await anyio.to_thread.run_sync(functools.partial(self._run, entry, tracker, args))

    def _run(self, entry: ToolEntry, tracker: str | None, args: dict[str, Any]) -> CallToolResult:
        redact = self.trackers.redact
        try:
            return entry.run(self.trackers.client(tracker), args, redact)
        except Exception as exc:
            return error_result(failure_message(exc, entry.name, self.trackers.key_source(tracker), redact), redact)


def _instructions(trackers: Trackers, permissions: Permissions) -> str:
    where = "; ".join(trackers.describe())
    choose = " Every tool takes `tracker`: say which one." if trackers.names else ""
    return (
        f"Tools of a Keitaro tracker Admin API ({where}).{choose} This server offers {permissions.mode}. "
        "Start with `find` to turn names into ids, `report` for statistics, `campaign_overview` for one campaign. "
        "Long lists come in pages: follow the `hint` of a result."
    )


def build_server(trackers: Trackers, permissions: Permissions, only: Sequence[str] = ()) -> Server[Any]:
    """The server of these trackers; `only` limits the operation tools to some namespaces."""
    tools = KeitaroTools(trackers, permissions, only)
    return Server(
        "keitaro",
        version=sdk_version(),
        title="Keitaro tracker",
        instructions=_instructions(trackers, permissions),
        on_list_tools=tools.list_tools,
        on_call_tool=tools.call_tool,
    )


def serve_stdio(server: Server[Any]) -> None:
    """Serve one client on standard input and output until it closes them."""

    async def main() -> None:
        async with stdio_server() as (read, write):
            await server.run(read, write, server.create_initialization_options())

    anyio.run(main)


def serve_http(server: Server[Any], port: int) -> None:
    """Serve streamable HTTP on 127.0.0.1 only (never another interface: the tools act with the tracker's key).

    Port 0 picks a free port; the address is printed on stderr either way.
    """
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", port))
    sock.listen(128)  # connections made as soon as the address is printed wait instead of being refused
    bound = sock.getsockname()[1]
    app = server.streamable_http_app(host="127.0.0.1")
    sys.stderr.write(f"keitaro mcp: streamable HTTP on http://127.0.0.1:{bound}/mcp\n")
    sys.stderr.flush()
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on")
    uvicorn.Server(config).run(sockets=[sock])

"""Start-up of `keitaro mcp`: from spawning the process to the first answered `tools/list`, measured
with the `mcp` SDK's own client over stdio, beside a minimal server on the same SDK (one
hand-written tool: the floor any Python MCP server pays for the interpreter, the SDK and the
handshake). Runs are interleaved; min / median / max, and the ratio of medians.

Also the size of the tool list a client puts into the model's context, read-only and with every tool.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time

from mcp import Client, StdioServerParameters

from .report import Section, median, ms, ratio

MINIMAL = """
import anyio
from mcp.server import Server
from mcp.server.stdio import stdio_server
from mcp_types import ListToolsResult, Tool

async def list_tools(ctx, params):
    return ListToolsResult(tools=[Tool(name="ping", input_schema={"type": "object", "properties": {}})])

server = Server("minimal", on_list_tools=list_tools)

async def main():
    async with stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())

anyio.run(main)
"""

# No tracker is called before a tool runs, so an address nothing listens on is enough here.
ENV = {"KEITARO_URL": "http://127.0.0.1:9", "KEITARO_API_KEY": "bench-key", "KEITARO_CONFIG": os.devnull}
SERVERS = {
    "minimal mcp server (1 tool)": [sys.executable, "-c", MINIMAL],
    "keitaro mcp (read-only)": [sys.executable, "-m", "keitaro_ext.cli", "mcp"],
    "keitaro mcp --allow-write --allow-destructive": [
        sys.executable, "-m", "keitaro_ext.cli", "mcp", "--allow-write", "--allow-destructive",
    ],
}  # fmt: skip


async def _first_list(command: list[str]) -> tuple[float, str]:
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("KEITARO_")}, **ENV}
    params = StdioServerParameters(command=command[0], args=command[1:], env=env)
    start = time.perf_counter()
    async with Client(params, mode="legacy") as client:
        tools = await client.list_tools()
        elapsed = time.perf_counter() - start
    listing = json.dumps([tool.model_dump(mode="json", by_alias=True, exclude_none=True) for tool in tools.tools])
    return elapsed, listing


def measure(runs: int) -> tuple[dict[str, list[float]], dict[str, str]]:
    names = list(SERVERS)
    listings = {name: asyncio.run(_first_list(SERVERS[name]))[1] for name in names}  # warm .pyc files
    times: dict[str, list[float]] = {name: [] for name in names}
    for run in range(runs):
        for name in names[run % len(names) :] + names[: run % len(names)]:
            times[name].append(asyncio.run(_first_list(SERVERS[name]))[0])
    return times, listings


def main(runs: int = 7) -> Section:
    times, listings = measure(runs)
    base = median(times["minimal mcp server (1 tool)"])
    section = Section(
        "keitaro mcp: start-up to the first answered tools/list (bench/bench_mcp.py)",
        f"{runs} runs per server, interleaved, stdio, the `mcp` SDK's client (handshake era, as Claude Desktop); "
        "from spawning the process to the tools/list answer. min / median / max; ratio of medians to the "
        "minimal server on the same SDK.",
    )
    for name, values in times.items():
        spread = f"{ms(min(values))} / {ms(median(values))} / {ms(max(values))}"
        section.add(name, f"{spread} ({ratio(median(values) / base)})")
    for name in list(SERVERS)[1:]:
        count = len(json.loads(listings[name]))
        section.add(f"tools/list size, {name}", f"{count} tools, {len(listings[name]):,} characters of JSON")
    return section


if __name__ == "__main__":
    print(main(runs=int(sys.argv[1]) if len(sys.argv) > 1 else 7).text())

"""`keitaro mcp` driven by the `mcp` SDK's own client: a real server process per test module, against
the fake tracker served on loopback. `McpConnection` keeps one client session open in a background
event loop so that the tests themselves stay plain functions.

Every answer and the server's stderr are checked for the API key.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import os
import subprocess
import sys
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import AbstractAsyncContextManager
from pathlib import Path
from typing import Any, TextIO

import pytest
from mcp import Client, StdioServerParameters
from mcp.client.stdio import stdio_client
from mcp_types import CallToolResult, TextContent, Tool

from keitaro_ext.testing import FakeTracker

API_KEY = "kt-mcp-SECRET-4d2a9c71e0b5"
Job = tuple[Callable[[Client], Awaitable[Any]], "concurrent.futures.Future[Any]"] | None


def text_of(result: CallToolResult) -> str:
    return "\n".join(block.text for block in result.content if isinstance(block, TextContent))


class McpConnection:
    """One MCP client session, opened in a thread with its own event loop, used synchronously."""

    def __init__(self, make_client: Callable[[], Client], secrets: tuple[str, ...]) -> None:
        self._make_client = make_client
        self.secrets = secrets
        self.texts: list[str] = []
        self._ready: concurrent.futures.Future[None] = concurrent.futures.Future()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._queue: asyncio.Queue[Job] | None = None
        self._thread = threading.Thread(target=lambda: asyncio.run(self._serve()), daemon=True)
        self._thread.start()
        self._ready.result(timeout=60)

    async def _serve(self) -> None:
        # The client is entered and left in this one task: anyio's task groups require it.
        self._loop = asyncio.get_running_loop()
        self._queue = asyncio.Queue()
        try:
            async with self._make_client() as client:
                self._ready.set_result(None)
                while (job := await self._queue.get()) is not None:
                    work, future = job
                    try:
                        future.set_result(await work(client))
                    except Exception as exc:
                        future.set_exception(exc)
        except Exception as exc:
            if not self._ready.done():
                self._ready.set_exception(exc)
            else:
                raise

    def _submit(self, work: Callable[[Client], Awaitable[Any]]) -> Any:
        assert self._loop is not None and self._queue is not None
        future: concurrent.futures.Future[Any] = concurrent.futures.Future()
        self._loop.call_soon_threadsafe(self._queue.put_nowait, (work, future))
        return future.result(timeout=60)

    def list_tools(self) -> list[Tool]:
        result = self._submit(lambda client: client.list_tools())
        for tool in result.tools:
            self._check(tool.model_dump_json())
        return list(result.tools)

    def call(self, name: str, arguments: dict[str, Any] | None = None) -> CallToolResult:
        result: CallToolResult = self._submit(lambda client: client.call_tool(name, arguments or {}))
        self._check(result.model_dump_json())
        return result

    def _check(self, text: str) -> None:
        self.texts.append(text)
        for secret in self.secrets:
            assert secret not in text, "the API key reached the MCP client"

    def close(self) -> None:
        if self._loop is not None and self._queue is not None and self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._queue.put_nowait, None)
        self._thread.join(timeout=30)


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeTracker]:
    tracker = FakeTracker(api_key=API_KEY, seed=3, clicks=1500).start()
    yield tracker
    tracker.stop()


def server_env(fake: FakeTracker, tmp: Path) -> dict[str, str]:
    """The environment of the server process: the fake tracker, and no config file of the user's."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("KEITARO_")}
    env.update(KEITARO_URL=fake.url, KEITARO_API_KEY=API_KEY, KEITARO_CONFIG=str(tmp / "config.toml"))
    return env


def keitaro_mcp(*flags: str, options: tuple[str, ...] = ()) -> list[str]:
    """`keitaro [OPTIONS] mcp FLAGS` (OPTIONS: the global ones, such as --debug)."""
    return [sys.executable, "-m", "keitaro_ext.cli", *options, "mcp", *flags]


@contextlib.contextmanager
def stdio_connection(fake: FakeTracker, tmp: Path, *flags: str) -> Iterator[tuple[McpConnection, Path]]:
    """`keitaro mcp FLAGS` as a subprocess on stdio, its stderr in a file; handshake-era protocol,
    the one Claude Desktop and Claude Code speak today."""
    command, *args = keitaro_mcp(*flags)
    params = StdioServerParameters(command=command, args=args, env=server_env(fake, tmp))
    errlog_path = tmp / "stderr.txt"
    with open(errlog_path, "w+", encoding="utf-8") as errlog:
        connection = McpConnection(lambda: Client(_stdio(params, errlog), mode="legacy"), (API_KEY,))
        try:
            yield connection, errlog_path
        finally:
            connection.close()


def _stdio(params: StdioServerParameters, errlog: TextIO) -> AbstractAsyncContextManager[Any]:
    @contextlib.asynccontextmanager
    async def transport() -> AsyncIterator[Any]:
        async with stdio_client(params, errlog=errlog) as streams:
            yield streams

    return transport()


@contextlib.contextmanager
def http_server(fake: FakeTracker, tmp: Path, *flags: str, options: tuple[str, ...] = ()) -> Iterator[tuple[str, Path]]:
    """`keitaro OPTIONS mcp --http 0 FLAGS` as a subprocess; yields its URL (read from its stderr)."""
    errlog_path = tmp / "stderr.txt"
    with open(errlog_path, "w+", encoding="utf-8") as errlog:
        process = subprocess.Popen(
            keitaro_mcp("--http", "0", *flags, options=options),
            env=server_env(fake, tmp),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=errlog,
        )
        try:
            yield _await_url(process, errlog_path), errlog_path
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _await_url(process: subprocess.Popen[bytes], errlog: Path) -> str:
    marker = "streamable HTTP on "
    for _ in range(600):
        text = errlog.read_text(encoding="utf-8")
        if marker in text:
            return text.split(marker, 1)[1].split()[0]
        if process.poll() is not None:
            raise RuntimeError(f"keitaro mcp --http exited with {process.returncode}: {text}")
        threading.Event().wait(0.05)
    raise RuntimeError("keitaro mcp --http did not print its address within 30 s")

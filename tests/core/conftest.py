"""Sync/async twins of the same scenario, over a scripted MockTransport, with sleeps recorded not slept."""

from __future__ import annotations

import asyncio
import inspect
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from keitaro_ext import AsyncKeitaro, Keitaro

API_KEY = "kt-SECRET-9f8e7d6c5b4a"
BASE = "https://tracker.example.com"
Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


@dataclass
class Script:
    """Answers requests from a queue (last answer repeats) and remembers every request."""

    replies: list[Reply] = field(default_factory=list)
    requests: list[httpx.Request] = field(default_factory=list)

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        reply = self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]
        if isinstance(reply, Exception):
            raise reply
        if callable(reply) and not isinstance(reply, httpx.Response):
            return reply(request)
        return httpx.Response(reply.status_code, headers=reply.headers, content=reply.content)

    def bodies(self) -> list[Any]:
        return [json.loads(r.content) if r.content else None for r in self.requests]


def reply(
    status: int = 200, body: Any = None, *, headers: dict[str, str] | None = None, raw: bytes | None = None
) -> httpx.Response:
    if raw is not None:
        return httpx.Response(status, headers=headers, content=raw)
    return httpx.Response(status, headers=headers, json=body if body is not None else {})


@dataclass
class Harness:
    """Builds a client in the test's mode and runs its calls, awaiting them when async."""

    mode: str
    loop: asyncio.AbstractEventLoop
    sleeps: list[float]

    def client(self, script: Script, **kwargs: Any) -> Keitaro | AsyncKeitaro:
        kwargs.setdefault("api_key", API_KEY)
        kwargs.setdefault("base_url", BASE)
        transport = httpx.MockTransport(script.handle)
        if self.mode == "sync":
            return Keitaro(transport=transport, **kwargs)
        return AsyncKeitaro(transport=transport, **kwargs)

    def run(self, value: Any) -> Any:
        return self.loop.run_until_complete(value) if inspect.isawaitable(value) else value


@pytest.fixture(params=["sync", "async"])
def harness(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[Harness]:
    sleeps: list[float] = []

    async def fake_async_sleep(delay: float) -> None:
        sleeps.append(delay)

    monkeypatch.setattr("keitaro_ext.retry.time.sleep", sleeps.append)
    monkeypatch.setattr("asyncio.sleep", fake_async_sleep)
    loop = asyncio.new_event_loop()
    yield Harness(mode=request.param, loop=loop, sleeps=sleeps)
    loop.close()

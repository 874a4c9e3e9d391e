"""Sync/async twins of each batch scenario, over a scripted tracker (MockTransport) or the fake."""

from __future__ import annotations

import asyncio
import inspect
import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from keitaro_ext import AsyncKeitaro, Keitaro
from keitaro_ext.batch.base import BatchBase

from .. import answers

API_KEY = "kt-SECRET-batch-7f6e5d"
BASE = "https://tracker.example.com"
Route = Callable[[httpx.Request], httpx.Response]


def campaign(campaign_id: int, name: str = "Campaign") -> dict[str, Any]:
    return answers.campaign(campaign_id, name)


def stream(stream_id: int, **fields: Any) -> dict[str, Any]:
    return answers.stream(stream_id, **fields)


def answer(status: int, body: Any = None, **kwargs: Any) -> httpx.Response:
    return httpx.Response(status, json=body if body is not None else {}, **kwargs)


def crud(request: httpx.Request) -> httpx.Response:
    """A tiny tracker: ids 1-99 exist, 406 and 500 answer those statuses, a create returns id 500."""
    path = request.url.path.removeprefix("/admin_api/v1")
    parts = path.strip("/").split("/")
    if path == "/campaigns" and request.method == "POST":
        return answer(200, campaign(500, json.loads(request.content)["name"]))
    if parts[0] in ("campaigns", "streams") and len(parts) == 2:
        item = int(parts[1])
        if item == 406:
            return answer(406, {"name": ["This value is too long."]})
        if item == 500:
            return answer(500, {"error": "Internal error"})
        if item >= 100:
            return answer(404, {"error": "Entity not found"})
        body = json.loads(request.content) if request.content else {}
        if parts[0] == "streams":
            return answer(200, stream(item, **body))
        return answer(200, {**campaign(item), **body})
    return answer(400, {"error": f"Unknown API path {path!r}"})


@dataclass
class Tracker:
    """Answers the entrypoint with `entrypoint` (or 404) and everything else with `route`; counts requests."""

    route: Route = crud
    entrypoint: Route | None = None
    requests: list[httpx.Request] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def handle(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.requests.append(request)
        if request.url.query == b"batch":
            if self.entrypoint is None:
                return answer(404, {"error": "Not found"})
            return self.entrypoint(request)
        return self.route(request)

    def batch_posts(self) -> list[list[dict[str, Any]]]:
        """The command arrays of every entrypoint request, in order."""
        return [json.loads(r.content) for r in self.requests if r.url.query == b"batch"]

    def singles(self, method: str | None = None, path: str | None = None) -> list[httpx.Request]:
        """Requests sent on their own (not through the entrypoint), optionally by method and API path."""
        return [
            r
            for r in self.requests
            if r.url.query != b"batch"
            and (method is None or r.method == method)
            and (path is None or r.url.path == "/admin_api/v1" + path)
        ]


def per_item(route: Route = crud) -> Route:
    """An entrypoint that runs each command through `route`, as a tracker with the entrypoint would."""

    def entrypoint(request: httpx.Request) -> httpx.Response:
        results = []
        for command in json.loads(request.content):
            method, path, params = command["method"], command["path"], command["params"]
            url = f"{BASE}/admin_api/v1/{path}"
            if method in ("GET", "DELETE"):
                inner = httpx.Request(method, url, params=params)
            else:
                inner = httpx.Request(method, url, json=params)
            response = route(inner)
            results.append(
                {"statusCode": response.status_code, "body": response.json(), "headers": dict(response.headers)}
            )
        return answer(200, results)

    return entrypoint


@dataclass
class Harness:
    """Builds a client in the test's flavour; runs batches with `with` or `async with`."""

    flavour: str
    loop: asyncio.AbstractEventLoop

    @property
    def is_async(self) -> bool:
        return self.flavour == "async"

    def client(self, tracker: Tracker, **kwargs: Any) -> Keitaro | AsyncKeitaro:
        kwargs.setdefault("api_key", API_KEY)
        kwargs.setdefault("base_url", BASE)
        transport = httpx.MockTransport(tracker.handle)
        if self.is_async:
            return AsyncKeitaro(transport=transport, **kwargs)
        return Keitaro(transport=transport, **kwargs)

    def run(self, value: Any) -> Any:
        return self.loop.run_until_complete(value) if inspect.isawaitable(value) else value

    def batch(self, kt: Keitaro | AsyncKeitaro, record: Callable[[Any], Any], *args: Any, **options: Any) -> Any:
        """Record with `record(batch)` inside the block, leave it, and return `(batch, what record returned)`."""
        if isinstance(kt, Keitaro):
            with kt.batch(*args, **options) as batch:
                recorded = record(batch)
            return batch, recorded

        async def go() -> tuple[BatchBase, Any]:
            async with kt.batch(*args, **options) as batch:
                recorded = record(batch)
            return batch, recorded

        return self.loop.run_until_complete(go())


@pytest.fixture(params=["sync", "async"])
def harness(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[Harness]:
    async def no_async_sleep(delay: float) -> None:
        return None

    monkeypatch.setattr("keitaro_ext.retry.time.sleep", lambda delay: None)
    monkeypatch.setattr("asyncio.sleep", no_async_sleep)
    loop = asyncio.new_event_loop()
    yield Harness(flavour=request.param, loop=loop)
    loop.close()

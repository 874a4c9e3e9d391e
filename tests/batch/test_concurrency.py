"""The concurrency cap: exactly `concurrency` requests in flight at once, never more."""

from __future__ import annotations

import asyncio
import threading

import httpx
import pytest

from keitaro_ext import AsyncKeitaro, Keitaro
from tests.batch.conftest import API_KEY, BASE, campaign

CAP = 4
CALLS = 12


class InFlight:
    def __init__(self) -> None:
        self.now = 0
        self.peak = 0
        self.lock = threading.Lock()

    def enter(self) -> None:
        with self.lock:
            self.now += 1
            self.peak = max(self.peak, self.now)

    def leave(self) -> None:
        with self.lock:
            self.now -= 1


def test_sync_batches_reach_the_cap_and_never_pass_it() -> None:
    # Every request waits until CAP requests are in flight: with fewer workers the barrier would break.
    barrier = threading.Barrier(CAP, timeout=10)
    flight = InFlight()

    def handle(request: httpx.Request) -> httpx.Response:
        flight.enter()
        try:
            barrier.wait()
            return httpx.Response(200, json=campaign(int(request.url.path.rsplit("/", 1)[1])))
        finally:
            flight.leave()

    kt = Keitaro(BASE, API_KEY, transport=httpx.MockTransport(handle), max_retries=0)
    with kt.batch(concurrency=CAP) as batch:
        handles = [batch.campaigns.get(i) for i in range(1, CALLS + 1)]
    assert [h.result().id for h in handles] == list(range(1, CALLS + 1))
    assert flight.peak == CAP


@pytest.mark.parametrize("cap", [1, CAP])
async def test_async_batches_reach_the_cap_and_never_pass_it(cap: int) -> None:
    barrier = asyncio.Barrier(cap)
    flight = InFlight()

    async def handle(request: httpx.Request) -> httpx.Response:
        flight.enter()
        try:
            await asyncio.wait_for(barrier.wait(), timeout=10)
            return httpx.Response(200, json=campaign(int(request.url.path.rsplit("/", 1)[1])))
        finally:
            flight.leave()

    akt = AsyncKeitaro(BASE, API_KEY, transport=httpx.MockTransport(handle), max_retries=0)
    async with akt.batch(concurrency=cap) as batch:
        handles = [batch.campaigns.get(i) for i in range(1, CALLS + 1)]
    assert [h.result().id for h in handles] == list(range(1, CALLS + 1))
    assert flight.peak == cap
    await akt.aclose()


def test_concurrency_one_runs_calls_in_order_on_the_calling_thread() -> None:
    seen: list[tuple[str, str]] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append((threading.current_thread().name, request.url.path))
        return httpx.Response(200, json=campaign(1))

    kt = Keitaro(BASE, API_KEY, transport=httpx.MockTransport(handle))
    with kt.batch(concurrency=1) as batch:
        for i in (3, 1, 2):
            batch.campaigns.get(i)
    assert seen == [(threading.current_thread().name, f"/admin_api/v1/campaigns/{i}") for i in (3, 1, 2)]

"""In-process transport: an `httpx.MockTransport` over the fake, for sync and async clients.

Latency faults sleep with `time.sleep` in sync clients and `asyncio.sleep` in async ones, so an
async test's event loop keeps running. Dropped connections raise what httpx raises on a real
socket: `RemoteProtocolError` for a close, `ReadError` for a reset.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import httpx

from .core import FakeOutcome

Process = Callable[[httpx.Request], FakeOutcome]


def to_response(outcome: FakeOutcome, request: httpx.Request) -> httpx.Response:
    """The httpx answer for an outcome, or the transport error a dropped connection raises."""
    if outcome.drop == "reset":
        raise httpx.ReadError("[Errno 104] Connection reset by peer", request=request)
    if outcome.drop:
        raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
    return httpx.Response(outcome.status, headers=outcome.header_list(), content=outcome.body, request=request)


class FakeTransport(httpx.MockTransport):
    """`httpx.MockTransport(fake.handle)` that also sleeps without blocking in async clients."""

    def __init__(
        self,
        handle: Callable[[httpx.Request], httpx.Response],
        process: Process,
        guard: Callable[[httpx.Request], FakeOutcome | None] | None = None,
    ) -> None:
        self._process = process
        self._guard = guard
        super().__init__(handle)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        early = self._guard(request) if self._guard is not None else None  # before the body is read
        if early is not None:
            return to_response(early, request)
        return super().handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        early = self._guard(request) if self._guard is not None else None  # before the body is read
        if early is not None:
            return to_response(early, request)
        await request.aread()
        outcome = self._process(request)
        if outcome.delay:
            await asyncio.sleep(outcome.delay)
        return to_response(outcome, request)

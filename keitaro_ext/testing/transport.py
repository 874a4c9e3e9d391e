"""In-process transport: an `httpx.MockTransport` over the fake, for sync and async clients.

Latency faults sleep with `time.sleep` in sync clients and `asyncio.sleep` in async ones, so an
async test's event loop keeps running. Dropped connections raise what httpx raises on a real
socket: `RemoteProtocolError` for a close, `ReadError` for a reset.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

import httpx

from .core import FakeOutcome

Parts = tuple[str, dict[str, str]]  # a request's query string and its headers with lower-case names
Guard = Callable[[httpx.Request], tuple[FakeOutcome | None, Parts]]
Dispatch = Callable[[httpx.Request, Parts], FakeOutcome]


def to_response(outcome: FakeOutcome, request: httpx.Request) -> httpx.Response:
    """The httpx answer for an outcome, or the transport error a dropped connection raises."""
    if outcome.drop == "reset":
        raise httpx.ReadError("[Errno 104] Connection reset by peer", request=request)
    if outcome.drop:
        raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
    return httpx.Response(outcome.status, headers=outcome.header_list(), content=outcome.body, request=request)


class FakeTransport(httpx.MockTransport):
    """`httpx.MockTransport(fake.handle)` that also sleeps without blocking in async clients.

    The key and a declared size are checked (`guard`) before the body is read; the answer
    (`dispatch`) reuses the parts the check read.
    """

    def __init__(self, handle: Callable[[httpx.Request], httpx.Response], guard: Guard, dispatch: Dispatch) -> None:
        self._guard = guard
        self._dispatch = dispatch
        super().__init__(handle)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        early, parts = self._guard(request)
        if early is not None:
            return to_response(early, request)
        outcome = self._dispatch(request, parts)
        if outcome.delay:
            time.sleep(outcome.delay)
        return to_response(outcome, request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        early, parts = self._guard(request)
        if early is not None:
            return to_response(early, request)
        await request.aread()
        outcome = self._dispatch(request, parts)
        if outcome.delay:
            await asyncio.sleep(outcome.delay)
        return to_response(outcome, request)

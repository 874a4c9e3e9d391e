"""`AsyncBatch`: the asyncio batch, with its two engines (tasks under a semaphore, or the ?batch entrypoint)."""

from __future__ import annotations

import asyncio
from collections.abc import MutableMapping, Sequence
from types import TracebackType
from typing import Any, Self

from keitaro_admin_client.facade import AsyncCaller

from .._caller import AsyncHTTPCaller
from .base import BatchBase, Call
from .outcome import Outcome
from .plan import aoutcome_of
from .wire import ENTRYPOINT_URL

__all__ = ["AsyncBatch"]


class AsyncBatch(BatchBase):
    """The asyncio twin of `Batch`: record calls (no `await`), then `async with` sends them on exit."""

    _sender: AsyncHTTPCaller

    async def __aenter__(self) -> Self:
        self._check_recording()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is not None:
            self._abandon(exc)
        else:
            await self.execute()

    async def execute(self) -> list[Outcome[Any]]:
        """Send every recorded call; return the outcomes in order. A batch runs once."""
        calls, outcomes, sender = self._begin(), self._outcomes, self._sender
        try:
            if (plan := self._entrypoint_plan(calls)) is not None:
                while (chunk := plan.next_chunk()) is not None:
                    answer = await sender.post(ENTRYPOINT_URL, plan.body(chunk), retry_safe=plan.retry_safe(chunk))
                    plan.settle(chunk, answer)
                calls = plan.fallback
            await run_concurrently(sender, calls, self.options.concurrency, outcomes)
        finally:
            self._finish(outcomes)
        return self.results()


async def run_concurrently(
    caller: AsyncCaller, calls: Sequence[Call], concurrency: int, sink: MutableMapping[int, Outcome[Any]]
) -> None:
    """Each call as a task, at most `concurrency` in flight; every outcome lands in `sink`."""
    limit = asyncio.Semaphore(concurrency)

    async def run(call: Call) -> None:
        index, prepared = call
        async with limit:
            sink[index] = await aoutcome_of(index, prepared, lambda: caller.call(prepared))

    await asyncio.gather(*(run(call) for call in calls))

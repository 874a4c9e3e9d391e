"""`AsyncBatch`: the asyncio batch, with its two engines (tasks under a semaphore, or the ?batch entrypoint)."""

from __future__ import annotations

import asyncio
from collections.abc import MutableMapping, Sequence
from types import TracebackType
from typing import Any, Self

import httpx
from keitaro_admin_client.facade import AsyncCaller

from .._caller import AsyncHTTPCaller, CallOptions
from .._responses import ResponseContext
from ..retry import MAX_RETRIES, RETRY_SAFE
from .base import BatchBase, Call
from .memo import memo_for
from .options import BatchOptions
from .outcome import Outcome
from .plan import EntrypointPlan
from .wire import ENTRYPOINT_URL

__all__ = ["AsyncBatch"]


class AsyncBatch(BatchBase):
    """The asyncio twin of `Batch`: record calls (no `await`), then `async with` sends them on exit."""

    def __init__(
        self, http: httpx.AsyncClient, context: ResponseContext, call_options: CallOptions, options: BatchOptions
    ) -> None:
        super().__init__(options)
        self._http = http
        self._context = context
        self._call_options = call_options

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
        calls = self._begin()
        outcomes: dict[int, Outcome[Any]] = {}
        caller = AsyncHTTPCaller(self._http, self._context, self._call_options)
        try:
            if self.options.mode == "entrypoint" and calls:
                plan = EntrypointPlan(calls, self.options.chunk_size, memo_for(self._http), self._context, outcomes)
                while (chunk := plan.next_chunk()) is not None:
                    plan.settle(chunk, await self._post(plan.body(chunk), retry_safe=plan.retry_safe(chunk)))
                calls = plan.fallback
            await run_concurrently(caller, calls, self.options.concurrency, outcomes)
        finally:
            self._finish(outcomes)
        return self.results()

    async def _post(self, body: list[dict[str, Any]], *, retry_safe: bool) -> httpx.Response | Exception:
        try:
            return await self._http.post(
                ENTRYPOINT_URL,
                json=body,
                timeout=self._call_options.timeout,
                extensions={RETRY_SAFE: retry_safe, MAX_RETRIES: self._call_options.max_retries},
            )
        except Exception as exc:  # a custom transport may raise anything: the chunk's fate is then unknown
            return exc


async def run_concurrently(
    caller: AsyncCaller, calls: Sequence[Call], concurrency: int, sink: MutableMapping[int, Outcome[Any]]
) -> None:
    """Each call as a task, at most `concurrency` in flight; every outcome lands in `sink`."""
    limit = asyncio.Semaphore(concurrency)

    async def run(call: Call) -> None:
        index, prepared = call
        async with limit:
            try:
                value = await caller.call(prepared)
            except Exception as exc:  # every failure belongs to its own call
                sink[index] = Outcome(index, prepared.operation, error=exc)
            else:
                sink[index] = Outcome(index, prepared.operation, value=value)

    await asyncio.gather(*(run(call) for call in calls))

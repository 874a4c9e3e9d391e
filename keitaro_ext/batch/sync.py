"""`Batch`: the synchronous batch, with its two engines (a thread pool, or the ?batch entrypoint)."""

from __future__ import annotations

from collections.abc import MutableMapping, Sequence
from concurrent.futures import ThreadPoolExecutor, wait
from types import TracebackType
from typing import Any, Self

from keitaro_admin_client.facade import SyncCaller

from .._caller import HTTPCaller
from .base import BatchBase, Call
from .outcome import Outcome
from .plan import outcome_of
from .wire import ENTRYPOINT_URL

__all__ = ["Batch"]


class Batch(BatchBase):
    """Calls made on `batch.<tag>.<method>(...)` are recorded and sent when the `with` block ends.

    If the block raises, nothing is sent and every handle says so. Usable without `with`:
    record, then `batch.execute()`. It sends through the client's caller (`kt.batch()` hands it over).
    """

    _sender: HTTPCaller

    def __enter__(self) -> Self:
        self._check_recording()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is not None:
            self._abandon(exc)
        else:
            self.execute()

    def execute(self) -> list[Outcome[Any]]:
        """Send every recorded call; return the outcomes in order. A batch runs once."""
        calls, outcomes, sender = self._begin(), self._outcomes, self._sender
        try:
            if (plan := self._entrypoint_plan(calls)) is not None:
                while (chunk := plan.next_chunk()) is not None:
                    plan.settle(chunk, sender.post(ENTRYPOINT_URL, plan.body(chunk), retry_safe=plan.retry_safe(chunk)))
                calls = plan.fallback
            run_concurrently(sender, calls, self.options.concurrency, outcomes)
        finally:
            self._finish(outcomes)
        return self.results()


def run_concurrently(
    caller: SyncCaller, calls: Sequence[Call], concurrency: int, sink: MutableMapping[int, Outcome[Any]]
) -> None:
    """Each call over the pooled client, at most `concurrency` at once; every outcome lands in `sink`."""

    def run(call: Call) -> None:
        index, prepared = call
        sink[index] = outcome_of(index, prepared, lambda: caller.call(prepared))

    if concurrency == 1 or len(calls) <= 1:
        for call in calls:
            run(call)
        return
    pool = ThreadPoolExecutor(max_workers=min(concurrency, len(calls)), thread_name_prefix="keitaro-batch")
    try:
        wait([pool.submit(run, call) for call in calls])
    finally:
        # On an interrupt, calls not yet started are dropped; those in flight finish.
        pool.shutdown(wait=True, cancel_futures=True)

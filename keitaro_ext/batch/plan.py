"""Entrypoint mode without I/O: which calls go in which chunk, and what each answer allows next.

Rules (the point of this module: no call that is unsafe to repeat is ever sent twice):
- Chunks of at most `chunk_size` calls are sent one after another. Until the tracker has answered
  one with per-item results, the first chunk holds only calls safe to repeat when the batch has any,
  so probing an unknown tracker cannot leave a create in doubt (a batch mixing both kinds may then
  take one request more than ceil(calls / chunk_size)).
- Per-item results: each call's result is interpreted exactly like its own answer outside a batch.
- Refused before running (the whole request rejected with a 4xx or a 501, or the connection could not
  even be opened): the chunk's calls and all later ones go out as concurrent requests.
- Anything else (5xx, a redirect, an HTML page, JSON that is not a per-item array, a lost answer): the
  tracker may have run some commands. Calls safe to repeat go out as concurrent requests; the others
  get `OutcomeUnknownError` and are never sent again. Later chunks go out as concurrent requests.
- An answer showing the entrypoint is not offered (a 4xx other than 408/413/429, 501, or any answer
  below 500 that is not per-item results) is remembered: later batches of the client skip the
  entrypoint. 5xx and network failures are taken as passing and are not remembered.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from functools import partial
from typing import Any

import httpx
from keitaro_admin_client.facade import PreparedCall

from .._responses import ResponseContext, interpret
from .base import Call
from .errors import OutcomeUnknownError
from .memo import EntrypointMemo
from .outcome import Outcome
from .wire import ChunkAnswer, ItemResult, Verdict, chunk_answer, command, expressible, item_response

__all__ = ["EntrypointPlan", "outcome_of"]


def outcome_of(index: int, prepared: PreparedCall, run: Callable[[], Any]) -> Outcome[Any]:
    """Run `run()` and keep its value or its error: one call's failure never escapes into the others."""
    try:
        return Outcome(index, prepared.operation, value=run())
    except Exception as exc:  # every failure belongs to its own call
        return Outcome(index, prepared.operation, error=exc)


async def aoutcome_of(index: int, prepared: PreparedCall, run: Callable[[], Awaitable[Any]]) -> Outcome[Any]:
    """The async twin of `outcome_of`."""
    try:
        return Outcome(index, prepared.operation, value=await run())
    except Exception as exc:  # every failure belongs to its own call
        return Outcome(index, prepared.operation, error=exc)


class EntrypointPlan:
    """Drive with: `while (chunk := plan.next_chunk()) is not None: plan.settle(chunk, send(plan.body(chunk)))`,
    then send `plan.fallback` concurrently."""

    def __init__(
        self,
        calls: Sequence[Call],
        chunk_size: int,
        memo: EntrypointMemo,
        context: ResponseContext,
        sink: MutableMapping[int, Outcome[Any]],
    ) -> None:
        self._memo = memo
        self._context = context
        self._sink = sink
        self.fallback: list[Call] = [call for call in calls if not expressible(call[1])]
        ordered = [call for call in calls if expressible(call[1])]
        if memo.supported is False:
            self._chunks: list[list[Call]] = []
            self.fallback += ordered
            return
        probe: list[Call] = []
        if memo.supported is None:
            probe = [call for call in ordered if call[1].operation.retry_safe][:chunk_size]
            taken = {index for index, _ in probe}
            ordered = [call for call in ordered if call[0] not in taken]
        self._chunks = [ordered[start : start + chunk_size] for start in range(0, len(ordered), chunk_size)]
        if probe:
            self._chunks.insert(0, probe)
        self._chunks.reverse()  # popped from the end

    def next_chunk(self) -> list[Call] | None:
        return self._chunks.pop() if self._chunks else None

    @staticmethod
    def body(chunk: Sequence[Call]) -> list[dict[str, Any]]:
        return [command(prepared) for _, prepared in chunk]

    @staticmethod
    def retry_safe(chunk: Sequence[Call]) -> bool:
        """Whether the chunk request itself may be repeated by the transport: only if every call may."""
        return all(prepared.operation.retry_safe for _, prepared in chunk)

    def settle(self, chunk: Sequence[Call], answer: httpx.Response | Exception) -> None:
        verdict = chunk_answer(answer, len(chunk))
        if verdict.verdict is Verdict.RESULTS:
            self._memo.confirm()
            for (index, prepared), item in zip(chunk, verdict.items, strict=True):
                self._sink[index] = outcome_of(index, prepared, partial(self._interpret, prepared, item))
            return
        self._give_up(chunk, verdict)

    def _interpret(self, prepared: PreparedCall, item: ItemResult) -> Any:
        return interpret(prepared, item_response(prepared, item, self._context.base_url), self._context)

    def _give_up(self, chunk: Sequence[Call], answer: ChunkAnswer) -> None:
        self._memo.fall_back(self._context.base_url, answer.reason, lasting=answer.lasting)
        for index, prepared in chunk:
            if answer.verdict is Verdict.REFUSED or prepared.operation.retry_safe:
                self.fallback.append((index, prepared))
            else:
                self._sink[index] = Outcome(index, prepared.operation, error=self._unknown(prepared, answer.reason))
        while self._chunks:
            self.fallback += self._chunks.pop()
        self.fallback.sort(key=lambda call: call[0])

    def _unknown(self, prepared: PreparedCall, reason: str) -> OutcomeUnknownError:
        operation = prepared.operation
        path = httpx.URL(self._context.base_url).path + str(prepared.request["url"])
        message = (
            f"{operation.method} {path} ({operation.operation_id}) may or may not have been applied: it was sent "
            f"in a ?batch request that {reason} instead of per-item results. It is not safe to repeat, so it was "
            "not sent again; check the tracker before sending it once more."
        )
        return OutcomeUnknownError(
            self._context.redact(message),
            method=operation.method,
            path=operation.path,
            operation_id=operation.operation_id,
        )

"""What sync and async batches share: recording calls, their life cycle, and reading the outcomes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

from keitaro_admin_client.facade import BatchNamespaces, PreparedCall

from .errors import BatchError, BatchNotRunError, BatchStateError, OutcomeUnknownError
from .options import BatchOptions
from .outcome import Handle, Outcome

if TYPE_CHECKING:
    from .plan import EntrypointPlan

__all__ = ["BatchBase", "Call"]

Call = tuple[int, PreparedCall]
State = Literal["recording", "running", "done", "abandoned"]


class _Recorder:
    """The `BatchCaller` the generated batch namespaces talk to: keeps each call and hands back its handle."""

    __slots__ = ("_batch",)

    def __init__(self, batch: BatchBase) -> None:
        self._batch = batch

    def call(self, prepared: PreparedCall) -> Handle[Any]:
        return self._batch.record(prepared)


class BatchBase(BatchNamespaces):
    """Records calls made on `batch.<tag>.<method>(...)`; subclasses send them through the client's caller."""

    def __init__(self, sender: Any, options: BatchOptions) -> None:
        self.options = options
        self._sender = sender  # the client's HTTPCaller (or its async twin): `call`, `post`, `context`, `pool`
        self._calls: list[PreparedCall] = []
        self._handles: list[Handle[Any]] = []
        self._state: State = "recording"
        self._caller = _Recorder(self)

    def __len__(self) -> int:
        return len(self._calls)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} mode={self.options.mode!r} calls={len(self._calls)} {self._state}>"

    def results(self) -> list[Outcome[Any]]:
        """Every call's outcome, in the order the calls were recorded."""
        if self._state in ("recording", "running"):
            raise BatchNotRunError("The batch has not run yet: outcomes exist once its `with` block has ended.")
        return [handle.outcome() for handle in self._handles]

    def raise_for_errors(self) -> None:
        """Raise `BatchError` (keyed by position) if any call failed; do nothing when all succeeded."""
        outcomes = self.results()
        if any(not outcome.ok for outcome in outcomes):
            raise BatchError(outcomes)

    def record(self, prepared: PreparedCall) -> Handle[Any]:
        """Keep one call until the batch runs; its handle settles then (used by the batch namespaces' caller)."""
        if self._state != "recording":
            raise BatchStateError(
                f"This batch has {'already run' if self._state != 'abandoned' else 'been abandoned'}; "
                "calls made on it now would never be sent. Start a new one with kt.batch()."
            )
        handle: Handle[Any] = Handle(len(self._calls), prepared.operation)
        self._calls.append(prepared)
        self._handles.append(handle)
        return handle

    def _check_recording(self) -> None:
        if self._state != "recording":
            raise BatchStateError("A batch runs once; start a new one with kt.batch().")

    def _begin(self) -> list[Call]:
        self._check_recording()
        self._state = "running"
        self._outcomes: dict[int, Outcome[Any]] = {}  # filled while sending; `_finish` settles the handles from it
        return list(enumerate(self._calls))

    def _entrypoint_plan(self, calls: list[Call]) -> EntrypointPlan | None:
        """The plan of an entrypoint batch with calls to send (None: everything goes concurrently)."""
        if self.options.mode != "entrypoint" or not calls:
            return None
        from .memo import memo_for
        from .plan import EntrypointPlan  # plan reads `Call` from this module

        sender: Any = self._sender
        return EntrypointPlan(calls, self.options.chunk_size, memo_for(sender.pool), sender.context, self._outcomes)

    def _finish(self, outcomes: Mapping[int, Outcome[Any]]) -> None:
        """Settle every handle; a call left without an outcome was interrupted mid-flight."""
        for handle in self._handles:
            outcome = outcomes.get(handle.index)
            if outcome is None:
                operation = handle.operation
                error = OutcomeUnknownError(
                    f"{operation.method} {operation.path} ({operation.operation_id}) was interrupted before its "
                    "answer arrived; it may or may not have been applied. Check the tracker before sending it again.",
                    method=operation.method,
                    path=operation.path,
                    operation_id=operation.operation_id,
                )
                outcome = Outcome(handle.index, operation, error=error)
            handle.settle(outcome)
        self._state = "done"

    def _abandon(self, exc: BaseException | None) -> None:
        """Nothing is sent: every handle says why."""
        self._state = "abandoned"
        cause = type(exc).__name__ if exc is not None else "an exception"
        for handle in self._handles:
            operation = handle.operation
            error = BatchNotRunError(
                f"{operation.method} {operation.path} ({operation.operation_id}) was not sent: the batch's `with` "
                f"block raised {cause}, so none of its calls were sent."
            )
            handle.settle(Outcome(handle.index, operation, error=error))

"""Errors that only batches raise: misuse, a call whose fate is unknown, and partial failure of a bulk helper."""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ..errors import APIConnectionError, KeitaroError

if TYPE_CHECKING:
    from .outcome import Outcome

__all__ = ["BatchError", "BatchNotRunError", "BatchStateError", "OutcomeUnknownError"]

SHOWN_FAILURES = 3


class BatchStateError(KeitaroError, RuntimeError):
    """The batch cannot do this now: recording after it ran, running it twice."""


class BatchNotRunError(BatchStateError):
    """A result was asked for a call that has not been sent (the batch has not run, or was abandoned)."""


class OutcomeUnknownError(APIConnectionError):
    """A call that is not safe to repeat was sent, but no answer says whether the tracker applied it.

    It was not sent again, so nothing is duplicated; check the tracker before sending it once more.
    """


class BatchError(KeitaroError):
    """Some calls of a bulk operation failed. Nothing is lost: the others' results are here too.

    `errors` maps each failed key (an id for the bulk helpers, a position for `Batch.raise_for_errors`)
    to its typed error; `results` maps each successful key to its value; `outcomes` lists every call in
    order.
    """

    def __init__(self, outcomes: Sequence[Outcome[Any]], keys: Sequence[Hashable] | None = None) -> None:
        keyed = list(zip(keys if keys is not None else range(len(outcomes)), outcomes, strict=True))
        self.outcomes: list[Outcome[Any]] = list(outcomes)
        self.errors: dict[Hashable, Exception] = {k: o.error for k, o in keyed if o.error is not None}
        self.results: dict[Hashable, Any] = {k: o.value for k, o in keyed if o.error is None}
        super().__init__(_summary(len(outcomes), self.errors))


def _summary(total: int, errors: Mapping[Hashable, Exception]) -> str:
    shown = "; ".join(f"{key}: {type(exc).__name__}: {exc}" for key, exc in list(errors.items())[:SHOWN_FAILURES])
    more = f"; and {len(errors) - SHOWN_FAILURES} more" if len(errors) > SHOWN_FAILURES else ""
    return (
        f"{len(errors)} of {total} calls failed ({shown}{more}). "
        "BatchError.errors has each failure, BatchError.results the calls that succeeded."
    )

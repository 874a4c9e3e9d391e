"""What a recorded call turned into (`Outcome`), and the handle that waits for it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar, cast

from keitaro_admin_client.facade import Operation

from .errors import BatchNotRunError

__all__ = ["Handle", "Outcome"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Outcome(Generic[T]):
    """One call's value, or the error it raised; `index` is its position in the batch."""

    index: int
    operation: Operation
    value: T | None = None
    error: Exception | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def result(self) -> T:
        """The value, or raise the call's own typed error."""
        if self.error is not None:
            raise self.error
        return cast(T, self.value)


class Handle(Generic[T]):
    """The future result of one recorded call; readable once the batch has run."""

    __slots__ = ("_outcome", "index", "operation")

    def __init__(self, index: int, operation: Operation) -> None:
        self.index = index
        self.operation = operation
        self._outcome: Outcome[T] | None = None

    def done(self) -> bool:
        return self._outcome is not None

    def outcome(self) -> Outcome[T]:
        if self._outcome is None:
            raise BatchNotRunError(
                f"{self.operation.method} {self.operation.path} ({self.operation.operation_id}) has not run yet: "
                "a batch sends its calls when its `with` block ends (or on batch.execute())."
            )
        return self._outcome

    def result(self) -> T:
        """The call's model, or raise its own typed error (the same as outside a batch)."""
        return self.outcome().result()

    def exception(self) -> Exception | None:
        """The call's error, or None when it succeeded."""
        return self.outcome().error

    def settle(self, outcome: Outcome[T]) -> None:
        """Give the handle its outcome: done once, by the batch that made it."""
        self._outcome = outcome

    def __repr__(self) -> str:
        state = "pending" if self._outcome is None else ("ok" if self._outcome.ok else "failed")
        return f"<Handle #{self.index} {self.operation.operation_id} {state}>"

"""One plan, two drivers: the sync and the verify logic are written once, as generators.

A plan yields what it needs done, `Fetch(call)` or `Sleep(seconds)`, and receives the parsed
answer (or has the call's error thrown into it). `drive` runs a plan with a sync caller and
`time.sleep`; `adrive` with an async caller and `asyncio.sleep`. Nothing else differs between
`kt.sync(...)` and `await akt.sync(...)`.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Generator
from dataclasses import dataclass
from typing import Any, TypeAlias, TypeVar

from keitaro_admin_client.facade import AsyncCaller, PreparedCall, SyncCaller

__all__ = ["Fetch", "Plan", "Sleep", "adrive", "drive"]

T = TypeVar("T")


@dataclass(frozen=True)
class Fetch:
    """Send this prepared call; the plan receives its parsed answer."""

    call: PreparedCall


@dataclass(frozen=True)
class Sleep:
    """Wait before the next attempt (a day being fetched again)."""

    seconds: float


Step: TypeAlias = Fetch | Sleep
Plan: TypeAlias = Generator[Step, Any, T]


@dataclass(frozen=True)
class _Done:
    value: Any


def _advance(plan: Plan[Any], answer: Any, error: BaseException | None) -> Step | _Done:
    """The plan's next step, given the last step's answer or error; `_Done` with its result at the end."""
    try:
        return plan.throw(error) if error is not None else plan.send(answer)
    except StopIteration as stop:
        return _Done(stop.value)


def drive(plan: Plan[T], caller: SyncCaller) -> T:
    """Run a plan to its end with a sync caller."""
    answer: Any = None
    error: BaseException | None = None
    while not isinstance(step := _advance(plan, answer, error), _Done):
        answer, error = None, None
        try:
            if isinstance(step, Sleep):
                time.sleep(step.seconds)
            else:
                answer = caller.call(step.call)
        except Exception as exc:
            error = exc
    return step.value  # type: ignore[no-any-return]


async def adrive(plan: Plan[T], caller: AsyncCaller) -> T:
    """Run a plan to its end with an async caller."""
    answer: Any = None
    error: BaseException | None = None
    while not isinstance(step := _advance(plan, answer, error), _Done):
        answer, error = None, None
        try:
            answer = await (asyncio.sleep(step.seconds) if isinstance(step, Sleep) else caller.call(step.call))
        except Exception as exc:
            error = exc
    return step.value  # type: ignore[no-any-return]

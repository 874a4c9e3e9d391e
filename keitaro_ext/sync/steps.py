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


def drive(plan: Plan[T], caller: SyncCaller) -> T:
    """Run a plan to its end with a sync caller."""
    answer: Any = None
    error: BaseException | None = None
    while True:
        try:
            step = plan.throw(error) if error is not None else plan.send(answer)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        answer, error = None, None
        try:
            if isinstance(step, Sleep):
                time.sleep(step.seconds)
            else:
                answer = caller.call(step.call)
        except Exception as exc:
            error = exc


async def adrive(plan: Plan[T], caller: AsyncCaller) -> T:
    """Run a plan to its end with an async caller."""
    answer: Any = None
    error: BaseException | None = None
    while True:
        try:
            step = plan.throw(error) if error is not None else plan.send(answer)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        answer, error = None, None
        try:
            if isinstance(step, Sleep):
                await asyncio.sleep(step.seconds)
            else:
                answer = await caller.call(step.call)
        except Exception as exc:
            error = exc

"""Clients against the fake for the reliability suite: in-process or over loopback, sync or async,
with retry sleeps recorded instead of slept, and a summary the terminal prints at the end."""

from __future__ import annotations

import asyncio
import inspect
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

import pytest

from keitaro_ext import AsyncKeitaro, Keitaro
from keitaro_ext.testing import FakeTracker

API_KEY = "rel-SECRET-3c9d1e7f5a2b8064"
T = TypeVar("T")
SUMMARIES: list[str] = []


def summarize(line: str) -> None:
    """A line for the end of the pytest run (the retry counts and waits the issue asks to see)."""
    SUMMARIES.append(line)


@dataclass
class Sleeps:
    """What the retry transport asked to sleep, in order; nothing is actually slept."""

    delays: list[float] = field(default_factory=list)

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Patch the sleeps for this thread only: a served fake's own thread keeps the real ones."""
        owner = threading.get_ident()
        real_sleep, real_asleep = time.sleep, asyncio.sleep

        def sleep(delay: float) -> None:
            if threading.get_ident() != owner:
                return real_sleep(delay)
            self.delays.append(delay)
            return None

        async def asleep(delay: float, result: Any = None) -> Any:
            if threading.get_ident() != owner:
                return await real_asleep(delay, result)
            self.delays.append(delay)
            return result

        monkeypatch.setattr("keitaro_ext.retry.time.sleep", sleep)
        monkeypatch.setattr("asyncio.sleep", asleep)


class Witness(Protocol):
    """Where texts go to be searched for the key (the `leaks` fixture)."""

    def error(self, exc: BaseException) -> None: ...

    def obj(self, value: Any) -> None: ...


@dataclass
class Target:
    """One way to reach the fake: `mode` sync/async, `where` in-process/loopback.

    Every client it makes and every outcome of `run` goes to `witness`, to be searched for the key.
    """

    fake: FakeTracker
    mode: str
    where: str
    witness: Witness

    def client(self, **options: Any) -> Keitaro | AsyncKeitaro:
        if self.where == "loopback":
            url = self.fake.url
            transport: Any = None
        else:
            url = self.fake.api_url_in_process
            transport = self.fake.transport()
        cls = Keitaro if self.mode == "sync" else AsyncKeitaro
        client = cls(url, API_KEY, transport=transport, **options)
        self.witness.obj(client)
        return client

    def run(self, kt: Keitaro | AsyncKeitaro, calls: list[Callable[[Any], Any]]) -> list[Any]:
        """Run `call(kt)` for each call in order; an outcome is the value or the KeitaroError raised."""
        if isinstance(kt, Keitaro):
            with kt:
                outcomes = [_outcome(call, kt) for call in calls]
        else:
            outcomes = asyncio.run(_arun(kt, calls))
        for outcome in outcomes:
            if isinstance(outcome, BaseException):
                self.witness.error(outcome)
            else:
                self.witness.obj(outcome)
        return outcomes

    @property
    def label(self) -> str:
        return f"{self.mode}/{self.where}"


def _outcome(call: Callable[[Keitaro], T], kt: Keitaro) -> T | Exception:
    from keitaro_ext import KeitaroError

    try:
        return call(kt)
    except KeitaroError as exc:
        return exc


async def _arun(kt: AsyncKeitaro, calls: list[Callable[[Any], Any]]) -> list[Any]:
    from keitaro_ext import KeitaroError

    outcomes: list[Any] = []
    async with kt:
        for call in calls:
            try:
                value = call(kt)
                outcomes.append(await value if inspect.isawaitable(value) else value)
            except KeitaroError as exc:
                outcomes.append(exc)
    return outcomes

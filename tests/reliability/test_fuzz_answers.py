"""Whatever the tracker answers, every operation raises only `KeitaroError` subclasses (never
KeyError, TypeError, ValueError, AttributeError...) and never shows the API key."""

from __future__ import annotations

import asyncio
import functools
import inspect
import traceback
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, seed, settings
from keitaro_admin_client.facade import OPERATIONS

from keitaro_ext import AsyncKeitaro, Keitaro, KeitaroError
from tests.core.test_facade import arguments

from .answers import answers
from .scale import FULL, count
from .support import API_KEY

Answer = tuple[int, dict[str, str], bytes]
SETTINGS = settings(
    max_examples=count(150, 8),
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


class Scripted:
    """A transport answering every request with the answer under test."""

    def __init__(self) -> None:
        self.answer: Answer = (200, {}, b"{}")

    def __call__(self, request: httpx.Request) -> httpx.Response:
        status, headers, body = self.answer
        return httpx.Response(status, headers=headers, content=body)


def _clients(scripted: Scripted, mode: str) -> Keitaro | AsyncKeitaro:
    transport = httpx.MockTransport(scripted)
    cls = Keitaro if mode == "sync" else AsyncKeitaro
    return cls("https://tracker.example.com", API_KEY, transport=transport, max_retries=0)


def _check_error(exc: KeitaroError) -> None:
    for text in (str(exc), repr(exc), "".join(traceback.format_exception(exc)), repr(vars(exc))):
        assert API_KEY not in text, text[:300]


def _drive(call: Callable[[], Any], loop: asyncio.AbstractEventLoop) -> None:
    async def consume(value: Any) -> Any:
        if inspect.isawaitable(value):
            value = await value
        if hasattr(value, "__aiter__"):
            return [item async for item in value]
        return value

    try:
        value = call()
        if inspect.isawaitable(value) or hasattr(value, "__aiter__"):
            value = loop.run_until_complete(consume(value))
        elif inspect.isgenerator(value) or type(value).__name__.endswith("iterator"):
            value = list(value)
        repr(value)
    except KeitaroError as exc:
        _check_error(exc)


def _fuzz(label: str, scripted: Scripted, call: Callable[[], Any]) -> None:
    """Run `call` against many answers; in `make test` with a fixed seed per label (reproducible)."""
    loop = asyncio.new_event_loop()
    try:

        @SETTINGS
        @given(answer=answers())
        def check(answer: Answer) -> None:
            scripted.answer = answer
            _drive(call, loop)

        (check if FULL else seed(zlib.crc32(label.encode()))(check))()
    finally:
        loop.close()


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("op_id", sorted(OPERATIONS))
def test_every_operation_raises_only_keitaro_errors(op_id: str, mode: str) -> None:
    operation = OPERATIONS[op_id]
    scripted = Scripted()
    kt = _clients(scripted, mode)
    method = getattr(getattr(kt, operation.tag), operation.name)
    args, kwargs = arguments(method)
    _fuzz(op_id, scripted, functools.partial(method, *args, **kwargs))


HANDWRITTEN: dict[str, Callable[[Any, Path], Any]] = {
    "reports.build": lambda kt, _: kt.reports.build("today", group_by=["campaign"], metrics=["clicks"], summary=True),
    "reports.iter_rows": lambda kt, _: kt.reports.iter_rows("today", group_by=["country"], metrics=["clicks"]),
    "clicks.iter_log": lambda kt, _: kt.clicks.iter_log("today", page_size=3),
    "conversions.iter_log": lambda kt, _: kt.conversions.iter_log("yesterday", typed=True),
    "clicks.export": lambda kt, folder: kt.clicks.export(folder / "clicks.csv", "today"),
    "campaigns.iter": lambda kt, _: kt.campaigns.iter(page_size=2),
    "campaigns.get_many": lambda kt, _: kt.campaigns.get_many([1, 2]),
}


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("name", sorted(HANDWRITTEN))
def test_handwritten_methods_raise_only_keitaro_errors(name: str, mode: str, tmp_path: Path) -> None:
    scripted = Scripted()
    kt = _clients(scripted, mode)
    _fuzz(name, scripted, functools.partial(HANDWRITTEN[name], kt, tmp_path))

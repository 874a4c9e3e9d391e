"""Fixtures: a small fake and httpx clients whose every answer is checked against the spec."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from keitaro_ext.testing import FakeTracker

from .support import API_KEY, SpecChecker

SMALL = 3000


@pytest.fixture
def fake() -> FakeTracker:
    return FakeTracker(api_key=API_KEY, seed=11, clicks=SMALL)


@pytest.fixture
def checker() -> SpecChecker:
    return SpecChecker()


@pytest.fixture
def client(fake: FakeTracker, checker: SpecChecker) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=fake.api_url,
        transport=fake.transport(),
        headers={"Api-Key": API_KEY},
        event_hooks={"response": [checker]},
    ) as http:
        yield http


@pytest.fixture
async def aclient(fake: FakeTracker, checker: SpecChecker) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(
        base_url=fake.api_url,
        transport=fake.transport(),
        headers={"Api-Key": API_KEY},
        event_hooks={"response": [checker.acheck]},
    ) as http:
        yield http

"""Paging: lazy, bounded, and safe against trackers that ignore limit or offset."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from keitaro_ext.pagination import Page, aiter_pages, iter_pages
from tests.answers import campaign
from tests.core.conftest import Harness, Script

DATA = list(range(1, 26))  # 25 items


def honest(total: bool = True) -> tuple[list[tuple[int, int]], Callable[[int, int], Page[int]]]:
    calls: list[tuple[int, int]] = []

    def fetch(offset: int, limit: int) -> Page[int]:
        calls.append((offset, limit))
        return Page(DATA[offset : offset + limit], len(DATA) if total else None)

    return calls, fetch


@pytest.mark.parametrize("with_total", [True, False])
def test_pages_until_the_end_and_no_further(with_total: bool) -> None:
    calls, fetch = honest(with_total)
    assert list(iter_pages(fetch, page_size=10)) == DATA
    expected = [(0, 10), (10, 10), (20, 10)]
    assert calls == expected


def test_exact_multiple_of_page_size_stops_at_total_without_an_empty_request() -> None:
    calls: list[int] = []

    def fetch(offset: int, limit: int) -> Page[int]:
        calls.append(offset)
        return Page(list(range(offset, min(offset + limit, 20))), 20)

    assert len(list(iter_pages(fetch, page_size=10))) == 20
    assert calls == [0, 10]


def test_fetches_lazily() -> None:
    calls, fetch = honest()
    iterator = iter_pages(fetch, page_size=10)
    assert calls == []
    assert next(iterator) == 1
    assert calls == [(0, 10)]


def test_tracker_ignoring_limit_sends_everything_once() -> None:
    calls: list[int] = []

    def fetch(offset: int, limit: int) -> Page[int]:
        calls.append(offset)
        return Page(DATA)  # ignores both offset and limit

    assert list(iter_pages(fetch, page_size=10)) == DATA
    assert calls == [0]


def test_tracker_ignoring_offset_stops_without_duplicates(caplog: pytest.LogCaptureFixture) -> None:
    calls: list[int] = []

    def fetch(offset: int, limit: int) -> Page[int]:
        calls.append(offset)
        return Page(DATA[:limit])  # honours limit, ignores offset, reports no total

    with caplog.at_level(logging.WARNING, logger="keitaro_ext"):
        assert list(iter_pages(fetch, page_size=10)) == DATA[:10]
    assert calls == [0, 10]
    assert "ignores offset" in caplog.text


def test_identical_rows_with_a_total_are_not_mistaken_for_a_repeat() -> None:
    def fetch(offset: int, limit: int) -> Page[str]:
        return Page(["US"] * min(limit, 30 - offset), 30)

    assert list(iter_pages(fetch, page_size=10)) == ["US"] * 30


def test_max_items_and_start_offset() -> None:
    calls, fetch = honest()
    assert list(iter_pages(fetch, page_size=10, offset=5, max_items=12)) == DATA[5:17]
    assert calls == [(5, 10), (15, 10)]


@pytest.mark.parametrize(("page_size", "offset"), [(0, 0), (10, -1)])
def test_bad_paging_arguments(page_size: int, offset: int) -> None:
    with pytest.raises(ValueError, match="must be"):
        list(iter_pages(lambda o, n: Page([]), page_size=page_size, offset=offset))


def test_async_twin_yields_the_same() -> None:
    async def fetch(offset: int, limit: int) -> Page[int]:
        return Page(DATA[offset : offset + limit], len(DATA))

    async def collect() -> list[int]:
        return [item async for item in aiter_pages(fetch, page_size=7)]

    assert asyncio.run(collect()) == DATA


@pytest.mark.parametrize("paging_supported", [True, False])
def test_campaigns_iter_against_a_tracker_with_and_without_paging(harness: Harness, paging_supported: bool) -> None:
    campaigns = [campaign(i, f"c{i}") for i in range(1, 1235)]

    def handler(request: httpx.Request) -> httpx.Response:
        if not paging_supported:
            return httpx.Response(200, json=campaigns)
        offset = int(request.url.params.get("offset", 0))
        limit = int(request.url.params.get("limit", 10**9))
        return httpx.Response(200, json=campaigns[offset : offset + limit])

    script = Script([handler])
    kt = harness.client(script)
    iterator: Any = kt.campaigns.iter(page_size=500)
    if harness.mode == "sync":
        ids = [c.id for c in iterator]
    else:

        async def collect() -> list[Any]:
            return [c.id async for c in iterator]

        ids = harness.run(collect())
    assert ids == list(range(1, 1235))
    assert len(script.requests) == (3 if paging_supported else 1)
    assert script.requests[0].url.params["limit"] == "500"

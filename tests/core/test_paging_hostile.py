"""Paging against trackers that repeat pages or lie about totals: bounded, and never silently short (issue 14)."""

from __future__ import annotations

import asyncio
import json
import logging
from pathlib import Path

import httpx
import pytest

from keitaro_ext import Keitaro, pagination
from keitaro_ext.pagination import Page, PagingError, aiter_pages, iter_pages


def _ignores_offset(total: int | None, calls: list[int]):  # type: ignore[no-untyped-def]
    def fetch(offset: int, limit: int) -> Page[dict[str, int]]:
        calls.append(offset)
        return Page([{"id": i} for i in range(limit)], total)  # always the first page

    return fetch


@pytest.mark.parametrize("total", [1000, 10**9])
def test_a_tracker_repeating_pages_under_a_total_raises_after_the_rows_so_far(total: int) -> None:
    calls: list[int] = []
    received: list[dict[str, int]] = []
    with pytest.raises(PagingError, match="ignores offset") as caught:
        received.extend(iter_pages(_ignores_offset(total, calls), page_size=100))
    assert received == [{"id": i} for i in range(100)]  # the rows so far, once each
    assert calls == [0, 100]
    assert (caught.value.rows, caught.value.total) == (100, total)


def test_a_repeat_of_an_older_page_is_caught_too() -> None:
    pages = {0: [1, 2], 2: [3, 4], 4: [1, 2]}  # the third answer repeats the first

    def fetch(offset: int, limit: int) -> Page[int]:
        return Page(pages[offset], 100)

    with pytest.raises(PagingError):
        list(iter_pages(fetch, page_size=2))


def test_without_a_total_a_repeat_stops_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    calls: list[int] = []
    with caplog.at_level(logging.WARNING, logger="keitaro_ext"):
        rows = list(iter_pages(_ignores_offset(None, calls), page_size=50))
    assert len(rows) == 50 and calls == [0, 50]
    assert "ignores offset" in caplog.text


def test_a_total_that_keeps_growing_is_capped_by_the_first_total() -> None:
    calls: list[int] = []

    def fetch(offset: int, limit: int) -> Page[int]:
        calls.append(offset)
        return Page(list(range(offset, offset + limit)), offset + 2 * limit)  # "there is always more"

    with pytest.raises(PagingError, match="keeps sending full pages"):
        list(iter_pages(fetch, page_size=10))
    assert len(calls) == 2 + pagination.SLACK_PAGES  # first total 20: 2 pages, plus the slack


def test_endless_fresh_pages_without_a_total_are_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pagination, "MAX_PAGES_WITHOUT_TOTAL", 25)
    calls: list[int] = []

    def fetch(offset: int, limit: int) -> Page[int]:
        calls.append(offset)
        return Page(list(range(offset, offset + limit)))

    with pytest.raises(PagingError):
        list(iter_pages(fetch, page_size=3))
    assert len(calls) == 25


def test_the_async_twin_detects_repeats_too() -> None:
    async def fetch(offset: int, limit: int) -> Page[int]:
        return Page(list(range(limit)), 500)

    async def drain() -> list[int]:
        return [row async for row in aiter_pages(fetch, page_size=10)]

    with pytest.raises(PagingError):
        asyncio.run(drain())


def test_an_export_from_a_tracker_ignoring_offset_fails_and_leaves_no_file(tmp_path: Path) -> None:
    sent: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content)["offset"])
        rows = [{"datetime": "2026-01-01 00:00:00", "sub_id": f"s{i}"} for i in range(100)]
        return httpx.Response(200, json={"rows": rows, "total": 1000})

    kt = Keitaro("https://t.example.com", "kt-PAGING-KEY-0123456789", transport=httpx.MockTransport(handler))
    with pytest.raises(PagingError, match="only 100 of its 1000 rows"):
        kt.clicks.export(tmp_path / "clicks.csv", columns=["datetime", "sub_id"], page_size=100)
    assert sent == [0, 100]
    assert list(tmp_path.iterdir()) == []


def test_pages_of_few_distinct_values_that_differ_are_not_taken_for_repeats() -> None:
    def fetch(offset: int, limit: int) -> Page[dict[str, str]]:
        page = offset // limit
        rows = [{"country": "US"} for _ in range(limit)]
        rows[page] = {"country": "DE"}  # every page has its DE at another place, samples alike
        return Page(rows, 40 * limit)

    assert len(list(iter_pages(fetch, page_size=100))) == 4000


def test_a_repeated_page_of_few_distinct_values_is_still_caught() -> None:
    def fetch(offset: int, limit: int) -> Page[dict[str, str]]:
        rows = [{"country": "US"} for _ in range(limit)]
        rows[37] = {"country": "DE"}
        return Page(rows, 10 * limit)  # the same page whatever the offset

    with pytest.raises(PagingError):
        list(iter_pages(fetch, page_size=100))

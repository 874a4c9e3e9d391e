"""Lazy paging with limit/offset that survives trackers which ignore either parameter.

A page is fetched only when the previous one is used up, so memory stays at one page. Paging stops
at `total`, at a short or empty page, when the tracker returned more rows than asked (it ignored
`limit`: that page was everything), or, for endpoints that report no total, when a page repeats the
previous one (it ignored `offset`). With a total, rows may legitimately repeat (a log of one column),
so the total bounds the loop instead.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

__all__ = ["Page", "aiter_pages", "iter_pages"]

T = TypeVar("T")
logger = logging.getLogger("keitaro_ext")


@dataclass(frozen=True)
class Page(Generic[T]):
    """One answer: its rows and, when the endpoint reports it, the number of rows in all pages."""

    rows: Sequence[T]
    total: int | None = None


class _Pager:
    """Decides, page after page, what to yield and whether to ask for more."""

    def __init__(self, page_size: int, start: int, max_items: int | None) -> None:
        if page_size < 1:
            raise ValueError(f"page_size must be at least 1, got {page_size}")
        if start < 0:
            raise ValueError(f"offset must be >= 0, got {start}")
        self.page_size = page_size
        self.offset = start
        self.remaining = max_items
        self.previous: tuple[str, str] | None = None
        self.first = True

    def take(self, page: Page[T]) -> tuple[Sequence[T], bool]:
        """Rows to yield from this page, and whether another page should be fetched."""
        rows = page.rows
        fingerprint = (repr(rows[0]), repr(rows[-1])) if rows and page.total is None else None
        if fingerprint is not None and fingerprint == self.previous:
            logger.warning("the tracker returned the same page again (it ignores offset); paging stopped")
            return [], False
        more = len(rows) == self.page_size
        if len(rows) > self.page_size:
            if not self.first:
                logger.warning("the tracker ignored limit on a later page; paging stopped to avoid duplicates")
                return [], False
            more = False  # the tracker ignored limit and sent everything at once
        self.first = False
        self.previous = fingerprint
        self.offset += len(rows)
        if page.total is not None and self.offset >= page.total:
            more = False
        if self.remaining is not None:
            rows = rows[: self.remaining]
            self.remaining -= len(rows)
            more = more and self.remaining > 0
        return rows, more


def iter_pages(
    fetch: Callable[[int, int], Page[T]],
    *,
    page_size: int = 1000,
    offset: int = 0,
    max_items: int | None = None,
    on_page: Callable[[Page[T]], None] | None = None,
) -> Iterator[T]:
    """Yield items of `fetch(offset, limit)` pages lazily; see the module docstring for when it stops.

    `on_page` sees each page as it arrives (exports use it for progress and totals).
    """
    pager = _Pager(page_size, offset, max_items)
    more = True
    while more:
        page = fetch(pager.offset, page_size)
        if on_page is not None:
            on_page(page)
        rows, more = pager.take(page)
        yield from rows


async def aiter_pages(
    fetch: Callable[[int, int], Awaitable[Page[T]]],
    *,
    page_size: int = 1000,
    offset: int = 0,
    max_items: int | None = None,
    on_page: Callable[[Page[T]], None] | None = None,
) -> AsyncIterator[T]:
    """The async twin of `iter_pages`."""
    pager = _Pager(page_size, offset, max_items)
    more = True
    while more:
        page = await fetch(pager.offset, page_size)
        if on_page is not None:
            on_page(page)
        rows, more = pager.take(page)
        for row in rows:
            yield row

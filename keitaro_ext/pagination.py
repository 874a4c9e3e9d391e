"""Lazy paging with limit/offset that survives trackers which ignore either parameter.

A page is fetched only when the previous one is used up, so memory stays at one page. Paging stops
at `total`, at a short or empty page, or when the tracker returned more rows than asked (it ignored
`limit`: that page was everything).

A tracker that ignores `offset` sends the same page again. Each page is fingerprinted (hashes of
16 rows spread over it, of every row when those are not all different; a few numbers per page
are kept), and a page equal to an earlier one stops paging:

- with a `total` that says rows are still missing, `PagingError` is raised after the rows so far
  were yielded: the data is known to be incomplete, and a silent stop would pass it off as whole.
  A page whose rows are all alike (a log of one column, say) can repeat legitimately and is not
  taken for a repeat; the page cap below bounds it instead.
- without a total, a warning is logged and paging stops (the list may have been exactly one page).

Paging never runs unbounded: with a total the number of requests is capped at
`ceil((total - offset) / page_size) + SLACK_PAGES` (rows added while paging fit in the slack),
without one at `MAX_PAGES_WITHOUT_TOTAL`. Passing either cap raises `PagingError`.
"""

from __future__ import annotations

import logging
import math
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from .errors import APIError

__all__ = ["Ahead", "Page", "Pager", "PagingError", "aiter_page_rows", "aiter_pages", "iter_page_rows", "iter_pages"]

T = TypeVar("T")
logger = logging.getLogger("keitaro_ext")
SLACK_PAGES = 2
MAX_PAGES_WITHOUT_TOTAL = 10_000


class PagingError(APIError):
    """The tracker's pages cannot be trusted: it repeats pages, or sends more pages than it said.

    `rows` were yielded before it was raised; `total` is what the tracker said there were.
    """

    def __init__(self, message: str, *, rows: int, total: int | None, pages: int) -> None:
        super().__init__(message)
        self.rows = rows
        self.total = total
        self.pages = pages


@dataclass(frozen=True)
class Page(Generic[T]):
    """One answer: its rows and, when the endpoint reports it, the number of rows in all pages."""

    rows: Sequence[T]
    total: int | None = None


SAMPLE_ROWS = 16


def _hash_rows(rows: Sequence[object]) -> int:
    try:
        return hash(tuple(tuple(row.values()) if isinstance(row, dict) else row for row in rows))
    except TypeError:  # unhashable values (nested lists, models): the text of the rows instead
        return hash(repr(rows))


def _fingerprint(rows: Sequence[object]) -> tuple[int, int, int | None]:
    """A page's identity, cheaply: the hashes of 16 rows spread over it, and the page's length.

    When those sampled rows are all different, two pages that agree on them are the same answer
    (real data does not repeat 16 distinct rows at the same places). When some are alike (a log of
    few distinct values), the sample proves nothing, and every row is hashed too.
    """
    step = max(1, len(rows) // SAMPLE_ROWS)
    sample = [_hash_rows(rows[i : i + 1]) for i in range(0, len(rows), step)][:SAMPLE_ROWS]
    sample.append(_hash_rows(rows[-1:]))
    whole = None if len(set(sample)) == len(sample) else _hash_rows(rows)
    return len(rows), hash(tuple(sample)), whole


def _uniform(rows: Sequence[object]) -> bool:
    first = rows[0]
    return all(row == first for row in rows)


class Pager:
    """Decides, page after page, what to yield and whether to ask for more."""

    def __init__(self, page_size: int, start: int, max_items: int | None) -> None:
        if page_size < 1:
            raise ValueError(f"page_size must be at least 1, got {page_size}")
        if start < 0:
            raise ValueError(f"offset must be >= 0, got {start}")
        self.page_size = page_size
        self.start = start
        self.offset = start
        self.remaining = max_items
        self.seen: dict[tuple[int, int, int | None], int] = {}  # fingerprint -> offset of the page
        self.pages = 0
        self.yielded = 0
        self.cap: int | None = None

    def take(self, page: Page[T]) -> tuple[Sequence[T], bool]:
        """Rows to yield from this page, and whether another page should be fetched."""
        rows = page.rows
        self.pages += 1
        if rows and self._repeats(rows, page.total):
            return [], False
        more = len(rows) == self.page_size
        if len(rows) > self.page_size:
            if self.pages > 1:
                logger.warning("the tracker ignored limit on a later page; paging stopped to avoid duplicates")
                return [], False
            more = False  # the tracker ignored limit and sent everything at once
        self.offset += len(rows)
        if page.total is not None and self.offset >= page.total:
            more = False
        if self.remaining is not None:
            rows = rows[: self.remaining]
            self.remaining -= len(rows)
            more = more and self.remaining > 0
        if self.cap is None:  # from the first answer: later totals cannot raise it
            self.cap = (
                MAX_PAGES_WITHOUT_TOTAL
                if page.total is None
                else math.ceil(max(0, page.total - self.start) / self.page_size) + SLACK_PAGES
            )
        self.yielded += len(rows)
        if more and self.pages >= self.cap:
            self._over_cap(rows, page.total)
        return rows, more

    def _over_cap(self, rows: Sequence[T], total: int | None) -> None:
        said = f"says {total} rows" if total is not None else "reports no total"
        self.yielded -= len(rows)  # the last page is not yielded
        raise PagingError(
            f"Paging stopped after {self.pages} pages ({self.yielded} rows yielded): the tracker {said} but "
            "keeps sending full pages. Narrow the range or filters, or report the tracker's behaviour.",
            rows=self.yielded,
            total=total,
            pages=self.pages,
        )

    def _repeats(self, rows: Sequence[T], total: int | None) -> bool:
        """True (or PagingError) when this page equals an earlier one: the tracker ignores offset."""
        if total is not None and _uniform(rows):
            return False
        fingerprint = _fingerprint(rows)
        earlier = self.seen.get(fingerprint)
        if earlier is None:
            self.seen[fingerprint] = self.offset
            return False
        if total is None or self.offset >= total:
            logger.warning("the tracker returned the same page again (it ignores offset); paging stopped")
            return True
        raise PagingError(
            f"The tracker answered offset {self.offset} with the same rows as offset {earlier}: it ignores "
            f"offset, so only {self.yielded} of its {total} rows could be read. Use a page_size of at least "
            f"{total} (one page), or check the tracker's version.",
            rows=self.yielded,
            total=total,
            pages=self.pages,
        )


class Ahead(Protocol[T]):
    """Fetches one page, maybe in the background (see `keitaro_ext.prefetch`): `start`, then `result`."""

    def start(self, offset: int, limit: int) -> None: ...

    def result(self) -> Page[T]: ...


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
    for rows in iter_page_rows(fetch, page_size=page_size, offset=offset, max_items=max_items, on_page=on_page):
        yield from rows


def iter_page_rows(
    fetch: Callable[[int, int], Page[T]],
    *,
    page_size: int = 1000,
    offset: int = 0,
    max_items: int | None = None,
    on_page: Callable[[Page[T]], None] | None = None,
    ahead: Ahead[T] | None = None,
) -> Iterator[Sequence[T]]:
    """`iter_pages` a page of rows at a time. Every page is fetched through `ahead` when given (it may
    fetch the next one in the background while the caller works on this one: the same requests, in
    the same order).

    No reference to a page is kept once it was yielded, so a caller that drops its own before asking
    for the next holds one page at a time, not two.
    """
    pager = Pager(page_size, offset, max_items)
    more = True
    if ahead is not None:
        ahead.start(pager.offset, page_size)
    page = ahead.result() if ahead is not None else fetch(pager.offset, page_size)
    while more:
        if on_page is not None:
            on_page(page)
        rows, more = pager.take(page)
        box = [rows]
        del rows, page
        if more and ahead is not None:
            ahead.start(pager.offset, page_size)
        yield box.pop()
        if more:
            page = ahead.result() if ahead is not None else fetch(pager.offset, page_size)


async def aiter_pages(
    fetch: Callable[[int, int], Awaitable[Page[T]]],
    *,
    page_size: int = 1000,
    offset: int = 0,
    max_items: int | None = None,
    on_page: Callable[[Page[T]], None] | None = None,
) -> AsyncIterator[T]:
    """The async twin of `iter_pages`."""
    async for rows in aiter_page_rows(fetch, page_size=page_size, offset=offset, max_items=max_items, on_page=on_page):
        for row in rows:
            yield row


async def aiter_page_rows(
    fetch: Callable[[int, int], Awaitable[Page[T]]],
    *,
    page_size: int = 1000,
    offset: int = 0,
    max_items: int | None = None,
    on_page: Callable[[Page[T]], None] | None = None,
) -> AsyncIterator[Sequence[T]]:
    """The async twin of `iter_page_rows`, without `ahead`."""
    pager = Pager(page_size, offset, max_items)
    more = True
    while more:
        page = await fetch(pager.offset, page_size)
        if on_page is not None:
            on_page(page)
        rows, more = pager.take(page)
        box = [rows]
        del rows, page
        yield box.pop()

"""`kt.reports`: the generated calls plus the typed builder (`build`, `iter_rows`), sync and async.

The body is built and checked once by `reports.builder.ReportQuery`; `build` is one plan for both
flavours, and each `iter_rows` only pages.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import tzinfo
from typing import Any, Unpack

from keitaro_admin_client.facade import AsyncCaller, SyncCaller
from keitaro_admin_client.facade.reports import AsyncReportsResource, ReportsResource

from .._kwargs import checked
from ..pagination import Page, aiter_pages, iter_pages
from ..reports.builder import BuildOptions, ReportQuery, RowOptions
from ..reports.query import Dialect
from ..reports.ranges import RangeLike
from ..reports.result import Report
from ._twins import AsyncFlavour, Plan, Send, SyncFlavour, twin

__all__ = ["AsyncReports", "Reports"]


class _Reports:
    """What both flavours share: the dialect, the client's tracker_timezone, the queries and `build`."""

    _dialect: Dialect
    _tracker_zone: tzinfo | None = None  # the client's tracker_timezone, for ranges that name no zone

    def __init__(self, caller: Any, dialect: Dialect = "grouping") -> None:
        super().__init__(caller)  # type: ignore[call-arg]  # the generated resource's
        self._dialect = dialect

    @twin
    def build(self, range: RangeLike = None, **options: Unpack[BuildOptions]) -> Plan[Report]:
        """Build a report: rows grouped by `group_by` with `metrics`, typed, with `total` and `summary`.

        `range` is an interval name ('yesterday'), a date, (start, end), or a DateRange; `filters`
        are F(...) conditions or text like 'country in US,DE'; `sort` like 'revenue:desc'; `columns` are
        extra ungrouped columns. The body holds `range` and only the arguments given (see `report_body`).
        """
        arguments = checked(options, BuildOptions, "build")
        query = ReportQuery(self._dialect, self._tracker_zone, range=range, **arguments)
        return Plan(Send(query.request()), query.report)

    def _rows(self, range: RangeLike, options: Any) -> tuple[ReportQuery, dict[str, Any]]:
        """The query of `iter_rows` and its paging keywords."""
        arguments = checked(options, RowOptions, "iter_rows")
        paging = {"page_size": arguments.pop("page_size", 1000), "max_items": arguments.pop("max_rows", None)}
        return ReportQuery(self._dialect, self._tracker_zone, range=range, **arguments), paging


class Reports(_Reports, SyncFlavour, ReportsResource):
    _caller: SyncCaller

    def iter_rows(self, range: RangeLike = None, **options: Unpack[RowOptions]) -> Iterator[dict[str, Any]]:
        """The rows of a report, fetched a page at a time until `total` is reached."""
        query, paging = self._rows(range, options)
        return iter_pages(lambda offset, limit: query.page(self._caller.call(query.request(offset, limit))), **paging)


class AsyncReports(_Reports, AsyncFlavour, AsyncReportsResource):
    _caller: AsyncCaller

    def iter_rows(self, range: RangeLike = None, **options: Unpack[RowOptions]) -> AsyncIterator[dict[str, Any]]:
        """The rows of a report, a page at a time (`async for`)."""
        query, paging = self._rows(range, options)

        async def fetch(offset: int, limit: int) -> Page[dict[str, Any]]:
            return query.page(await self._caller.call(query.request(offset, limit)))

        return aiter_pages(fetch, **paging)

"""`kt.reports`: the generated calls plus the typed builder (`build`, `iter_rows`), sync and async.

The body is built and checked once by `reports.builder.ReportQuery`; `build` is one plan for both
flavours, and so is `iter_rows`.
"""

from __future__ import annotations

from datetime import tzinfo
from typing import Any, Unpack

from keitaro_admin_client.facade import AsyncCaller, SyncCaller
from keitaro_admin_client.facade.reports import AsyncReportsResource, ReportsResource

from .._kwargs import checked
from ..reports.builder import BuildOptions, ReportQuery, RowOptions
from ..reports.query import Dialect
from ..reports.ranges import RangeLike
from ..reports.result import Report
from ._twins import AsyncFlavour, Pages, Plan, Send, SyncFlavour, paged, twin

__all__ = ["AsyncReports", "Reports"]


class _Reports:
    """What both flavours share: the dialect, the client's tracker_timezone, `build` and `iter_rows`."""

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

    @paged
    def iter_rows(self, range: RangeLike = None, **options: Unpack[RowOptions]) -> Pages[dict[str, Any]]:
        """The rows of a report, fetched a page at a time until `total` is reached (`async for` on AsyncKeitaro)."""
        arguments = checked(options, RowOptions, "iter_rows")
        paging = {"page_size": arguments.pop("page_size", 1000), "max_items": arguments.pop("max_rows", None)}
        query = ReportQuery(self._dialect, self._tracker_zone, range=range, **arguments)
        return Pages(query.request, query.page, paging)


class Reports(_Reports, SyncFlavour, ReportsResource):
    _caller: SyncCaller


class AsyncReports(_Reports, AsyncFlavour, AsyncReportsResource):
    _caller: AsyncCaller

"""`reports.build` and `reports.iter_rows` for both clients: one validated query, typed results."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from datetime import tzinfo
from typing import Any

from keitaro_admin_client.facade import AsyncCaller, PreparedCall, SyncCaller
from keitaro_admin_client.facade.reports import prepare_build_report

from ..pagination import Page, aiter_pages, iter_pages
from .logs import request_arguments
from .query import Dialect, FilterLike, SortLike, range_zone, report_body
from .ranges import RangeLike, zone
from .result import Report, parse_report_payload
from .typing_rows import RowTyper

__all__ = ["AsyncReportMethods", "ReportMethods", "ReportQuery"]


class ReportQuery:
    """A validated report request that can be sent whole or a page at a time."""

    def __init__(self, dialect: Dialect, tracker_zone: tzinfo | None = None, **arguments: Any) -> None:
        self.body = report_body(dialect=dialect, **arguments)
        grouping = self.body.get("grouping", self.body.get("dimensions", []))
        metrics = self.body.get("metrics", self.body.get("measures", []))
        self.columns: list[str] = [*grouping, *self.body.get("columns", []), *metrics]
        zone_name = range_zone(self.body)
        self.typer = RowTyper(zone(zone_name) if zone_name else tracker_zone)

    def request(self, offset: int | None = None, limit: int | None = None) -> PreparedCall:
        body = dict(self.body)
        if offset is not None and limit is not None:
            body.update(offset=offset, limit=limit)
        return prepare_build_report(**request_arguments(body))._replace(parse=parse_report_payload)

    def report(self, payload: dict[str, Any]) -> Report:
        return Report.from_payload(payload, self.columns, self.typer)

    def page(self, payload: dict[str, Any]) -> Page[dict[str, Any]]:
        return Page(self.typer.rows(payload["rows"]), payload.get("total"))


class ReportMethods:
    """The typed report builder on top of `build_raw`."""

    _caller: SyncCaller
    _dialect: Dialect
    _tracker_zone: tzinfo | None = None  # the client's tracker_timezone, for ranges that name no zone

    def build(
        self,
        range: RangeLike = None,
        *,
        group_by: str | Iterable[str] | None = None,
        metrics: str | Iterable[str] | None = None,
        columns: str | Iterable[str] | None = None,
        filters: Iterable[FilterLike] | None = None,
        sort: SortLike | Iterable[SortLike] | None = None,
        summary: bool | None = None,
        limit: int | None = None,
        offset: int | None = None,
        timezone: str | None = None,
        allow_unknown: bool = False,
        extra_names: Sequence[str] = (),
    ) -> Report:
        """Build a report: rows grouped by `group_by` with `metrics`, typed, with `total` and `summary`.

        `range` is an interval name ('yesterday'), a date, (start, end), or a DateRange; `filters`
        are F(...) conditions or text like 'country in US,DE'; `sort` like 'revenue:desc'; `columns` are
        extra ungrouped columns. The body holds `range` and only the arguments given (see `report_body`).
        """
        query = ReportQuery(
            self._dialect,
            self._tracker_zone,
            range=range,
            group_by=group_by,
            metrics=metrics,
            columns=columns,
            filters=filters,
            sort=sort,
            summary=summary,
            limit=limit,
            offset=offset,
            timezone=timezone,
            allow_unknown=allow_unknown,
            extra_names=extra_names,
        )
        return query.report(self._caller.call(query.request()))

    def iter_rows(
        self,
        range: RangeLike = None,
        *,
        group_by: str | Iterable[str] | None = None,
        metrics: str | Iterable[str] | None = None,
        columns: str | Iterable[str] | None = None,
        filters: Iterable[FilterLike] | None = None,
        sort: SortLike | Iterable[SortLike] | None = None,
        timezone: str | None = None,
        page_size: int = 1000,
        max_rows: int | None = None,
        allow_unknown: bool = False,
        extra_names: Sequence[str] = (),
    ) -> Iterator[dict[str, Any]]:
        """The rows of a report, fetched a page at a time until `total` is reached."""
        query = ReportQuery(
            self._dialect,
            self._tracker_zone,
            range=range,
            group_by=group_by,
            metrics=metrics,
            columns=columns,
            filters=filters,
            sort=sort,
            timezone=timezone,
            allow_unknown=allow_unknown,
            extra_names=extra_names,
        )
        return iter_pages(
            lambda offset, limit: query.page(self._caller.call(query.request(offset, limit))),
            page_size=page_size,
            max_items=max_rows,
        )


class AsyncReportMethods:
    """The async twin of `ReportMethods`."""

    _caller: AsyncCaller
    _dialect: Dialect
    _tracker_zone: tzinfo | None = None

    async def build(
        self,
        range: RangeLike = None,
        *,
        group_by: str | Iterable[str] | None = None,
        metrics: str | Iterable[str] | None = None,
        columns: str | Iterable[str] | None = None,
        filters: Iterable[FilterLike] | None = None,
        sort: SortLike | Iterable[SortLike] | None = None,
        summary: bool | None = None,
        limit: int | None = None,
        offset: int | None = None,
        timezone: str | None = None,
        allow_unknown: bool = False,
        extra_names: Sequence[str] = (),
    ) -> Report:
        """Build a report; see the sync `build`."""
        query = ReportQuery(
            self._dialect,
            self._tracker_zone,
            range=range,
            group_by=group_by,
            metrics=metrics,
            columns=columns,
            filters=filters,
            sort=sort,
            summary=summary,
            limit=limit,
            offset=offset,
            timezone=timezone,
            allow_unknown=allow_unknown,
            extra_names=extra_names,
        )
        return query.report(await self._caller.call(query.request()))

    def iter_rows(
        self,
        range: RangeLike = None,
        *,
        group_by: str | Iterable[str] | None = None,
        metrics: str | Iterable[str] | None = None,
        columns: str | Iterable[str] | None = None,
        filters: Iterable[FilterLike] | None = None,
        sort: SortLike | Iterable[SortLike] | None = None,
        timezone: str | None = None,
        page_size: int = 1000,
        max_rows: int | None = None,
        allow_unknown: bool = False,
        extra_names: Sequence[str] = (),
    ) -> AsyncIterator[dict[str, Any]]:
        """The rows of a report, a page at a time (`async for`)."""
        query = ReportQuery(
            self._dialect,
            self._tracker_zone,
            range=range,
            group_by=group_by,
            metrics=metrics,
            columns=columns,
            filters=filters,
            sort=sort,
            timezone=timezone,
            allow_unknown=allow_unknown,
            extra_names=extra_names,
        )

        async def fetch(offset: int, limit: int) -> Page[dict[str, Any]]:
            return query.page(await self._caller.call(query.request(offset, limit)))

        return aiter_pages(fetch, page_size=page_size, max_items=max_rows)

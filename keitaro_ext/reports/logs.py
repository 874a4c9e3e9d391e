"""Click and conversion logs: paged reading and streaming export, shared by both logs and both clients."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Sequence
from datetime import tzinfo
from typing import Any, ClassVar, Literal

from keitaro_admin_client.facade import AsyncCaller, PreparedCall, SyncCaller

from ..pagination import Page, aiter_pages, iter_pages
from .export import Exporter, ExportFormat, ExportResult, Progress
from .query import FilterLike, SortLike, log_body, range_zone
from .ranges import RangeLike, zone
from .result import parse_report_payload
from .typing_rows import RowTyper

__all__ = ["AsyncLogMethods", "LogMethods", "LogQuery"]

LogKind = Literal["clicks", "conversions"]
DEFAULT_COLUMNS: dict[str, list[str]] = {
    "clicks": [
        "datetime",
        "sub_id",
        "campaign_id",
        "stream_id",
        "offer_id",
        "landing_id",
        "country",
        "device_type",
        "os",
        "browser",
        "ip",
        "is_unique_campaign",
        "is_bot",
        "is_lead",
        "is_sale",
        "revenue",
        "cost",
    ],
    "conversions": [
        "postback_datetime",
        "click_datetime",
        "conversion_id",
        "sub_id",
        "tid",
        "campaign_id",
        "offer_id",
        "status",
        "revenue",
        "country",
    ],
}
DEFAULT_PAGE = 10_000


def request_arguments(body: dict[str, Any]) -> dict[str, Any]:
    """A request body as keyword arguments of the generated prepare_* functions."""
    return {("range_" if key == "range" else key): value for key, value in body.items()}


class LogQuery:
    """One validated log request; makes the request and the typed page for any offset."""

    def __init__(
        self,
        kind: LogKind,
        prepare: Callable[..., PreparedCall],
        *,
        range: RangeLike,
        columns: Iterable[str] | None,
        filters: Iterable[FilterLike] | None,
        sort: SortLike | Iterable[SortLike] | None,
        timezone: str | None,
        typed: bool,
        allow_unknown: bool,
        extra_names: Sequence[str],
        tracker_zone: tzinfo | None = None,
    ) -> None:
        self.body = log_body(
            kind,
            range=range,
            columns=DEFAULT_COLUMNS[kind] if columns is None else columns,
            filters=filters,
            sort=sort,
            timezone=timezone,
            allow_unknown=allow_unknown,
            extra_names=extra_names,
        )
        self.columns: list[str] = list(self.body["columns"])
        zone_name = range_zone(self.body)
        self.zone = zone(zone_name) if zone_name else tracker_zone
        self._prepare = prepare
        self._typer = RowTyper(self.zone) if typed else None

    def request(self, offset: int, limit: int) -> PreparedCall:
        prepared = self._prepare(**request_arguments({**self.body, "offset": offset, "limit": limit}))
        return prepared._replace(parse=parse_report_payload)

    def page(self, payload: dict[str, Any]) -> Page[dict[str, Any]]:
        rows = payload["rows"]
        return Page(self._typer.rows(rows) if self._typer else rows, payload.get("total"))


class LogMethods:
    """`iter_log` and `export` for a sync log namespace; the host class names its log and request builder."""

    _caller: SyncCaller
    _tracker_zone: tzinfo | None = None  # the client's tracker_timezone, for ranges that name no zone
    _log_kind: ClassVar[LogKind]
    _prepare_log: ClassVar[Callable[..., PreparedCall]]

    def _query(self, typed: bool, **arguments: Any) -> LogQuery:
        return LogQuery(
            self._log_kind, type(self)._prepare_log, typed=typed, tracker_zone=self._tracker_zone, **arguments
        )

    def iter_log(
        self,
        range: RangeLike = None,
        *,
        columns: Iterable[str] | None = None,
        filters: Iterable[FilterLike] | None = None,
        sort: SortLike | Iterable[SortLike] | None = None,
        timezone: str | None = None,
        page_size: int = DEFAULT_PAGE,
        max_rows: int | None = None,
        typed: bool = True,
        allow_unknown: bool = False,
        extra_names: Sequence[str] = (),
    ) -> Iterator[dict[str, Any]]:
        """Log rows one by one, fetched a page at a time; numbers and datetimes typed unless typed=False."""
        query = self._query(
            typed,
            range=range,
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

    def export(
        self,
        path: str | os.PathLike[str],
        range: RangeLike = None,
        *,
        format: ExportFormat | None = None,
        columns: Iterable[str] | None = None,
        filters: Iterable[FilterLike] | None = None,
        sort: SortLike | Iterable[SortLike] | None = None,
        timezone: str | None = None,
        page_size: int = DEFAULT_PAGE,
        max_rows: int | None = None,
        progress: Progress | None = None,
        allow_unknown: bool = False,
        extra_names: Sequence[str] = (),
    ) -> ExportResult:
        """Stream the log to a CSV, JSON Lines or Parquet file; `progress(rows_written, total)` after each batch."""
        query = self._query(
            False,
            range=range,
            columns=columns,
            filters=filters,
            sort=sort,
            timezone=timezone,
            allow_unknown=allow_unknown,
            extra_names=extra_names,
        )
        exporter = Exporter(path, format=format, columns=query.columns, zone=query.zone, progress=progress)
        rows = iter_pages(
            lambda offset, limit: query.page(self._caller.call(query.request(offset, limit))),
            page_size=page_size,
            max_items=max_rows,
            on_page=exporter.on_page,
        )
        with exporter.writing() as add:
            for row in rows:
                add(row)
        return exporter.result()


class AsyncLogMethods:
    """The async twin of `LogMethods`: `async for row in akt.clicks.iter_log(...)`, `await ...export(...)`."""

    _caller: AsyncCaller
    _tracker_zone: tzinfo | None = None  # the client's tracker_timezone, for ranges that name no zone
    _log_kind: ClassVar[LogKind]
    _prepare_log: ClassVar[Callable[..., PreparedCall]]

    def _query(self, typed: bool, **arguments: Any) -> LogQuery:
        return LogQuery(
            self._log_kind, type(self)._prepare_log, typed=typed, tracker_zone=self._tracker_zone, **arguments
        )

    def _fetcher(self, query: LogQuery) -> Callable[[int, int], Any]:
        async def fetch(offset: int, limit: int) -> Page[dict[str, Any]]:
            return query.page(await self._caller.call(query.request(offset, limit)))

        return fetch

    def iter_log(
        self,
        range: RangeLike = None,
        *,
        columns: Iterable[str] | None = None,
        filters: Iterable[FilterLike] | None = None,
        sort: SortLike | Iterable[SortLike] | None = None,
        timezone: str | None = None,
        page_size: int = DEFAULT_PAGE,
        max_rows: int | None = None,
        typed: bool = True,
        allow_unknown: bool = False,
        extra_names: Sequence[str] = (),
    ) -> AsyncIterator[dict[str, Any]]:
        """Log rows one by one, fetched a page at a time (`async for`)."""
        query = self._query(
            typed,
            range=range,
            columns=columns,
            filters=filters,
            sort=sort,
            timezone=timezone,
            allow_unknown=allow_unknown,
            extra_names=extra_names,
        )
        return aiter_pages(self._fetcher(query), page_size=page_size, max_items=max_rows)

    async def export(
        self,
        path: str | os.PathLike[str],
        range: RangeLike = None,
        *,
        format: ExportFormat | None = None,
        columns: Iterable[str] | None = None,
        filters: Iterable[FilterLike] | None = None,
        sort: SortLike | Iterable[SortLike] | None = None,
        timezone: str | None = None,
        page_size: int = DEFAULT_PAGE,
        max_rows: int | None = None,
        progress: Progress | None = None,
        allow_unknown: bool = False,
        extra_names: Sequence[str] = (),
    ) -> ExportResult:
        """Stream the log to a file; see the sync `export`."""
        query = self._query(
            False,
            range=range,
            columns=columns,
            filters=filters,
            sort=sort,
            timezone=timezone,
            allow_unknown=allow_unknown,
            extra_names=extra_names,
        )
        exporter = Exporter(path, format=format, columns=query.columns, zone=query.zone, progress=progress)
        rows = aiter_pages(self._fetcher(query), page_size=page_size, max_items=max_rows, on_page=exporter.on_page)
        with exporter.writing() as add:
            async for row in rows:
                add(row)
        return exporter.result()

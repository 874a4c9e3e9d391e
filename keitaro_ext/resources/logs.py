"""What `kt.clicks` and `kt.conversions` share: paged log reading (`iter_log`) and streaming `export`.

The body is built and checked once by `reports.logs.LogQuery`, the paging and the file once here;
each twin only sends. The two namespaces themselves are `resources.clicks` and `resources.conversions`.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import tzinfo
from typing import Any, ClassVar, Protocol, Unpack

from keitaro_admin_client.facade import AsyncCaller, PreparedCall, SyncCaller

from .._kwargs import checked
from ..pagination import Page, aiter_page_rows, aiter_pages, iter_page_rows, iter_pages
from ..prefetch import Hold, PageAhead
from ..reports.export import Exporter, ExportResult
from ..reports.logs import DEFAULT_PAGE, ExportOptions, LogKind, LogQuery, ReadOptions
from ..reports.ranges import RangeLike

__all__ = ["AsyncLogMethods", "LogMethods"]


class _LogQueries:
    """The host class names its log and request builder; the client sets its tracker_timezone."""

    _tracker_zone: tzinfo | None = None  # the client's tracker_timezone, for ranges that name no zone
    _log_kind: ClassVar[LogKind]
    _prepare_log: ClassVar[Callable[..., PreparedCall]]

    def _read(self, range: RangeLike, options: Any) -> tuple[LogQuery, dict[str, Any]]:
        """The query of `iter_log` and its paging keywords."""
        arguments = checked(options, ReadOptions, "iter_log")
        paging = _paging(arguments)
        return self._query(range, arguments.pop("typed", True), arguments), paging

    def _export(
        self, path: str | os.PathLike[str], range: RangeLike, options: Any
    ) -> tuple[LogQuery, Exporter, dict[str, Any]]:
        """The query of `export`, its file and its paging keywords (which report each page to the file)."""
        arguments = checked(options, ExportOptions, "export")
        paging = _paging(arguments)
        file = {"format": arguments.pop("format", None), "progress": arguments.pop("progress", None)}
        query = self._query(range, False, arguments)
        exporter = Exporter(path, columns=query.columns, zone=query.zone, **file)
        query.parse = exporter.page_parser()
        return query, exporter, {**paging, "on_page": exporter.on_page}

    def _query(self, range: RangeLike, typed: bool, arguments: dict[str, Any]) -> LogQuery:
        prepare = type(self)._prepare_log
        return LogQuery(self._log_kind, prepare, range=range, typed=typed, tracker_zone=self._tracker_zone, **arguments)


def _paging(arguments: dict[str, Any]) -> dict[str, Any]:
    return {"page_size": arguments.pop("page_size", DEFAULT_PAGE), "max_items": arguments.pop("max_rows", None)}


class _Fetch(Protocol):
    """One page of the log; `hold` wraps the answer's parser when the page is fetched ahead."""

    def __call__(self, offset: int, limit: int, hold: Hold | None = None) -> Page[dict[str, Any]]: ...


class LogMethods(_LogQueries):
    """`iter_log` and `export` for a sync log namespace."""

    _caller: SyncCaller

    def _fetcher(self, query: LogQuery) -> _Fetch:
        def fetch(offset: int, limit: int, hold: Hold | None = None) -> Page[dict[str, Any]]:
            return query.page(self._caller.call(query.request(offset, limit, hold)))

        return fetch

    def iter_log(self, range: RangeLike = None, **options: Unpack[ReadOptions]) -> Iterator[dict[str, Any]]:
        """Log rows one by one, fetched a page at a time; numbers and datetimes typed unless typed=False."""
        query, paging = self._read(range, options)
        return iter_pages(self._fetcher(query), **paging)

    def export(
        self, path: str | os.PathLike[str], range: RangeLike = None, **options: Unpack[ExportOptions]
    ) -> ExportResult:
        """Stream the log to a CSV, JSON Lines or Parquet file; `progress(rows_written, total)` after each batch.

        The next page is fetched in a background thread while this one is written (see `keitaro_ext.prefetch`).
        """
        query, exporter, paging = self._export(path, range, options)
        fetch = self._fetcher(query)
        with exporter.writing_rows() as add_rows, PageAhead(fetch) as ahead:
            for rows in iter_page_rows(fetch, ahead=ahead, **paging):
                add_rows(rows)
                del rows  # before the next page arrives: one page in memory, not two
        return exporter.result()


class AsyncLogMethods(_LogQueries):
    """The async twin of `LogMethods`: `async for row in akt.clicks.iter_log(...)`, `await ...export(...)`."""

    _caller: AsyncCaller

    def _fetcher(self, query: LogQuery) -> Callable[[int, int], Any]:
        async def fetch(offset: int, limit: int) -> Page[dict[str, Any]]:
            return query.page(await self._caller.call(query.request(offset, limit)))

        return fetch

    def iter_log(self, range: RangeLike = None, **options: Unpack[ReadOptions]) -> AsyncIterator[dict[str, Any]]:
        """Log rows one by one, fetched a page at a time (`async for`)."""
        query, paging = self._read(range, options)
        return aiter_pages(self._fetcher(query), **paging)

    async def export(
        self, path: str | os.PathLike[str], range: RangeLike = None, **options: Unpack[ExportOptions]
    ) -> ExportResult:
        """Stream the log to a file; see the sync `export`."""
        query, exporter, paging = self._export(path, range, options)
        with exporter.writing_rows() as add_rows:
            async for rows in aiter_page_rows(self._fetcher(query), **paging):
                add_rows(rows)
                del rows  # before the next page arrives: one page in memory, not two
        return exporter.result()

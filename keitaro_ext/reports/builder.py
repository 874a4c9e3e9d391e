"""The report query behind `reports.build` and `reports.iter_rows`: one validated body, typed results.

Pure value code: the methods that send it live in `keitaro_ext.resources.reports`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import tzinfo
from typing import Any, TypedDict

from keitaro_admin_client.facade import PreparedCall
from keitaro_admin_client.facade.reports import prepare_build_report

from ..pagination import Page
from .logs import request_arguments
from .query import Dialect, FilterLike, SortLike, range_zone, report_body
from .ranges import zone
from .result import Report, parse_report_payload
from .typing_rows import RowTyper

__all__ = ["BuildOptions", "ReportOptions", "ReportQuery", "RowOptions"]


class ReportOptions(TypedDict, total=False):
    """The keywords of `reports.build` and `iter_rows` that shape the report body; see `report_body`."""

    group_by: str | Iterable[str] | None
    metrics: str | Iterable[str] | None
    columns: str | Iterable[str] | None
    filters: Iterable[FilterLike] | None
    sort: SortLike | Iterable[SortLike] | None
    timezone: str | None
    allow_unknown: bool
    extra_names: Sequence[str]


class BuildOptions(ReportOptions, total=False):
    """`reports.build` also takes the summary row and one page of its own."""

    summary: bool | None
    limit: int | None
    offset: int | None


class RowOptions(ReportOptions, total=False):
    """`reports.iter_rows` also takes its paging: rows per request (1000 unless given) and a cap."""

    page_size: int
    max_rows: int | None


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
        return Page(self.typer.rows(payload["rows"], owned=True), payload.get("total"))

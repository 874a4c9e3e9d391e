"""The click and conversion log query: one validated body, the request and the typed page for any offset.

Pure value code: the methods that send it (`iter_log`, `export`) live in `keitaro_ext.resources.logs`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import tzinfo
from typing import Any, Literal, TypedDict

from keitaro_admin_client.facade import PreparedCall

from ..pagination import Page
from .export import ExportFormat, Progress
from .query import FilterLike, SortLike, log_body, range_zone
from .ranges import RangeLike, zone
from .result import parse_report_payload
from .typing_rows import RowTyper

__all__ = ["DEFAULT_PAGE", "ExportOptions", "LogOptions", "LogQuery", "ReadOptions"]

LogKind = Literal["clicks", "conversions"]
Parse = Callable[[Any], Any]
DEFAULT_COLUMNS: dict[str, list[str]] = {
    "clicks": [
        "datetime", "sub_id", "campaign_id", "stream_id", "offer_id", "landing_id", "country", "device_type", "os",
        "browser", "ip", "is_unique_campaign", "is_bot", "is_lead", "is_sale", "revenue", "cost",
    ],
    "conversions": [
        "postback_datetime", "click_datetime", "conversion_id", "sub_id", "tid", "campaign_id", "offer_id", "status",
        "revenue", "country",
    ],
}  # fmt: skip
DEFAULT_PAGE = 10_000


class LogOptions(TypedDict, total=False):
    """The keywords of `iter_log` and `export` that shape the log body; see `log_body`."""

    columns: Iterable[str] | None
    filters: Iterable[FilterLike] | None
    sort: SortLike | Iterable[SortLike] | None
    timezone: str | None
    allow_unknown: bool
    extra_names: Sequence[str]
    page_size: int  # rows per request, DEFAULT_PAGE unless given
    max_rows: int | None  # stop after this many rows


class ReadOptions(LogOptions, total=False):
    """`iter_log` also takes `typed` (numbers and datetimes typed; True unless given)."""

    typed: bool


class ExportOptions(LogOptions, total=False):
    """`export` also takes the file format and a `progress(rows_written, total)` callback."""

    format: ExportFormat | None
    progress: Progress | None


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
        range: RangeLike = None,
        columns: Iterable[str] | None = None,
        filters: Iterable[FilterLike] | None = None,
        sort: SortLike | Iterable[SortLike] | None = None,
        timezone: str | None = None,
        typed: bool = True,
        allow_unknown: bool = False,
        extra_names: Sequence[str] = (),
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
        self.parse: Parse = parse_report_payload  # an export may decode its own way (`Exporter.page_parser`)

    def request(self, offset: int, limit: int, hold: Callable[[Parse], Parse] | None = None) -> PreparedCall:
        """The call for one page; `hold` wraps its parser (see `keitaro_ext.prefetch`)."""
        prepared = self._prepare(**request_arguments({**self.body, "offset": offset, "limit": limit}))
        return prepared._replace(parse=self.parse if hold is None else hold(self.parse))

    def page(self, payload: dict[str, Any]) -> Page[dict[str, Any]]:
        rows = payload["rows"]
        return Page(self._typer.rows(rows, owned=True) if self._typer else rows, payload.get("total"))

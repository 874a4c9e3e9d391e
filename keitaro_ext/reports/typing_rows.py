"""Give report and log values their real types: metrics as numbers, datetimes in the report's zone.

The tracker sends some numbers as strings ("12.50") and datetimes as `YYYY-MM-DD HH:MM:SS` in the
range's time zone. A value that does not convert is kept as sent: a surprising cell must not lose
a whole page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, tzinfo
from typing import Any

from dateutil import parser as date_parser

from .names import METRICS

__all__ = ["RowTyper", "column_kind"]

COUNT_METRICS = frozenset(
    {
        "clicks",
        "campaign_unique_clicks",
        "stream_unique_clicks",
        "global_unique_clicks",
        "bots",
        "proxies",
        "empty_referrers",
        "conversions",
        "leads",
        "sales",
        "rejected",
        "rebills",
        "lp_clicks",
    }
)
DATETIME_COLUMNS = frozenset(
    {"datetime", "click_datetime", "postback_datetime", "sale_datetime", "landing_clicked_datetime"}
)
DATE_COLUMNS = frozenset({"day"})
INT_COLUMNS = frozenset(
    {
        "campaign_id",
        "campaign_group_id",
        "parent_campaign_id",
        "landing_id",
        "offer_id",
        "ts_id",
        "stream_id",
        "language_id",
        "device_type_id",
        "year",
        "month",
        "week",
        "weekday",
        "hour",
    }
)
MONEY_COLUMNS = frozenset({"revenue", "cost", "profit"})
BOOL_COLUMNS = frozenset(
    {"is_unique_stream", "is_unique_campaign", "is_lead", "is_sale", "is_rejected", "is_bot", "is_using_proxy"}
)


def column_kind(name: str) -> str:
    """One of int, float, bool, date, datetime or str: what a column's values are."""
    if name in COUNT_METRICS or name in INT_COLUMNS:
        return "int"
    if name in METRICS or name in MONEY_COLUMNS:
        return "float"
    if name in BOOL_COLUMNS:
        return "bool"
    if name in DATE_COLUMNS:
        return "date"
    if name in DATETIME_COLUMNS:
        return "datetime"
    return "str"


def _to_int(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return value
    try:
        number = float(value)
    except ValueError:
        return value
    return int(number) if number.is_integer() else number


def _to_float(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return value
    try:
        return float(value)
    except ValueError:
        return value


def _to_bool(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if value in (0, 1, "0", "1"):
        return value in (1, "1")
    return value


def _to_date(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return value


class RowTyper:
    """Converts rows in place; built once per request, so the per-cell cost is one dict lookup and a call."""

    def __init__(self, timezone: tzinfo | None) -> None:
        self._zone = timezone
        self._converters: dict[str, Callable[[Any], Any] | None] = {}

    def _to_datetime(self, value: Any) -> Any:
        if not isinstance(value, str):
            return value
        try:
            parsed = datetime.fromisoformat(value) if len(value) == 19 else date_parser.isoparse(value)
        except ValueError:
            return value
        if parsed.tzinfo is None and self._zone is not None:
            parsed = parsed.replace(tzinfo=self._zone)
        return parsed

    def _converter(self, name: str) -> Callable[[Any], Any] | None:
        if name not in self._converters:
            kind = column_kind(name)
            self._converters[name] = {
                "int": _to_int,
                "float": _to_float,
                "bool": _to_bool,
                "date": _to_date,
                "datetime": self._to_datetime,
                "str": None,
            }[kind]
        return self._converters[name]

    def row(self, raw: Mapping[str, Any]) -> dict[str, Any]:
        typed = dict(raw)
        for name, value in typed.items():
            if value is None:
                continue
            convert = self._converter(name)
            if convert is not None:
                typed[name] = convert(value)
        return typed

    def rows(self, raw_rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
        return [self.row(raw) for raw in raw_rows]

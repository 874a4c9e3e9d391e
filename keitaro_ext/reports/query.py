"""Turn friendly report and log arguments into the exact request body Keitaro expects."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal, TypeAlias

from ..config import Dialect, check_dialect
from ..errors import KeitaroError
from .filters import Filter, FilterError
from .names import COLUMNS, CONVERSION_COLUMNS, METRICS, OPERATORS, check_names
from .ranges import DateRange, RangeLike, resolve_range

__all__ = ["DateRange", "Dialect", "FilterLike", "SortLike", "log_body", "range_zone", "report_body"]

FilterLike: TypeAlias = Filter | str | Mapping[str, Any]
SortLike: TypeAlias = str | tuple[str, str] | Mapping[str, str]


def _filters(
    filters: Iterable[FilterLike], known: frozenset[str], allow_unknown: bool, extra: Sequence[str]
) -> list[Filter]:
    result = []
    for item in filters:
        if isinstance(item, Filter):
            parsed = item
        elif isinstance(item, str):
            parsed = Filter.parse(item)
        elif isinstance(item, Mapping):
            expression = item.get("expression")
            if isinstance(expression, list):
                expression = tuple(expression)
            parsed = Filter(str(item.get("name", "")), str(item.get("operator", "")), expression)
        else:
            raise FilterError(f"Cannot use {item!r} as a filter: give F(...) conditions, text or dicts.")
        check_names([parsed.operator], OPERATORS, "filter operator")
        check_names([parsed.name], known, "filter column", allow_unknown=allow_unknown, extra=extra)
        result.append(parsed)
    return result


def _sort(
    sort: Iterable[SortLike], known: frozenset[str], allow_unknown: bool, extra: Sequence[str]
) -> list[dict[str, str]]:
    result = []
    for item in [sort] if isinstance(sort, (str, Mapping)) else sort:
        if isinstance(item, Mapping):
            name, order = str(item.get("name", "")), str(item.get("order", "ASC"))
        elif isinstance(item, tuple):
            name, order = item
        elif item.startswith("-"):
            name, order = item[1:], "DESC"
        else:
            name, _, order = item.partition(":")
        order = (order or "ASC").upper()
        if order not in ("ASC", "DESC"):
            raise KeitaroError(f"Sort order must be asc or desc, got {order!r} for {name!r}.")
        check_names([name], known, "sort column", allow_unknown=allow_unknown, extra=extra)
        result.append({"name": name, "order": order})
    return result


def _paging(limit: int | None, offset: int | None) -> dict[str, int]:
    body = {}
    for key, value in (("limit", limit), ("offset", offset)):
        if value is not None:
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise KeitaroError(f"{key} must be a whole number >= 0, got {value!r}.")
            body[key] = value
    return body


def _listed(value: str | Iterable[str]) -> list[str]:
    """Names as a list; a string may hold several, comma-separated (`"clicks,revenue"`, as the CLI takes)."""
    if isinstance(value, str):
        return [name.strip() for name in value.split(",") if name.strip()]
    return list(value)


def report_body(
    *,
    range: RangeLike = None,
    group_by: str | Iterable[str] | None = None,
    metrics: str | Iterable[str] | None = None,
    columns: str | Iterable[str] | None = None,
    filters: Iterable[FilterLike] | None = None,
    sort: SortLike | Iterable[SortLike] | None = None,
    summary: bool | None = None,
    limit: int | None = None,
    offset: int | None = None,
    timezone: str | None = None,
    dialect: Dialect = "grouping",
    allow_unknown: bool = False,
    extra_names: Sequence[str] = (),
) -> dict[str, Any]:
    """The `POST /report/build` body, in the `grouping/metrics` or `dimensions/measures` dialect.

    It holds `range` and exactly the keys the caller gave (None means "not given"; an empty list is sent as
    `[]`, as the panel sends `columns: []`), so a tracker applies its own defaults to the rest.
    """
    check_dialect(dialect)

    def given(names: str | Iterable[str] | None, known: frozenset[str], what: str) -> list[str] | None:
        if names is None:
            return None
        return check_names(_listed(names), known, what, allow_unknown=allow_unknown, extra=extra_names)

    grouping = given(group_by, COLUMNS, "grouping column")
    measured = given(metrics, METRICS, "metric")
    chosen = given(columns, COLUMNS, "report column")
    if not grouping and not measured and not chosen:
        raise KeitaroError("A report needs at least one metric (e.g. metrics=['clicks']) or grouping column.")
    if summary is not None and not isinstance(summary, bool):
        raise KeitaroError(f"summary must be True or False, got {summary!r}.")
    known = COLUMNS | METRICS
    body: dict[str, Any] = {"range": resolve_range(range, timezone).to_api()}
    if grouping is not None:
        body["grouping" if dialect == "grouping" else "dimensions"] = grouping
    if measured is not None:
        body["metrics" if dialect == "grouping" else "measures"] = measured
    if chosen is not None:
        body["columns"] = chosen
    if filters is not None:
        body["filters"] = [f.to_api() for f in _filters(filters, known, allow_unknown, extra_names)]
    if sort is not None:
        body["sort"] = _sort(sort, known, allow_unknown, extra_names)
    if summary is not None:
        body["summary"] = summary
    body.update(_paging(limit, offset))
    return body


def log_body(
    kind: Literal["clicks", "conversions"],
    *,
    range: RangeLike = None,
    columns: str | Iterable[str] = (),
    filters: Iterable[FilterLike] | None = None,
    sort: SortLike | Iterable[SortLike] | None = None,
    limit: int | None = None,
    offset: int | None = None,
    timezone: str | None = None,
    allow_unknown: bool = False,
    extra_names: Sequence[str] = (),
) -> dict[str, Any]:
    """The `POST /clicks/log` or `POST /conversions/log` body: `range`, `columns` and what the caller gave."""
    known = COLUMNS if kind == "clicks" else CONVERSION_COLUMNS
    chosen = check_names(_listed(columns), known, f"{kind} log column", allow_unknown=allow_unknown, extra=extra_names)
    if not chosen:
        raise KeitaroError(f"Say which {kind} log columns you want, e.g. columns=['datetime', 'sub_id', 'country'].")
    body: dict[str, Any] = {"range": resolve_range(range, timezone).to_api(), "columns": chosen}
    if filters is not None:
        body["filters"] = [f.to_api() for f in _filters(filters, known | METRICS, allow_unknown, extra_names)]
    if sort is not None:
        body["sort"] = _sort(sort, known, allow_unknown, extra_names)
    body.update(_paging(limit, offset))
    return body


def range_zone(body: Mapping[str, Any]) -> str | None:
    """The time zone a request's dates are in, for typing the datetimes of its rows."""
    zone = body.get("range", {}).get("timezone")
    return zone if isinstance(zone, str) else None

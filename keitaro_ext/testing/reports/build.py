"""`POST /report/build`: group the clicks of a period and compute metrics per group.

Accepts both dialects: `grouping`/`metrics` and `dimensions`/`measures` (not a mix of
different lists). `columns` are grouped on as well. Column filters apply to clicks, metric
filters to the grouped rows; `total` counts rows after filters and before `offset`/`limit`;
`summary` (when asked) totals the same rows, with grouping keys null.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..data.columns import CLICK_COLUMNS
from ..data.metrics import METRICS, Totals
from ..errors import InvalidError
from .common import ReportSource, names_in, paging, sort_in_place
from .filters import CompiledFilters, compile_filters
from .ranges import Period


def _dialect(body: Mapping[str, Any], old: str, new: str) -> tuple[Any, str]:
    if body.get(old) is not None and body.get(new) is not None and list(body[old]) != list(body[new]):
        raise InvalidError.one(
            new, f"Send either '{old}' or '{new}' (they are the same list), not two different lists."
        )
    return (body.get(old), old) if body.get(old) is not None else (body.get(new), new)


@dataclass(frozen=True)
class _Query:
    """A report request, checked: what to group by, compute, filter and sort."""

    grouping: list[str]
    metrics: list[str]
    filters: CompiledFilters
    sort: list[Mapping[str, Any]]


def _query(body: Mapping[str, Any]) -> _Query:
    grouping_raw, grouping_field = _dialect(body, "grouping", "dimensions")
    metrics_raw, metrics_field = _dialect(body, "metrics", "measures")
    grouping = names_in(grouping_raw, grouping_field, CLICK_COLUMNS, "column")
    for extra in names_in(body.get("columns"), "columns", CLICK_COLUMNS, "column"):
        if extra not in grouping:
            grouping.append(extra)
    metrics = names_in(metrics_raw, metrics_field, METRICS, "metric")
    filters = compile_filters(body.get("filters"), CLICK_COLUMNS, list(METRICS))
    sort = body.get("sort") or []
    for n, item in enumerate(sort):
        if item["name"] not in grouping and item["name"] not in METRICS:
            raise InvalidError.one(
                f"sort.{n}.name", f"Sort by a grouping column or a metric; {item['name']!r} is neither."
            )
    return _Query(grouping, metrics, filters, sort)


def _groups(query: _Query, source: ReportSource, period: Period) -> dict[tuple[Any, ...], Totals]:
    """Totals per grouping key over the period's clicks that pass the column filters."""
    env = source.env(period)
    getters = [CLICK_COLUMNS[name] for name in query.grouping]
    filters = query.filters
    groups: dict[tuple[Any, ...], Totals] = {}
    for index in source.data.index_range(period.start, period.end):
        click = source.click(index)
        if filters.clicks and not filters.click_matches(click, env):
            continue
        key = tuple(getter(click, env) for getter in getters)
        totals = groups.get(key)
        if totals is None:
            totals = groups[key] = Totals()
        totals.add(click)
    if not query.grouping and not groups:
        groups[()] = Totals()
    return groups


def _kept(query: _Query, groups: dict[tuple[Any, ...], Totals]) -> list[tuple[tuple[Any, ...], Totals]]:
    """The groups that pass the metric filters, in the order asked for (grouping keys, nulls first, by default)."""
    grouping = query.grouping
    kept = [
        (key, totals)
        for key, totals in groups.items()
        if all(test(METRICS[name](totals)) for name, test in query.filters.metrics)
    ]
    kept.sort(key=lambda item: tuple((0, 0) if v is None else (1, v) for v in item[0]))
    sort_in_place(
        kept,
        query.sort,
        lambda item, name: item[0][grouping.index(name)] if name in grouping else METRICS[name](item[1]),
    )
    return kept


def build_report(body: Mapping[str, Any], source: ReportSource) -> dict[str, Any]:
    query = _query(body)
    offset, limit = paging(body)
    period = source.period(body.get("range"))
    kept = _kept(query, _groups(query, source, period))
    grouping, metrics = query.grouping, query.metrics
    page = kept[offset : None if limit is None else offset + limit]
    rows = [{**dict(zip(grouping, key, strict=True)), **{m: METRICS[m](t) for m in metrics}} for key, t in page]
    result: dict[str, Any] = {
        "rows": rows,
        "total": len(kept),
        "meta": {**period.describe(), "grouping": grouping, "metrics": metrics, "count": len(rows)},
    }
    if body.get("summary"):
        overall = Totals()
        for _, totals in kept:
            overall.merge(totals)
        result["summary"] = {**dict.fromkeys(grouping), **{m: METRICS[m](overall) for m in metrics}}
    return result

"""`POST /clicks/log` and `POST /conversions/log`: rows of the synthetic data, paged.

An unfiltered, unsorted page computes only the rows on that page, so paging a million clicks
needs no memory beyond one page. Filters scan the period; `sort` ranks every matching row.
Rows come in click order unless `sort` says otherwise. Conversions are placed in a period by
their postback time. `total` counts matching rows before `offset`/`limit`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from ..data.clicks import MAX_CONVERSION_DELAY, Click
from ..data.columns import CLICK_COLUMNS, CONVERSION_COLUMNS, Env, Getter
from ..errors import InvalidError
from .common import ReportSource, names_in, paging, sort_in_place
from .filters import CompiledFilters, compile_filters
from .ranges import Period

DEFAULT_CLICK_COLUMNS = ("datetime", "click_id", "sub_id", "campaign", "stream", "offer", "country_code", "cost")
DEFAULT_CONVERSION_COLUMNS = ("postback_datetime", "conversion_id", "sub_id", "campaign", "offer", "status", "revenue")


def _request(
    body: Mapping[str, Any], known: Mapping[str, Getter], defaults: Sequence[str]
) -> tuple[list[str], CompiledFilters, list[Mapping[str, Any]], int, int | None]:
    if body.get("limit") is None and body.get("range") is None:
        raise InvalidError.one("limit", "Give 'limit' or 'range' (or both).")
    columns = names_in(body.get("columns"), "columns", known, "column") or list(defaults)
    filters = compile_filters(body.get("filters"), known)
    sort = list(body.get("sort") or [])
    for n, item in enumerate(sort):
        if item["name"] not in known:
            raise InvalidError.one(f"sort.{n}.name", f"Unknown column {item['name']!r}.")
    offset, limit = paging(body)
    return columns, filters, sort, offset, limit


def _page(
    candidates: Iterator[Click],
    filters: CompiledFilters,
    sort: list[Mapping[str, Any]],
    getters: Mapping[str, Getter],
    env: Env,
    offset: int,
    limit: int | None,
) -> tuple[list[Click], int]:
    stop = None if limit is None else offset + limit
    if not sort:
        page: list[Click] = []
        total = 0
        for click in candidates:
            if filters.click_matches(click, env):
                if total >= offset and (stop is None or total < stop):
                    page.append(click)
                total += 1
        return page, total
    matches = [click for click in candidates if filters.click_matches(click, env)]
    sort_in_place(matches, sort, lambda click, name: getters[name](click, env))
    return matches[offset:stop], len(matches)


def _rows(clicks: list[Click], columns: list[str], getters: Mapping[str, Getter], env: Env) -> list[dict[str, Any]]:
    chosen = [(name, getters[name]) for name in columns]
    return [{name: getter(click, env) for name, getter in chosen} for click in clicks]


def _result(rows: list[dict[str, Any]], total: int, period: Period, columns: list[str]) -> dict[str, Any]:
    return {"rows": rows, "total": total, "meta": {**period.describe(), "columns": columns, "count": len(rows)}}


def click_log(body: Mapping[str, Any], source: ReportSource) -> dict[str, Any]:
    columns, filters, sort, offset, limit = _request(body, CLICK_COLUMNS, DEFAULT_CLICK_COLUMNS)
    period = source.period(body.get("range"))
    env = source.env(period)
    data = source.data
    indexes = data.index_range(period.start, period.end)
    if not filters.clicks and not sort:
        stop = len(indexes) if limit is None else min(len(indexes), offset + limit)
        page = [source.click(indexes[k]) for k in range(min(offset, stop), stop)]
        return _result(_rows(page, columns, CLICK_COLUMNS, env), len(indexes), period, columns)
    candidates = (source.click(index) for index in indexes)
    page, total = _page(candidates, filters, sort, CLICK_COLUMNS, env, offset, limit)
    return _result(_rows(page, columns, CLICK_COLUMNS, env), total, period, columns)


def conversion_log(body: Mapping[str, Any], source: ReportSource) -> dict[str, Any]:
    columns, filters, sort, offset, limit = _request(body, CONVERSION_COLUMNS, DEFAULT_CONVERSION_COLUMNS)
    period = source.period(body.get("range"))
    env = source.env(period)
    data = source.data
    start, end = period.start, period.end
    first = None if start is None else start - MAX_CONVERSION_DELAY

    def converted() -> Iterator[Click]:
        for index in data.index_range(first, end):
            click = source.click(index)
            conv = click.conversion
            if conv is not None and (start is None or conv.ts >= start) and (end is None or conv.ts < end):
                yield click

    page, total = _page(converted(), filters, sort, CONVERSION_COLUMNS, env, offset, limit)
    return _result(_rows(page, columns, CONVERSION_COLUMNS, env), total, period, columns)

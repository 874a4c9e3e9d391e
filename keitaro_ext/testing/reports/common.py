"""What report and log building share: the data and names they read, sorting and paging."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..data.clicks import Click, ClickData
from ..data.columns import Env
from ..errors import InvalidError
from .ranges import Period, resolve_range


@dataclass(frozen=True)
class ReportSource:
    """The inputs of a report: the clicks, the fake's clock, and the live names and labels."""

    data: ClickData
    now: datetime
    timezone: str
    names: Mapping[str, Mapping[int, str]]
    labels: Mapping[tuple[int, str, str], str]
    costs: Mapping[int, int] = field(default_factory=dict)  # click index -> cost in cents set by a cost update

    def click(self, index: int) -> Click:
        """Row `index` with the cost a cost update gave it, if any."""
        click = self.data.click(index)
        cost = self.costs.get(index)
        if cost is not None:
            click.cost_cents = cost
        return click

    def period(self, raw: Mapping[str, Any] | None) -> Period:
        return resolve_range(raw, self.now, self.timezone)

    def env(self, period: Period) -> Env:
        return Env(period.clock, self.names, self.labels)


def names_in(raw: Any, field: str, known: Sequence[str] | Mapping[str, Any], what: str) -> list[str]:
    """Check a list of column or metric names, with a 406 naming the first unknown one."""
    names = list(raw or [])
    for n, name in enumerate(names):
        if name not in known:
            raise InvalidError.one(f"{field}.{n}", f"Unknown {what} {name!r}.")
    return names


def paging(body: Mapping[str, Any]) -> tuple[int, int | None]:
    offset, limit = body.get("offset") or 0, body.get("limit")
    if offset < 0:
        raise InvalidError.one("offset", "Must be 0 or more.")
    if limit is not None and limit < 0:
        raise InvalidError.one("limit", "Must be 0 or more.")
    return offset, limit


def _none_first(value: Any) -> tuple[int, Any]:
    return (0, 0) if value is None else (1, value)


def sort_in_place(items: list[Any], sort: Sequence[Mapping[str, Any]], key_of: Callable[[Any, str], Any]) -> None:
    """Stable multi-key sort; nulls sort first ascending (last descending)."""
    for item in reversed(sort):
        name: str = item["name"]

        def key(row: Any, n: str = name) -> tuple[int, Any]:
            return _none_first(key_of(row, n))

        items.sort(key=key, reverse=item["order"] == "DESC")

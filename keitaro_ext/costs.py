"""Typed cost updates: dates, amounts and filters in the exact formats the tracker parses.

Keitaro takes costs as decimal strings and periods as `YYYY-MM-DD HH:MM` in the given zone, and
schedules the work in the background. These helpers accept datetimes, dates, Decimals and plain
numbers, check them, and never send a float artefact such as `0.30000000000000004`.
Pure value code: the methods (`campaigns.set_cost`, `update_costs`, `clicks.set_costs`) live in
`keitaro_ext.resources`.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, Required, TypeAlias, TypedDict

import attrs
from keitaro_admin_client.facade import PreparedCall
from keitaro_admin_client.facade.campaigns import prepare_update_campaign_costs
from keitaro_admin_client.facade.clicks import prepare_update_click_costs
from keitaro_admin_client.models.cost_filter import CostFilter
from keitaro_admin_client.types import UNSET, InvalidArgumentError, Unset

__all__ = [
    "CampaignCostOptions",
    "ClickCostOptions",
    "CostError",
    "CostPeriod",
    "campaign_cost_call",
    "click_cost_call",
    "update_costs_arguments",
]

Amount: TypeAlias = Decimal | int | float | str
Moment: TypeAlias = datetime | date | str
SUB_ID = re.compile(r"sub_id_[1-9][0-9]?")
# The named filter keys of the spec's CostFilter (its sub_id_N keys are matched by SUB_ID, up to sub_id_99).
FILTER_KEYS = tuple(a.name for a in attrs.fields(CostFilter) if a.init and not SUB_ID.fullmatch(a.name))
CURRENCY = re.compile(r"[A-Z]{3}")


class CostError(InvalidArgumentError):
    """A cost, period, currency or filter the tracker would reject or misread (nothing was sent)."""


def cost_amount(value: Amount) -> str:
    """A non-negative decimal string without exponent or float noise (floats are rounded to 8 places)."""
    if isinstance(value, bool):
        raise CostError("A cost must be a number, not a boolean.")
    try:
        amount = Decimal(str(round(value, 8))) if isinstance(value, float) else Decimal(value)
    except (InvalidOperation, ValueError, TypeError):
        raise CostError(f"Cannot read cost {value!r}: give a number such as 12.5 or '12.50'.") from None
    if not amount.is_finite() or amount < 0:
        raise CostError(f"A cost must be a finite number >= 0, got {value!r}.")
    return format(amount.normalize(), "f") if amount else "0"


def cost_moment(value: Moment, *, end: bool) -> str:
    """`YYYY-MM-DD HH:MM`; a bare date means its first minute (start) or its last (end)."""
    if isinstance(value, str):
        text = value.strip()
        try:
            value = datetime.fromisoformat(text) if len(text) > 10 else date.fromisoformat(text)
        except ValueError:
            raise CostError(f"Cannot read date {value!r}: use '2026-01-31' or '2026-01-31 18:00'.") from None
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if not isinstance(value, date):
        raise CostError(f"A period bound must be a datetime, a date or a string, got {type(value).__name__}.")
    return f"{value.isoformat()} {'23:59' if end else '00:00'}"


def cost_currency(value: str) -> str:
    code = value.strip().upper()
    if not CURRENCY.fullmatch(code):
        raise CostError(f"Currency must be a three-letter ISO 4217 code such as 'USD', got {value!r}.")
    return code


def cost_filters(filters: Mapping[str, str] | None) -> dict[str, str] | None:
    if not filters:
        return None
    for key in filters:
        if key not in FILTER_KEYS and not SUB_ID.fullmatch(key):
            close = difflib.get_close_matches(key, [*FILTER_KEYS, "sub_id_1"], n=2)
            hint = f" Did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
            raise CostError(f"Unknown cost filter {key!r}.{hint} Known: {', '.join(FILTER_KEYS)}, sub_id_N.")
    return {key: str(value) for key, value in filters.items()}


def _period(start: Moment, end: Moment) -> tuple[str, str]:
    first, last = cost_moment(start, end=False), cost_moment(end, end=True)
    if first > last:
        raise CostError(f"Impossible period: start {first} is after end {last}.")
    return first, last


@dataclass(frozen=True)
class CostPeriod:
    """The cost of one period for `clicks.set_costs`, optionally narrowed by click parameters."""

    start: Moment
    end: Moment
    cost: Amount
    currency: str | None = None
    timezone: str | None = None
    filters: Mapping[str, str] = field(default_factory=dict)

    def to_api(self) -> dict[str, Any]:
        first, last = _period(self.start, self.end)
        body: dict[str, Any] = {"start_date": first, "end_date": last, "cost": cost_amount(self.cost)}
        if self.currency is not None:
            body["currency"] = cost_currency(self.currency)
        if self.timezone is not None:
            body["timezone"] = self.timezone
        checked = cost_filters(self.filters)
        if checked:
            body["filters"] = checked
        return body


class CampaignCostOptions(TypedDict, total=False):
    """The keywords of `campaigns.set_cost`; `currency` is required."""

    currency: Required[str]
    timezone: str  # "UTC" unless given
    only_unique: bool
    filters: Mapping[str, str] | None


class ClickCostOptions(TypedDict, total=False):
    """The keywords of `clicks.set_costs`."""

    currency: str | None
    timezone: str | None
    only_unique: bool


def update_costs_arguments(
    start_date: Moment,
    end_date: Moment,
    timezone: str,
    cost: Amount,
    currency: str,
    only_campaign_uniques: bool | Unset,
    filters: Any = UNSET,
) -> dict[str, Any]:
    """The checked body fields of `POST /campaigns/{id}/update_costs` (filters: a CostFilter or a mapping)."""
    first, last = _period(start_date, end_date)
    arguments: dict[str, Any] = {
        "start_date": first,
        "end_date": last,
        "timezone": timezone,
        "cost": cost_amount(cost),
        "currency": cost_currency(currency),
        "only_campaign_uniques": only_campaign_uniques,
    }
    if filters is not UNSET:
        arguments["filters"] = filters if hasattr(filters, "to_dict") else cost_filters(filters)
    return arguments


def campaign_cost_call(
    campaign_id: int,
    start: Moment,
    end: Moment,
    cost: Amount,
    *,
    currency: str,
    timezone: str = "UTC",
    only_unique: bool = False,
    filters: Mapping[str, str] | None = None,
) -> PreparedCall:
    """The checked `POST /campaigns/{id}/update_costs` call of `campaigns.set_cost`."""
    arguments = update_costs_arguments(start, end, timezone, cost, currency, only_unique)
    checked = cost_filters(filters)
    if checked:
        arguments["filters"] = checked
    return prepare_update_campaign_costs(campaign_id, **arguments)


PeriodLike: TypeAlias = "CostPeriod | tuple[Any, ...]"


def as_period(value: Any, where: str = "period") -> CostPeriod:
    """A CostPeriod from itself or a plain tuple `(start, end, cost[, currency[, timezone]])`."""
    if isinstance(value, CostPeriod):
        return value
    if isinstance(value, tuple) and 3 <= len(value) <= 5:
        return CostPeriod(*value)
    raise CostError(
        f"{where}: expected a CostPeriod or a tuple (start, end, cost[, currency[, timezone]]), "
        f"got {type(value).__name__} {value!r:.60}.",
        path=where,
    )


def _periods(periods: Any) -> list[CostPeriod]:
    if isinstance(periods, CostPeriod):  # one period given on its own
        return [periods]
    if isinstance(periods, tuple) and periods and not isinstance(periods[0], (CostPeriod, tuple)):
        return [as_period(periods)]  # one plain tuple given on its own
    if isinstance(periods, (str, bytes, Mapping)) or not isinstance(periods, Iterable):
        raise CostError(
            f"periods: expected a list of CostPeriod or (start, end, cost) tuples, got {type(periods).__name__}.",
            path="periods",
        )
    return [as_period(item, f"periods[{index}]") for index, item in enumerate(periods)]


def click_cost_call(
    campaign_ids: Iterable[int],
    periods: Iterable[PeriodLike] | PeriodLike,
    *,
    currency: str | None = None,
    timezone: str | None = None,
    only_unique: bool = False,
) -> PreparedCall:
    """The checked `POST /clicks/update_costs` call of `clicks.set_costs`."""
    ids = [int(i) for i in campaign_ids]
    costs = [period.to_api() for period in _periods(periods)]
    if not ids or not costs:
        raise CostError("Give at least one campaign id and one cost period.")
    arguments: dict[str, Any] = {"campaign_ids": ids, "costs": costs, "only_campaign_uniques": 1 if only_unique else 0}
    if currency is not None:
        arguments["currency"] = cost_currency(currency)
    if timezone is not None:
        arguments["timezone"] = timezone
    return prepare_update_click_costs(**arguments)


def scheduled(result: object) -> bool:
    """What `clicks.set_costs` returns: whether the tracker took the job."""
    return bool(getattr(result, "success", False))

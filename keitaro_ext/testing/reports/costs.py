"""Cost updates applied to the fake's clicks, the way a tracker's cost job changes its statistics.

Keitaro's document (`POST /campaigns/{id}/update_costs`, `POST /clicks/update_costs`): a `cost` for the
period `start_date`..`end_date` (`YYYY-MM-DD HH:MM` in `timezone`) is spread over the campaign's clicks
in it, only campaign-unique ones with `only_campaign_uniques`, narrowed by click parameters (`filters`).
A tracker runs it later as a job; the fake runs it at once, so the next report shows it.

Choices where the document is silent: the end minute is included; the cost is split in whole cents
with the remainder on the earliest clicks, so the period's clicks add up to the cost exactly; a period
without matching clicks changes nothing; no currency conversion; a later update replaces an earlier
one click by click; a filter key the fake's clicks do not carry (`cost`, `currency`) matches nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, MutableMapping
from decimal import ROUND_HALF_UP, Decimal

from ..data.columns import CLICK_COLUMNS
from .common import ReportSource

__all__ = ["spread_cost"]

MINUTE = 60


def spread_cost(
    source: ReportSource,
    costs: MutableMapping[int, int],
    *,
    campaign_ids: Iterable[int],
    start: str,
    end: str,
    timezone: str,
    cost: str,
    only_unique: bool = False,
    filters: Mapping[str, str] | None = None,
) -> int:
    """Give the matching clicks of the period their share of `cost`; returns how many clicks got one."""
    period = source.period({"from": start, "to": end, "timezone": timezone})
    assert period.start is not None and period.end is not None  # both bounds were given
    until = period.end - 1 + MINUTE
    env = source.env(period)
    wanted = set(campaign_ids)
    checks = [(CLICK_COLUMNS.get(key), str(value)) for key, value in (filters or {}).items()]
    chosen: list[int] = []
    for index in source.data.index_range(period.start, until):
        click = source.data.click(index)
        if click.campaign.id not in wanted or (only_unique and not click.unique_campaign):
            continue
        if all(getter is not None and str(getter(click, env)) == value for getter, value in checks):
            chosen.append(index)
    if not chosen:
        return 0
    cents = int((Decimal(cost) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    share, extra = divmod(cents, len(chosen))
    for k, index in enumerate(chosen):
        costs[index] = share + (1 if k < extra else 0)
    return len(chosen)

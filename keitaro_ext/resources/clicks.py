"""`kt.clicks`: the generated calls plus the click log (`iter_log`, `export`) and typed `set_costs`."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Unpack

from keitaro_admin_client.facade import AsyncCaller, SyncCaller
from keitaro_admin_client.facade.clicks import AsyncClicksResource, ClicksResource, prepare_get_click_log

from ..costs import ClickCostOptions, PeriodLike, click_cost_call, scheduled
from .logs import AsyncLogMethods, LogMethods

__all__ = ["AsyncClicks", "Clicks"]


class Clicks(LogMethods, ClicksResource):
    _caller: SyncCaller
    _log_kind = "clicks"
    _prepare_log = staticmethod(prepare_get_click_log)

    def set_costs(
        self,
        campaign_ids: Iterable[int],
        periods: Iterable[PeriodLike] | PeriodLike,
        **options: Unpack[ClickCostOptions],
    ) -> bool:
        """Set costs of several periods on several campaigns in one request; True when scheduled.

        `periods` holds CostPeriod objects or plain `(start, end, cost[, currency[, timezone]])`
        tuples; dates, datetimes and ISO strings are taken for start and end, numbers or decimal
        strings for cost.
        """
        return scheduled(self._caller.call(click_cost_call(campaign_ids, periods, **options)))


class AsyncClicks(AsyncLogMethods, AsyncClicksResource):
    _caller: AsyncCaller
    _log_kind = "clicks"
    _prepare_log = staticmethod(prepare_get_click_log)

    async def set_costs(
        self,
        campaign_ids: Iterable[int],
        periods: Iterable[PeriodLike] | PeriodLike,
        **options: Unpack[ClickCostOptions],
    ) -> bool:
        """Set costs of several periods on several campaigns in one request; see `Clicks.set_costs`."""
        return scheduled(await self._caller.call(click_cost_call(campaign_ids, periods, **options)))

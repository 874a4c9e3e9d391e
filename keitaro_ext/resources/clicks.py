"""`kt.clicks`: the generated calls plus the click log (`iter_log`, `export`) and typed `set_costs`."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar, Unpack

from keitaro_admin_client.facade import AsyncCaller, SyncCaller
from keitaro_admin_client.facade.clicks import AsyncClicksResource, ClicksResource, prepare_get_click_log

from ..costs import ClickCostOptions, PeriodLike, click_cost_call, scheduled
from ..reports.logs import LogKind
from ._twins import AsyncFlavour, Plan, Send, SyncFlavour, twin
from .logs import AsyncLogMethods, LogMethods

__all__ = ["AsyncClicks", "Clicks"]


class _Clicks:
    """The handwritten methods of `kt.clicks` besides the log, written once for both flavours."""

    _log_kind: ClassVar[LogKind] = "clicks"
    _prepare_log = staticmethod(prepare_get_click_log)

    @twin
    def set_costs(
        self,
        campaign_ids: Iterable[int],
        periods: Iterable[PeriodLike] | PeriodLike,
        **options: Unpack[ClickCostOptions],
    ) -> Plan[bool]:
        """Set costs of several periods on several campaigns in one request; True when scheduled.

        `periods` holds CostPeriod objects or plain `(start, end, cost[, currency[, timezone]])`
        tuples; dates, datetimes and ISO strings are taken for start and end, numbers or decimal
        strings for cost.
        """
        return Plan(Send(click_cost_call(campaign_ids, periods, **options)), scheduled)


class Clicks(_Clicks, LogMethods, SyncFlavour, ClicksResource):
    _caller: SyncCaller


class AsyncClicks(_Clicks, AsyncLogMethods, AsyncFlavour, AsyncClicksResource):
    _caller: AsyncCaller

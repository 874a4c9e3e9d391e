"""Report metrics: the counters summed per row, and every derived metric defined once.

Counters (per click): clicks; campaign/stream/global unique clicks; bots; proxies; empty
referrers; lp_clicks (landing page clicked through); conversions = leads + sales + rejected;
rebills (always 0: the data has none); cost; lead/sale/rejected revenue.
Money: revenue = lead_revenue + sale_revenue (rejected earns nothing); profit = revenue - cost;
profit_confirmed = sale_revenue - cost.
Ratios (0 when the denominator is 0), percentages x100:
uc_campaign_rate, uc_stream_rate, uc_global_rate = unique / clicks %; bot_share = bots / clicks %;
approve = sales / conversions %; lp_ctr = lp_clicks / clicks %;
landing_clicked_period = mean seconds from click to landing click;
cr = conversions / clicks %; crs = sales / clicks %; crl = leads / clicks %;
roi = profit / cost %; roi_confirmed = profit_confirmed / cost %;
profitability = profit / revenue %;
epc = revenue / clicks; epc_confirmed = sale_revenue / clicks;
cpc = cost / clicks; ecpc = cost / campaign_unique_clicks; cpa = cost / conversions;
cps = cost / sales; ecpm = revenue / clicks x1000; ecpm_confirmed = sale_revenue / clicks x1000;
ec = revenue / conversions; ec_confirmed = sale_revenue / sales.
Money metrics are exact cents / 100; ratios are rounded to 4 decimals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .clicks import Click


@dataclass(slots=True)
class Totals:
    """Counters of a group of clicks; money in cents."""

    clicks: int = 0
    campaign_unique: int = 0
    stream_unique: int = 0
    global_unique: int = 0
    bots: int = 0
    proxies: int = 0
    empty_referrers: int = 0
    lp_clicks: int = 0
    lp_delay: int = 0
    leads: int = 0
    sales: int = 0
    rejected: int = 0
    cost: int = 0
    lead_revenue: int = 0
    sale_revenue: int = 0
    rejected_revenue: int = 0

    def add(self, click: Click) -> None:
        self.clicks += 1
        self.campaign_unique += click.unique_campaign
        self.stream_unique += click.unique_stream
        self.global_unique += click.unique_global
        self.bots += click.bot
        self.proxies += click.proxy
        self.empty_referrers += not click.referrer.referrer
        self.cost += click.cost_cents
        if click.lp_delay is not None:
            self.lp_clicks += 1
            self.lp_delay += click.lp_delay
        conv = click.conversion
        if conv is not None:
            if conv.status == "lead":
                self.leads += 1
                self.lead_revenue += conv.payout_cents
            elif conv.status == "sale":
                self.sales += 1
                self.sale_revenue += conv.payout_cents
            else:
                self.rejected += 1
                self.rejected_revenue += conv.payout_cents

    def merge(self, other: Totals) -> None:
        for name in self.__slots__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def conversions(self) -> int:
        return self.leads + self.sales + self.rejected

    @property
    def revenue(self) -> int:
        return self.lead_revenue + self.sale_revenue

    @property
    def profit(self) -> int:
        return self.revenue - self.cost


def _ratio(numerator: float, denominator: float, scale: float = 1.0) -> float:
    return round(numerator / denominator * scale, 4) if denominator else 0.0


def _money(cents: int) -> float:
    return cents / 100


METRICS: dict[str, Callable[[Totals], int | float]] = {
    "clicks": lambda t: t.clicks,
    "campaign_unique_clicks": lambda t: t.campaign_unique,
    "stream_unique_clicks": lambda t: t.stream_unique,
    "global_unique_clicks": lambda t: t.global_unique,
    "uc_campaign_rate": lambda t: _ratio(t.campaign_unique, t.clicks, 100),
    "uc_stream_rate": lambda t: _ratio(t.stream_unique, t.clicks, 100),
    "uc_global_rate": lambda t: _ratio(t.global_unique, t.clicks, 100),
    "bots": lambda t: t.bots,
    "bot_share": lambda t: _ratio(t.bots, t.clicks, 100),
    "proxies": lambda t: t.proxies,
    "empty_referrers": lambda t: t.empty_referrers,
    "conversions": lambda t: t.conversions,
    "leads": lambda t: t.leads,
    "sales": lambda t: t.sales,
    "rejected": lambda t: t.rejected,
    "rebills": lambda t: 0,
    "approve": lambda t: _ratio(t.sales, t.conversions, 100),
    "lp_clicks": lambda t: t.lp_clicks,
    "lp_ctr": lambda t: _ratio(t.lp_clicks, t.clicks, 100),
    "landing_clicked_period": lambda t: _ratio(t.lp_delay, t.lp_clicks),
    "cr": lambda t: _ratio(t.conversions, t.clicks, 100),
    "crs": lambda t: _ratio(t.sales, t.clicks, 100),
    "crl": lambda t: _ratio(t.leads, t.clicks, 100),
    "roi": lambda t: _ratio(t.profit, t.cost, 100),
    "roi_confirmed": lambda t: _ratio(t.sale_revenue - t.cost, t.cost, 100),
    "epc": lambda t: _ratio(t.revenue / 100, t.clicks),
    "epc_confirmed": lambda t: _ratio(t.sale_revenue / 100, t.clicks),
    "cps": lambda t: _ratio(t.cost / 100, t.sales),
    "cpa": lambda t: _ratio(t.cost / 100, t.conversions),
    "cpc": lambda t: _ratio(t.cost / 100, t.clicks),
    "ecpc": lambda t: _ratio(t.cost / 100, t.campaign_unique),
    "ecpm": lambda t: _ratio(t.revenue / 100, t.clicks, 1000),
    "ecpm_confirmed": lambda t: _ratio(t.sale_revenue / 100, t.clicks, 1000),
    "ec": lambda t: _ratio(t.revenue / 100, t.conversions),
    "ec_confirmed": lambda t: _ratio(t.sale_revenue / 100, t.sales),
    "profitability": lambda t: _ratio(t.profit, t.revenue, 100),
    "cost": lambda t: _money(t.cost),
    "revenue": lambda t: _money(t.revenue),
    "profit": lambda t: _money(t.profit),
    "lead_revenue": lambda t: _money(t.lead_revenue),
    "sale_revenue": lambda t: _money(t.sale_revenue),
    "rejected_revenue": lambda t: _money(t.rejected_revenue),
    "profit_confirmed": lambda t: _money(t.sale_revenue - t.cost),
}

"""Report and log columns: how each name of the spec's `ReportColumn` and `ConversionColumn`
enums is read off a synthetic click.

Formats: datetimes `YYYY-MM-DD HH:MM:SS` in the report's zone; `year`, `hour` integers;
`month` `YYYY-MM`; `week` ISO `YYYY-Www`; `weekday` English day name; `day` `YYYY-MM-DD`;
`day_hour` `YYYY-MM-DD HH:00`; flags 1/0; money in the currency's units (cents / 100);
`ip_mask1` `a.b.c.*`, `ip_mask2` `a.b.*.*`; unset ids are null, unset text parameters "".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .clicks import Click
from .clock import LocalClock

LANGUAGES = ("en", "de", "fr", "es", "pt", "hi", "pl")
LABEL_COLUMNS = ("ip", "source", "ad_campaign_id", "creative_id", "keyword", *(f"sub_id_{n}" for n in range(1, 11)))
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_AGE_GROUPS = ("18-24", "25-34", "35-44", "45-54", "55+")


@dataclass
class Env:
    """What columns need besides the click: the zone, current entity names and report labels."""

    clock: LocalClock
    names: Mapping[str, Mapping[int, str]] = field(default_factory=dict)
    labels: Mapping[tuple[int, str, str], str] = field(default_factory=dict)

    def name(self, kind: str, entity_id: int | None, default: str) -> str | None:
        if entity_id is None:
            return None
        return self.names.get(kind, {}).get(entity_id, default)


Getter = Callable[[Click, Env], Any]


def ip(click: Click) -> str:
    h = click.h4
    return f"{click.country.ip_prefix}.{(h >> 24) & 0xFF}.{(h >> 32) & 0xFF}.{1 + (h >> 40) % 254}"


def sub_id(click: Click) -> str:
    return f"{click.h2 & 0xFFFF:04x}{click.index:x}"


_PARAMS: dict[str, Callable[[Click], str]] = {
    "sub_id_1": lambda c: f"cr{(c.h2 >> 24) & 0x1F}",
    "sub_id_2": lambda c: f"site{(c.h2 >> 32) & 0x3F}",
    "sub_id_3": lambda c: f"pl{(c.h2 >> 40) & 0xF}" if (c.h2 >> 44) & 1 else "",
    "sub_id_4": lambda c: _AGE_GROUPS[((c.h2 >> 48) & 0xFF) % len(_AGE_GROUPS)],
    "extra_param_1": lambda c: f"x{(c.h3 >> 48) & 0x7}" if (c.h3 >> 51) & 3 == 0 else "",
    "ad_campaign_id": lambda c: f"ad{c.campaign.id}{(c.h2 >> 56) & 7}",
    "creative_id": lambda c: f"c{(c.h2 >> 24) & 0x1F}",
    "external_id": lambda c: f"ext{(c.h3 >> 24) & 0xFFFF}",
}


def label(click: Click, env: Env) -> str | None:
    """The label of the first labelled value of this click, in `LABEL_COLUMNS` order."""
    if not env.labels:
        return None
    for ref_name in LABEL_COLUMNS:
        found = env.labels.get((click.campaign.id, ref_name, str(CLICK_COLUMNS[ref_name](click, env))))
        if found:
            return found
    return None


def _week(click: Click, env: Env) -> str:
    year, week, _ = env.clock.local(click.ts).isocalendar()
    return f"{year:04d}-W{week:02d}"


def _lp_time(click: Click, env: Env) -> str | None:
    return env.clock.text(click.ts + click.lp_delay) if click.lp_delay is not None else None


def _destination(click: Click) -> str | None:
    return click.offer.url.replace("{subid}", sub_id(click)) if click.offer is not None else None


def _user_agent(click: Click) -> str:
    return f"Mozilla/5.0 ({click.os[0]} {click.os[2]}; {click.device.type}) {click.browser[0]}/{click.browser[1]}.0"


def _status_flag(status: str) -> Getter:
    return lambda c, e: int(c.conversion is not None and c.conversion.status == status)


def _param_getter(name: str) -> Getter:
    getter = _PARAMS.get(name)
    if getter is None:
        return lambda c, e: ""
    return lambda c, e: getter(c)


CLICK_COLUMNS: dict[str, Getter] = {
    "click_id": lambda c, e: c.index + 1,
    "sub_id": lambda c, e: sub_id(c),
    "visitor_code": lambda c, e: f"{c.h3 >> 36:07x}"[:7],
    "campaign_id": lambda c, e: c.campaign.id,
    "campaign_group_id": lambda c, e: c.campaign.group_id,
    "parent_campaign_id": lambda c, e: None,
    "landing_id": lambda c, e: c.landing.id if c.landing else None,
    "offer_id": lambda c, e: c.offer.id if c.offer else None,
    "ts_id": lambda c, e: c.campaign.source_id,
    "stream_id": lambda c, e: c.flow.id,
    "language_id": lambda c, e: LANGUAGES.index(c.country.language) + 1,
    "device_type_id": lambda c, e: c.device.type_id,
    "campaign": lambda c, e: e.name("campaigns", c.campaign.id, c.campaign.name),
    "campaign_group": lambda c, e: e.name("groups", c.campaign.group_id, ""),
    "parent_campaign": lambda c, e: None,
    "landing": lambda c, e: e.name("landing_pages", c.landing.id, c.landing.name) if c.landing else None,
    "landing_clicked_datetime": _lp_time,
    "landing_clicked_period": lambda c, e: c.lp_delay,
    "offer": lambda c, e: e.name("offers", c.offer.id, c.offer.name) if c.offer else None,
    "ts": lambda c, e: e.name("traffic_sources", c.campaign.source_id, ""),
    "stream": lambda c, e: e.name("streams", c.flow.id, c.flow.name),
    "language": lambda c, e: c.country.language,
    "device_type": lambda c, e: c.device.type,
    "connection_type": lambda c, e: c.connection,
    "ip": lambda c, e: ip(c),
    "country_code": lambda c, e: c.country.code,
    "country": lambda c, e: c.country.name,
    "region": lambda c, e: c.country.regions[(c.h4 >> 56) & 1][0],
    "city": lambda c, e: c.country.regions[(c.h4 >> 56) & 1][1],
    "user_agent": lambda c, e: _user_agent(c),
    "operator": lambda c, e: c.country.operators[(c.h4 >> 57) & 1] if c.connection == "Cellular" else "",
    "os": lambda c, e: c.os[0],
    "os_icon": lambda c, e: c.os[1],
    "os_version": lambda c, e: c.os[2],
    "browser": lambda c, e: c.browser[0],
    "browser_version": lambda c, e: c.browser[1],
    "device_model": lambda c, e: c.device.model,
    "isp": lambda c, e: c.country.isps[(c.h4 >> 58) & 1],
    "source": lambda c, e: c.referrer.source,
    "referrer": lambda c, e: c.referrer.referrer,
    "search_engine": lambda c, e: c.referrer.search_engine,
    "keyword": lambda c, e: c.keyword,
    "destination": lambda c, e: _destination(c),
    **{f"sub_id_{n}": _param_getter(f"sub_id_{n}") for n in range(1, 16)},
    **{f"extra_param_{n}": _param_getter(f"extra_param_{n}") for n in range(1, 11)},
    "revenue": lambda c, e: c.revenue_cents / 100,
    "cost": lambda c, e: c.cost_cents / 100,
    "profit": lambda c, e: (c.revenue_cents - c.cost_cents) / 100,
    "ad_campaign_id": _param_getter("ad_campaign_id"),
    "external_id": _param_getter("external_id"),
    "creative_id": _param_getter("creative_id"),
    "is_unique_stream": lambda c, e: int(c.unique_stream),
    "is_unique_campaign": lambda c, e: int(c.unique_campaign),
    "is_lead": _status_flag("lead"),
    "is_sale": _status_flag("sale"),
    "is_rejected": _status_flag("rejected"),
    "is_bot": lambda c, e: int(c.bot),
    "is_using_proxy": lambda c, e: int(c.proxy),
    "datetime": lambda c, e: e.clock.text(c.ts),
    "year": lambda c, e: e.clock.local(c.ts).year,
    "month": lambda c, e: e.clock.local(c.ts).strftime("%Y-%m"),
    "week": _week,
    "weekday": lambda c, e: _WEEKDAYS[e.clock.local(c.ts).weekday()],
    "day": lambda c, e: e.clock.text(c.ts)[:10],
    "hour": lambda c, e: e.clock.local(c.ts).hour,
    "day_hour": lambda c, e: e.clock.text(c.ts)[:13] + ":00",
    "ip_mask1": lambda c, e: ip(c).rsplit(".", 1)[0] + ".*",
    "ip_mask2": lambda c, e: ".".join(ip(c).split(".")[:2]) + ".*.*",
    "label": label,
}


def _conv_time(c: Click, e: Env) -> str | None:
    return e.clock.text(c.conversion.ts) if c.conversion else None


def _sale_time(c: Click, e: Env) -> str | None:
    conv = c.conversion
    return e.clock.text(conv.ts) if conv is not None and conv.status == "sale" else None


def _sale_period(c: Click, e: Env) -> int | None:
    conv = c.conversion
    return conv.ts - c.ts if conv is not None and conv.status == "sale" else None


def _params_text(c: Click, e: Env) -> str | None:
    conv = c.conversion
    return f"payout={conv.payout_cents / 100:.2f}&currency=USD" if conv is not None else None


CONVERSION_COLUMNS: dict[str, Getter] = {
    **CLICK_COLUMNS,
    "datetime": _conv_time,
    "conversion_id": lambda c, e: c.index + 1,
    "click_datetime": lambda c, e: e.clock.text(c.ts),
    "postback_datetime": _conv_time,
    "sale_datetime": _sale_time,
    "sale_period": _sale_period,
    "tid": lambda c, e: f"tx{c.index + 1:09d}",
    "status": lambda c, e: c.conversion.status if c.conversion else None,
    "previous_status": lambda c, e: c.conversion.previous_status if c.conversion else None,
    "original_status": lambda c, e: (c.conversion.previous_status or c.conversion.status) if c.conversion else None,
    "params": _params_text,
}

# pyright: strict
"""Ordinary user code, type-checked by `make typecheck` (mypy --strict over tests/) and run by test_user_code.py.

It must need no casts and no isinstance checks on Unset: fields every answer carries are plain
types, timestamps are datetimes, literal arguments take plain strings or the aliases of
keitaro_ext.types, and errors are one typed family.
"""

from __future__ import annotations

from datetime import date, datetime

from keitaro_ext import UNSET, CostPeriod, InvalidArgumentError, Keitaro, KeitaroError, NotFoundError
from keitaro_ext.types import CampaignState, CampaignType, CostType


def launch(kt: Keitaro, offer_ids: list[int]) -> list[int]:
    """Create a campaign with a flow splitting traffic between offers; return the offer ids read back."""
    kind: CampaignType = "weight"
    cost: CostType = "CPC"
    campaign = kt.campaigns.create(name="Summer", alias="summer-sale", type_=kind, cost_type=cost, cost_value=0.05)
    share = 100 // len(offer_ids)
    offers = [{"offer_id": offer_id, "share": share} for offer_id in offer_ids]
    flow = kt.streams.create(
        campaign_id=campaign.id, type_="regular", schema="redirect", name="Main", action_type="http", offers=offers
    )
    names: list[str] = [flow.name, campaign.name, campaign.alias]
    assert all(names)
    again = kt.streams.get(flow.id)
    return [offer.offer_id for offer in again.offers]


def audit(kt: Keitaro) -> dict[str, datetime]:
    """Campaign names to their last change; archived ones left out."""
    archived: CampaignState = "deleted"
    changed: dict[str, datetime] = {}
    for campaign in kt.campaigns.iter():
        if campaign.state != archived:
            changed[campaign.name] = campaign.updated_at
    return changed


def costs(kt: Keitaro, campaign_id: int) -> None:
    kt.campaigns.update_costs(
        campaign_id, start_date=date(2026, 6, 1), end_date=date(2026, 6, 2), timezone="UTC", cost=12.5, currency="USD"
    )
    kt.clicks.set_costs(
        [campaign_id], [("2026-06-01", "2026-06-02", 10), CostPeriod(date(2026, 6, 3), date(2026, 6, 3), 2)]
    )


def clicks_by_campaign(kt: Keitaro) -> dict[str, int]:
    report = kt.reports.build(metrics="clicks,conversions", group_by="campaign", range="7_days_ago")
    totals: dict[str, int] = {}
    for row in report:
        totals[str(row["campaign"])] = int(row["clicks"])
    return totals


def careful(kt: Keitaro) -> str:
    try:
        kt.campaigns.get(987654)
    except NotFoundError as exc:
        return f"missing: {exc.status_code}"
    except KeitaroError:
        return "other"
    return "found"


def typo(kt: Keitaro) -> str:
    try:
        kt.campaigns.create(name="N", alias="n", extra_body={"cost_vale": 1})
    except InvalidArgumentError as exc:
        return exc.path
    return ""


def token_or_none(kt: Keitaro, campaign_id: int) -> str | None:
    token = kt.campaigns.get(campaign_id).token  # may be absent for keys with restricted rights
    return None if token is UNSET else token

"""Known values of `CampaignUpdateCostType`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

CampaignUpdateCostType = Literal["CPC", "CPM", "CPUC"]

CAMPAIGN_UPDATE_COST_TYPE_VALUES: frozenset[CampaignUpdateCostType] = frozenset(
    {
        "CPC",
        "CPM",
        "CPUC",
    }
)


def check_campaign_update_cost_type(value: str) -> CampaignUpdateCostType:
    return cast(CampaignUpdateCostType, value)

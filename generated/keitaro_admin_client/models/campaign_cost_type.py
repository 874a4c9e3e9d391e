"""Known values of `CampaignCostType`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

CampaignCostType = Literal["CPA", "CPC", "CPM", "CPS", "CPUC", "CPUV", "CPV", "RevShare"]

CAMPAIGN_COST_TYPE_VALUES: frozenset[CampaignCostType] = frozenset(
    {
        "CPA",
        "CPC",
        "CPM",
        "CPS",
        "CPUC",
        "CPUV",
        "CPV",
        "RevShare",
    }
)


def check_campaign_cost_type(value: str) -> CampaignCostType:
    return cast(CampaignCostType, value)

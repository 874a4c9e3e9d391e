"""Known values of `ClickCostUpdateOnlyCampaignUniques`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

ClickCostUpdateOnlyCampaignUniques = Literal[0, 1]

CLICK_COST_UPDATE_ONLY_CAMPAIGN_UNIQUES_VALUES: frozenset[ClickCostUpdateOnlyCampaignUniques] = frozenset(
    {
        0,
        1,
    }
)


def check_click_cost_update_only_campaign_uniques(value: int) -> ClickCostUpdateOnlyCampaignUniques:
    return cast(ClickCostUpdateOnlyCampaignUniques, value)

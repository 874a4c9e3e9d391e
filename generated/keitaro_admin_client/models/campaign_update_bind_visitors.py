"""Known values of `CampaignUpdateBindVisitors`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

CampaignUpdateBindVisitors = Literal["s", "sl", "slo"]

CAMPAIGN_UPDATE_BIND_VISITORS_VALUES: frozenset[CampaignUpdateBindVisitors] = frozenset(
    {
        "s",
        "sl",
        "slo",
    }
)


def check_campaign_update_bind_visitors(value: str) -> CampaignUpdateBindVisitors:
    return cast(CampaignUpdateBindVisitors, value)

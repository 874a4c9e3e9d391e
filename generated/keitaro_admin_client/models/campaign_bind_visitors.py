"""Known values of `CampaignBindVisitors`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

CampaignBindVisitors = Literal["s", "sl", "slo"]

CAMPAIGN_BIND_VISITORS_VALUES: frozenset[CampaignBindVisitors] = frozenset(
    {
        "s",
        "sl",
        "slo",
    }
)


def check_campaign_bind_visitors(value: str) -> CampaignBindVisitors:
    return cast(CampaignBindVisitors, value)

"""Known values of `CampaignType`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

CampaignType = Literal["position", "weight"]

CAMPAIGN_TYPE_VALUES: frozenset[CampaignType] = frozenset(
    {
        "position",
        "weight",
    }
)


def check_campaign_type(value: str) -> CampaignType:
    return cast(CampaignType, value)

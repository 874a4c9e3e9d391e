"""Known values of `CampaignUpdateType`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

CampaignUpdateType = Literal["position", "weight"]

CAMPAIGN_UPDATE_TYPE_VALUES: frozenset[CampaignUpdateType] = frozenset(
    {
        "position",
        "weight",
    }
)


def check_campaign_update_type(value: str) -> CampaignUpdateType:
    return cast(CampaignUpdateType, value)

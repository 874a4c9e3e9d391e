"""Known values of `CampaignState`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

CampaignState = Literal["active", "deleted", "disabled"]

CAMPAIGN_STATE_VALUES: frozenset[CampaignState] = frozenset(
    {
        "active",
        "deleted",
        "disabled",
    }
)


def check_campaign_state(value: str) -> CampaignState:
    return cast(CampaignState, value)

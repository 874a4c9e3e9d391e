"""Known values of `CampaignUpdateState`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

CampaignUpdateState = Literal["active", "deleted", "disabled"]

CAMPAIGN_UPDATE_STATE_VALUES: frozenset[CampaignUpdateState] = frozenset(
    {
        "active",
        "deleted",
        "disabled",
    }
)


def check_campaign_update_state(value: str) -> CampaignUpdateState:
    return cast(CampaignUpdateState, value)

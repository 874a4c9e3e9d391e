"""Known values of `CampaignUniquenessMethod`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

CampaignUniquenessMethod = Literal["ip", "ip_ua"]

CAMPAIGN_UNIQUENESS_METHOD_VALUES: frozenset[CampaignUniquenessMethod] = frozenset(
    {
        "ip",
        "ip_ua",
    }
)


def check_campaign_uniqueness_method(value: str) -> CampaignUniquenessMethod:
    return cast(CampaignUniquenessMethod, value)

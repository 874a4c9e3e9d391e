"""Known values of `AffiliateNetworkState`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

AffiliateNetworkState = Literal["active", "deleted"]

AFFILIATE_NETWORK_STATE_VALUES: frozenset[AffiliateNetworkState] = frozenset(
    {
        "active",
        "deleted",
    }
)


def check_affiliate_network_state(value: str) -> AffiliateNetworkState:
    return cast(AffiliateNetworkState, value)

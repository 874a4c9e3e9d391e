"""Known values of `OfferUpdatePayoutType`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

OfferUpdatePayoutType = Literal["CPA", "CPC"]

OFFER_UPDATE_PAYOUT_TYPE_VALUES: frozenset[OfferUpdatePayoutType] = frozenset(
    {
        "CPA",
        "CPC",
    }
)


def check_offer_update_payout_type(value: str) -> OfferUpdatePayoutType:
    return cast(OfferUpdatePayoutType, value)

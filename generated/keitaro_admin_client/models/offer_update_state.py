"""Known values of `OfferUpdateState`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

OfferUpdateState = Literal["active", "deleted"]

OFFER_UPDATE_STATE_VALUES: frozenset[OfferUpdateState] = frozenset(
    {
        "active",
        "deleted",
    }
)


def check_offer_update_state(value: str) -> OfferUpdateState:
    return cast(OfferUpdateState, value)

"""Known values of `LandingPageUpdateState`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

LandingPageUpdateState = Literal["active", "deleted", "disabled"]

LANDING_PAGE_UPDATE_STATE_VALUES: frozenset[LandingPageUpdateState] = frozenset(
    {
        "active",
        "deleted",
        "disabled",
    }
)


def check_landing_page_update_state(value: str) -> LandingPageUpdateState:
    return cast(LandingPageUpdateState, value)

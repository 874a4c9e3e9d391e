"""Known values of `LandingPageUpdateLandingType`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

LandingPageUpdateLandingType = Literal["action", "external", "local", "preloaded"]

LANDING_PAGE_UPDATE_LANDING_TYPE_VALUES: frozenset[LandingPageUpdateLandingType] = frozenset(
    {
        "action",
        "external",
        "local",
        "preloaded",
    }
)


def check_landing_page_update_landing_type(value: str) -> LandingPageUpdateLandingType:
    return cast(LandingPageUpdateLandingType, value)

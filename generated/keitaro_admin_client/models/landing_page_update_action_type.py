"""Known values of `LandingPageUpdateActionType`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

LandingPageUpdateActionType = Literal["curl", "http", "local_file", "show_html", "show_text", "status404"]

LANDING_PAGE_UPDATE_ACTION_TYPE_VALUES: frozenset[LandingPageUpdateActionType] = frozenset(
    {
        "curl",
        "http",
        "local_file",
        "show_html",
        "show_text",
        "status404",
    }
)


def check_landing_page_update_action_type(value: str) -> LandingPageUpdateActionType:
    return cast(LandingPageUpdateActionType, value)

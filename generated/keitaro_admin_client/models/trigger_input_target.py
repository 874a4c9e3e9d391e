"""Known values of `TriggerInputTarget`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

TriggerInputTarget = Literal["landings", "offers", "selected_page", "stream"]

TRIGGER_INPUT_TARGET_VALUES: frozenset[TriggerInputTarget] = frozenset(
    {
        "landings",
        "offers",
        "selected_page",
        "stream",
    }
)


def check_trigger_input_target(value: str) -> TriggerInputTarget:
    return cast(TriggerInputTarget, value)

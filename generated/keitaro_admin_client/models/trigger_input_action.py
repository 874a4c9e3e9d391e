"""Known values of `TriggerInputAction`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

TriggerInputAction = Literal["disable", "grab_from_page", "replace_url"]

TRIGGER_INPUT_ACTION_VALUES: frozenset[TriggerInputAction] = frozenset(
    {
        "disable",
        "grab_from_page",
        "replace_url",
    }
)


def check_trigger_input_action(value: str) -> TriggerInputAction:
    return cast(TriggerInputAction, value)

"""Known values of `TriggerInputCondition`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

TriggerInputCondition = Literal["always", "av_detected", "not_contains", "not_respond"]

TRIGGER_INPUT_CONDITION_VALUES: frozenset[TriggerInputCondition] = frozenset(
    {
        "always",
        "av_detected",
        "not_contains",
        "not_respond",
    }
)


def check_trigger_input_condition(value: str) -> TriggerInputCondition:
    return cast(TriggerInputCondition, value)

"""Known values of `StreamFilterRuleInputMode`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

StreamFilterRuleInputMode = Literal["accept", "reject"]

STREAM_FILTER_RULE_INPUT_MODE_VALUES: frozenset[StreamFilterRuleInputMode] = frozenset(
    {
        "accept",
        "reject",
    }
)


def check_stream_filter_rule_input_mode(value: str) -> StreamFilterRuleInputMode:
    return cast(StreamFilterRuleInputMode, value)

"""Known values of `StreamLandingInputState`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

StreamLandingInputState = Literal["active", "disabled"]

STREAM_LANDING_INPUT_STATE_VALUES: frozenset[StreamLandingInputState] = frozenset(
    {
        "active",
        "disabled",
    }
)


def check_stream_landing_input_state(value: str) -> StreamLandingInputState:
    return cast(StreamLandingInputState, value)

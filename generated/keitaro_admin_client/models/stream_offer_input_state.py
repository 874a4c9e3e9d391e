"""Known values of `StreamOfferInputState`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

StreamOfferInputState = Literal["active", "disabled"]

STREAM_OFFER_INPUT_STATE_VALUES: frozenset[StreamOfferInputState] = frozenset(
    {
        "active",
        "disabled",
    }
)


def check_stream_offer_input_state(value: str) -> StreamOfferInputState:
    return cast(StreamOfferInputState, value)

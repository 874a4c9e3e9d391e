"""Known values of `StreamUpdateState`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

StreamUpdateState = Literal["active", "deleted", "disabled"]

STREAM_UPDATE_STATE_VALUES: frozenset[StreamUpdateState] = frozenset(
    {
        "active",
        "deleted",
        "disabled",
    }
)


def check_stream_update_state(value: str) -> StreamUpdateState:
    return cast(StreamUpdateState, value)

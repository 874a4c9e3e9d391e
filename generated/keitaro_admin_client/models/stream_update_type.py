"""Known values of `StreamUpdateType`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

StreamUpdateType = Literal["default", "forced", "regular"]

STREAM_UPDATE_TYPE_VALUES: frozenset[StreamUpdateType] = frozenset(
    {
        "default",
        "forced",
        "regular",
    }
)


def check_stream_update_type(value: str) -> StreamUpdateType:
    return cast(StreamUpdateType, value)

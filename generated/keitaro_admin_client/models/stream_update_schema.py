"""Known values of `StreamUpdateSchema`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

StreamUpdateSchema = Literal["action", "landings", "redirect"]

STREAM_UPDATE_SCHEMA_VALUES: frozenset[StreamUpdateSchema] = frozenset(
    {
        "action",
        "landings",
        "redirect",
    }
)


def check_stream_update_schema(value: str) -> StreamUpdateSchema:
    return cast(StreamUpdateSchema, value)

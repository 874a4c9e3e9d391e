"""Known values of `LogType`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

LogType = Literal["postbacks", "sent_postbacks", "ssl", "system", "traffic"]

LOG_TYPE_VALUES: frozenset[LogType] = frozenset(
    {
        "postbacks",
        "sent_postbacks",
        "ssl",
        "system",
        "traffic",
    }
)


def check_log_type(value: str) -> LogType:
    return cast(LogType, value)

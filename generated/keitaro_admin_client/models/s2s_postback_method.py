"""Known values of `S2SPostbackMethod`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

S2SPostbackMethod = Literal["GET", "POST"]

S2S_POSTBACK_METHOD_VALUES: frozenset[S2SPostbackMethod] = frozenset(
    {
        "GET",
        "POST",
    }
)


def check_s2s_postback_method(value: str) -> S2SPostbackMethod:
    return cast(S2SPostbackMethod, value)

"""Known values of `GroupType`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

GroupType = Literal["campaigns", "domains", "landings", "offers"]

GROUP_TYPE_VALUES: frozenset[GroupType] = frozenset(
    {
        "campaigns",
        "domains",
        "landings",
        "offers",
    }
)


def check_group_type(value: str) -> GroupType:
    return cast(GroupType, value)

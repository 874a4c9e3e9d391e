"""Known values of `AccessType`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

AccessType = Literal["created_by_user_groups_and_selected", "full_access", "read_only", "to_groups_and_selected"]

ACCESS_TYPE_VALUES: frozenset[AccessType] = frozenset(
    {
        "created_by_user_groups_and_selected",
        "full_access",
        "read_only",
        "to_groups_and_selected",
    }
)


def check_access_type(value: str) -> AccessType:
    return cast(AccessType, value)

"""Known values of `UserType`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

UserType = Literal["ADMIN", "USER"]

USER_TYPE_VALUES: frozenset[UserType] = frozenset(
    {
        "ADMIN",
        "USER",
    }
)


def check_user_type(value: str) -> UserType:
    return cast(UserType, value)

"""Known values of `DomainState`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

DomainState = Literal["active", "deleted"]

DOMAIN_STATE_VALUES: frozenset[DomainState] = frozenset(
    {
        "active",
        "deleted",
    }
)


def check_domain_state(value: str) -> DomainState:
    return cast(DomainState, value)

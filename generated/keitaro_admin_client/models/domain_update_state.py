"""Known values of `DomainUpdateState`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

DomainUpdateState = Literal["active", "deleted"]

DOMAIN_UPDATE_STATE_VALUES: frozenset[DomainUpdateState] = frozenset(
    {
        "active",
        "deleted",
    }
)


def check_domain_update_state(value: str) -> DomainUpdateState:
    return cast(DomainUpdateState, value)

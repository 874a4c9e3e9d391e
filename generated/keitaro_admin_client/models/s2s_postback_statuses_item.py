"""Known values of `S2SPostbackStatusesItem`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

S2SPostbackStatusesItem = Literal["lead", "rebill", "rejected", "sale"]

S2S_POSTBACK_STATUSES_ITEM_VALUES: frozenset[S2SPostbackStatusesItem] = frozenset(
    {
        "lead",
        "rebill",
        "rejected",
        "sale",
    }
)


def check_s2s_postback_statuses_item(value: str) -> S2SPostbackStatusesItem:
    return cast(S2SPostbackStatusesItem, value)

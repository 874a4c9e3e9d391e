"""Known values of `RangeInterval`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

RangeInterval = Literal[
    "1_month_ago",
    "1_year_ago",
    "30_days_ago",
    "6_months_ago",
    "7_days_ago",
    "all_time",
    "first_day_of_this_month",
    "first_day_of_this_week",
    "first_day_of_this_year",
    "today",
    "yesterday",
]

RANGE_INTERVAL_VALUES: frozenset[RangeInterval] = frozenset(
    {
        "1_month_ago",
        "1_year_ago",
        "30_days_ago",
        "6_months_ago",
        "7_days_ago",
        "all_time",
        "first_day_of_this_month",
        "first_day_of_this_week",
        "first_day_of_this_year",
        "today",
        "yesterday",
    }
)


def check_range_interval(value: str) -> RangeInterval:
    return cast(RangeInterval, value)

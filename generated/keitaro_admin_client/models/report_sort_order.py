"""Known values of `ReportSortOrder`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

ReportSortOrder = Literal["ASC", "DESC"]

REPORT_SORT_ORDER_VALUES: frozenset[ReportSortOrder] = frozenset(
    {
        "ASC",
        "DESC",
    }
)


def check_report_sort_order(value: str) -> ReportSortOrder:
    return cast(ReportSortOrder, value)

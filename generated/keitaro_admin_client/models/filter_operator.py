"""Known values of `FilterOperator`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

FilterOperator = Literal[
    "BEGINS_WITH",
    "BETWEEN",
    "CONTAINS",
    "ENDS_WITH",
    "EQUALS",
    "EQUALS_OR_GREATER_THAN",
    "EQUALS_OR_LESS_THAN",
    "GREATER_THAN",
    "HAS_LABEL",
    "IN_LIST",
    "IS_FALSE",
    "IS_NOT_SET",
    "IS_SET",
    "IS_TRUE",
    "LESS_THAN",
    "MATCH_REGEXP",
    "NOT_CONTAIN",
    "NOT_EQUAL",
    "NOT_HAS_LABEL",
    "NOT_IN_LIST",
    "NOT_MATCH_REGEXP",
]

FILTER_OPERATOR_VALUES: frozenset[FilterOperator] = frozenset(
    {
        "BEGINS_WITH",
        "BETWEEN",
        "CONTAINS",
        "ENDS_WITH",
        "EQUALS",
        "EQUALS_OR_GREATER_THAN",
        "EQUALS_OR_LESS_THAN",
        "GREATER_THAN",
        "HAS_LABEL",
        "IN_LIST",
        "IS_FALSE",
        "IS_NOT_SET",
        "IS_SET",
        "IS_TRUE",
        "LESS_THAN",
        "MATCH_REGEXP",
        "NOT_CONTAIN",
        "NOT_EQUAL",
        "NOT_HAS_LABEL",
        "NOT_IN_LIST",
        "NOT_MATCH_REGEXP",
    }
)


def check_filter_operator(value: str) -> FilterOperator:
    return cast(FilterOperator, value)

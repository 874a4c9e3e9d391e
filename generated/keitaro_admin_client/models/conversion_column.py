"""Known values of `ConversionColumn`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

ConversionColumn = Literal[
    "click_datetime",
    "conversion_id",
    "original_status",
    "params",
    "postback_datetime",
    "previous_status",
    "sale_datetime",
    "sale_period",
    "status",
    "tid",
]

CONVERSION_COLUMN_VALUES: frozenset[ConversionColumn] = frozenset(
    {
        "click_datetime",
        "conversion_id",
        "original_status",
        "params",
        "postback_datetime",
        "previous_status",
        "sale_datetime",
        "sale_period",
        "status",
        "tid",
    }
)


def check_conversion_column(value: str) -> ConversionColumn:
    return cast(ConversionColumn, value)

"""Known values of `LabelsUpdateItemsAdditionalPropertyType1`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

LabelsUpdateItemsAdditionalPropertyType1 = Literal["", "blacklist", "whitelist"]

LABELS_UPDATE_ITEMS_ADDITIONAL_PROPERTY_TYPE_1_VALUES: frozenset[LabelsUpdateItemsAdditionalPropertyType1] = frozenset(
    {
        "",
        "blacklist",
        "whitelist",
    }
)


def check_labels_update_items_additional_property_type_1(value: str) -> LabelsUpdateItemsAdditionalPropertyType1:
    return cast(LabelsUpdateItemsAdditionalPropertyType1, value)

"""Known values of `LabelsUpdateItemsAdditionalPropertyType2Type1`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

LabelsUpdateItemsAdditionalPropertyType2Type1 = Literal["", "blacklist", "whitelist"]

LABELS_UPDATE_ITEMS_ADDITIONAL_PROPERTY_TYPE_2_TYPE_1_VALUES: frozenset[
    LabelsUpdateItemsAdditionalPropertyType2Type1
] = frozenset(
    {
        "",
        "blacklist",
        "whitelist",
    }
)


def check_labels_update_items_additional_property_type_2_type_1(
    value: str,
) -> LabelsUpdateItemsAdditionalPropertyType2Type1:
    return cast(LabelsUpdateItemsAdditionalPropertyType2Type1, value)

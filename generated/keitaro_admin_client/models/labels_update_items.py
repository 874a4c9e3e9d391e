from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.labels_update_items_additional_property_type_1 import (
    LabelsUpdateItemsAdditionalPropertyType1,
    check_labels_update_items_additional_property_type_1,
)
from ..models.labels_update_items_additional_property_type_2_type_1 import (
    LabelsUpdateItemsAdditionalPropertyType2Type1,
    check_labels_update_items_additional_property_type_2_type_1,
)
from ..models.labels_update_items_additional_property_type_3_type_1 import (
    LabelsUpdateItemsAdditionalPropertyType3Type1,
    check_labels_update_items_additional_property_type_3_type_1,
)

T = TypeVar("T", bound="LabelsUpdateItems")


@_attrs_define
class LabelsUpdateItems:
    """Values to label, each mapped to `whitelist` or `blacklist` (the label values of Keitaro's document; the shape of
    `items` is documented only vaguely). Null or an empty string removes a label: the fake's choice, not documented (G).

    """

    additional_properties: dict[
        str,
        LabelsUpdateItemsAdditionalPropertyType1
        | LabelsUpdateItemsAdditionalPropertyType2Type1
        | LabelsUpdateItemsAdditionalPropertyType3Type1
        | None,
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, str):
                field_dict[prop_name] = prop
            elif isinstance(prop, str):
                field_dict[prop_name] = prop
            elif isinstance(prop, str):
                field_dict[prop_name] = prop
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        labels_update_items = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> (
                LabelsUpdateItemsAdditionalPropertyType1
                | LabelsUpdateItemsAdditionalPropertyType2Type1
                | LabelsUpdateItemsAdditionalPropertyType3Type1
                | None
            ):
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    additional_property_type_1 = check_labels_update_items_additional_property_type_1(data)

                    return additional_property_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    additional_property_type_2_type_1 = check_labels_update_items_additional_property_type_2_type_1(
                        data
                    )

                    return additional_property_type_2_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    additional_property_type_3_type_1 = check_labels_update_items_additional_property_type_3_type_1(
                        data
                    )

                    return additional_property_type_3_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    LabelsUpdateItemsAdditionalPropertyType1
                    | LabelsUpdateItemsAdditionalPropertyType2Type1
                    | LabelsUpdateItemsAdditionalPropertyType3Type1
                    | None,
                    data,
                )

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        labels_update_items.additional_properties = additional_properties
        return labels_update_items

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> (
        LabelsUpdateItemsAdditionalPropertyType1
        | LabelsUpdateItemsAdditionalPropertyType2Type1
        | LabelsUpdateItemsAdditionalPropertyType3Type1
        | None
    ):
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: LabelsUpdateItemsAdditionalPropertyType1
        | LabelsUpdateItemsAdditionalPropertyType2Type1
        | LabelsUpdateItemsAdditionalPropertyType3Type1
        | None,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.label_ref_name import LabelRefName, check_label_ref_name

if TYPE_CHECKING:
    from ..models.labels_update_items import LabelsUpdateItems


T = TypeVar("T", bound="LabelsUpdate")


@_attrs_define
class LabelsUpdate:
    """Body of a label change.

    Attributes:
        campaign_id (int):
        ref_name (LabelRefName): Column a label list applies to.
        items (LabelsUpdateItems): Values to label, each mapped to `whitelist` or `blacklist` (the label values of
            Keitaro's document; the shape of `items` is documented only vaguely). Null or an empty string removes a label:
            the fake's choice, not documented (G); the fake answers 406 for any other value.
    """

    campaign_id: int
    ref_name: LabelRefName
    items: LabelsUpdateItems
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        ref_name: str = self.ref_name

        items = self.items.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_id": campaign_id,
                "ref_name": ref_name,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.labels_update_items import LabelsUpdateItems  # noqa: PLC0415

        d = dict(src_dict)
        campaign_id = d.pop("campaign_id")

        ref_name = check_label_ref_name(d.pop("ref_name"))

        items = LabelsUpdateItems.from_dict(d.pop("items"))

        labels_update = cls(
            campaign_id=campaign_id,
            ref_name=ref_name,
            items=items,
        )

        labels_update.additional_properties = d
        return labels_update

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

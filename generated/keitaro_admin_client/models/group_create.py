from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.group_type import GroupType, check_group_type

T = TypeVar("T", bound="GroupCreate")


@_attrs_define
class GroupCreate:
    """Fields accepted when creating a group.

    Attributes:
        name (str): Must hold a non-space character. Keitaro's document marks the field required but does not say blank
            text is refused; the fake refuses it as a tracker is assumed to (G).
        type_ (GroupType): What a group holds. `domains` is not in Keitaro's 2022 document: KeitaroManager/keitaro-mcp
            src/keitaro_mcp/client.py (@75f1f2d) and iso73-ops/claude-keitaro keitaro/references/keitaro-api.md list it as a
            group type (low confidence: third-party clients, no tracker answer seen); playtini/keitaro-client
            src/AdminApi/Enum/GroupTypeEnum.php has only the first three.
    """

    name: str
    type_: GroupType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = check_group_type(d.pop("type"))

        group_create = cls(
            name=name,
            type_=type_,
        )

        group_create.additional_properties = d
        return group_create

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

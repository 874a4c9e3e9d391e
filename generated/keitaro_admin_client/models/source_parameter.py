from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SourceParameter")


@_attrs_define
class SourceParameter:
    """One mapping of an incoming query parameter onto a tracker field.

    Attributes:
        name (str | Unset): Query parameter name the traffic source sends.
        placeholder (str | Unset): Macro of the traffic source that fills the parameter, e.g. `{keyword}`.
        alias (str | Unset): Label shown in reports.
    """

    name: str | Unset = UNSET
    placeholder: str | Unset = UNSET
    alias: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        placeholder = self.placeholder

        alias = self.alias

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if placeholder is not UNSET:
            field_dict["placeholder"] = placeholder
        if alias is not UNSET:
            field_dict["alias"] = alias

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        placeholder = d.pop("placeholder", UNSET)

        alias = d.pop("alias", UNSET)

        source_parameter = cls(
            name=name,
            placeholder=placeholder,
            alias=alias,
        )

        source_parameter.additional_properties = d
        return source_parameter

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

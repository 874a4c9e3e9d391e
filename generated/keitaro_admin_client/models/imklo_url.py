from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImkloUrl")


@_attrs_define
class ImkloUrl:
    """IMKLO settings.

    Attributes:
        imklo_api_url (str | Unset): Address of the IMKLO API.
    """

    imklo_api_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        imklo_api_url = self.imklo_api_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if imklo_api_url is not UNSET:
            field_dict["imklo_api_url"] = imklo_api_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        imklo_api_url = d.pop("imklo_api_url", UNSET)

        imklo_url = cls(
            imklo_api_url=imklo_api_url,
        )

        imklo_url.additional_properties = d
        return imklo_url

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

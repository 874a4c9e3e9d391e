from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_access_input import UserAccessInput


T = TypeVar("T", bound="UserAccessUpdate")


@_attrs_define
class UserAccessUpdate:
    """Body of an access change.

    Attributes:
        access_data (UserAccessInput | Unset): New access rights of a user.
    """

    access_data: UserAccessInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.access_data, Unset):
            access_data = self.access_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_data is not UNSET:
            field_dict["access_data"] = access_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_access_input import UserAccessInput  # noqa: PLC0415

        d = dict(src_dict)
        _access_data = d.pop("access_data", UNSET)
        access_data: UserAccessInput | Unset
        if isinstance(_access_data, Unset):
            access_data = UNSET
        else:
            access_data = UserAccessInput.from_dict(_access_data)

        user_access_update = cls(
            access_data=access_data,
        )

        user_access_update.additional_properties = d
        return user_access_update

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

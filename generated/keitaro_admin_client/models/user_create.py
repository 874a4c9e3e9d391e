from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_type import UserType, check_user_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_preferences import UserPreferences


T = TypeVar("T", bound="UserCreate")


@_attrs_define
class UserCreate:
    """Fields accepted when creating a user.

    Attributes:
        login (str): Must hold a non-space character. Keitaro's document marks the field required but does not say blank
            text is refused; the fake refuses it as a tracker is assumed to (G).
        new_password (str):
        new_password_confirmation (str):
        type_ (UserType): Role of a user.
        preferences (UserPreferences | Unset): Personal settings of a user.
    """

    login: str
    new_password: str
    new_password_confirmation: str
    type_: UserType
    preferences: UserPreferences | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        login = self.login

        new_password = self.new_password

        new_password_confirmation = self.new_password_confirmation

        type_: str = self.type_

        preferences: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preferences, Unset):
            preferences = self.preferences.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "login": login,
                "new_password": new_password,
                "new_password_confirmation": new_password_confirmation,
                "type": type_,
            }
        )
        if preferences is not UNSET:
            field_dict["preferences"] = preferences

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_preferences import UserPreferences  # noqa: PLC0415

        d = dict(src_dict)
        login = d.pop("login")

        new_password = d.pop("new_password")

        new_password_confirmation = d.pop("new_password_confirmation")

        type_ = check_user_type(d.pop("type"))

        _preferences = d.pop("preferences", UNSET)
        preferences: UserPreferences | Unset
        if isinstance(_preferences, Unset):
            preferences = UNSET
        else:
            preferences = UserPreferences.from_dict(_preferences)

        user_create = cls(
            login=login,
            new_password=new_password,
            new_password_confirmation=new_password_confirmation,
            type_=type_,
            preferences=preferences,
        )

        user_create.additional_properties = d
        return user_create

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

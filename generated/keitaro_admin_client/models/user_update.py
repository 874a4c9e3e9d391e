from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_type import UserType, check_user_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_preferences import UserPreferences


T = TypeVar("T", bound="UserUpdate")


@_attrs_define
class UserUpdate:
    """Fields accepted when changing a user.

    Attributes:
        login (str | Unset): Must hold a non-space character. Keitaro's document marks the field required but does not
            say blank text is refused; the fake refuses it as a tracker is assumed to (G).
        new_password (str | Unset):
        new_password_confirmation (str | Unset):
        type_ (UserType | Unset): Role of a user.
        key_count (int | Unset): Number of Admin API keys of the user.
        preferences (UserPreferences | Unset): Personal settings of a user.
    """

    login: str | Unset = UNSET
    new_password: str | Unset = UNSET
    new_password_confirmation: str | Unset = UNSET
    type_: UserType | Unset = UNSET
    key_count: int | Unset = UNSET
    preferences: UserPreferences | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        login = self.login

        new_password = self.new_password

        new_password_confirmation = self.new_password_confirmation

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        key_count = self.key_count

        preferences: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preferences, Unset):
            preferences = self.preferences.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if login is not UNSET:
            field_dict["login"] = login
        if new_password is not UNSET:
            field_dict["new_password"] = new_password
        if new_password_confirmation is not UNSET:
            field_dict["new_password_confirmation"] = new_password_confirmation
        if type_ is not UNSET:
            field_dict["type"] = type_
        if key_count is not UNSET:
            field_dict["keyCount"] = key_count
        if preferences is not UNSET:
            field_dict["preferences"] = preferences

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_preferences import UserPreferences  # noqa: PLC0415

        d = dict(src_dict)
        login = d.pop("login", UNSET)

        new_password = d.pop("new_password", UNSET)

        new_password_confirmation = d.pop("new_password_confirmation", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: UserType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_user_type(_type_)

        key_count = d.pop("keyCount", UNSET)

        _preferences = d.pop("preferences", UNSET)
        preferences: UserPreferences | Unset
        if isinstance(_preferences, Unset):
            preferences = UNSET
        else:
            preferences = UserPreferences.from_dict(_preferences)

        user_update = cls(
            login=login,
            new_password=new_password,
            new_password_confirmation=new_password_confirmation,
            type_=type_,
            key_count=key_count,
            preferences=preferences,
        )

        user_update.additional_properties = d
        return user_update

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_type import UserType, check_user_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_access import UserAccess
    from ..models.user_preferences import UserPreferences


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A user of the tracker's panel.

    Attributes:
        id (int):
        login (str | Unset):
        type_ (UserType | Unset): Role of a user.
        access_data (None | Unset | UserAccess):
        preferences (None | Unset | UserPreferences):
    """

    id: int
    login: str | Unset = UNSET
    type_: UserType | Unset = UNSET
    access_data: None | Unset | UserAccess = UNSET
    preferences: None | Unset | UserPreferences = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_access import UserAccess  # noqa: PLC0415
        from ..models.user_preferences import UserPreferences  # noqa: PLC0415

        id = self.id

        login = self.login

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        access_data: dict[str, Any] | None | Unset
        if isinstance(self.access_data, Unset):
            access_data = UNSET
        elif isinstance(self.access_data, UserAccess):
            access_data = self.access_data.to_dict()
        else:
            access_data = self.access_data

        preferences: dict[str, Any] | None | Unset
        if isinstance(self.preferences, Unset):
            preferences = UNSET
        elif isinstance(self.preferences, UserPreferences):
            preferences = self.preferences.to_dict()
        else:
            preferences = self.preferences

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if login is not UNSET:
            field_dict["login"] = login
        if type_ is not UNSET:
            field_dict["type"] = type_
        if access_data is not UNSET:
            field_dict["access_data"] = access_data
        if preferences is not UNSET:
            field_dict["preferences"] = preferences

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_access import UserAccess  # noqa: PLC0415
        from ..models.user_preferences import UserPreferences  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        login = d.pop("login", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: UserType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_user_type(_type_)

        def _parse_access_data(data: object) -> None | Unset | UserAccess:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                access_data_type_1 = UserAccess.from_dict(data)

                return access_data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserAccess, data)

        access_data = _parse_access_data(d.pop("access_data", UNSET))

        def _parse_preferences(data: object) -> None | Unset | UserPreferences:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                preferences_type_1 = UserPreferences.from_dict(data)

                return preferences_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserPreferences, data)

        preferences = _parse_preferences(d.pop("preferences", UNSET))

        user = cls(
            id=id,
            login=login,
            type_=type_,
            access_data=access_data,
            preferences=preferences,
        )

        user.additional_properties = d
        return user

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

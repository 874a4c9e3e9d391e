from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.domain_update_state import DomainUpdateState, check_domain_update_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="DomainUpdate")


@_attrs_define
class DomainUpdate:
    """Fields accepted when changing a domain.

    Attributes:
        name (str | Unset): Must hold a non-space character. Keitaro's document marks the field required but does not
            say blank text is refused; the fake refuses it as a tracker is assumed to (G).
        is_ssl (bool | Unset):
        default_campaign_id (int | None | Unset):
        state (DomainUpdateState | Unset): New state.
        catch_not_found (bool | Unset):
        notes (str | Unset):
    """

    name: str | Unset = UNSET
    is_ssl: bool | Unset = UNSET
    default_campaign_id: int | None | Unset = UNSET
    state: DomainUpdateState | Unset = UNSET
    catch_not_found: bool | Unset = UNSET
    notes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        is_ssl = self.is_ssl

        default_campaign_id: int | None | Unset
        if isinstance(self.default_campaign_id, Unset):
            default_campaign_id = UNSET
        else:
            default_campaign_id = self.default_campaign_id

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        catch_not_found = self.catch_not_found

        notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if is_ssl is not UNSET:
            field_dict["is_ssl"] = is_ssl
        if default_campaign_id is not UNSET:
            field_dict["default_campaign_id"] = default_campaign_id
        if state is not UNSET:
            field_dict["state"] = state
        if catch_not_found is not UNSET:
            field_dict["catch_not_found"] = catch_not_found
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        is_ssl = d.pop("is_ssl", UNSET)

        def _parse_default_campaign_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        default_campaign_id = _parse_default_campaign_id(d.pop("default_campaign_id", UNSET))

        _state = d.pop("state", UNSET)
        state: DomainUpdateState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_domain_update_state(_state)

        catch_not_found = d.pop("catch_not_found", UNSET)

        notes = d.pop("notes", UNSET)

        domain_update = cls(
            name=name,
            is_ssl=is_ssl,
            default_campaign_id=default_campaign_id,
            state=state,
            catch_not_found=catch_not_found,
            notes=notes,
        )

        domain_update.additional_properties = d
        return domain_update

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

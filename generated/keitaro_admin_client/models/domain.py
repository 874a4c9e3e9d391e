from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.domain_state import DomainState, check_domain_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="Domain")


@_attrs_define
class Domain:
    """A domain parked on the tracker.

    Attributes:
        id (int):
        name (str | Unset):
        network_status (None | str | Unset):
        default_campaign (int | None | Unset): Campaign served on the domain's root.
        state (DomainState | Unset): `deleted` means archived.
        created_at (str | Unset): Timestamp as the tracker prints it, usually `YYYY-MM-DD HH:MM:SS` in the tracker's
            time zone.
        updated_at (str | Unset): Timestamp as the tracker prints it, usually `YYYY-MM-DD HH:MM:SS` in the tracker's
            time zone.
        wildcard (bool | Unset):
        catch_not_found (bool | Unset):
        notes (None | str | Unset):
        campaigns_count (int | Unset):
        ssl_redirect (bool | Unset):
        allow_indexing (bool | Unset):
    """

    id: int
    name: str | Unset = UNSET
    network_status: None | str | Unset = UNSET
    default_campaign: int | None | Unset = UNSET
    state: DomainState | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    wildcard: bool | Unset = UNSET
    catch_not_found: bool | Unset = UNSET
    notes: None | str | Unset = UNSET
    campaigns_count: int | Unset = UNSET
    ssl_redirect: bool | Unset = UNSET
    allow_indexing: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        network_status: None | str | Unset
        if isinstance(self.network_status, Unset):
            network_status = UNSET
        else:
            network_status = self.network_status

        default_campaign: int | None | Unset
        if isinstance(self.default_campaign, Unset):
            default_campaign = UNSET
        else:
            default_campaign = self.default_campaign

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        created_at = self.created_at

        updated_at = self.updated_at

        wildcard = self.wildcard

        catch_not_found = self.catch_not_found

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        campaigns_count = self.campaigns_count

        ssl_redirect = self.ssl_redirect

        allow_indexing = self.allow_indexing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if network_status is not UNSET:
            field_dict["network_status"] = network_status
        if default_campaign is not UNSET:
            field_dict["default_campaign"] = default_campaign
        if state is not UNSET:
            field_dict["state"] = state
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if wildcard is not UNSET:
            field_dict["wildcard"] = wildcard
        if catch_not_found is not UNSET:
            field_dict["catch_not_found"] = catch_not_found
        if notes is not UNSET:
            field_dict["notes"] = notes
        if campaigns_count is not UNSET:
            field_dict["campaigns_count"] = campaigns_count
        if ssl_redirect is not UNSET:
            field_dict["ssl_redirect"] = ssl_redirect
        if allow_indexing is not UNSET:
            field_dict["allow_indexing"] = allow_indexing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        def _parse_network_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        network_status = _parse_network_status(d.pop("network_status", UNSET))

        def _parse_default_campaign(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        default_campaign = _parse_default_campaign(d.pop("default_campaign", UNSET))

        _state = d.pop("state", UNSET)
        state: DomainState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_domain_state(_state)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        wildcard = d.pop("wildcard", UNSET)

        catch_not_found = d.pop("catch_not_found", UNSET)

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        campaigns_count = d.pop("campaigns_count", UNSET)

        ssl_redirect = d.pop("ssl_redirect", UNSET)

        allow_indexing = d.pop("allow_indexing", UNSET)

        domain = cls(
            id=id,
            name=name,
            network_status=network_status,
            default_campaign=default_campaign,
            state=state,
            created_at=created_at,
            updated_at=updated_at,
            wildcard=wildcard,
            catch_not_found=catch_not_found,
            notes=notes,
            campaigns_count=campaigns_count,
            ssl_redirect=ssl_redirect,
            allow_indexing=allow_indexing,
        )

        domain.additional_properties = d
        return domain

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

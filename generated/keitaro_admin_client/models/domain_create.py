from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DomainCreate")


@_attrs_define
class DomainCreate:
    """Fields accepted when adding a domain.

    Attributes:
        name (str): Domain name. The tracker answers with a list, which suggests several names can go in one request;
            the separator is not documented. Must hold a non-space character. Keitaro's document marks the field required
            but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G).
        is_ssl (bool): Serve over HTTPS. Required by Keitaro's published document (`required: [name, is_ssl]` on `POST
            /domains` in playtini/keitaro-client original/openapi.json, the 2022 edition; confirmed), so the SDK always
            sends it, false unless given. Default: False.
        default_campaign_id (int | None | Unset):
        wildcard (bool | Unset):
        catch_not_found (bool | Unset):
        notes (str | Unset):
        ssl_redirect (bool | Unset):
        allow_indexing (bool | Unset):
    """

    name: str
    is_ssl: bool = False
    default_campaign_id: int | None | Unset = UNSET
    wildcard: bool | Unset = UNSET
    catch_not_found: bool | Unset = UNSET
    notes: str | Unset = UNSET
    ssl_redirect: bool | Unset = UNSET
    allow_indexing: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        is_ssl = self.is_ssl

        default_campaign_id: int | None | Unset
        if isinstance(self.default_campaign_id, Unset):
            default_campaign_id = UNSET
        else:
            default_campaign_id = self.default_campaign_id

        wildcard = self.wildcard

        catch_not_found = self.catch_not_found

        notes = self.notes

        ssl_redirect = self.ssl_redirect

        allow_indexing = self.allow_indexing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "is_ssl": is_ssl,
            }
        )
        if default_campaign_id is not UNSET:
            field_dict["default_campaign_id"] = default_campaign_id
        if wildcard is not UNSET:
            field_dict["wildcard"] = wildcard
        if catch_not_found is not UNSET:
            field_dict["catch_not_found"] = catch_not_found
        if notes is not UNSET:
            field_dict["notes"] = notes
        if ssl_redirect is not UNSET:
            field_dict["ssl_redirect"] = ssl_redirect
        if allow_indexing is not UNSET:
            field_dict["allow_indexing"] = allow_indexing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        is_ssl = d.pop("is_ssl")

        def _parse_default_campaign_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        default_campaign_id = _parse_default_campaign_id(d.pop("default_campaign_id", UNSET))

        wildcard = d.pop("wildcard", UNSET)

        catch_not_found = d.pop("catch_not_found", UNSET)

        notes = d.pop("notes", UNSET)

        ssl_redirect = d.pop("ssl_redirect", UNSET)

        allow_indexing = d.pop("allow_indexing", UNSET)

        domain_create = cls(
            name=name,
            is_ssl=is_ssl,
            default_campaign_id=default_campaign_id,
            wildcard=wildcard,
            catch_not_found=catch_not_found,
            notes=notes,
            ssl_redirect=ssl_redirect,
            allow_indexing=allow_indexing,
        )

        domain_create.additional_properties = d
        return domain_create

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

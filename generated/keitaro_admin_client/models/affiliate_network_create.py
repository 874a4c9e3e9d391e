from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AffiliateNetworkCreate")


@_attrs_define
class AffiliateNetworkCreate:
    """Fields accepted when creating an affiliate network.

    Attributes:
        name (str): Must hold a non-space character. Keitaro's document marks the field required but does not say blank
            text is refused; the fake refuses it as a tracker is assumed to (G).
        postback_url (str | Unset):
        offer_param (str | Unset):
        notes (str | Unset):
    """

    name: str
    postback_url: str | Unset = UNSET
    offer_param: str | Unset = UNSET
    notes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        postback_url = self.postback_url

        offer_param = self.offer_param

        notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if postback_url is not UNSET:
            field_dict["postback_url"] = postback_url
        if offer_param is not UNSET:
            field_dict["offer_param"] = offer_param
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        postback_url = d.pop("postback_url", UNSET)

        offer_param = d.pop("offer_param", UNSET)

        notes = d.pop("notes", UNSET)

        affiliate_network_create = cls(
            name=name,
            postback_url=postback_url,
            offer_param=offer_param,
            notes=notes,
        )

        affiliate_network_create.additional_properties = d
        return affiliate_network_create

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

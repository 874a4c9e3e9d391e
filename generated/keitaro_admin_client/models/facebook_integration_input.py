from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.facebook_proxy import FacebookProxy


T = TypeVar("T", bound="FacebookIntegrationInput")


@_attrs_define
class FacebookIntegrationInput:
    """Fields accepted when connecting or changing a Facebook ad account.

    Attributes:
        name (str | Unset):
        ad_account_id (str | Unset):
        token (str | Unset):
        proxy_enabled (bool | Unset):
        proxy (FacebookProxy | Unset): Proxy used to reach Facebook.
    """

    name: str | Unset = UNSET
    ad_account_id: str | Unset = UNSET
    token: str | Unset = UNSET
    proxy_enabled: bool | Unset = UNSET
    proxy: FacebookProxy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        ad_account_id = self.ad_account_id

        token = self.token

        proxy_enabled = self.proxy_enabled

        proxy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.proxy, Unset):
            proxy = self.proxy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if ad_account_id is not UNSET:
            field_dict["ad_account_id"] = ad_account_id
        if token is not UNSET:
            field_dict["token"] = token
        if proxy_enabled is not UNSET:
            field_dict["proxy_enabled"] = proxy_enabled
        if proxy is not UNSET:
            field_dict["proxy"] = proxy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.facebook_proxy import FacebookProxy  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        ad_account_id = d.pop("ad_account_id", UNSET)

        token = d.pop("token", UNSET)

        proxy_enabled = d.pop("proxy_enabled", UNSET)

        _proxy = d.pop("proxy", UNSET)
        proxy: FacebookProxy | Unset
        if isinstance(_proxy, Unset):
            proxy = UNSET
        else:
            proxy = FacebookProxy.from_dict(_proxy)

        facebook_integration_input = cls(
            name=name,
            ad_account_id=ad_account_id,
            token=token,
            proxy_enabled=proxy_enabled,
            proxy=proxy,
        )

        facebook_integration_input.additional_properties = d
        return facebook_integration_input

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

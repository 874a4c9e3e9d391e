from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.facebook_proxy_protocol import FacebookProxyProtocol, check_facebook_proxy_protocol
from ..types import UNSET, Unset

T = TypeVar("T", bound="FacebookProxy")


@_attrs_define
class FacebookProxy:
    """Proxy used to reach Facebook.

    Attributes:
        protocol (FacebookProxyProtocol | Unset): Proxy protocol.
        address (str | Unset):
        port (int | Unset):
        login (str | Unset):
        password (str | Unset):
    """

    protocol: FacebookProxyProtocol | Unset = UNSET
    address: str | Unset = UNSET
    port: int | Unset = UNSET
    login: str | Unset = UNSET
    password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        protocol: str | Unset = UNSET
        if not isinstance(self.protocol, Unset):
            protocol = self.protocol

        address = self.address

        port = self.port

        login = self.login

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if address is not UNSET:
            field_dict["address"] = address
        if port is not UNSET:
            field_dict["port"] = port
        if login is not UNSET:
            field_dict["login"] = login
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _protocol = d.pop("protocol", UNSET)
        protocol: FacebookProxyProtocol | Unset
        if isinstance(_protocol, Unset):
            protocol = UNSET
        else:
            protocol = check_facebook_proxy_protocol(_protocol)

        address = d.pop("address", UNSET)

        port = d.pop("port", UNSET)

        login = d.pop("login", UNSET)

        password = d.pop("password", UNSET)

        facebook_proxy = cls(
            protocol=protocol,
            address=address,
            port=port,
            login=login,
            password=password,
        )

        facebook_proxy.additional_properties = d
        return facebook_proxy

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

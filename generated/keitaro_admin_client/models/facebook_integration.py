from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.facebook_proxy import FacebookProxy


T = TypeVar("T", bound="FacebookIntegration")


@_attrs_define
class FacebookIntegration:
    """A Facebook ad account connected for cost import.

    Attributes:
        id (int):
        integration (str | Unset):
        proxy_enabled (bool | Unset):
        name (str | Unset):
        ad_account_id (str | Unset):
        token (str | Unset): Facebook access token. Treat it as a secret.
        last_error (None | str | Unset):
        last_raw_error (None | str | Unset):
        proxy (FacebookProxy | None | Unset):
    """

    id: int
    integration: str | Unset = UNSET
    proxy_enabled: bool | Unset = UNSET
    name: str | Unset = UNSET
    ad_account_id: str | Unset = UNSET
    token: str | Unset = UNSET
    last_error: None | str | Unset = UNSET
    last_raw_error: None | str | Unset = UNSET
    proxy: FacebookProxy | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.facebook_proxy import FacebookProxy  # noqa: PLC0415

        id = self.id

        integration = self.integration

        proxy_enabled = self.proxy_enabled

        name = self.name

        ad_account_id = self.ad_account_id

        token = self.token

        last_error: None | str | Unset
        if isinstance(self.last_error, Unset):
            last_error = UNSET
        else:
            last_error = self.last_error

        last_raw_error: None | str | Unset
        if isinstance(self.last_raw_error, Unset):
            last_raw_error = UNSET
        else:
            last_raw_error = self.last_raw_error

        proxy: dict[str, Any] | None | Unset
        if isinstance(self.proxy, Unset):
            proxy = UNSET
        elif isinstance(self.proxy, FacebookProxy):
            proxy = self.proxy.to_dict()
        else:
            proxy = self.proxy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if integration is not UNSET:
            field_dict["integration"] = integration
        if proxy_enabled is not UNSET:
            field_dict["proxy_enabled"] = proxy_enabled
        if name is not UNSET:
            field_dict["name"] = name
        if ad_account_id is not UNSET:
            field_dict["ad_account_id"] = ad_account_id
        if token is not UNSET:
            field_dict["token"] = token
        if last_error is not UNSET:
            field_dict["last_error"] = last_error
        if last_raw_error is not UNSET:
            field_dict["last_raw_error"] = last_raw_error
        if proxy is not UNSET:
            field_dict["proxy"] = proxy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.facebook_proxy import FacebookProxy  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        integration = d.pop("integration", UNSET)

        proxy_enabled = d.pop("proxy_enabled", UNSET)

        name = d.pop("name", UNSET)

        ad_account_id = d.pop("ad_account_id", UNSET)

        token = d.pop("token", UNSET)

        def _parse_last_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_error = _parse_last_error(d.pop("last_error", UNSET))

        def _parse_last_raw_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_raw_error = _parse_last_raw_error(d.pop("last_raw_error", UNSET))

        def _parse_proxy(data: object) -> FacebookProxy | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                proxy_type_1 = FacebookProxy.from_dict(data)

                return proxy_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FacebookProxy | None | Unset, data)

        proxy = _parse_proxy(d.pop("proxy", UNSET))

        facebook_integration = cls(
            id=id,
            integration=integration,
            proxy_enabled=proxy_enabled,
            name=name,
            ad_account_id=ad_account_id,
            token=token,
            last_error=last_error,
            last_raw_error=last_raw_error,
            proxy=proxy,
        )

        facebook_integration.additional_properties = d
        return facebook_integration

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

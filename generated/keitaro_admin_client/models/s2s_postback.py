from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.s2s_postback_method import S2SPostbackMethod, check_s2s_postback_method
from ..models.s2s_postback_statuses_item import S2SPostbackStatusesItem, check_s2s_postback_statuses_item
from ..types import UNSET, Unset

T = TypeVar("T", bound="S2SPostback")


@_attrs_define
class S2SPostback:
    """A server-to-server postback attached to a campaign.

    Attributes:
        id (int | Unset):
        campaign_id (int | Unset):
        method (S2SPostbackMethod | Unset): HTTP method used to call `url`.
        statuses (list[S2SPostbackStatusesItem] | Unset): Statuses that fire it.
        url (str | Unset): Address called when a conversion with one of `statuses` arrives.
    """

    id: int | Unset = UNSET
    campaign_id: int | Unset = UNSET
    method: S2SPostbackMethod | Unset = UNSET
    statuses: list[S2SPostbackStatusesItem] | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        campaign_id = self.campaign_id

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method

        statuses: list[str] | Unset = UNSET
        if not isinstance(self.statuses, Unset):
            statuses = []
            for statuses_item_data in self.statuses:
                statuses_item: str = statuses_item_data
                statuses.append(statuses_item)

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if method is not UNSET:
            field_dict["method"] = method
        if statuses is not UNSET:
            field_dict["statuses"] = statuses
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        campaign_id = d.pop("campaign_id", UNSET)

        _method = d.pop("method", UNSET)
        method: S2SPostbackMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = check_s2s_postback_method(_method)

        _statuses = d.pop("statuses", UNSET)
        statuses: list[S2SPostbackStatusesItem] | Unset = UNSET
        if _statuses is not UNSET:
            statuses = []
            for statuses_item_data in _statuses:
                statuses_item = check_s2s_postback_statuses_item(statuses_item_data)

                statuses.append(statuses_item)

        url = d.pop("url", UNSET)

        s2s_postback = cls(
            id=id,
            campaign_id=campaign_id,
            method=method,
            statuses=statuses,
            url=url,
        )

        s2s_postback.additional_properties = d
        return s2s_postback

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CostFilter")


@_attrs_define
class CostFilter:
    """Narrows a cost update to clicks whose parameters have these values.

    Attributes:
        keyword (str | Unset):
        cost (str | Unset):
        currency (str | Unset):
        external_id (str | Unset):
        creative_id (str | Unset):
        ad_campaign_id (str | Unset):
        source (str | Unset):
        sub_id_1 (str | Unset):
        sub_id_2 (str | Unset):
        sub_id_3 (str | Unset):
        sub_id_4 (str | Unset):
        sub_id_5 (str | Unset):
        sub_id_6 (str | Unset):
        sub_id_7 (str | Unset):
        sub_id_8 (str | Unset):
        sub_id_9 (str | Unset):
        sub_id_10 (str | Unset):
        sub_id_11 (str | Unset):
        sub_id_12 (str | Unset):
        sub_id_13 (str | Unset):
        sub_id_14 (str | Unset):
        sub_id_15 (str | Unset):
    """

    keyword: str | Unset = UNSET
    cost: str | Unset = UNSET
    currency: str | Unset = UNSET
    external_id: str | Unset = UNSET
    creative_id: str | Unset = UNSET
    ad_campaign_id: str | Unset = UNSET
    source: str | Unset = UNSET
    sub_id_1: str | Unset = UNSET
    sub_id_2: str | Unset = UNSET
    sub_id_3: str | Unset = UNSET
    sub_id_4: str | Unset = UNSET
    sub_id_5: str | Unset = UNSET
    sub_id_6: str | Unset = UNSET
    sub_id_7: str | Unset = UNSET
    sub_id_8: str | Unset = UNSET
    sub_id_9: str | Unset = UNSET
    sub_id_10: str | Unset = UNSET
    sub_id_11: str | Unset = UNSET
    sub_id_12: str | Unset = UNSET
    sub_id_13: str | Unset = UNSET
    sub_id_14: str | Unset = UNSET
    sub_id_15: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keyword = self.keyword

        cost = self.cost

        currency = self.currency

        external_id = self.external_id

        creative_id = self.creative_id

        ad_campaign_id = self.ad_campaign_id

        source = self.source

        sub_id_1 = self.sub_id_1

        sub_id_2 = self.sub_id_2

        sub_id_3 = self.sub_id_3

        sub_id_4 = self.sub_id_4

        sub_id_5 = self.sub_id_5

        sub_id_6 = self.sub_id_6

        sub_id_7 = self.sub_id_7

        sub_id_8 = self.sub_id_8

        sub_id_9 = self.sub_id_9

        sub_id_10 = self.sub_id_10

        sub_id_11 = self.sub_id_11

        sub_id_12 = self.sub_id_12

        sub_id_13 = self.sub_id_13

        sub_id_14 = self.sub_id_14

        sub_id_15 = self.sub_id_15

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if keyword is not UNSET:
            field_dict["keyword"] = keyword
        if cost is not UNSET:
            field_dict["cost"] = cost
        if currency is not UNSET:
            field_dict["currency"] = currency
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if creative_id is not UNSET:
            field_dict["creative_id"] = creative_id
        if ad_campaign_id is not UNSET:
            field_dict["ad_campaign_id"] = ad_campaign_id
        if source is not UNSET:
            field_dict["source"] = source
        if sub_id_1 is not UNSET:
            field_dict["sub_id_1"] = sub_id_1
        if sub_id_2 is not UNSET:
            field_dict["sub_id_2"] = sub_id_2
        if sub_id_3 is not UNSET:
            field_dict["sub_id_3"] = sub_id_3
        if sub_id_4 is not UNSET:
            field_dict["sub_id_4"] = sub_id_4
        if sub_id_5 is not UNSET:
            field_dict["sub_id_5"] = sub_id_5
        if sub_id_6 is not UNSET:
            field_dict["sub_id_6"] = sub_id_6
        if sub_id_7 is not UNSET:
            field_dict["sub_id_7"] = sub_id_7
        if sub_id_8 is not UNSET:
            field_dict["sub_id_8"] = sub_id_8
        if sub_id_9 is not UNSET:
            field_dict["sub_id_9"] = sub_id_9
        if sub_id_10 is not UNSET:
            field_dict["sub_id_10"] = sub_id_10
        if sub_id_11 is not UNSET:
            field_dict["sub_id_11"] = sub_id_11
        if sub_id_12 is not UNSET:
            field_dict["sub_id_12"] = sub_id_12
        if sub_id_13 is not UNSET:
            field_dict["sub_id_13"] = sub_id_13
        if sub_id_14 is not UNSET:
            field_dict["sub_id_14"] = sub_id_14
        if sub_id_15 is not UNSET:
            field_dict["sub_id_15"] = sub_id_15

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        keyword = d.pop("keyword", UNSET)

        cost = d.pop("cost", UNSET)

        currency = d.pop("currency", UNSET)

        external_id = d.pop("external_id", UNSET)

        creative_id = d.pop("creative_id", UNSET)

        ad_campaign_id = d.pop("ad_campaign_id", UNSET)

        source = d.pop("source", UNSET)

        sub_id_1 = d.pop("sub_id_1", UNSET)

        sub_id_2 = d.pop("sub_id_2", UNSET)

        sub_id_3 = d.pop("sub_id_3", UNSET)

        sub_id_4 = d.pop("sub_id_4", UNSET)

        sub_id_5 = d.pop("sub_id_5", UNSET)

        sub_id_6 = d.pop("sub_id_6", UNSET)

        sub_id_7 = d.pop("sub_id_7", UNSET)

        sub_id_8 = d.pop("sub_id_8", UNSET)

        sub_id_9 = d.pop("sub_id_9", UNSET)

        sub_id_10 = d.pop("sub_id_10", UNSET)

        sub_id_11 = d.pop("sub_id_11", UNSET)

        sub_id_12 = d.pop("sub_id_12", UNSET)

        sub_id_13 = d.pop("sub_id_13", UNSET)

        sub_id_14 = d.pop("sub_id_14", UNSET)

        sub_id_15 = d.pop("sub_id_15", UNSET)

        cost_filter = cls(
            keyword=keyword,
            cost=cost,
            currency=currency,
            external_id=external_id,
            creative_id=creative_id,
            ad_campaign_id=ad_campaign_id,
            source=source,
            sub_id_1=sub_id_1,
            sub_id_2=sub_id_2,
            sub_id_3=sub_id_3,
            sub_id_4=sub_id_4,
            sub_id_5=sub_id_5,
            sub_id_6=sub_id_6,
            sub_id_7=sub_id_7,
            sub_id_8=sub_id_8,
            sub_id_9=sub_id_9,
            sub_id_10=sub_id_10,
            sub_id_11=sub_id_11,
            sub_id_12=sub_id_12,
            sub_id_13=sub_id_13,
            sub_id_14=sub_id_14,
            sub_id_15=sub_id_15,
        )

        cost_filter.additional_properties = d
        return cost_filter

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

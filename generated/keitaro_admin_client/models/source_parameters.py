from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.source_parameter import SourceParameter


T = TypeVar("T", bound="SourceParameters")


@_attrs_define
class SourceParameters:
    """Parameter mapping keyed by tracker field (`keyword`, `cost`, `sub_id_1`...). Newer trackers know more sub ids than
    the fifteen listed here; extra keys are kept.

        Attributes:
            keyword (None | SourceParameter | Unset):
            cost (None | SourceParameter | Unset):
            currency (None | SourceParameter | Unset):
            external_id (None | SourceParameter | Unset):
            creative_id (None | SourceParameter | Unset):
            ad_campaign_id (None | SourceParameter | Unset):
            source (None | SourceParameter | Unset):
            sub_id_1 (None | SourceParameter | Unset):
            sub_id_2 (None | SourceParameter | Unset):
            sub_id_3 (None | SourceParameter | Unset):
            sub_id_4 (None | SourceParameter | Unset):
            sub_id_5 (None | SourceParameter | Unset):
            sub_id_6 (None | SourceParameter | Unset):
            sub_id_7 (None | SourceParameter | Unset):
            sub_id_8 (None | SourceParameter | Unset):
            sub_id_9 (None | SourceParameter | Unset):
            sub_id_10 (None | SourceParameter | Unset):
            sub_id_11 (None | SourceParameter | Unset):
            sub_id_12 (None | SourceParameter | Unset):
            sub_id_13 (None | SourceParameter | Unset):
            sub_id_14 (None | SourceParameter | Unset):
            sub_id_15 (None | SourceParameter | Unset):
    """

    keyword: None | SourceParameter | Unset = UNSET
    cost: None | SourceParameter | Unset = UNSET
    currency: None | SourceParameter | Unset = UNSET
    external_id: None | SourceParameter | Unset = UNSET
    creative_id: None | SourceParameter | Unset = UNSET
    ad_campaign_id: None | SourceParameter | Unset = UNSET
    source: None | SourceParameter | Unset = UNSET
    sub_id_1: None | SourceParameter | Unset = UNSET
    sub_id_2: None | SourceParameter | Unset = UNSET
    sub_id_3: None | SourceParameter | Unset = UNSET
    sub_id_4: None | SourceParameter | Unset = UNSET
    sub_id_5: None | SourceParameter | Unset = UNSET
    sub_id_6: None | SourceParameter | Unset = UNSET
    sub_id_7: None | SourceParameter | Unset = UNSET
    sub_id_8: None | SourceParameter | Unset = UNSET
    sub_id_9: None | SourceParameter | Unset = UNSET
    sub_id_10: None | SourceParameter | Unset = UNSET
    sub_id_11: None | SourceParameter | Unset = UNSET
    sub_id_12: None | SourceParameter | Unset = UNSET
    sub_id_13: None | SourceParameter | Unset = UNSET
    sub_id_14: None | SourceParameter | Unset = UNSET
    sub_id_15: None | SourceParameter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.source_parameter import SourceParameter  # noqa: PLC0415

        keyword: dict[str, Any] | None | Unset
        if isinstance(self.keyword, Unset):
            keyword = UNSET
        elif isinstance(self.keyword, SourceParameter):
            keyword = self.keyword.to_dict()
        else:
            keyword = self.keyword

        cost: dict[str, Any] | None | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        elif isinstance(self.cost, SourceParameter):
            cost = self.cost.to_dict()
        else:
            cost = self.cost

        currency: dict[str, Any] | None | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, SourceParameter):
            currency = self.currency.to_dict()
        else:
            currency = self.currency

        external_id: dict[str, Any] | None | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        elif isinstance(self.external_id, SourceParameter):
            external_id = self.external_id.to_dict()
        else:
            external_id = self.external_id

        creative_id: dict[str, Any] | None | Unset
        if isinstance(self.creative_id, Unset):
            creative_id = UNSET
        elif isinstance(self.creative_id, SourceParameter):
            creative_id = self.creative_id.to_dict()
        else:
            creative_id = self.creative_id

        ad_campaign_id: dict[str, Any] | None | Unset
        if isinstance(self.ad_campaign_id, Unset):
            ad_campaign_id = UNSET
        elif isinstance(self.ad_campaign_id, SourceParameter):
            ad_campaign_id = self.ad_campaign_id.to_dict()
        else:
            ad_campaign_id = self.ad_campaign_id

        source: dict[str, Any] | None | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, SourceParameter):
            source = self.source.to_dict()
        else:
            source = self.source

        sub_id_1: dict[str, Any] | None | Unset
        if isinstance(self.sub_id_1, Unset):
            sub_id_1 = UNSET
        elif isinstance(self.sub_id_1, SourceParameter):
            sub_id_1 = self.sub_id_1.to_dict()
        else:
            sub_id_1 = self.sub_id_1

        sub_id_2: dict[str, Any] | None | Unset
        if isinstance(self.sub_id_2, Unset):
            sub_id_2 = UNSET
        elif isinstance(self.sub_id_2, SourceParameter):
            sub_id_2 = self.sub_id_2.to_dict()
        else:
            sub_id_2 = self.sub_id_2

        sub_id_3: dict[str, Any] | None | Unset
        if isinstance(self.sub_id_3, Unset):
            sub_id_3 = UNSET
        elif isinstance(self.sub_id_3, SourceParameter):
            sub_id_3 = self.sub_id_3.to_dict()
        else:
            sub_id_3 = self.sub_id_3

        sub_id_4: dict[str, Any] | None | Unset
        if isinstance(self.sub_id_4, Unset):
            sub_id_4 = UNSET
        elif isinstance(self.sub_id_4, SourceParameter):
            sub_id_4 = self.sub_id_4.to_dict()
        else:
            sub_id_4 = self.sub_id_4

        sub_id_5: dict[str, Any] | None | Unset
        if isinstance(self.sub_id_5, Unset):
            sub_id_5 = UNSET
        elif isinstance(self.sub_id_5, SourceParameter):
            sub_id_5 = self.sub_id_5.to_dict()
        else:
            sub_id_5 = self.sub_id_5

        sub_id_6: dict[str, Any] | None | Unset
        if isinstance(self.sub_id_6, Unset):
            sub_id_6 = UNSET
        elif isinstance(self.sub_id_6, SourceParameter):
            sub_id_6 = self.sub_id_6.to_dict()
        else:
            sub_id_6 = self.sub_id_6

        sub_id_7: dict[str, Any] | None | Unset
        if isinstance(self.sub_id_7, Unset):
            sub_id_7 = UNSET
        elif isinstance(self.sub_id_7, SourceParameter):
            sub_id_7 = self.sub_id_7.to_dict()
        else:
            sub_id_7 = self.sub_id_7

        sub_id_8: dict[str, Any] | None | Unset
        if isinstance(self.sub_id_8, Unset):
            sub_id_8 = UNSET
        elif isinstance(self.sub_id_8, SourceParameter):
            sub_id_8 = self.sub_id_8.to_dict()
        else:
            sub_id_8 = self.sub_id_8

        sub_id_9: dict[str, Any] | None | Unset
        if isinstance(self.sub_id_9, Unset):
            sub_id_9 = UNSET
        elif isinstance(self.sub_id_9, SourceParameter):
            sub_id_9 = self.sub_id_9.to_dict()
        else:
            sub_id_9 = self.sub_id_9

        sub_id_10: dict[str, Any] | None | Unset
        if isinstance(self.sub_id_10, Unset):
            sub_id_10 = UNSET
        elif isinstance(self.sub_id_10, SourceParameter):
            sub_id_10 = self.sub_id_10.to_dict()
        else:
            sub_id_10 = self.sub_id_10

        sub_id_11: dict[str, Any] | None | Unset
        if isinstance(self.sub_id_11, Unset):
            sub_id_11 = UNSET
        elif isinstance(self.sub_id_11, SourceParameter):
            sub_id_11 = self.sub_id_11.to_dict()
        else:
            sub_id_11 = self.sub_id_11

        sub_id_12: dict[str, Any] | None | Unset
        if isinstance(self.sub_id_12, Unset):
            sub_id_12 = UNSET
        elif isinstance(self.sub_id_12, SourceParameter):
            sub_id_12 = self.sub_id_12.to_dict()
        else:
            sub_id_12 = self.sub_id_12

        sub_id_13: dict[str, Any] | None | Unset
        if isinstance(self.sub_id_13, Unset):
            sub_id_13 = UNSET
        elif isinstance(self.sub_id_13, SourceParameter):
            sub_id_13 = self.sub_id_13.to_dict()
        else:
            sub_id_13 = self.sub_id_13

        sub_id_14: dict[str, Any] | None | Unset
        if isinstance(self.sub_id_14, Unset):
            sub_id_14 = UNSET
        elif isinstance(self.sub_id_14, SourceParameter):
            sub_id_14 = self.sub_id_14.to_dict()
        else:
            sub_id_14 = self.sub_id_14

        sub_id_15: dict[str, Any] | None | Unset
        if isinstance(self.sub_id_15, Unset):
            sub_id_15 = UNSET
        elif isinstance(self.sub_id_15, SourceParameter):
            sub_id_15 = self.sub_id_15.to_dict()
        else:
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
        from ..models.source_parameter import SourceParameter  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_keyword(data: object) -> None | SourceParameter | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                keyword_type_1 = SourceParameter.from_dict(data)

                return keyword_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceParameter | Unset, data)

        keyword = _parse_keyword(d.pop("keyword", UNSET))

        def _parse_cost(data: object) -> None | SourceParameter | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cost_type_1 = SourceParameter.from_dict(data)

                return cost_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceParameter | Unset, data)

        cost = _parse_cost(d.pop("cost", UNSET))

        def _parse_currency(data: object) -> None | SourceParameter | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                currency_type_1 = SourceParameter.from_dict(data)

                return currency_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceParameter | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_external_id(data: object) -> None | SourceParameter | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                external_id_type_1 = SourceParameter.from_dict(data)

                return external_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceParameter | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        def _parse_creative_id(data: object) -> None | SourceParameter | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                creative_id_type_1 = SourceParameter.from_dict(data)

                return creative_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceParameter | Unset, data)

        creative_id = _parse_creative_id(d.pop("creative_id", UNSET))

        def _parse_ad_campaign_id(data: object) -> None | SourceParameter | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ad_campaign_id_type_1 = SourceParameter.from_dict(data)

                return ad_campaign_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceParameter | Unset, data)

        ad_campaign_id = _parse_ad_campaign_id(d.pop("ad_campaign_id", UNSET))

        def _parse_source(data: object) -> None | SourceParameter | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_1 = SourceParameter.from_dict(data)

                return source_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceParameter | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_sub_id_1(data: object) -> None | SourceParameter | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sub_id_1_type_1 = SourceParameter.from_dict(data)

                return sub_id_1_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceParameter | Unset, data)

        sub_id_1 = _parse_sub_id_1(d.pop("sub_id_1", UNSET))

        def _parse_sub_id_2(data: object) -> None | SourceParameter | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sub_id_2_type_1 = SourceParameter.from_dict(data)

                return sub_id_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceParameter | Unset, data)

        sub_id_2 = _parse_sub_id_2(d.pop("sub_id_2", UNSET))

        def _parse_sub_id_3(data: object) -> None | SourceParameter | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sub_id_3_type_1 = SourceParameter.from_dict(data)

                return sub_id_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceParameter | Unset, data)

        sub_id_3 = _parse_sub_id_3(d.pop("sub_id_3", UNSET))

        def _parse_sub_id_4(data: object) -> None | SourceParameter | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sub_id_4_type_1 = SourceParameter.from_dict(data)

                return sub_id_4_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceParameter | Unset, data)

        sub_id_4 = _parse_sub_id_4(d.pop("sub_id_4", UNSET))

        def _parse_sub_id_5(data: object) -> None | SourceParameter | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sub_id_5_type_1 = SourceParameter.from_dict(data)

                return sub_id_5_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceParameter | Unset, data)

        sub_id_5 = _parse_sub_id_5(d.pop("sub_id_5", UNSET))

        def _parse_sub_id_6(data: object) -> None | SourceParameter | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sub_id_6_type_1 = SourceParameter.from_dict(data)

                return sub_id_6_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceParameter | Unset, data)

        sub_id_6 = _parse_sub_id_6(d.pop("sub_id_6", UNSET))

        def _parse_sub_id_7(data: object) -> None | SourceParameter | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sub_id_7_type_1 = SourceParameter.from_dict(data)

                return sub_id_7_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceParameter | Unset, data)

        sub_id_7 = _parse_sub_id_7(d.pop("sub_id_7", UNSET))

        def _parse_sub_id_8(data: object) -> None | SourceParameter | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sub_id_8_type_1 = SourceParameter.from_dict(data)

                return sub_id_8_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceParameter | Unset, data)

        sub_id_8 = _parse_sub_id_8(d.pop("sub_id_8", UNSET))

        def _parse_sub_id_9(data: object) -> None | SourceParameter | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sub_id_9_type_1 = SourceParameter.from_dict(data)

                return sub_id_9_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceParameter | Unset, data)

        sub_id_9 = _parse_sub_id_9(d.pop("sub_id_9", UNSET))

        def _parse_sub_id_10(data: object) -> None | SourceParameter | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sub_id_10_type_1 = SourceParameter.from_dict(data)

                return sub_id_10_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceParameter | Unset, data)

        sub_id_10 = _parse_sub_id_10(d.pop("sub_id_10", UNSET))

        def _parse_sub_id_11(data: object) -> None | SourceParameter | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sub_id_11_type_1 = SourceParameter.from_dict(data)

                return sub_id_11_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceParameter | Unset, data)

        sub_id_11 = _parse_sub_id_11(d.pop("sub_id_11", UNSET))

        def _parse_sub_id_12(data: object) -> None | SourceParameter | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sub_id_12_type_1 = SourceParameter.from_dict(data)

                return sub_id_12_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceParameter | Unset, data)

        sub_id_12 = _parse_sub_id_12(d.pop("sub_id_12", UNSET))

        def _parse_sub_id_13(data: object) -> None | SourceParameter | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sub_id_13_type_1 = SourceParameter.from_dict(data)

                return sub_id_13_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceParameter | Unset, data)

        sub_id_13 = _parse_sub_id_13(d.pop("sub_id_13", UNSET))

        def _parse_sub_id_14(data: object) -> None | SourceParameter | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sub_id_14_type_1 = SourceParameter.from_dict(data)

                return sub_id_14_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceParameter | Unset, data)

        sub_id_14 = _parse_sub_id_14(d.pop("sub_id_14", UNSET))

        def _parse_sub_id_15(data: object) -> None | SourceParameter | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sub_id_15_type_1 = SourceParameter.from_dict(data)

                return sub_id_15_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceParameter | Unset, data)

        sub_id_15 = _parse_sub_id_15(d.pop("sub_id_15", UNSET))

        source_parameters = cls(
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

        source_parameters.additional_properties = d
        return source_parameters

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

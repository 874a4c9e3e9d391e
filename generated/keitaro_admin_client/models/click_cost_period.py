from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cost_filter import CostFilter


T = TypeVar("T", bound="ClickCostPeriod")


@_attrs_define
class ClickCostPeriod:
    """Cost of one period. Keitaro's document also marks `timezone` and `currency` required here without declaring them;
    they are optional in this document.

        Attributes:
            start_date (str): `YYYY-MM-DD HH:MM`. Keitaro's document gives this format, e.g. `2017-09-10 20:10` (confirmed);
                an impossible date or an unknown time zone is refused with 406 by the fake.
            end_date (str): `YYYY-MM-DD HH:MM`. Keitaro's document gives this format, e.g. `2017-09-10 20:10` (confirmed);
                an impossible date or an unknown time zone is refused with 406 by the fake.
            cost (str): Cost of the period as a decimal string.
            timezone (str | Unset): Overrides the request's time zone.
            currency (str | Unset): Overrides the request's currency.
            filters (CostFilter | Unset): Narrows a cost update to clicks whose parameters have these values.
    """

    start_date: str
    end_date: str
    cost: str
    timezone: str | Unset = UNSET
    currency: str | Unset = UNSET
    filters: CostFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_date = self.start_date

        end_date = self.end_date

        cost = self.cost

        timezone = self.timezone

        currency = self.currency

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_date": start_date,
                "end_date": end_date,
                "cost": cost,
            }
        )
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if currency is not UNSET:
            field_dict["currency"] = currency
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_filter import CostFilter  # noqa: PLC0415

        d = dict(src_dict)
        start_date = d.pop("start_date")

        end_date = d.pop("end_date")

        cost = d.pop("cost")

        timezone = d.pop("timezone", UNSET)

        currency = d.pop("currency", UNSET)

        _filters = d.pop("filters", UNSET)
        filters: CostFilter | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = CostFilter.from_dict(_filters)

        click_cost_period = cls(
            start_date=start_date,
            end_date=end_date,
            cost=cost,
            timezone=timezone,
            currency=currency,
            filters=filters,
        )

        click_cost_period.additional_properties = d
        return click_cost_period

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cost_filter import CostFilter


T = TypeVar("T", bound="CampaignCostUpdate")


@_attrs_define
class CampaignCostUpdate:
    """Spreads a cost over a campaign's clicks in a period. The tracker schedules the work and answers at once.

    Attributes:
        start_date (str): Start of the period, `YYYY-MM-DD HH:MM`. Keitaro's document gives this format, e.g.
            `2017-09-10 20:10` (confirmed); an impossible date or an unknown time zone is refused with 406 by the fake.
        end_date (str): End of the period, `YYYY-MM-DD HH:MM`. Keitaro's document gives this format, e.g. `2017-09-10
            20:10` (confirmed); an impossible date or an unknown time zone is refused with 406 by the fake.
        timezone (str): Time zone of both dates, e.g. `Europe/Madrid`.
        cost (str): Total cost of the period, as a decimal string.
        currency (str): ISO 4217 currency code.
        only_campaign_uniques (bool | Unset): Spread the cost over campaign-unique clicks only.
        filters (CostFilter | Unset): Narrows a cost update to clicks whose parameters have these values.
    """

    start_date: str
    end_date: str
    timezone: str
    cost: str
    currency: str
    only_campaign_uniques: bool | Unset = UNSET
    filters: CostFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_date = self.start_date

        end_date = self.end_date

        timezone = self.timezone

        cost = self.cost

        currency = self.currency

        only_campaign_uniques = self.only_campaign_uniques

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_date": start_date,
                "end_date": end_date,
                "timezone": timezone,
                "cost": cost,
                "currency": currency,
            }
        )
        if only_campaign_uniques is not UNSET:
            field_dict["only_campaign_uniques"] = only_campaign_uniques
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_filter import CostFilter  # noqa: PLC0415

        d = dict(src_dict)
        start_date = d.pop("start_date")

        end_date = d.pop("end_date")

        timezone = d.pop("timezone")

        cost = d.pop("cost")

        currency = d.pop("currency")

        only_campaign_uniques = d.pop("only_campaign_uniques", UNSET)

        _filters = d.pop("filters", UNSET)
        filters: CostFilter | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = CostFilter.from_dict(_filters)

        campaign_cost_update = cls(
            start_date=start_date,
            end_date=end_date,
            timezone=timezone,
            cost=cost,
            currency=currency,
            only_campaign_uniques=only_campaign_uniques,
            filters=filters,
        )

        campaign_cost_update.additional_properties = d
        return campaign_cost_update

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

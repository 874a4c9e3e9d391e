from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.click_cost_update_only_campaign_uniques import (
    ClickCostUpdateOnlyCampaignUniques,
    check_click_cost_update_only_campaign_uniques,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.click_cost_period import ClickCostPeriod


T = TypeVar("T", bound="ClickCostUpdate")


@_attrs_define
class ClickCostUpdate:
    """Body of a bulk cost update. The tracker schedules the work and answers at once.

    Attributes:
        campaign_ids (list[int]):
        costs (list[ClickCostPeriod]):
        timezone (str | Unset):
        currency (str | Unset):
        only_campaign_uniques (ClickCostUpdateOnlyCampaignUniques | Unset): 1 to charge unique clicks only.
    """

    campaign_ids: list[int]
    costs: list[ClickCostPeriod]
    timezone: str | Unset = UNSET
    currency: str | Unset = UNSET
    only_campaign_uniques: ClickCostUpdateOnlyCampaignUniques | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_ids = self.campaign_ids

        costs = []
        for costs_item_data in self.costs:
            costs_item = costs_item_data.to_dict()
            costs.append(costs_item)

        timezone = self.timezone

        currency = self.currency

        only_campaign_uniques: int | Unset = UNSET
        if not isinstance(self.only_campaign_uniques, Unset):
            only_campaign_uniques = self.only_campaign_uniques

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_ids": campaign_ids,
                "costs": costs,
            }
        )
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if currency is not UNSET:
            field_dict["currency"] = currency
        if only_campaign_uniques is not UNSET:
            field_dict["only_campaign_uniques"] = only_campaign_uniques

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.click_cost_period import ClickCostPeriod  # noqa: PLC0415

        d = dict(src_dict)
        campaign_ids = cast(list[int], d.pop("campaign_ids"))

        costs = []
        _costs = d.pop("costs")
        for costs_item_data in _costs:
            costs_item = ClickCostPeriod.from_dict(costs_item_data)

            costs.append(costs_item)

        timezone = d.pop("timezone", UNSET)

        currency = d.pop("currency", UNSET)

        _only_campaign_uniques = d.pop("only_campaign_uniques", UNSET)
        only_campaign_uniques: ClickCostUpdateOnlyCampaignUniques | Unset
        if isinstance(_only_campaign_uniques, Unset):
            only_campaign_uniques = UNSET
        else:
            only_campaign_uniques = check_click_cost_update_only_campaign_uniques(_only_campaign_uniques)

        click_cost_update = cls(
            campaign_ids=campaign_ids,
            costs=costs,
            timezone=timezone,
            currency=currency,
            only_campaign_uniques=only_campaign_uniques,
        )

        click_cost_update.additional_properties = d
        return click_cost_update

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

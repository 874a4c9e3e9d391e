from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CleanStatsRequest")


@_attrs_define
class CleanStatsRequest:
    """Period of statistics to erase. Destructive and scheduled in the background.

    Attributes:
        start_date (str): `YYYY-MM-DD HH:MM`. Keitaro's document gives this format, e.g. `2017-09-10 20:10` (confirmed);
            an impossible date or an unknown time zone is refused with 406 by the fake.
        end_date (str): `YYYY-MM-DD HH:MM`. Keitaro's document gives this format, e.g. `2017-09-10 20:10` (confirmed);
            an impossible date or an unknown time zone is refused with 406 by the fake.
        campaign_id (int | Unset): Limit to one campaign.
        timezone (str | Unset):
    """

    start_date: str
    end_date: str
    campaign_id: int | Unset = UNSET
    timezone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_date = self.start_date

        end_date = self.end_date

        campaign_id = self.campaign_id

        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_date": start_date,
                "end_date": end_date,
            }
        )
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_date = d.pop("start_date")

        end_date = d.pop("end_date")

        campaign_id = d.pop("campaign_id", UNSET)

        timezone = d.pop("timezone", UNSET)

        clean_stats_request = cls(
            start_date=start_date,
            end_date=end_date,
            campaign_id=campaign_id,
            timezone=timezone,
        )

        clean_stats_request.additional_properties = d
        return clean_stats_request

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.range_interval import RangeInterval, check_range_interval
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportRange")


@_attrs_define
class ReportRange:
    """Period of a report or log: either `interval`, or `from` and `to`.

    Attributes:
        from_ (None | str | Unset): First day, `YYYY-MM-DD` (a time may follow).
        to (None | str | Unset): Last day, `YYYY-MM-DD` (a time may follow).
        timezone (str | Unset): Time zone name, e.g. `Europe/Madrid`; the tracker's zone when left out.
        interval (RangeInterval | Unset): Named period relative to today in the range's time zone. `30_days_ago` and
            `6_months_ago` are used by real clients but missing from Keitaro's 2022 document.
    """

    from_: None | str | Unset = UNSET
    to: None | str | Unset = UNSET
    timezone: str | Unset = UNSET
    interval: RangeInterval | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        to: None | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        timezone = self.timezone

        interval: str | Unset = UNSET
        if not isinstance(self.interval, Unset):
            interval = self.interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if interval is not UNSET:
            field_dict["interval"] = interval

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_from_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_ = _parse_from_(d.pop("from", UNSET))

        def _parse_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to = _parse_to(d.pop("to", UNSET))

        timezone = d.pop("timezone", UNSET)

        _interval = d.pop("interval", UNSET)
        interval: RangeInterval | Unset
        if isinstance(_interval, Unset):
            interval = UNSET
        else:
            interval = check_range_interval(_interval)

        report_range = cls(
            from_=from_,
            to=to,
            timezone=timezone,
            interval=interval,
        )

        report_range.additional_properties = d
        return report_range

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

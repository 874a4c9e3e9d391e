from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Trigger")


@_attrs_define
class Trigger:
    """A flow trigger as returned.

    Attributes:
        id (int | Unset):
        oid (int | None | Unset):
        stream_id (int | Unset):
        taget (str | Unset): What the trigger watches. The tracker really spells this field `taget` when it answers;
            requests use `target`.
        condition (str | Unset):
        selected_page (None | str | Unset):
        pattern (None | str | Unset):
        action (str | Unset):
        interval (int | Unset): Seconds between checks.
        next_run_at (int | None | Unset): Unix time of the next check.
        alternative_urls (None | str | Unset): Replacement URLs, one per line.
        grab_from_page (None | str | Unset):
        av_settings (None | str | Unset):
        reverse (bool | Unset):
        enabled (bool | Unset):
        scan_page (bool | Unset):
    """

    id: int | Unset = UNSET
    oid: int | None | Unset = UNSET
    stream_id: int | Unset = UNSET
    taget: str | Unset = UNSET
    condition: str | Unset = UNSET
    selected_page: None | str | Unset = UNSET
    pattern: None | str | Unset = UNSET
    action: str | Unset = UNSET
    interval: int | Unset = UNSET
    next_run_at: int | None | Unset = UNSET
    alternative_urls: None | str | Unset = UNSET
    grab_from_page: None | str | Unset = UNSET
    av_settings: None | str | Unset = UNSET
    reverse: bool | Unset = UNSET
    enabled: bool | Unset = UNSET
    scan_page: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        oid: int | None | Unset
        if isinstance(self.oid, Unset):
            oid = UNSET
        else:
            oid = self.oid

        stream_id = self.stream_id

        taget = self.taget

        condition = self.condition

        selected_page: None | str | Unset
        if isinstance(self.selected_page, Unset):
            selected_page = UNSET
        else:
            selected_page = self.selected_page

        pattern: None | str | Unset
        if isinstance(self.pattern, Unset):
            pattern = UNSET
        else:
            pattern = self.pattern

        action = self.action

        interval = self.interval

        next_run_at: int | None | Unset
        if isinstance(self.next_run_at, Unset):
            next_run_at = UNSET
        else:
            next_run_at = self.next_run_at

        alternative_urls: None | str | Unset
        if isinstance(self.alternative_urls, Unset):
            alternative_urls = UNSET
        else:
            alternative_urls = self.alternative_urls

        grab_from_page: None | str | Unset
        if isinstance(self.grab_from_page, Unset):
            grab_from_page = UNSET
        else:
            grab_from_page = self.grab_from_page

        av_settings: None | str | Unset
        if isinstance(self.av_settings, Unset):
            av_settings = UNSET
        else:
            av_settings = self.av_settings

        reverse = self.reverse

        enabled = self.enabled

        scan_page = self.scan_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if oid is not UNSET:
            field_dict["oid"] = oid
        if stream_id is not UNSET:
            field_dict["stream_id"] = stream_id
        if taget is not UNSET:
            field_dict["taget"] = taget
        if condition is not UNSET:
            field_dict["condition"] = condition
        if selected_page is not UNSET:
            field_dict["selected_page"] = selected_page
        if pattern is not UNSET:
            field_dict["pattern"] = pattern
        if action is not UNSET:
            field_dict["action"] = action
        if interval is not UNSET:
            field_dict["interval"] = interval
        if next_run_at is not UNSET:
            field_dict["next_run_at"] = next_run_at
        if alternative_urls is not UNSET:
            field_dict["alternative_urls"] = alternative_urls
        if grab_from_page is not UNSET:
            field_dict["grab_from_page"] = grab_from_page
        if av_settings is not UNSET:
            field_dict["av_settings"] = av_settings
        if reverse is not UNSET:
            field_dict["reverse"] = reverse
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if scan_page is not UNSET:
            field_dict["scan_page"] = scan_page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_oid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        oid = _parse_oid(d.pop("oid", UNSET))

        stream_id = d.pop("stream_id", UNSET)

        taget = d.pop("taget", UNSET)

        condition = d.pop("condition", UNSET)

        def _parse_selected_page(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        selected_page = _parse_selected_page(d.pop("selected_page", UNSET))

        def _parse_pattern(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pattern = _parse_pattern(d.pop("pattern", UNSET))

        action = d.pop("action", UNSET)

        interval = d.pop("interval", UNSET)

        def _parse_next_run_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        next_run_at = _parse_next_run_at(d.pop("next_run_at", UNSET))

        def _parse_alternative_urls(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alternative_urls = _parse_alternative_urls(d.pop("alternative_urls", UNSET))

        def _parse_grab_from_page(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        grab_from_page = _parse_grab_from_page(d.pop("grab_from_page", UNSET))

        def _parse_av_settings(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        av_settings = _parse_av_settings(d.pop("av_settings", UNSET))

        reverse = d.pop("reverse", UNSET)

        enabled = d.pop("enabled", UNSET)

        scan_page = d.pop("scan_page", UNSET)

        trigger = cls(
            id=id,
            oid=oid,
            stream_id=stream_id,
            taget=taget,
            condition=condition,
            selected_page=selected_page,
            pattern=pattern,
            action=action,
            interval=interval,
            next_run_at=next_run_at,
            alternative_urls=alternative_urls,
            grab_from_page=grab_from_page,
            av_settings=av_settings,
            reverse=reverse,
            enabled=enabled,
            scan_page=scan_page,
        )

        trigger.additional_properties = d
        return trigger

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trigger_input_action import TriggerInputAction, check_trigger_input_action
from ..models.trigger_input_condition import TriggerInputCondition, check_trigger_input_condition
from ..models.trigger_input_target import TriggerInputTarget, check_trigger_input_target
from ..types import UNSET, Unset

T = TypeVar("T", bound="TriggerInput")


@_attrs_define
class TriggerInput:
    """A flow trigger as sent.

    Attributes:
        stream_id (int):
        condition (TriggerInputCondition): When the trigger fires.
        target (TriggerInputTarget): What the trigger watches.
        action (TriggerInputAction): What happens when it fires.
        id (int | Unset): Give the id to change an existing trigger.
        selected_page (str | Unset):
        pattern (str | Unset): Text looked for by `not_contains`.
        interval (int | Unset): Seconds between checks.
        alternative_urls (str | Unset): Replacement URLs, one per line.
        grab_from_page (str | Unset):
        av_settings (str | Unset):
        reverse (bool | Unset):
        scan_page (bool | Unset):
    """

    stream_id: int
    condition: TriggerInputCondition
    target: TriggerInputTarget
    action: TriggerInputAction
    id: int | Unset = UNSET
    selected_page: str | Unset = UNSET
    pattern: str | Unset = UNSET
    interval: int | Unset = UNSET
    alternative_urls: str | Unset = UNSET
    grab_from_page: str | Unset = UNSET
    av_settings: str | Unset = UNSET
    reverse: bool | Unset = UNSET
    scan_page: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stream_id = self.stream_id

        condition: str = self.condition

        target: str = self.target

        action: str = self.action

        id = self.id

        selected_page = self.selected_page

        pattern = self.pattern

        interval = self.interval

        alternative_urls = self.alternative_urls

        grab_from_page = self.grab_from_page

        av_settings = self.av_settings

        reverse = self.reverse

        scan_page = self.scan_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stream_id": stream_id,
                "condition": condition,
                "target": target,
                "action": action,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if selected_page is not UNSET:
            field_dict["selected_page"] = selected_page
        if pattern is not UNSET:
            field_dict["pattern"] = pattern
        if interval is not UNSET:
            field_dict["interval"] = interval
        if alternative_urls is not UNSET:
            field_dict["alternative_urls"] = alternative_urls
        if grab_from_page is not UNSET:
            field_dict["grab_from_page"] = grab_from_page
        if av_settings is not UNSET:
            field_dict["av_settings"] = av_settings
        if reverse is not UNSET:
            field_dict["reverse"] = reverse
        if scan_page is not UNSET:
            field_dict["scan_page"] = scan_page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        stream_id = d.pop("stream_id")

        condition = check_trigger_input_condition(d.pop("condition"))

        target = check_trigger_input_target(d.pop("target"))

        action = check_trigger_input_action(d.pop("action"))

        id = d.pop("id", UNSET)

        selected_page = d.pop("selected_page", UNSET)

        pattern = d.pop("pattern", UNSET)

        interval = d.pop("interval", UNSET)

        alternative_urls = d.pop("alternative_urls", UNSET)

        grab_from_page = d.pop("grab_from_page", UNSET)

        av_settings = d.pop("av_settings", UNSET)

        reverse = d.pop("reverse", UNSET)

        scan_page = d.pop("scan_page", UNSET)

        trigger_input = cls(
            stream_id=stream_id,
            condition=condition,
            target=target,
            action=action,
            id=id,
            selected_page=selected_page,
            pattern=pattern,
            interval=interval,
            alternative_urls=alternative_urls,
            grab_from_page=grab_from_page,
            av_settings=av_settings,
            reverse=reverse,
            scan_page=scan_page,
        )

        trigger_input.additional_properties = d
        return trigger_input

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

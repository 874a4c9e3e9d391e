from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stream_filter_rule_input_mode import StreamFilterRuleInputMode, check_stream_filter_rule_input_mode
from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamFilterRuleInput")


@_attrs_define
class StreamFilterRuleInput:
    """A filter of a flow as sent.

    Attributes:
        name (str): Filter key, e.g. `country`.
        mode (StreamFilterRuleInputMode): Whether matching clicks are let in or turned away.
        id (int | Unset): Give the id to change an existing filter.
        payload (list[str] | Unset): Values to match, e.g. `["US", "DE"]`.
    """

    name: str
    mode: StreamFilterRuleInputMode
    id: int | Unset = UNSET
    payload: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        mode: str = self.mode

        id = self.id

        payload: list[str] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "mode": mode,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        mode = check_stream_filter_rule_input_mode(d.pop("mode"))

        id = d.pop("id", UNSET)

        payload = cast(list[str], d.pop("payload", UNSET))

        stream_filter_rule_input = cls(
            name=name,
            mode=mode,
            id=id,
            payload=payload,
        )

        stream_filter_rule_input.additional_properties = d
        return stream_filter_rule_input

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

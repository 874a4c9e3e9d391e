from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stream_filter_rule_payload_type_2 import StreamFilterRulePayloadType2


T = TypeVar("T", bound="StreamFilterRule")


@_attrs_define
class StreamFilterRule:
    """A filter of a flow as returned.

    Attributes:
        id (int | Unset):
        stream_id (int | Unset):
        name (str | Unset): Filter key, e.g. `country`.
        mode (str | Unset): `accept` or `reject`.
        payload (list[str] | None | str | StreamFilterRulePayloadType2 | Unset): Filter values. The published document
            says string; write requests use a list, so both forms are accepted here.
        oid (int | None | str | Unset): Tracker-internal id.
    """

    id: int | Unset = UNSET
    stream_id: int | Unset = UNSET
    name: str | Unset = UNSET
    mode: str | Unset = UNSET
    payload: list[str] | None | str | StreamFilterRulePayloadType2 | Unset = UNSET
    oid: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.stream_filter_rule_payload_type_2 import StreamFilterRulePayloadType2  # noqa: PLC0415

        id = self.id

        stream_id = self.stream_id

        name = self.name

        mode = self.mode

        payload: dict[str, Any] | list[str] | None | str | Unset
        if isinstance(self.payload, Unset):
            payload = UNSET
        elif isinstance(self.payload, list):
            payload = self.payload

        elif isinstance(self.payload, StreamFilterRulePayloadType2):
            payload = self.payload.to_dict()
        else:
            payload = self.payload

        oid: int | None | str | Unset
        if isinstance(self.oid, Unset):
            oid = UNSET
        else:
            oid = self.oid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if stream_id is not UNSET:
            field_dict["stream_id"] = stream_id
        if name is not UNSET:
            field_dict["name"] = name
        if mode is not UNSET:
            field_dict["mode"] = mode
        if payload is not UNSET:
            field_dict["payload"] = payload
        if oid is not UNSET:
            field_dict["oid"] = oid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stream_filter_rule_payload_type_2 import StreamFilterRulePayloadType2  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        stream_id = d.pop("stream_id", UNSET)

        name = d.pop("name", UNSET)

        mode = d.pop("mode", UNSET)

        def _parse_payload(data: object) -> list[str] | None | str | StreamFilterRulePayloadType2 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                payload_type_0 = cast(list[str], data)

                return payload_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payload_type_2 = StreamFilterRulePayloadType2.from_dict(data)

                return payload_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | str | StreamFilterRulePayloadType2 | Unset, data)

        payload = _parse_payload(d.pop("payload", UNSET))

        def _parse_oid(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        oid = _parse_oid(d.pop("oid", UNSET))

        stream_filter_rule = cls(
            id=id,
            stream_id=stream_id,
            name=name,
            mode=mode,
            payload=payload,
            oid=oid,
        )

        stream_filter_rule.additional_properties = d
        return stream_filter_rule

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

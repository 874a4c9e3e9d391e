from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stream_offer_input_state import StreamOfferInputState, check_stream_offer_input_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamOfferInput")


@_attrs_define
class StreamOfferInput:
    """An offer to attach to a flow.

    Attributes:
        offer_id (int):
        share (int): Percent of the flow's traffic.
        state (StreamOfferInputState | Unset): State.
    """

    offer_id: int
    share: int
    state: StreamOfferInputState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offer_id = self.offer_id

        share = self.share

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "offer_id": offer_id,
                "share": share,
            }
        )
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        offer_id = d.pop("offer_id")

        share = d.pop("share")

        _state = d.pop("state", UNSET)
        state: StreamOfferInputState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_stream_offer_input_state(_state)

        stream_offer_input = cls(
            offer_id=offer_id,
            share=share,
            state=state,
        )

        stream_offer_input.additional_properties = d
        return stream_offer_input

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

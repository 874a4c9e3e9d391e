from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stream_landing_input_state import StreamLandingInputState, check_stream_landing_input_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamLandingInput")


@_attrs_define
class StreamLandingInput:
    """A landing page to attach to a flow.

    Attributes:
        landing_id (int):
        share (int): Percent of the flow's traffic.
        state (StreamLandingInputState | Unset): State.
    """

    landing_id: int
    share: int
    state: StreamLandingInputState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        landing_id = self.landing_id

        share = self.share

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "landing_id": landing_id,
                "share": share,
            }
        )
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        landing_id = d.pop("landing_id")

        share = d.pop("share")

        _state = d.pop("state", UNSET)
        state: StreamLandingInputState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_stream_landing_input_state(_state)

        stream_landing_input = cls(
            landing_id=landing_id,
            share=share,
            state=state,
        )

        stream_landing_input.additional_properties = d
        return stream_landing_input

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamLanding")


@_attrs_define
class StreamLanding:
    """A landing page attached to a flow.

    Attributes:
        id (int | Unset):
        stream_id (int | Unset):
        landing_id (int | Unset):
        state (str | Unset):
        share (int | Unset): Percent of the flow's traffic.
        created_at (str | Unset): Timestamp as the tracker prints it, usually `YYYY-MM-DD HH:MM:SS` in the tracker's
            time zone.
        updated_at (str | Unset): Timestamp as the tracker prints it, usually `YYYY-MM-DD HH:MM:SS` in the tracker's
            time zone.
    """

    id: int | Unset = UNSET
    stream_id: int | Unset = UNSET
    landing_id: int | Unset = UNSET
    state: str | Unset = UNSET
    share: int | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        stream_id = self.stream_id

        landing_id = self.landing_id

        state = self.state

        share = self.share

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if stream_id is not UNSET:
            field_dict["stream_id"] = stream_id
        if landing_id is not UNSET:
            field_dict["landing_id"] = landing_id
        if state is not UNSET:
            field_dict["state"] = state
        if share is not UNSET:
            field_dict["share"] = share
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        stream_id = d.pop("stream_id", UNSET)

        landing_id = d.pop("landing_id", UNSET)

        state = d.pop("state", UNSET)

        share = d.pop("share", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        stream_landing = cls(
            id=id,
            stream_id=stream_id,
            landing_id=landing_id,
            state=state,
            share=share,
            created_at=created_at,
            updated_at=updated_at,
        )

        stream_landing.additional_properties = d
        return stream_landing

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

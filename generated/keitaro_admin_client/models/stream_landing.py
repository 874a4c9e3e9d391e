from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
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
    _fields: ClassVar[dict[str, str]] = {
        "id": "id",
        "stream_id": "stream_id",
        "landing_id": "landing_id",
        "state": "state",
        "share": "share",
        "created_at": "created_at",
        "updated_at": "updated_at",
    }

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form: unset fields left out, timestamps as `YYYY-MM-DD HH:MM:SS`."""
        v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        v = self.id
        if v is not UNSET:
            field_dict["id"] = v
        v = self.stream_id
        if v is not UNSET:
            field_dict["stream_id"] = v
        v = self.landing_id
        if v is not UNSET:
            field_dict["landing_id"] = v
        v = self.state
        if v is not UNSET:
            field_dict["state"] = v
        v = self.share
        if v is not UNSET:
            field_dict["share"] = v
        v = self.created_at
        if v is not UNSET:
            field_dict["created_at"] = v
        v = self.updated_at
        if v is not UNSET:
            field_dict["updated_at"] = v
        return field_dict

    def to_json(self, **options: Any) -> str:
        """`to_dict()` as a JSON string; options go to `json.dumps`."""
        return _t.to_json(self, **options)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON; raises `DecodeError` naming the first field that does not fit."""
        if not isinstance(src_dict, Mapping):
            raise _t.not_an_object(src_dict, "StreamLanding")
        d = dict(src_dict)
        v: Any
        v = d.pop("id", UNSET)
        if type(v) is not int and v is not UNSET:
            v = _t.decode_field(_t.to_int, v, "id")
        id = v
        v = d.pop("stream_id", UNSET)
        if type(v) is not int and v is not UNSET:
            v = _t.decode_field(_t.to_int, v, "stream_id")
        stream_id = v
        v = d.pop("landing_id", UNSET)
        if type(v) is not int and v is not UNSET:
            v = _t.decode_field(_t.to_int, v, "landing_id")
        landing_id = v
        v = d.pop("state", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "state")
        state = v
        v = d.pop("share", UNSET)
        if type(v) is not int and v is not UNSET:
            v = _t.decode_field(_t.to_int, v, "share")
        share = v
        v = d.pop("created_at", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "created_at")
        created_at = v
        v = d.pop("updated_at", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "updated_at")
        updated_at = v
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

    def __repr__(self) -> str:
        return _t.model_repr(self, self._fields)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """A field by its JSON name, known (`m["alias"]`) or not; KeyError if the tracker did not send it."""
        attr = self._fields.get(key)
        if attr is not None:
            value = getattr(self, attr)
            if value is UNSET:
                raise KeyError(key)
            return value
        return self.additional_properties[key]

    def get(self, key: str, default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            return default

    def __setitem__(self, key: str, value: Any) -> None:
        attr = self._fields.get(key)
        if attr is not None:
            setattr(self, attr, value)
        else:
            self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        attr = self._fields.get(key)
        if attr is not None:
            if getattr(self, attr) is UNSET:
                raise KeyError(key)
            setattr(self, attr, UNSET)
        else:
            del self.additional_properties[key]

    def __contains__(self, key: object) -> bool:
        attr = self._fields.get(key) if isinstance(key, str) else None
        if attr is not None:
            return getattr(self, attr) is not UNSET
        return key in self.additional_properties

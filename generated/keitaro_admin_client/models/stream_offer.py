from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamOffer")

_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "stream_id",
        "offer_id",
        "state",
        "share",
        "created_at",
        "updated_at",
    )
)
_new = object.__new__


@_attrs_define
class StreamOffer:
    """An offer attached to a flow. Fields in `required` are in every answer. Evidence - the 2022 document lists them on
    its read schema, and the answer samples public clients show carry them all (ysomad/keitaro README); medium
    confidence. The other fields may be absent; trimmed answers for keys with restricted rights are reported but
    unverified.

        Attributes:
            id (int):
            stream_id (int):
            offer_id (int):
            state (str): State of the entity.
            share (int): Percent of the flow's traffic.
            created_at (datetime.datetime | Unset): When the tracker recorded it, in the tracker's local time zone (read as
                a naive datetime). Trackers print `YYYY-MM-DD HH:MM:SS`, not RFC 3339: the 2022 document types it as a plain
                string, and the same format is what public clients read in report datetimes (medium confidence); ISO 8601 is
                read too.
            updated_at (datetime.datetime | Unset): When the tracker recorded it, in the tracker's local time zone (read as
                a naive datetime). Trackers print `YYYY-MM-DD HH:MM:SS`, not RFC 3339: the 2022 document types it as a plain
                string, and the same format is what public clients read in report datetimes (medium confidence); ISO 8601 is
                read too.
    """

    id: int
    stream_id: int
    offer_id: int
    state: str
    share: int
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _fields: ClassVar[dict[str, str]] = {
        "id": "id",
        "stream_id": "stream_id",
        "offer_id": "offer_id",
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
        field_dict["id"] = v
        v = self.stream_id
        field_dict["stream_id"] = v
        v = self.offer_id
        field_dict["offer_id"] = v
        v = self.state
        field_dict["state"] = v
        v = self.share
        field_dict["share"] = v
        v = self.created_at
        if v is not UNSET:
            field_dict["created_at"] = _t.encode(v)
        v = self.updated_at
        if v is not UNSET:
            field_dict["updated_at"] = _t.encode(v)
        return field_dict

    def to_json(self, **options: Any) -> str:
        """`to_dict()` as a JSON string; options go to `json.dumps`."""
        return _t.to_json(self, **options)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON; raises `DecodeError` naming the first field that does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _t.not_an_object(src_dict, "StreamOffer")
        # Fields are set on a bare instance: the attrs __init__ would only assign them again, and a
        # call with every field as a keyword costs more than the decoding. A subclass with its own
        # __init__ still gets it called (below).
        obj = _new(cls)
        get = src_dict.get
        v: Any
        raw: Any
        v = get("id", UNSET)
        if type(v) is not int:
            if v is UNSET:
                raise _t.missing("id", src_dict, cls._fields)
            v = _t.decode_field(_t.to_int, v, "id")
        obj.id = v
        v = get("stream_id", UNSET)
        if type(v) is not int:
            if v is UNSET:
                raise _t.missing("stream_id", src_dict, cls._fields)
            v = _t.decode_field(_t.to_int, v, "stream_id")
        obj.stream_id = v
        v = get("offer_id", UNSET)
        if type(v) is not int:
            if v is UNSET:
                raise _t.missing("offer_id", src_dict, cls._fields)
            v = _t.decode_field(_t.to_int, v, "offer_id")
        obj.offer_id = v
        v = get("state", UNSET)
        if type(v) is not str:
            if v is UNSET:
                raise _t.missing("state", src_dict, cls._fields)
            v = _t.decode_field(_t.to_str, v, "state")
        obj.state = v
        v = get("share", UNSET)
        if type(v) is not int:
            if v is UNSET:
                raise _t.missing("share", src_dict, cls._fields)
            v = _t.decode_field(_t.to_int, v, "share")
        obj.share = v
        v = get("created_at", UNSET)
        if type(v) is str:
            raw = v
            try:
                v = _t.datetime_from_text(raw.strip())
            except ValueError:
                v = UNSET  # the decoder below (outside this handler) raises the field's DecodeError
            if v is UNSET:
                v = _t.decode_field(_DEC_created_at, raw, "created_at")
        elif v is not UNSET:
            try:
                v = _DEC_created_at(v)
            except _t.DecodeError as exc:
                raise exc.at("created_at") from None
        obj.created_at = v
        v = get("updated_at", UNSET)
        if type(v) is str:
            raw = v
            try:
                v = _t.datetime_from_text(raw.strip())
            except ValueError:
                v = UNSET  # the decoder below (outside this handler) raises the field's DecodeError
            if v is UNSET:
                v = _t.decode_field(_DEC_updated_at, raw, "updated_at")
        elif v is not UNSET:
            try:
                v = _DEC_updated_at(v)
            except _t.DecodeError as exc:
                raise exc.at("updated_at") from None
        obj.updated_at = v
        obj.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KNOWN}
        )
        if cls is not StreamOffer and cls.__init__ is not _INIT:
            return _t.rebuilt(cls, obj, StreamOffer._fields.values())
        return obj

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


_INIT = StreamOffer.__init__

# Field decoders, made once; after the imports above, as they call the nested models' classes.
_DEC_created_at = _t.to_datetime
_DEC_updated_at = _t.to_datetime

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamFilterRule")

_KNOWN: frozenset[str] = frozenset(
    (
        "name",
        "mode",
        "id",
        "stream_id",
        "payload",
        "oid",
    )
)
_new = object.__new__


@_attrs_define
class StreamFilterRule:
    """A filter of a flow as returned. Fields in `required` are in every answer. Evidence - the 2022 document lists them on
    its read schema, and the answer samples public clients show carry them all (ysomad/keitaro README); medium
    confidence. The other fields may be absent; trimmed answers for keys with restricted rights are reported but
    unverified.

        Attributes:
            name (str): Filter key, e.g. `country`.
            mode (str): `accept` or `reject`.
            id (int | Unset):
            stream_id (int | Unset):
            payload (list[str] | None | str | StreamFilterRulePayloadType2 | Unset): Filter values. The published document
                says string; write requests use a list, so both forms are accepted here.
            oid (int | None | str | Unset): Tracker-internal id.
    """

    name: str
    mode: str
    id: int | Unset = UNSET
    stream_id: int | Unset = UNSET
    payload: list[str] | None | str | StreamFilterRulePayloadType2 | Unset = UNSET
    oid: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _fields: ClassVar[dict[str, str]] = {
        "name": "name",
        "mode": "mode",
        "id": "id",
        "stream_id": "stream_id",
        "payload": "payload",
        "oid": "oid",
    }

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form: unset fields left out, timestamps as `YYYY-MM-DD HH:MM:SS`."""
        v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        v = self.name
        field_dict["name"] = v
        v = self.mode
        field_dict["mode"] = v
        v = self.id
        if v is not UNSET:
            field_dict["id"] = v
        v = self.stream_id
        if v is not UNSET:
            field_dict["stream_id"] = v
        v = self.payload
        if v is not UNSET:
            field_dict["payload"] = _t.encode(v)
        v = self.oid
        if v is not UNSET:
            field_dict["oid"] = v
        return field_dict

    def to_json(self, **options: Any) -> str:
        """`to_dict()` as a JSON string; options go to `json.dumps`."""
        return _t.to_json(self, **options)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON; raises `DecodeError` naming the first field that does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _t.not_an_object(src_dict, "StreamFilterRule")
        # Fields are set on a bare instance: the attrs __init__ would only assign them again, and a
        # call with every field as a keyword costs more than the decoding. A subclass with its own
        # __init__ still gets it called (below).
        obj = _new(cls)
        get = src_dict.get
        v: Any
        raw: Any
        v = get("name", UNSET)
        if type(v) is not str:
            if v is UNSET:
                raise _t.missing("name", src_dict, cls._fields)
            v = _t.decode_field(_t.to_str, v, "name")
        obj.name = v
        v = get("mode", UNSET)
        if type(v) is not str:
            if v is UNSET:
                raise _t.missing("mode", src_dict, cls._fields)
            v = _t.decode_field(_t.to_str, v, "mode")
        obj.mode = v
        v = get("id", UNSET)
        if type(v) is not int and v is not UNSET:
            v = _t.decode_field(_t.to_int, v, "id")
        obj.id = v
        v = get("stream_id", UNSET)
        if type(v) is not int and v is not UNSET:
            v = _t.decode_field(_t.to_int, v, "stream_id")
        obj.stream_id = v
        v = get("payload", UNSET)
        if v is not UNSET:
            try:
                v = _DEC_payload(v)
            except _t.DecodeError as exc:
                raise exc.at("payload") from None
        obj.payload = v
        v = get("oid", UNSET)
        if v is not UNSET:
            try:
                v = _DEC_oid(v)
            except _t.DecodeError as exc:
                raise exc.at("oid") from None
        obj.oid = v
        obj.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KNOWN}
        )
        if cls is not StreamFilterRule and cls.__init__ is not _INIT:
            return _t.rebuilt(cls, obj, StreamFilterRule._fields.values())
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


_INIT = StreamFilterRule.__init__

# Models named by fields, imported after the class so that models that refer to each other import
# (each finds the other's class already defined); from_dict calls them directly.
from ..models.stream_filter_rule_payload_type_2 import StreamFilterRulePayloadType2  # noqa: E402

# Field decoders, made once; after the imports above, as they call the nested models' classes.
_DEC_payload = _t.one_of(
    _t.list_of(_t.to_str),
    _t.to_str,
    _t.model(StreamFilterRulePayloadType2),
    _t.to_none,
)
_DEC_oid = _t.one_of(
    _t.to_int,
    _t.to_str,
    _t.to_none,
)

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.stream_filter_rule_input_mode import StreamFilterRuleInputMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamFilterRuleInput")

_KNOWN: frozenset[str] = frozenset(
    (
        "name",
        "mode",
        "id",
        "payload",
    )
)
_new = object.__new__


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
    _fields: ClassVar[dict[str, str]] = {
        "name": "name",
        "mode": "mode",
        "id": "id",
        "payload": "payload",
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
        v = self.payload
        if v is not UNSET:
            field_dict["payload"] = _t.encode(v)
        return field_dict

    def to_json(self, **options: Any) -> str:
        """`to_dict()` as a JSON string; options go to `json.dumps`."""
        return _t.to_json(self, **options)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON; raises `DecodeError` naming the first field that does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _t.not_an_object(src_dict, "StreamFilterRuleInput")
        # Fields are set on a bare instance: the attrs __init__ would only assign them again, and a
        # call with every field as a keyword costs more than the decoding. A subclass with its own
        # __init__ still gets it called (below).
        obj = _new(cls)
        if type(src_dict) is dict and len(src_dict) == 4:
            try:
                f_name, f_mode, f_id, f_payload = _ALL(src_dict)
            except KeyError:
                pass  # a field missing (another key sent instead): the field-by-field code below
            else:
                if (
                    type(f_name) is str
                    and type(f_mode) is str
                    and type(f_id) is int
                    and type(f_payload) is list
                    and _t.all_are(f_payload, str)
                ):
                    obj.name = f_name
                    obj.mode = f_mode  # type: ignore[assignment]  # checked as text, as field by field
                    obj.id = f_id
                    obj.payload = f_payload.copy()
                    obj.additional_properties = {}
                    if cls is StreamFilterRuleInput or cls.__init__ is _INIT:
                        return obj
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
        v = get("payload", UNSET)
        if type(v) is list:
            raw = v
            try:
                v = [item if type(item) is str else _t.to_str(item) for item in raw]
            except _t.DecodeError:
                v = UNSET  # decoded again below (outside this handler), for the error with the item's index
            if v is UNSET:
                v = _t.decode_field(_DEC_payload, raw, "payload")
        elif v is not UNSET:
            try:
                v = _DEC_payload(v)
            except _t.DecodeError as exc:
                raise exc.at("payload") from None
        obj.payload = v
        obj.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KNOWN}
        )
        if cls is not StreamFilterRuleInput and cls.__init__ is not _INIT:
            return _t.rebuilt(cls, obj, StreamFilterRuleInput._fields.values())
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


_INIT = StreamFilterRuleInput.__init__
# Every field of an answer at once, in declaration order (the fast path of from_dict).
_ALL = _t.itemgetter(
    "name",
    "mode",
    "id",
    "payload",
)

# Field decoders, made once; after the imports above, as they call the nested models' classes.
_DEC_payload = _t.list_of(_t.to_str)

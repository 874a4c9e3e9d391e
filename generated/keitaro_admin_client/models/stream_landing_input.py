from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.stream_landing_input_state import StreamLandingInputState
from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamLandingInput")

_KNOWN: frozenset[str] = frozenset(
    (
        "landing_id",
        "share",
        "state",
    )
)
_new = object.__new__


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
    _fields: ClassVar[dict[str, str]] = {
        "landing_id": "landing_id",
        "share": "share",
        "state": "state",
    }

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form: unset fields left out, timestamps as `YYYY-MM-DD HH:MM:SS`."""
        v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        v = self.landing_id
        field_dict["landing_id"] = v
        v = self.share
        field_dict["share"] = v
        v = self.state
        if v is not UNSET:
            field_dict["state"] = v
        return field_dict

    def to_json(self, **options: Any) -> str:
        """`to_dict()` as a JSON string; options go to `json.dumps`."""
        return _t.to_json(self, **options)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON; raises `DecodeError` naming the first field that does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _t.not_an_object(src_dict, "StreamLandingInput")
        # Fields are set on a bare instance: the attrs __init__ would only assign them again, and a
        # call with every field as a keyword costs more than the decoding. A subclass with its own
        # __init__ still gets it called (below).
        obj = _new(cls)
        if type(src_dict) is dict and len(src_dict) == 3:
            try:
                f_landing_id, f_share, f_state = _ALL(src_dict)
            except KeyError:
                pass  # a field missing (another key sent instead): the field-by-field code below
            else:
                if type(f_landing_id) is int and type(f_share) is int and type(f_state) is str:
                    obj.landing_id = f_landing_id
                    obj.share = f_share
                    obj.state = f_state  # type: ignore[assignment]  # checked as text, as field by field
                    obj.additional_properties = {}
                    if cls is StreamLandingInput or cls.__init__ is _INIT:
                        return obj
        get = src_dict.get
        v: Any
        raw: Any
        v = get("landing_id", UNSET)
        if type(v) is not int:
            if v is UNSET:
                raise _t.missing("landing_id", src_dict, cls._fields)
            v = _t.decode_field(_t.to_int, v, "landing_id")
        obj.landing_id = v
        v = get("share", UNSET)
        if type(v) is not int:
            if v is UNSET:
                raise _t.missing("share", src_dict, cls._fields)
            v = _t.decode_field(_t.to_int, v, "share")
        obj.share = v
        v = get("state", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "state")
        obj.state = v
        obj.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KNOWN}
        )
        if cls is not StreamLandingInput and cls.__init__ is not _INIT:
            return _t.rebuilt(cls, obj, StreamLandingInput._fields.values())
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


_INIT = StreamLandingInput.__init__
# Every field of an answer at once, in declaration order (the fast path of from_dict).
_ALL = _t.itemgetter(
    "landing_id",
    "share",
    "state",
)

# Field decoders, made once; after the imports above, as they call the nested models' classes.

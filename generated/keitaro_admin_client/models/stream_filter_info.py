from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamFilterInfo")

_KNOWN: frozenset[str] = frozenset(
    (
        "value",
        "tooltip",
        "modes",
        "group",
        "template",
        "header_template",
        "defaults",
    )
)
_new = object.__new__


@_attrs_define
class StreamFilterInfo:
    """A filter kind the tracker offers for flows.

    Attributes:
        value (str | Unset): Filter key.
        tooltip (None | str | Unset):
        modes (None | StreamFilterInfoModesType0 | Unset): Labels of the modes the filter supports.
        group (None | str | Unset):
        template (None | str | Unset):
        header_template (None | str | Unset):
        defaults (list[str] | None | str | StreamFilterInfoDefaultsType2 | Unset): Default payload.
    """

    value: str | Unset = UNSET
    tooltip: None | str | Unset = UNSET
    modes: None | StreamFilterInfoModesType0 | Unset = UNSET
    group: None | str | Unset = UNSET
    template: None | str | Unset = UNSET
    header_template: None | str | Unset = UNSET
    defaults: list[str] | None | str | StreamFilterInfoDefaultsType2 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _fields: ClassVar[dict[str, str]] = {
        "value": "value",
        "tooltip": "tooltip",
        "modes": "modes",
        "group": "group",
        "template": "template",
        "header_template": "header_template",
        "defaults": "defaults",
    }

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form: unset fields left out, timestamps as `YYYY-MM-DD HH:MM:SS`."""
        v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        v = self.value
        if v is not UNSET:
            field_dict["value"] = v
        v = self.tooltip
        if v is not UNSET:
            field_dict["tooltip"] = v
        v = self.modes
        if v is not UNSET:
            field_dict["modes"] = _t.encode(v)
        v = self.group
        if v is not UNSET:
            field_dict["group"] = v
        v = self.template
        if v is not UNSET:
            field_dict["template"] = v
        v = self.header_template
        if v is not UNSET:
            field_dict["header_template"] = v
        v = self.defaults
        if v is not UNSET:
            field_dict["defaults"] = _t.encode(v)
        return field_dict

    def to_json(self, **options: Any) -> str:
        """`to_dict()` as a JSON string; options go to `json.dumps`."""
        return _t.to_json(self, **options)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON; raises `DecodeError` naming the first field that does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _t.not_an_object(src_dict, "StreamFilterInfo")
        # Fields are set on a bare instance: the attrs __init__ would only assign them again, and a
        # call with every field as a keyword costs more than the decoding. A subclass with its own
        # __init__ still gets it called (below).
        obj = _new(cls)
        get = src_dict.get
        v: Any
        raw: Any
        v = get("value", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "value")
        obj.value = v
        v = get("tooltip", UNSET)
        if type(v) is not str and v is not None and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "tooltip")
        obj.tooltip = v
        v = get("modes", UNSET)
        if type(v) is dict:
            try:
                v = StreamFilterInfoModesType0.from_dict(v)
            except _t.DecodeError as exc:
                raise exc.at("modes") from None
        elif v is not None and v is not UNSET:
            try:
                v = _DEC_modes(v)
            except _t.DecodeError as exc:
                raise exc.at("modes") from None
        obj.modes = v
        v = get("group", UNSET)
        if type(v) is not str and v is not None and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "group")
        obj.group = v
        v = get("template", UNSET)
        if type(v) is not str and v is not None and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "template")
        obj.template = v
        v = get("header_template", UNSET)
        if type(v) is not str and v is not None and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "header_template")
        obj.header_template = v
        v = get("defaults", UNSET)
        if v is not UNSET:
            try:
                v = _DEC_defaults(v)
            except _t.DecodeError as exc:
                raise exc.at("defaults") from None
        obj.defaults = v
        obj.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KNOWN}
        )
        if cls is not StreamFilterInfo and cls.__init__ is not _INIT:
            return _t.rebuilt(cls, obj, StreamFilterInfo._fields.values())
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


_INIT = StreamFilterInfo.__init__

# Models named by fields, imported after the class so that models that refer to each other import
# (each finds the other's class already defined); from_dict calls them directly.
from ..models.stream_filter_info_defaults_type_2 import StreamFilterInfoDefaultsType2  # noqa: E402
from ..models.stream_filter_info_modes_type_0 import StreamFilterInfoModesType0  # noqa: E402

# Field decoders, made once; after the imports above, as they call the nested models' classes.
_DEC_modes = _t.model(StreamFilterInfoModesType0)
_DEC_defaults = _t.one_of(
    _t.to_str,
    _t.list_of(_t.to_str),
    _t.model(StreamFilterInfoDefaultsType2),
    _t.to_none,
)

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="FileTree")

_KNOWN: frozenset[str] = frozenset(
    (
        "name",
        "type",
        "path",
        "ext",
        "children",
    )
)
_new = object.__new__


@_attrs_define
class FileTree:
    """A node of the file tree of a local offer or landing page. Fields in `required` are in every answer. Evidence - the
    2022 document lists them on its read schema, and the answer samples public clients show carry them all
    (ysomad/keitaro README); medium confidence. The other fields may be absent; trimmed answers for keys with restricted
    rights are reported but unverified.

        Attributes:
            name (str): Display name.
            type_ (str): `file` or `directory`.
            path (str):
            ext (None | str | Unset):
            children (list[FileTree] | Unset):
    """

    name: str
    type_: str
    path: str
    ext: None | str | Unset = UNSET
    children: list[FileTree] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _fields: ClassVar[dict[str, str]] = {
        "name": "name",
        "type": "type_",
        "path": "path",
        "ext": "ext",
        "children": "children",
    }

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form: unset fields left out, timestamps as `YYYY-MM-DD HH:MM:SS`."""
        v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        v = self.name
        field_dict["name"] = v
        v = self.type_
        field_dict["type"] = v
        v = self.path
        field_dict["path"] = v
        v = self.ext
        if v is not UNSET:
            field_dict["ext"] = v
        v = self.children
        if v is not UNSET:
            field_dict["children"] = _t.encode(v)
        return field_dict

    def to_json(self, **options: Any) -> str:
        """`to_dict()` as a JSON string; options go to `json.dumps`."""
        return _t.to_json(self, **options)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON; raises `DecodeError` naming the first field that does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _t.not_an_object(src_dict, "FileTree")
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
        v = get("type", UNSET)
        if type(v) is not str:
            if v is UNSET:
                raise _t.missing("type", src_dict, cls._fields)
            v = _t.decode_field(_t.to_str, v, "type")
        obj.type_ = v
        v = get("path", UNSET)
        if type(v) is not str:
            if v is UNSET:
                raise _t.missing("path", src_dict, cls._fields)
            v = _t.decode_field(_t.to_str, v, "path")
        obj.path = v
        v = get("ext", UNSET)
        if type(v) is not str and v is not None and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "ext")
        obj.ext = v
        v = get("children", UNSET)
        if type(v) is list:
            raw = v
            try:
                v = list(map(FileTree.from_dict, raw))
            except _t.DecodeError:
                v = UNSET  # decoded again below (outside this handler), for the error with the item's index
            if v is UNSET:
                v = _t.decode_field(_DEC_children, raw, "children")
        elif v is not UNSET:
            try:
                v = _DEC_children(v)
            except _t.DecodeError as exc:
                raise exc.at("children") from None
        obj.children = v
        obj.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KNOWN}
        )
        if cls is not FileTree and cls.__init__ is not _INIT:
            return _t.rebuilt(cls, obj, FileTree._fields.values())
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


_INIT = FileTree.__init__

# Field decoders, made once; after the imports above, as they call the nested models' classes.
_DEC_children = _t.list_of(_t.model(FileTree))

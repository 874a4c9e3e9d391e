from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="AffiliateNetworkCreate")

_KNOWN: frozenset[str] = frozenset(
    (
        "name",
        "postback_url",
        "offer_param",
        "notes",
    )
)
_new = object.__new__


@_attrs_define
class AffiliateNetworkCreate:
    """Fields accepted when creating an affiliate network.

    Attributes:
        name (str): Must hold a non-space character. Keitaro's document marks the field required but does not say blank
            text is refused; the fake refuses it as a tracker is assumed to (G).
        postback_url (str | Unset): URL the tracker calls back with conversions.
        offer_param (str | Unset): Query parameter that carries the offer in the network's links.
        notes (str | Unset): Free text notes.
    """

    name: str
    postback_url: str | Unset = UNSET
    offer_param: str | Unset = UNSET
    notes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _fields: ClassVar[dict[str, str]] = {
        "name": "name",
        "postback_url": "postback_url",
        "offer_param": "offer_param",
        "notes": "notes",
    }

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form: unset fields left out, timestamps as `YYYY-MM-DD HH:MM:SS`."""
        v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        v = self.name
        field_dict["name"] = v
        v = self.postback_url
        if v is not UNSET:
            field_dict["postback_url"] = v
        v = self.offer_param
        if v is not UNSET:
            field_dict["offer_param"] = v
        v = self.notes
        if v is not UNSET:
            field_dict["notes"] = v
        return field_dict

    def to_json(self, **options: Any) -> str:
        """`to_dict()` as a JSON string; options go to `json.dumps`."""
        return _t.to_json(self, **options)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON; raises `DecodeError` naming the first field that does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _t.not_an_object(src_dict, "AffiliateNetworkCreate")
        # Fields are set on a bare instance: the attrs __init__ would only assign them again, and a
        # call with every field as a keyword costs more than the decoding. A subclass with its own
        # __init__ still gets it called (below).
        obj = _new(cls)
        if type(src_dict) is dict and len(src_dict) == 4:
            try:
                f_name, f_postback_url, f_offer_param, f_notes = _ALL(src_dict)
            except KeyError:
                pass  # a field missing (another key sent instead): the field-by-field code below
            else:
                if (
                    type(f_name) is str
                    and type(f_postback_url) is str
                    and type(f_offer_param) is str
                    and type(f_notes) is str
                ):
                    obj.name = f_name
                    obj.postback_url = f_postback_url
                    obj.offer_param = f_offer_param
                    obj.notes = f_notes
                    obj.additional_properties = {}
                    if cls is AffiliateNetworkCreate or cls.__init__ is _INIT:
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
        v = get("postback_url", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "postback_url")
        obj.postback_url = v
        v = get("offer_param", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "offer_param")
        obj.offer_param = v
        v = get("notes", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "notes")
        obj.notes = v
        obj.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KNOWN}
        )
        if cls is not AffiliateNetworkCreate and cls.__init__ is not _INIT:
            return _t.rebuilt(cls, obj, AffiliateNetworkCreate._fields.values())
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


_INIT = AffiliateNetworkCreate.__init__
# Every field of an answer at once, in declaration order (the fast path of from_dict).
_ALL = _t.itemgetter(
    "name",
    "postback_url",
    "offer_param",
    "notes",
)

# Field decoders, made once; after the imports above, as they call the nested models' classes.

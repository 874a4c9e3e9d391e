from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.domain_update_state import DomainUpdateState
from ..types import UNSET, Unset

T = TypeVar("T", bound="DomainUpdate")

_KNOWN: frozenset[str] = frozenset(
    (
        "name",
        "is_ssl",
        "default_campaign_id",
        "state",
        "catch_not_found",
        "notes",
    )
)
_new = object.__new__


@_attrs_define
class DomainUpdate:
    """Fields accepted when changing a domain.

    Attributes:
        name (str | Unset): Must hold a non-space character. Keitaro's document marks the field required but does not
            say blank text is refused; the fake refuses it as a tracker is assumed to (G).
        is_ssl (bool | Unset): Serve the domain over HTTPS.
        default_campaign_id (int | None | Unset): Campaign that receives traffic arriving on the domain's root.
        state (DomainUpdateState | Unset): New state.
        catch_not_found (bool | Unset): Send requests for unknown paths to the default campaign.
        notes (str | Unset): Free text notes.
    """

    name: str | Unset = UNSET
    is_ssl: bool | Unset = UNSET
    default_campaign_id: int | None | Unset = UNSET
    state: DomainUpdateState | Unset = UNSET
    catch_not_found: bool | Unset = UNSET
    notes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _fields: ClassVar[dict[str, str]] = {
        "name": "name",
        "is_ssl": "is_ssl",
        "default_campaign_id": "default_campaign_id",
        "state": "state",
        "catch_not_found": "catch_not_found",
        "notes": "notes",
    }

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form: unset fields left out, timestamps as `YYYY-MM-DD HH:MM:SS`."""
        v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        v = self.name
        if v is not UNSET:
            field_dict["name"] = v
        v = self.is_ssl
        if v is not UNSET:
            field_dict["is_ssl"] = v
        v = self.default_campaign_id
        if v is not UNSET:
            field_dict["default_campaign_id"] = v
        v = self.state
        if v is not UNSET:
            field_dict["state"] = v
        v = self.catch_not_found
        if v is not UNSET:
            field_dict["catch_not_found"] = v
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
            raise _t.not_an_object(src_dict, "DomainUpdate")
        # Fields are set on a bare instance: the attrs __init__ would only assign them again, and a
        # call with every field as a keyword costs more than the decoding. A subclass with its own
        # __init__ still gets it called (below).
        obj = _new(cls)
        if type(src_dict) is dict and len(src_dict) == 6:
            try:
                f_name, f_is_ssl, f_default_campaign_id, f_state, f_catch_not_found, f_notes = _ALL(src_dict)
            except KeyError:
                pass  # a field missing (another key sent instead): the field-by-field code below
            else:
                if (
                    type(f_name) is str
                    and type(f_is_ssl) is bool
                    and (type(f_default_campaign_id) is int or f_default_campaign_id is None)
                    and type(f_state) is str
                    and type(f_catch_not_found) is bool
                    and type(f_notes) is str
                ):
                    obj.name = f_name
                    obj.is_ssl = f_is_ssl
                    obj.default_campaign_id = f_default_campaign_id
                    obj.state = f_state  # type: ignore[assignment]  # checked as text, as field by field
                    obj.catch_not_found = f_catch_not_found
                    obj.notes = f_notes
                    obj.additional_properties = {}
                    if cls is DomainUpdate or cls.__init__ is _INIT:
                        return obj
        get = src_dict.get
        v: Any
        raw: Any
        v = get("name", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "name")
        obj.name = v
        v = get("is_ssl", UNSET)
        if type(v) is not bool and v is not UNSET:
            v = _t.decode_field(_t.to_bool, v, "is_ssl")
        obj.is_ssl = v
        v = get("default_campaign_id", UNSET)
        if type(v) is not int and v is not None and v is not UNSET:
            v = _t.decode_field(_t.to_int, v, "default_campaign_id")
        obj.default_campaign_id = v
        v = get("state", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "state")
        obj.state = v
        v = get("catch_not_found", UNSET)
        if type(v) is not bool and v is not UNSET:
            v = _t.decode_field(_t.to_bool, v, "catch_not_found")
        obj.catch_not_found = v
        v = get("notes", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "notes")
        obj.notes = v
        obj.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KNOWN}
        )
        if cls is not DomainUpdate and cls.__init__ is not _INIT:
            return _t.rebuilt(cls, obj, DomainUpdate._fields.values())
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


_INIT = DomainUpdate.__init__
# Every field of an answer at once, in declaration order (the fast path of from_dict).
_ALL = _t.itemgetter(
    "name",
    "is_ssl",
    "default_campaign_id",
    "state",
    "catch_not_found",
    "notes",
)

# Field decoders, made once; after the imports above, as they call the nested models' classes.

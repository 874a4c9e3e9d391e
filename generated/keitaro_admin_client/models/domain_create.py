from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="DomainCreate")

_KNOWN: frozenset[str] = frozenset(
    (
        "name",
        "is_ssl",
        "default_campaign_id",
        "wildcard",
        "catch_not_found",
        "notes",
        "ssl_redirect",
        "allow_indexing",
    )
)
_new = object.__new__


@_attrs_define
class DomainCreate:
    """Fields accepted when adding a domain.

    Attributes:
        name (str): Domain name. The tracker answers with a list, which suggests several names can go in one request;
            the separator is not documented. Must hold a non-space character. Keitaro's document marks the field required
            but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G).
        is_ssl (bool): Serve over HTTPS. Required by Keitaro's published document (`required: [name, is_ssl]` on `POST
            /domains` in playtini/keitaro-client original/openapi.json, the 2022 edition; confirmed), so the SDK always
            sends it, false unless given. Default: False.
        default_campaign_id (int | None | Unset): Campaign that receives traffic arriving on the domain's root.
        wildcard (bool | Unset): Also serve every subdomain.
        catch_not_found (bool | Unset): Send requests for unknown paths to the default campaign.
        notes (str | Unset): Free text notes.
        ssl_redirect (bool | Unset): Redirect HTTP to HTTPS.
        allow_indexing (bool | Unset): Let search engines index the domain.
    """

    name: str
    is_ssl: bool = False
    default_campaign_id: int | None | Unset = UNSET
    wildcard: bool | Unset = UNSET
    catch_not_found: bool | Unset = UNSET
    notes: str | Unset = UNSET
    ssl_redirect: bool | Unset = UNSET
    allow_indexing: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _fields: ClassVar[dict[str, str]] = {
        "name": "name",
        "is_ssl": "is_ssl",
        "default_campaign_id": "default_campaign_id",
        "wildcard": "wildcard",
        "catch_not_found": "catch_not_found",
        "notes": "notes",
        "ssl_redirect": "ssl_redirect",
        "allow_indexing": "allow_indexing",
    }

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form: unset fields left out, timestamps as `YYYY-MM-DD HH:MM:SS`."""
        v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        v = self.name
        field_dict["name"] = v
        v = self.is_ssl
        field_dict["is_ssl"] = v
        v = self.default_campaign_id
        if v is not UNSET:
            field_dict["default_campaign_id"] = v
        v = self.wildcard
        if v is not UNSET:
            field_dict["wildcard"] = v
        v = self.catch_not_found
        if v is not UNSET:
            field_dict["catch_not_found"] = v
        v = self.notes
        if v is not UNSET:
            field_dict["notes"] = v
        v = self.ssl_redirect
        if v is not UNSET:
            field_dict["ssl_redirect"] = v
        v = self.allow_indexing
        if v is not UNSET:
            field_dict["allow_indexing"] = v
        return field_dict

    def to_json(self, **options: Any) -> str:
        """`to_dict()` as a JSON string; options go to `json.dumps`."""
        return _t.to_json(self, **options)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON; raises `DecodeError` naming the first field that does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _t.not_an_object(src_dict, "DomainCreate")
        # Fields are set on a bare instance: the attrs __init__ would only assign them again, and a
        # call with every field as a keyword costs more than the decoding. A subclass with its own
        # __init__ still gets it called (below).
        obj = _new(cls)
        if type(src_dict) is dict and len(src_dict) == 8:
            try:
                (
                    f_name,
                    f_is_ssl,
                    f_default_campaign_id,
                    f_wildcard,
                    f_catch_not_found,
                    f_notes,
                    f_ssl_redirect,
                    f_allow_indexing,
                ) = _ALL(src_dict)
            except KeyError:
                pass  # a field missing (another key sent instead): the field-by-field code below
            else:
                if (
                    type(f_name) is str
                    and type(f_is_ssl) is bool
                    and (type(f_default_campaign_id) is int or f_default_campaign_id is None)
                    and type(f_wildcard) is bool
                    and type(f_catch_not_found) is bool
                    and type(f_notes) is str
                    and type(f_ssl_redirect) is bool
                    and type(f_allow_indexing) is bool
                ):
                    obj.name = f_name
                    obj.is_ssl = f_is_ssl
                    obj.default_campaign_id = f_default_campaign_id
                    obj.wildcard = f_wildcard
                    obj.catch_not_found = f_catch_not_found
                    obj.notes = f_notes
                    obj.ssl_redirect = f_ssl_redirect
                    obj.allow_indexing = f_allow_indexing
                    obj.additional_properties = {}
                    if cls is DomainCreate or cls.__init__ is _INIT:
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
        v = get("is_ssl", UNSET)
        if type(v) is not bool:
            if v is UNSET:
                raise _t.missing("is_ssl", src_dict, cls._fields)
            v = _t.decode_field(_t.to_bool, v, "is_ssl")
        obj.is_ssl = v
        v = get("default_campaign_id", UNSET)
        if type(v) is not int and v is not None and v is not UNSET:
            v = _t.decode_field(_t.to_int, v, "default_campaign_id")
        obj.default_campaign_id = v
        v = get("wildcard", UNSET)
        if type(v) is not bool and v is not UNSET:
            v = _t.decode_field(_t.to_bool, v, "wildcard")
        obj.wildcard = v
        v = get("catch_not_found", UNSET)
        if type(v) is not bool and v is not UNSET:
            v = _t.decode_field(_t.to_bool, v, "catch_not_found")
        obj.catch_not_found = v
        v = get("notes", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "notes")
        obj.notes = v
        v = get("ssl_redirect", UNSET)
        if type(v) is not bool and v is not UNSET:
            v = _t.decode_field(_t.to_bool, v, "ssl_redirect")
        obj.ssl_redirect = v
        v = get("allow_indexing", UNSET)
        if type(v) is not bool and v is not UNSET:
            v = _t.decode_field(_t.to_bool, v, "allow_indexing")
        obj.allow_indexing = v
        obj.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KNOWN}
        )
        if cls is not DomainCreate and cls.__init__ is not _INIT:
            return _t.rebuilt(cls, obj, DomainCreate._fields.values())
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


_INIT = DomainCreate.__init__
# Every field of an answer at once, in declaration order (the fast path of from_dict).
_ALL = _t.itemgetter(
    "name",
    "is_ssl",
    "default_campaign_id",
    "wildcard",
    "catch_not_found",
    "notes",
    "ssl_redirect",
    "allow_indexing",
)

# Field decoders, made once; after the imports above, as they call the nested models' classes.

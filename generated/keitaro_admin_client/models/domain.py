from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.domain_state import DomainState
from ..types import UNSET, Unset

T = TypeVar("T", bound="Domain")

_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "state",
        "created_at",
        "updated_at",
        "network_status",
        "default_campaign",
        "wildcard",
        "catch_not_found",
        "notes",
        "campaigns_count",
        "ssl_redirect",
        "allow_indexing",
    )
)
_new = object.__new__


@_attrs_define
class Domain:
    """A domain parked on the tracker. Fields in `required` are in every answer. Evidence - the 2022 document lists them on
    its read schema, and the answer samples public clients show carry them all (ysomad/keitaro README); medium
    confidence. The other fields may be absent; trimmed answers for keys with restricted rights are reported but
    unverified.

        Attributes:
            id (int):
            name (str): Display name.
            state (DomainState): `deleted` means archived.
            created_at (datetime.datetime): When the tracker recorded it, in the tracker's local time zone (read as a naive
                datetime). Trackers print `YYYY-MM-DD HH:MM:SS`, not RFC 3339: the 2022 document types it as a plain string, and
                the same format is what public clients read in report datetimes (medium confidence); ISO 8601 is read too.
            updated_at (datetime.datetime): When the tracker recorded it, in the tracker's local time zone (read as a naive
                datetime). Trackers print `YYYY-MM-DD HH:MM:SS`, not RFC 3339: the 2022 document types it as a plain string, and
                the same format is what public clients read in report datetimes (medium confidence); ISO 8601 is read too.
            network_status (None | str | Unset):
            default_campaign (int | None | Unset): Campaign served on the domain's root.
            wildcard (bool | Unset): Also serve every subdomain.
            catch_not_found (bool | Unset): Send requests for unknown paths to the default campaign.
            notes (None | str | Unset): Free text notes.
            campaigns_count (int | Unset):
            ssl_redirect (bool | Unset): Redirect HTTP to HTTPS.
            allow_indexing (bool | Unset): Let search engines index the domain.
    """

    id: int
    name: str
    state: DomainState
    created_at: datetime.datetime
    updated_at: datetime.datetime
    network_status: None | str | Unset = UNSET
    default_campaign: int | None | Unset = UNSET
    wildcard: bool | Unset = UNSET
    catch_not_found: bool | Unset = UNSET
    notes: None | str | Unset = UNSET
    campaigns_count: int | Unset = UNSET
    ssl_redirect: bool | Unset = UNSET
    allow_indexing: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _fields: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "state": "state",
        "created_at": "created_at",
        "updated_at": "updated_at",
        "network_status": "network_status",
        "default_campaign": "default_campaign",
        "wildcard": "wildcard",
        "catch_not_found": "catch_not_found",
        "notes": "notes",
        "campaigns_count": "campaigns_count",
        "ssl_redirect": "ssl_redirect",
        "allow_indexing": "allow_indexing",
    }

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form: unset fields left out, timestamps as `YYYY-MM-DD HH:MM:SS`."""
        v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        v = self.id
        field_dict["id"] = v
        v = self.name
        field_dict["name"] = v
        v = self.state
        field_dict["state"] = v
        v = self.created_at
        field_dict["created_at"] = _t.encode(v)
        v = self.updated_at
        field_dict["updated_at"] = _t.encode(v)
        v = self.network_status
        if v is not UNSET:
            field_dict["network_status"] = v
        v = self.default_campaign
        if v is not UNSET:
            field_dict["default_campaign"] = v
        v = self.wildcard
        if v is not UNSET:
            field_dict["wildcard"] = v
        v = self.catch_not_found
        if v is not UNSET:
            field_dict["catch_not_found"] = v
        v = self.notes
        if v is not UNSET:
            field_dict["notes"] = v
        v = self.campaigns_count
        if v is not UNSET:
            field_dict["campaigns_count"] = v
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
            raise _t.not_an_object(src_dict, "Domain")
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
        v = get("name", UNSET)
        if type(v) is not str:
            if v is UNSET:
                raise _t.missing("name", src_dict, cls._fields)
            v = _t.decode_field(_t.to_str, v, "name")
        obj.name = v
        v = get("state", UNSET)
        if type(v) is not str:
            if v is UNSET:
                raise _t.missing("state", src_dict, cls._fields)
            v = _t.decode_field(_t.to_str, v, "state")
        obj.state = v
        v = get("created_at", UNSET)
        if type(v) is str:
            raw = v
            try:
                v = _t.datetime_from_text(raw.strip())
            except ValueError:
                v = UNSET  # the decoder below (outside this handler) raises the field's DecodeError
            if v is UNSET:
                v = _t.decode_field(_DEC_created_at, raw, "created_at")
        elif v is UNSET:
            raise _t.missing("created_at", src_dict, cls._fields)
        else:
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
        elif v is UNSET:
            raise _t.missing("updated_at", src_dict, cls._fields)
        else:
            try:
                v = _DEC_updated_at(v)
            except _t.DecodeError as exc:
                raise exc.at("updated_at") from None
        obj.updated_at = v
        v = get("network_status", UNSET)
        if type(v) is not str and v is not None and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "network_status")
        obj.network_status = v
        v = get("default_campaign", UNSET)
        if type(v) is not int and v is not None and v is not UNSET:
            v = _t.decode_field(_t.to_int, v, "default_campaign")
        obj.default_campaign = v
        v = get("wildcard", UNSET)
        if type(v) is not bool and v is not UNSET:
            v = _t.decode_field(_t.to_bool, v, "wildcard")
        obj.wildcard = v
        v = get("catch_not_found", UNSET)
        if type(v) is not bool and v is not UNSET:
            v = _t.decode_field(_t.to_bool, v, "catch_not_found")
        obj.catch_not_found = v
        v = get("notes", UNSET)
        if type(v) is not str and v is not None and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "notes")
        obj.notes = v
        v = get("campaigns_count", UNSET)
        if type(v) is not int and v is not UNSET:
            v = _t.decode_field(_t.to_int, v, "campaigns_count")
        obj.campaigns_count = v
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
        if cls is not Domain and cls.__init__ is not _INIT:
            return _t.rebuilt(cls, obj, Domain._fields.values())
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


_INIT = Domain.__init__

# Field decoders, made once; after the imports above, as they call the nested models' classes.
_DEC_created_at = _t.to_datetime
_DEC_updated_at = _t.to_datetime

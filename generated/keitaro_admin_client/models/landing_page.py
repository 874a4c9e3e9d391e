from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="LandingPage")

_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "landing_type",
        "action_type",
        "name",
        "group_id",
        "state",
        "created_at",
        "updated_at",
        "action_payload",
        "action_options",
        "offer_count",
        "notes",
        "archive",
        "local_path",
        "preview_path",
    )
)
_new = object.__new__


@_attrs_define
class LandingPage:
    """A landing page as the tracker returns it. Fields in `required` are in every answer. Evidence - the 2022 document
    lists them on its read schema, and the answer samples public clients show carry them all (ysomad/keitaro README);
    medium confidence. The other fields may be absent; trimmed answers for keys with restricted rights are reported but
    unverified.

        Attributes:
            id (int):
            landing_type (str): `local`, `external`, `preloaded` or `action`.
            action_type (str):
            name (str): Display name.
            group_id (int | None): Group the entity belongs to, or null.
            state (str): State of the entity.
            created_at (datetime.datetime): When the tracker recorded it, in the tracker's local time zone (read as a naive
                datetime). Trackers print `YYYY-MM-DD HH:MM:SS`, not RFC 3339: the 2022 document types it as a plain string, and
                the same format is what public clients read in report datetimes (medium confidence); ISO 8601 is read too.
            updated_at (datetime.datetime): When the tracker recorded it, in the tracker's local time zone (read as a naive
                datetime). Trackers print `YYYY-MM-DD HH:MM:SS`, not RFC 3339: the 2022 document types it as a plain string, and
                the same format is what public clients read in report datetimes (medium confidence); ISO 8601 is read too.
            action_payload (LandingPageActionPayloadType1 | None | str | Unset): What the action uses: a URL, a page body or
                a settings object, depending on `action_type`.
            action_options (LandingPageActionOptionsType0 | None | Unset): Options of the action (an object; depends on
                `action_type`).
            offer_count (int | Unset): Offers the page links to.
            notes (None | str | Unset): Free text notes.
            archive (None | str | Unset):
            local_path (None | str | Unset):
            preview_path (None | str | Unset):
    """

    id: int
    landing_type: str
    action_type: str
    name: str
    group_id: int | None
    state: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    action_payload: LandingPageActionPayloadType1 | None | str | Unset = UNSET
    action_options: LandingPageActionOptionsType0 | None | Unset = UNSET
    offer_count: int | Unset = UNSET
    notes: None | str | Unset = UNSET
    archive: None | str | Unset = UNSET
    local_path: None | str | Unset = UNSET
    preview_path: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _fields: ClassVar[dict[str, str]] = {
        "id": "id",
        "landing_type": "landing_type",
        "action_type": "action_type",
        "name": "name",
        "group_id": "group_id",
        "state": "state",
        "created_at": "created_at",
        "updated_at": "updated_at",
        "action_payload": "action_payload",
        "action_options": "action_options",
        "offer_count": "offer_count",
        "notes": "notes",
        "archive": "archive",
        "local_path": "local_path",
        "preview_path": "preview_path",
    }

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form: unset fields left out, timestamps as `YYYY-MM-DD HH:MM:SS`."""
        v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        v = self.id
        field_dict["id"] = v
        v = self.landing_type
        field_dict["landing_type"] = v
        v = self.action_type
        field_dict["action_type"] = v
        v = self.name
        field_dict["name"] = v
        v = self.group_id
        field_dict["group_id"] = v
        v = self.state
        field_dict["state"] = v
        v = self.created_at
        field_dict["created_at"] = _t.encode(v)
        v = self.updated_at
        field_dict["updated_at"] = _t.encode(v)
        v = self.action_payload
        if v is not UNSET:
            field_dict["action_payload"] = _t.encode(v)
        v = self.action_options
        if v is not UNSET:
            field_dict["action_options"] = _t.encode(v)
        v = self.offer_count
        if v is not UNSET:
            field_dict["offer_count"] = v
        v = self.notes
        if v is not UNSET:
            field_dict["notes"] = v
        v = self.archive
        if v is not UNSET:
            field_dict["archive"] = v
        v = self.local_path
        if v is not UNSET:
            field_dict["local_path"] = v
        v = self.preview_path
        if v is not UNSET:
            field_dict["preview_path"] = v
        return field_dict

    def to_json(self, **options: Any) -> str:
        """`to_dict()` as a JSON string; options go to `json.dumps`."""
        return _t.to_json(self, **options)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON; raises `DecodeError` naming the first field that does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _t.not_an_object(src_dict, "LandingPage")
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
        v = get("landing_type", UNSET)
        if type(v) is not str:
            if v is UNSET:
                raise _t.missing("landing_type", src_dict, cls._fields)
            v = _t.decode_field(_t.to_str, v, "landing_type")
        obj.landing_type = v
        v = get("action_type", UNSET)
        if type(v) is not str:
            if v is UNSET:
                raise _t.missing("action_type", src_dict, cls._fields)
            v = _t.decode_field(_t.to_str, v, "action_type")
        obj.action_type = v
        v = get("name", UNSET)
        if type(v) is not str:
            if v is UNSET:
                raise _t.missing("name", src_dict, cls._fields)
            v = _t.decode_field(_t.to_str, v, "name")
        obj.name = v
        v = get("group_id", UNSET)
        if type(v) is not int and v is not None:
            if v is UNSET:
                raise _t.missing("group_id", src_dict, cls._fields)
            v = _t.decode_field(_t.to_int, v, "group_id")
        obj.group_id = v
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
        v = get("action_payload", UNSET)
        if v is not UNSET:
            try:
                v = _DEC_action_payload(v)
            except _t.DecodeError as exc:
                raise exc.at("action_payload") from None
        obj.action_payload = v
        v = get("action_options", UNSET)
        if type(v) is dict:
            try:
                v = LandingPageActionOptionsType0.from_dict(v)
            except _t.DecodeError as exc:
                raise exc.at("action_options") from None
        elif v is not None and v is not UNSET:
            try:
                v = _DEC_action_options(v)
            except _t.DecodeError as exc:
                raise exc.at("action_options") from None
        obj.action_options = v
        v = get("offer_count", UNSET)
        if type(v) is not int and v is not UNSET:
            v = _t.decode_field(_t.to_int, v, "offer_count")
        obj.offer_count = v
        v = get("notes", UNSET)
        if type(v) is not str and v is not None and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "notes")
        obj.notes = v
        v = get("archive", UNSET)
        if type(v) is not str and v is not None and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "archive")
        obj.archive = v
        v = get("local_path", UNSET)
        if type(v) is not str and v is not None and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "local_path")
        obj.local_path = v
        v = get("preview_path", UNSET)
        if type(v) is not str and v is not None and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "preview_path")
        obj.preview_path = v
        obj.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KNOWN}
        )
        if cls is not LandingPage and cls.__init__ is not _INIT:
            return _t.rebuilt(cls, obj, LandingPage._fields.values())
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


_INIT = LandingPage.__init__

# Models named by fields, imported after the class so that models that refer to each other import
# (each finds the other's class already defined); from_dict calls them directly.
from ..models.landing_page_action_options_type_0 import LandingPageActionOptionsType0  # noqa: E402
from ..models.landing_page_action_payload_type_1 import LandingPageActionPayloadType1  # noqa: E402

# Field decoders, made once; after the imports above, as they call the nested models' classes.
_DEC_created_at = _t.to_datetime
_DEC_updated_at = _t.to_datetime
_DEC_action_payload = _t.one_of(
    _t.to_str,
    _t.model(LandingPageActionPayloadType1),
    _t.to_none,
)
_DEC_action_options = _t.model(LandingPageActionOptionsType0)

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.landing_page_update_action_type import LandingPageUpdateActionType
from ..models.landing_page_update_landing_type import (
    LandingPageUpdateLandingType,
)
from ..models.landing_page_update_state import LandingPageUpdateState
from ..types import UNSET, Unset

T = TypeVar("T", bound="LandingPageCreate")

_KNOWN: frozenset[str] = frozenset(
    (
        "name",
        "action_payload",
        "group_id",
        "state",
        "landing_type",
        "action_type",
        "url",
        "archive",
        "notes",
    )
)
_new = object.__new__


@_attrs_define
class LandingPageCreate:
    """Fields accepted when creating a landing page.

    Attributes:
        name (str): Must hold a non-space character. Keitaro's document marks the field required but does not say blank
            text is refused; the fake refuses it as a tracker is assumed to (G).
        action_payload (LandingPageUpdateActionPayloadType1 | None | str | Unset): What the action uses: a URL, a page
            body or a settings object, depending on `action_type`.
        group_id (int | None | Unset): Landing group. Typed as a string on write in Keitaro's 2022 document; integer
            here, as on read.
        state (LandingPageUpdateState | Unset): New state.
        landing_type (LandingPageUpdateLandingType | Unset): Where the page lives.
        action_type (LandingPageUpdateActionType | Unset): How the page is served.
        url (str | Unset): Address of an external page.
        archive (str | Unset): Base64 zip archive of a local page.
        notes (str | Unset): Free text notes.
    """

    name: str
    action_payload: LandingPageUpdateActionPayloadType1 | None | str | Unset = UNSET
    group_id: int | None | Unset = UNSET
    state: LandingPageUpdateState | Unset = UNSET
    landing_type: LandingPageUpdateLandingType | Unset = UNSET
    action_type: LandingPageUpdateActionType | Unset = UNSET
    url: str | Unset = UNSET
    archive: str | Unset = UNSET
    notes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _fields: ClassVar[dict[str, str]] = {
        "name": "name",
        "action_payload": "action_payload",
        "group_id": "group_id",
        "state": "state",
        "landing_type": "landing_type",
        "action_type": "action_type",
        "url": "url",
        "archive": "archive",
        "notes": "notes",
    }

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form: unset fields left out, timestamps as `YYYY-MM-DD HH:MM:SS`."""
        v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        v = self.name
        field_dict["name"] = v
        v = self.action_payload
        if v is not UNSET:
            field_dict["action_payload"] = _t.encode(v)
        v = self.group_id
        if v is not UNSET:
            field_dict["group_id"] = v
        v = self.state
        if v is not UNSET:
            field_dict["state"] = v
        v = self.landing_type
        if v is not UNSET:
            field_dict["landing_type"] = v
        v = self.action_type
        if v is not UNSET:
            field_dict["action_type"] = v
        v = self.url
        if v is not UNSET:
            field_dict["url"] = v
        v = self.archive
        if v is not UNSET:
            field_dict["archive"] = v
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
            raise _t.not_an_object(src_dict, "LandingPageCreate")
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
        v = get("action_payload", UNSET)
        if v is not UNSET:
            try:
                v = _DEC_action_payload(v)
            except _t.DecodeError as exc:
                raise exc.at("action_payload") from None
        obj.action_payload = v
        v = get("group_id", UNSET)
        if type(v) is not int and v is not None and v is not UNSET:
            v = _t.decode_field(_t.to_int, v, "group_id")
        obj.group_id = v
        v = get("state", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "state")
        obj.state = v
        v = get("landing_type", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "landing_type")
        obj.landing_type = v
        v = get("action_type", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "action_type")
        obj.action_type = v
        v = get("url", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "url")
        obj.url = v
        v = get("archive", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "archive")
        obj.archive = v
        v = get("notes", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "notes")
        obj.notes = v
        obj.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KNOWN}
        )
        if cls is not LandingPageCreate and cls.__init__ is not _INIT:
            return _t.rebuilt(cls, obj, LandingPageCreate._fields.values())
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


_INIT = LandingPageCreate.__init__

# Models named by fields, imported after the class so that models that refer to each other import
# (each finds the other's class already defined); from_dict calls them directly.
from ..models.landing_page_update_action_payload_type_1 import LandingPageUpdateActionPayloadType1  # noqa: E402

# Field decoders, made once; after the imports above, as they call the nested models' classes.
_DEC_action_payload = _t.one_of(
    _t.to_str,
    _t.model(LandingPageUpdateActionPayloadType1),
    _t.to_none,
)

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="Trigger")

_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "stream_id",
        "oid",
        "taget",
        "condition",
        "selected_page",
        "pattern",
        "action",
        "interval",
        "next_run_at",
        "alternative_urls",
        "grab_from_page",
        "av_settings",
        "reverse",
        "enabled",
        "scan_page",
    )
)
_new = object.__new__


@_attrs_define
class Trigger:
    """A flow trigger as returned. Fields in `required` are in every answer. Evidence - the 2022 document lists them on its
    read schema, and the answer samples public clients show carry them all (ysomad/keitaro README); medium confidence.
    The other fields may be absent; trimmed answers for keys with restricted rights are reported but unverified.

        Attributes:
            id (int):
            stream_id (int):
            oid (int | None | Unset):
            taget (str | Unset): What the trigger watches. The tracker really spells this field `taget` when it answers;
                requests use `target`.
            condition (str | Unset):
            selected_page (None | str | Unset):
            pattern (None | str | Unset):
            action (str | Unset):
            interval (int | Unset): Seconds between checks.
            next_run_at (int | None | Unset): Unix time of the next check.
            alternative_urls (None | str | Unset): Replacement URLs, one per line.
            grab_from_page (None | str | Unset):
            av_settings (None | str | Unset):
            reverse (bool | Unset):
            enabled (bool | Unset):
            scan_page (bool | Unset):
    """

    id: int
    stream_id: int
    oid: int | None | Unset = UNSET
    taget: str | Unset = UNSET
    condition: str | Unset = UNSET
    selected_page: None | str | Unset = UNSET
    pattern: None | str | Unset = UNSET
    action: str | Unset = UNSET
    interval: int | Unset = UNSET
    next_run_at: int | None | Unset = UNSET
    alternative_urls: None | str | Unset = UNSET
    grab_from_page: None | str | Unset = UNSET
    av_settings: None | str | Unset = UNSET
    reverse: bool | Unset = UNSET
    enabled: bool | Unset = UNSET
    scan_page: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _fields: ClassVar[dict[str, str]] = {
        "id": "id",
        "stream_id": "stream_id",
        "oid": "oid",
        "taget": "taget",
        "condition": "condition",
        "selected_page": "selected_page",
        "pattern": "pattern",
        "action": "action",
        "interval": "interval",
        "next_run_at": "next_run_at",
        "alternative_urls": "alternative_urls",
        "grab_from_page": "grab_from_page",
        "av_settings": "av_settings",
        "reverse": "reverse",
        "enabled": "enabled",
        "scan_page": "scan_page",
    }

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form: unset fields left out, timestamps as `YYYY-MM-DD HH:MM:SS`."""
        v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        v = self.id
        field_dict["id"] = v
        v = self.stream_id
        field_dict["stream_id"] = v
        v = self.oid
        if v is not UNSET:
            field_dict["oid"] = v
        v = self.taget
        if v is not UNSET:
            field_dict["taget"] = v
        v = self.condition
        if v is not UNSET:
            field_dict["condition"] = v
        v = self.selected_page
        if v is not UNSET:
            field_dict["selected_page"] = v
        v = self.pattern
        if v is not UNSET:
            field_dict["pattern"] = v
        v = self.action
        if v is not UNSET:
            field_dict["action"] = v
        v = self.interval
        if v is not UNSET:
            field_dict["interval"] = v
        v = self.next_run_at
        if v is not UNSET:
            field_dict["next_run_at"] = v
        v = self.alternative_urls
        if v is not UNSET:
            field_dict["alternative_urls"] = v
        v = self.grab_from_page
        if v is not UNSET:
            field_dict["grab_from_page"] = v
        v = self.av_settings
        if v is not UNSET:
            field_dict["av_settings"] = v
        v = self.reverse
        if v is not UNSET:
            field_dict["reverse"] = v
        v = self.enabled
        if v is not UNSET:
            field_dict["enabled"] = v
        v = self.scan_page
        if v is not UNSET:
            field_dict["scan_page"] = v
        return field_dict

    def to_json(self, **options: Any) -> str:
        """`to_dict()` as a JSON string; options go to `json.dumps`."""
        return _t.to_json(self, **options)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON; raises `DecodeError` naming the first field that does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _t.not_an_object(src_dict, "Trigger")
        # Fields are set on a bare instance: the attrs __init__ would only assign them again, and a
        # call with every field as a keyword costs more than the decoding. A subclass with its own
        # __init__ still gets it called (below).
        obj = _new(cls)
        if type(src_dict) is dict and len(src_dict) == 16:
            try:
                (
                    f_id,
                    f_stream_id,
                    f_oid,
                    f_taget,
                    f_condition,
                    f_selected_page,
                    f_pattern,
                    f_action,
                    f_interval,
                    f_next_run_at,
                    f_alternative_urls,
                    f_grab_from_page,
                    f_av_settings,
                    f_reverse,
                    f_enabled,
                    f_scan_page,
                ) = _ALL(src_dict)
            except KeyError:
                pass  # a field missing (another key sent instead): the field-by-field code below
            else:
                if (
                    type(f_id) is int
                    and type(f_stream_id) is int
                    and (type(f_oid) is int or f_oid is None)
                    and type(f_taget) is str
                    and type(f_condition) is str
                    and (type(f_selected_page) is str or f_selected_page is None)
                    and (type(f_pattern) is str or f_pattern is None)
                    and type(f_action) is str
                    and type(f_interval) is int
                    and (type(f_next_run_at) is int or f_next_run_at is None)
                    and (type(f_alternative_urls) is str or f_alternative_urls is None)
                    and (type(f_grab_from_page) is str or f_grab_from_page is None)
                    and (type(f_av_settings) is str or f_av_settings is None)
                    and type(f_reverse) is bool
                    and type(f_enabled) is bool
                    and type(f_scan_page) is bool
                ):
                    obj.id = f_id
                    obj.stream_id = f_stream_id
                    obj.oid = f_oid
                    obj.taget = f_taget
                    obj.condition = f_condition
                    obj.selected_page = f_selected_page
                    obj.pattern = f_pattern
                    obj.action = f_action
                    obj.interval = f_interval
                    obj.next_run_at = f_next_run_at
                    obj.alternative_urls = f_alternative_urls
                    obj.grab_from_page = f_grab_from_page
                    obj.av_settings = f_av_settings
                    obj.reverse = f_reverse
                    obj.enabled = f_enabled
                    obj.scan_page = f_scan_page
                    obj.additional_properties = {}
                    if cls is Trigger or cls.__init__ is _INIT:
                        return obj
        get = src_dict.get
        v: Any
        raw: Any
        v = get("id", UNSET)
        if type(v) is not int:
            if v is UNSET:
                raise _t.missing("id", src_dict, cls._fields)
            v = _t.decode_field(_t.to_int, v, "id")
        obj.id = v
        v = get("stream_id", UNSET)
        if type(v) is not int:
            if v is UNSET:
                raise _t.missing("stream_id", src_dict, cls._fields)
            v = _t.decode_field(_t.to_int, v, "stream_id")
        obj.stream_id = v
        v = get("oid", UNSET)
        if type(v) is not int and v is not None and v is not UNSET:
            v = _t.decode_field(_t.to_int, v, "oid")
        obj.oid = v
        v = get("taget", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "taget")
        obj.taget = v
        v = get("condition", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "condition")
        obj.condition = v
        v = get("selected_page", UNSET)
        if type(v) is not str and v is not None and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "selected_page")
        obj.selected_page = v
        v = get("pattern", UNSET)
        if type(v) is not str and v is not None and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "pattern")
        obj.pattern = v
        v = get("action", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "action")
        obj.action = v
        v = get("interval", UNSET)
        if type(v) is not int and v is not UNSET:
            v = _t.decode_field(_t.to_int, v, "interval")
        obj.interval = v
        v = get("next_run_at", UNSET)
        if type(v) is not int and v is not None and v is not UNSET:
            v = _t.decode_field(_t.to_int, v, "next_run_at")
        obj.next_run_at = v
        v = get("alternative_urls", UNSET)
        if type(v) is not str and v is not None and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "alternative_urls")
        obj.alternative_urls = v
        v = get("grab_from_page", UNSET)
        if type(v) is not str and v is not None and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "grab_from_page")
        obj.grab_from_page = v
        v = get("av_settings", UNSET)
        if type(v) is not str and v is not None and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "av_settings")
        obj.av_settings = v
        v = get("reverse", UNSET)
        if type(v) is not bool and v is not UNSET:
            v = _t.decode_field(_t.to_bool, v, "reverse")
        obj.reverse = v
        v = get("enabled", UNSET)
        if type(v) is not bool and v is not UNSET:
            v = _t.decode_field(_t.to_bool, v, "enabled")
        obj.enabled = v
        v = get("scan_page", UNSET)
        if type(v) is not bool and v is not UNSET:
            v = _t.decode_field(_t.to_bool, v, "scan_page")
        obj.scan_page = v
        obj.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KNOWN}
        )
        if cls is not Trigger and cls.__init__ is not _INIT:
            return _t.rebuilt(cls, obj, Trigger._fields.values())
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


_INIT = Trigger.__init__
# Every field of an answer at once, in declaration order (the fast path of from_dict).
_ALL = _t.itemgetter(
    "id",
    "stream_id",
    "oid",
    "taget",
    "condition",
    "selected_page",
    "pattern",
    "action",
    "interval",
    "next_run_at",
    "alternative_urls",
    "grab_from_page",
    "av_settings",
    "reverse",
    "enabled",
    "scan_page",
)

# Field decoders, made once; after the imports above, as they call the nested models' classes.

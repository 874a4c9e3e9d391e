from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.trigger_input_action import TriggerInputAction
from ..models.trigger_input_condition import TriggerInputCondition
from ..models.trigger_input_target import TriggerInputTarget
from ..types import UNSET, Unset

T = TypeVar("T", bound="TriggerInput")

_KNOWN: frozenset[str] = frozenset(
    (
        "stream_id",
        "condition",
        "target",
        "action",
        "id",
        "selected_page",
        "pattern",
        "interval",
        "alternative_urls",
        "grab_from_page",
        "av_settings",
        "reverse",
        "scan_page",
    )
)
_new = object.__new__


@_attrs_define
class TriggerInput:
    """A flow trigger as sent.

    Attributes:
        stream_id (int):
        condition (TriggerInputCondition): When the trigger fires.
        target (TriggerInputTarget): What the trigger watches.
        action (TriggerInputAction): What happens when it fires.
        id (int | Unset): Give the id to change an existing trigger.
        selected_page (str | Unset):
        pattern (str | Unset): Text looked for by `not_contains`.
        interval (int | Unset): Seconds between checks.
        alternative_urls (str | Unset): Replacement URLs, one per line.
        grab_from_page (str | Unset):
        av_settings (str | Unset):
        reverse (bool | Unset):
        scan_page (bool | Unset):
    """

    stream_id: int
    condition: TriggerInputCondition
    target: TriggerInputTarget
    action: TriggerInputAction
    id: int | Unset = UNSET
    selected_page: str | Unset = UNSET
    pattern: str | Unset = UNSET
    interval: int | Unset = UNSET
    alternative_urls: str | Unset = UNSET
    grab_from_page: str | Unset = UNSET
    av_settings: str | Unset = UNSET
    reverse: bool | Unset = UNSET
    scan_page: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _fields: ClassVar[dict[str, str]] = {
        "stream_id": "stream_id",
        "condition": "condition",
        "target": "target",
        "action": "action",
        "id": "id",
        "selected_page": "selected_page",
        "pattern": "pattern",
        "interval": "interval",
        "alternative_urls": "alternative_urls",
        "grab_from_page": "grab_from_page",
        "av_settings": "av_settings",
        "reverse": "reverse",
        "scan_page": "scan_page",
    }

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form: unset fields left out, timestamps as `YYYY-MM-DD HH:MM:SS`."""
        v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        v = self.stream_id
        field_dict["stream_id"] = v
        v = self.condition
        field_dict["condition"] = v
        v = self.target
        field_dict["target"] = v
        v = self.action
        field_dict["action"] = v
        v = self.id
        if v is not UNSET:
            field_dict["id"] = v
        v = self.selected_page
        if v is not UNSET:
            field_dict["selected_page"] = v
        v = self.pattern
        if v is not UNSET:
            field_dict["pattern"] = v
        v = self.interval
        if v is not UNSET:
            field_dict["interval"] = v
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
            raise _t.not_an_object(src_dict, "TriggerInput")
        # Fields are set on a bare instance: the attrs __init__ would only assign them again, and a
        # call with every field as a keyword costs more than the decoding. A subclass with its own
        # __init__ still gets it called (below).
        obj = _new(cls)
        if type(src_dict) is dict and len(src_dict) == 13:
            try:
                (
                    f_stream_id,
                    f_condition,
                    f_target,
                    f_action,
                    f_id,
                    f_selected_page,
                    f_pattern,
                    f_interval,
                    f_alternative_urls,
                    f_grab_from_page,
                    f_av_settings,
                    f_reverse,
                    f_scan_page,
                ) = _ALL(src_dict)
            except KeyError:
                pass  # a field missing (another key sent instead): the field-by-field code below
            else:
                if (
                    type(f_stream_id) is int
                    and type(f_condition) is str
                    and type(f_target) is str
                    and type(f_action) is str
                    and type(f_id) is int
                    and type(f_selected_page) is str
                    and type(f_pattern) is str
                    and type(f_interval) is int
                    and type(f_alternative_urls) is str
                    and type(f_grab_from_page) is str
                    and type(f_av_settings) is str
                    and type(f_reverse) is bool
                    and type(f_scan_page) is bool
                ):
                    obj.stream_id = f_stream_id
                    obj.condition = f_condition  # type: ignore[assignment]  # checked as text, as field by field
                    obj.target = f_target  # type: ignore[assignment]  # checked as text, as field by field
                    obj.action = f_action  # type: ignore[assignment]  # checked as text, as field by field
                    obj.id = f_id
                    obj.selected_page = f_selected_page
                    obj.pattern = f_pattern
                    obj.interval = f_interval
                    obj.alternative_urls = f_alternative_urls
                    obj.grab_from_page = f_grab_from_page
                    obj.av_settings = f_av_settings
                    obj.reverse = f_reverse
                    obj.scan_page = f_scan_page
                    obj.additional_properties = {}
                    if cls is TriggerInput or cls.__init__ is _INIT:
                        return obj
        get = src_dict.get
        v: Any
        raw: Any
        v = get("stream_id", UNSET)
        if type(v) is not int:
            if v is UNSET:
                raise _t.missing("stream_id", src_dict, cls._fields)
            v = _t.decode_field(_t.to_int, v, "stream_id")
        obj.stream_id = v
        v = get("condition", UNSET)
        if type(v) is not str:
            if v is UNSET:
                raise _t.missing("condition", src_dict, cls._fields)
            v = _t.decode_field(_t.to_str, v, "condition")
        obj.condition = v
        v = get("target", UNSET)
        if type(v) is not str:
            if v is UNSET:
                raise _t.missing("target", src_dict, cls._fields)
            v = _t.decode_field(_t.to_str, v, "target")
        obj.target = v
        v = get("action", UNSET)
        if type(v) is not str:
            if v is UNSET:
                raise _t.missing("action", src_dict, cls._fields)
            v = _t.decode_field(_t.to_str, v, "action")
        obj.action = v
        v = get("id", UNSET)
        if type(v) is not int and v is not UNSET:
            v = _t.decode_field(_t.to_int, v, "id")
        obj.id = v
        v = get("selected_page", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "selected_page")
        obj.selected_page = v
        v = get("pattern", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "pattern")
        obj.pattern = v
        v = get("interval", UNSET)
        if type(v) is not int and v is not UNSET:
            v = _t.decode_field(_t.to_int, v, "interval")
        obj.interval = v
        v = get("alternative_urls", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "alternative_urls")
        obj.alternative_urls = v
        v = get("grab_from_page", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "grab_from_page")
        obj.grab_from_page = v
        v = get("av_settings", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "av_settings")
        obj.av_settings = v
        v = get("reverse", UNSET)
        if type(v) is not bool and v is not UNSET:
            v = _t.decode_field(_t.to_bool, v, "reverse")
        obj.reverse = v
        v = get("scan_page", UNSET)
        if type(v) is not bool and v is not UNSET:
            v = _t.decode_field(_t.to_bool, v, "scan_page")
        obj.scan_page = v
        obj.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KNOWN}
        )
        if cls is not TriggerInput and cls.__init__ is not _INIT:
            return _t.rebuilt(cls, obj, TriggerInput._fields.values())
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


_INIT = TriggerInput.__init__
# Every field of an answer at once, in declaration order (the fast path of from_dict).
_ALL = _t.itemgetter(
    "stream_id",
    "condition",
    "target",
    "action",
    "id",
    "selected_page",
    "pattern",
    "interval",
    "alternative_urls",
    "grab_from_page",
    "av_settings",
    "reverse",
    "scan_page",
)

# Field decoders, made once; after the imports above, as they call the nested models' classes.

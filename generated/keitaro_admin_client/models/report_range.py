from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.range_interval import RangeInterval
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportRange")

_KNOWN: frozenset[str] = frozenset(
    (
        "from",
        "to",
        "timezone",
        "interval",
    )
)
_new = object.__new__


@_attrs_define
class ReportRange:
    """Period of a report or log: either `interval`, or `from` and `to`.

    Attributes:
        from_ (None | str | Unset): First day, `YYYY-MM-DD` (a time may follow).
        to (None | str | Unset): Last day, `YYYY-MM-DD` (a time may follow).
        timezone (str | Unset): Time zone name, e.g. `Europe/Madrid`; the tracker's zone when left out.
        interval (RangeInterval | Unset): Named period relative to today in the range's time zone. `30_days_ago` and
            `6_months_ago` are used by real clients but missing from Keitaro's 2022 document.
    """

    from_: None | str | Unset = UNSET
    to: None | str | Unset = UNSET
    timezone: str | Unset = UNSET
    interval: RangeInterval | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _fields: ClassVar[dict[str, str]] = {
        "from": "from_",
        "to": "to",
        "timezone": "timezone",
        "interval": "interval",
    }

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form: unset fields left out, timestamps as `YYYY-MM-DD HH:MM:SS`."""
        v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        v = self.from_
        if v is not UNSET:
            field_dict["from"] = v
        v = self.to
        if v is not UNSET:
            field_dict["to"] = v
        v = self.timezone
        if v is not UNSET:
            field_dict["timezone"] = v
        v = self.interval
        if v is not UNSET:
            field_dict["interval"] = v
        return field_dict

    def to_json(self, **options: Any) -> str:
        """`to_dict()` as a JSON string; options go to `json.dumps`."""
        return _t.to_json(self, **options)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON; raises `DecodeError` naming the first field that does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _t.not_an_object(src_dict, "ReportRange")
        # Fields are set on a bare instance: the attrs __init__ would only assign them again, and a
        # call with every field as a keyword costs more than the decoding. A subclass with its own
        # __init__ still gets it called (below).
        obj = _new(cls)
        if type(src_dict) is dict and len(src_dict) == 4:
            try:
                f_from_, f_to, f_timezone, f_interval = _ALL(src_dict)
            except KeyError:
                pass  # a field missing (another key sent instead): the field-by-field code below
            else:
                if (
                    (type(f_from_) is str or f_from_ is None)
                    and (type(f_to) is str or f_to is None)
                    and type(f_timezone) is str
                    and type(f_interval) is str
                ):
                    obj.from_ = f_from_
                    obj.to = f_to
                    obj.timezone = f_timezone
                    obj.interval = f_interval  # type: ignore[assignment]  # checked as text, as field by field
                    obj.additional_properties = {}
                    if cls is ReportRange or cls.__init__ is _INIT:
                        return obj
        get = src_dict.get
        v: Any
        raw: Any
        v = get("from", UNSET)
        if type(v) is not str and v is not None and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "from")
        obj.from_ = v
        v = get("to", UNSET)
        if type(v) is not str and v is not None and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "to")
        obj.to = v
        v = get("timezone", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "timezone")
        obj.timezone = v
        v = get("interval", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "interval")
        obj.interval = v
        obj.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KNOWN}
        )
        if cls is not ReportRange and cls.__init__ is not _INIT:
            return _t.rebuilt(cls, obj, ReportRange._fields.values())
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


_INIT = ReportRange.__init__
# Every field of an answer at once, in declaration order (the fast path of from_dict).
_ALL = _t.itemgetter(
    "from",
    "to",
    "timezone",
    "interval",
)

# Field decoders, made once; after the imports above, as they call the nested models' classes.

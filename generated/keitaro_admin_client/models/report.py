from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="Report")

_KNOWN: frozenset[str] = frozenset(
    (
        "rows",
        "total",
        "summary",
        "meta",
    )
)
_new = object.__new__


@_attrs_define
class Report:
    """Result of a report or log request. Keitaro's 2022 document types rows and meta as strings; trackers send objects.

    Attributes:
        rows (list[ReportRow] | Unset):
        total (int | Unset): Rows matching before `limit` and `offset`; drives paging.
        summary (None | ReportRow | Unset): Totals over all rows when asked for; grouping keys are null.
        meta (None | ReportMetaType0 | Unset): Tracker-specific details; contents vary by version.
    """

    rows: list[ReportRow] | Unset = UNSET
    total: int | Unset = UNSET
    summary: None | ReportRow | Unset = UNSET
    meta: None | ReportMetaType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _fields: ClassVar[dict[str, str]] = {
        "rows": "rows",
        "total": "total",
        "summary": "summary",
        "meta": "meta",
    }

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form: unset fields left out, timestamps as `YYYY-MM-DD HH:MM:SS`."""
        v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        v = self.rows
        if v is not UNSET:
            field_dict["rows"] = _t.encode(v)
        v = self.total
        if v is not UNSET:
            field_dict["total"] = v
        v = self.summary
        if v is not UNSET:
            field_dict["summary"] = _t.encode(v)
        v = self.meta
        if v is not UNSET:
            field_dict["meta"] = _t.encode(v)
        return field_dict

    def to_json(self, **options: Any) -> str:
        """`to_dict()` as a JSON string; options go to `json.dumps`."""
        return _t.to_json(self, **options)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON; raises `DecodeError` naming the first field that does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _t.not_an_object(src_dict, "Report")
        # Fields are set on a bare instance: the attrs __init__ would only assign them again, and a
        # call with every field as a keyword costs more than the decoding. A subclass with its own
        # __init__ still gets it called (below).
        obj = _new(cls)
        get = src_dict.get
        v: Any
        raw: Any
        v = get("rows", UNSET)
        if type(v) is list:
            raw = v
            try:
                v = list(map(ReportRow.from_dict, raw))
            except _t.DecodeError:
                v = UNSET  # decoded again below (outside this handler), for the error with the item's index
            if v is UNSET:
                v = _t.decode_field(_DEC_rows, raw, "rows")
        elif v is not UNSET:
            try:
                v = _DEC_rows(v)
            except _t.DecodeError as exc:
                raise exc.at("rows") from None
        obj.rows = v
        v = get("total", UNSET)
        if type(v) is not int and v is not UNSET:
            v = _t.decode_field(_t.to_int, v, "total")
        obj.total = v
        v = get("summary", UNSET)
        if type(v) is dict:
            try:
                v = ReportRow.from_dict(v)
            except _t.DecodeError as exc:
                raise exc.at("summary") from None
        elif v is not None and v is not UNSET:
            try:
                v = _DEC_summary(v)
            except _t.DecodeError as exc:
                raise exc.at("summary") from None
        obj.summary = v
        v = get("meta", UNSET)
        if type(v) is dict:
            try:
                v = ReportMetaType0.from_dict(v)
            except _t.DecodeError as exc:
                raise exc.at("meta") from None
        elif v is not None and v is not UNSET:
            try:
                v = _DEC_meta(v)
            except _t.DecodeError as exc:
                raise exc.at("meta") from None
        obj.meta = v
        obj.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KNOWN}
        )
        if cls is not Report and cls.__init__ is not _INIT:
            return _t.rebuilt(cls, obj, Report._fields.values())
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


_INIT = Report.__init__

# Models named by fields, imported after the class so that models that refer to each other import
# (each finds the other's class already defined); from_dict calls them directly.
from ..models.report_meta_type_0 import ReportMetaType0  # noqa: E402
from ..models.report_row import ReportRow  # noqa: E402

# Field decoders, made once; after the imports above, as they call the nested models' classes.
_DEC_rows = _t.list_of(_t.model(ReportRow))
_DEC_summary = _t.model(ReportRow)
_DEC_meta = _t.model(ReportMetaType0)

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClickLogRequest")

_KNOWN: frozenset[str] = frozenset(
    (
        "range",
        "limit",
        "offset",
        "columns",
        "filters",
        "sort",
    )
)
_new = object.__new__


@_attrs_define
class ClickLogRequest:
    """Body of `POST /clicks/log`.

    Attributes:
        range_ (ReportRange | Unset): Period of a report or log: either `interval`, or `from` and `to`.
        limit (int | Unset): Rows per page. Give `limit` or `range`, or both.
        offset (int | Unset): Rows to skip.
        columns (list[str] | Unset): Columns to return (see `ReportColumn`).
        filters (list[ReportFilter] | Unset): Filters, each a rule object; see the item schema.
        sort (list[ReportSort] | Unset): Sort order, a list of {name, order} objects.
    """

    range_: ReportRange | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    columns: list[str] | Unset = UNSET
    filters: list[ReportFilter] | Unset = UNSET
    sort: list[ReportSort] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _fields: ClassVar[dict[str, str]] = {
        "range": "range_",
        "limit": "limit",
        "offset": "offset",
        "columns": "columns",
        "filters": "filters",
        "sort": "sort",
    }

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form: unset fields left out, timestamps as `YYYY-MM-DD HH:MM:SS`."""
        v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        v = self.range_
        if v is not UNSET:
            field_dict["range"] = _t.encode(v)
        v = self.limit
        if v is not UNSET:
            field_dict["limit"] = v
        v = self.offset
        if v is not UNSET:
            field_dict["offset"] = v
        v = self.columns
        if v is not UNSET:
            field_dict["columns"] = _t.encode(v)
        v = self.filters
        if v is not UNSET:
            field_dict["filters"] = _t.encode(v)
        v = self.sort
        if v is not UNSET:
            field_dict["sort"] = _t.encode(v)
        return field_dict

    def to_json(self, **options: Any) -> str:
        """`to_dict()` as a JSON string; options go to `json.dumps`."""
        return _t.to_json(self, **options)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON; raises `DecodeError` naming the first field that does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _t.not_an_object(src_dict, "ClickLogRequest")
        # Fields are set on a bare instance: the attrs __init__ would only assign them again, and a
        # call with every field as a keyword costs more than the decoding. A subclass with its own
        # __init__ still gets it called (below).
        obj = _new(cls)
        get = src_dict.get
        v: Any
        raw: Any
        v = get("range", UNSET)
        if type(v) is dict:
            try:
                v = ReportRange.from_dict(v)
            except _t.DecodeError as exc:
                raise exc.at("range") from None
        elif v is not UNSET:
            try:
                v = _DEC_range_(v)
            except _t.DecodeError as exc:
                raise exc.at("range") from None
        obj.range_ = v
        v = get("limit", UNSET)
        if type(v) is not int and v is not UNSET:
            v = _t.decode_field(_t.to_int, v, "limit")
        obj.limit = v
        v = get("offset", UNSET)
        if type(v) is not int and v is not UNSET:
            v = _t.decode_field(_t.to_int, v, "offset")
        obj.offset = v
        v = get("columns", UNSET)
        if type(v) is list:
            raw = v
            try:
                v = [item if type(item) is str else _t.to_str(item) for item in raw]
            except _t.DecodeError:
                v = UNSET  # decoded again below (outside this handler), for the error with the item's index
            if v is UNSET:
                v = _t.decode_field(_DEC_columns, raw, "columns")
        elif v is not UNSET:
            try:
                v = _DEC_columns(v)
            except _t.DecodeError as exc:
                raise exc.at("columns") from None
        obj.columns = v
        v = get("filters", UNSET)
        if type(v) is list:
            raw = v
            try:
                v = list(map(ReportFilter.from_dict, raw))
            except _t.DecodeError:
                v = UNSET  # decoded again below (outside this handler), for the error with the item's index
            if v is UNSET:
                v = _t.decode_field(_DEC_filters, raw, "filters")
        elif v is not UNSET:
            try:
                v = _DEC_filters(v)
            except _t.DecodeError as exc:
                raise exc.at("filters") from None
        obj.filters = v
        v = get("sort", UNSET)
        if type(v) is list:
            raw = v
            try:
                v = list(map(ReportSort.from_dict, raw))
            except _t.DecodeError:
                v = UNSET  # decoded again below (outside this handler), for the error with the item's index
            if v is UNSET:
                v = _t.decode_field(_DEC_sort, raw, "sort")
        elif v is not UNSET:
            try:
                v = _DEC_sort(v)
            except _t.DecodeError as exc:
                raise exc.at("sort") from None
        obj.sort = v
        obj.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KNOWN}
        )
        if cls is not ClickLogRequest and cls.__init__ is not _INIT:
            return _t.rebuilt(cls, obj, ClickLogRequest._fields.values())
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


_INIT = ClickLogRequest.__init__

# Models named by fields, imported after the class so that models that refer to each other import
# (each finds the other's class already defined); from_dict calls them directly.
from ..models.report_filter import ReportFilter  # noqa: E402
from ..models.report_range import ReportRange  # noqa: E402
from ..models.report_sort import ReportSort  # noqa: E402

# Field decoders, made once; after the imports above, as they call the nested models' classes.
_DEC_range_ = _t.model(ReportRange)
_DEC_columns = _t.list_of(_t.to_str)
_DEC_filters = _t.list_of(_t.model(ReportFilter))
_DEC_sort = _t.list_of(_t.model(ReportSort))

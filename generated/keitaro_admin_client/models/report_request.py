from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportRequest")

_KNOWN: frozenset[str] = frozenset(
    (
        "range",
        "grouping",
        "metrics",
        "dimensions",
        "measures",
        "columns",
        "filters",
        "sort",
        "summary",
        "limit",
        "offset",
    )
)
_new = object.__new__


@_attrs_define
class ReportRequest:
    """Body of `POST /report/build`. Sent by real clients though missing from the published schema: `columns`, `summary`,
    `limit`, `offset`.

        Attributes:
            range_ (ReportRange | Unset): Period of a report or log: either `interval`, or `from` and `to`.
            grouping (list[str] | Unset): Columns to group by (see `ReportColumn`).
            metrics (list[str] | Unset): Metrics to compute (see `ReportMetric`).
            dimensions (list[str] | Unset): Newer name of `grouping`. Keitaro's current document uses
                `dimensions`/`measures` while production clients send `grouping`/`metrics`; which pair a given tracker accepts
                is unverified.
            measures (list[str] | Unset): Newer name of `metrics`.
            columns (list[str] | Unset): Extra columns without grouping; the panel sends an empty list.
            filters (list[ReportFilter] | Unset): Filters, each a rule object; see the item schema.
            sort (list[ReportSort] | Unset): Sort order, a list of {name, order} objects.
            summary (bool | Unset): Also return totals over all rows in `summary`.
            limit (int | Unset): Rows per page.
            offset (int | Unset): Rows to skip.
    """

    range_: ReportRange | Unset = UNSET
    grouping: list[str] | Unset = UNSET
    metrics: list[str] | Unset = UNSET
    dimensions: list[str] | Unset = UNSET
    measures: list[str] | Unset = UNSET
    columns: list[str] | Unset = UNSET
    filters: list[ReportFilter] | Unset = UNSET
    sort: list[ReportSort] | Unset = UNSET
    summary: bool | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _fields: ClassVar[dict[str, str]] = {
        "range": "range_",
        "grouping": "grouping",
        "metrics": "metrics",
        "dimensions": "dimensions",
        "measures": "measures",
        "columns": "columns",
        "filters": "filters",
        "sort": "sort",
        "summary": "summary",
        "limit": "limit",
        "offset": "offset",
    }

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form: unset fields left out, timestamps as `YYYY-MM-DD HH:MM:SS`."""
        v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        v = self.range_
        if v is not UNSET:
            field_dict["range"] = _t.encode(v)
        v = self.grouping
        if v is not UNSET:
            field_dict["grouping"] = _t.encode(v)
        v = self.metrics
        if v is not UNSET:
            field_dict["metrics"] = _t.encode(v)
        v = self.dimensions
        if v is not UNSET:
            field_dict["dimensions"] = _t.encode(v)
        v = self.measures
        if v is not UNSET:
            field_dict["measures"] = _t.encode(v)
        v = self.columns
        if v is not UNSET:
            field_dict["columns"] = _t.encode(v)
        v = self.filters
        if v is not UNSET:
            field_dict["filters"] = _t.encode(v)
        v = self.sort
        if v is not UNSET:
            field_dict["sort"] = _t.encode(v)
        v = self.summary
        if v is not UNSET:
            field_dict["summary"] = v
        v = self.limit
        if v is not UNSET:
            field_dict["limit"] = v
        v = self.offset
        if v is not UNSET:
            field_dict["offset"] = v
        return field_dict

    def to_json(self, **options: Any) -> str:
        """`to_dict()` as a JSON string; options go to `json.dumps`."""
        return _t.to_json(self, **options)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON; raises `DecodeError` naming the first field that does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _t.not_an_object(src_dict, "ReportRequest")
        # Fields are set on a bare instance: the attrs __init__ would only assign them again, and a
        # call with every field as a keyword costs more than the decoding. A subclass with its own
        # __init__ still gets it called (below).
        obj = _new(cls)
        _INIT(obj)
        for key, value in src_dict.items():
            entry = _SPARSE.get(key)
            if entry is not None:
                attr, decode, nested = entry
                try:
                    # A nested model sent as an object goes straight to its from_dict (what decode does first).
                    setattr(obj, attr, nested(value) if nested is not None and type(value) is dict else decode(value))
                except _t.DecodeError as exc:
                    raise exc.at(key) from None
        if not _KNOWN.issuperset(src_dict):
            obj.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN}
        if cls is not ReportRequest and cls.__init__ is not _INIT:
            return _t.rebuilt(cls, obj, ReportRequest._fields.values())
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


_INIT = ReportRequest.__init__

# Models named by fields, imported after the class so that models that refer to each other import
# (each finds the other's class already defined); from_dict calls them directly.
from ..models.report_filter import ReportFilter  # noqa: E402
from ..models.report_range import ReportRange  # noqa: E402
from ..models.report_sort import ReportSort  # noqa: E402

# Field decoders, made once; after the imports above, as they call the nested models' classes.
_DEC_range_ = _t.model(ReportRange)
_DEC_grouping = _t.list_of(_t.to_str)
_DEC_metrics = _t.list_of(_t.to_str)
_DEC_dimensions = _t.list_of(_t.to_str)
_DEC_measures = _t.list_of(_t.to_str)
_DEC_columns = _t.list_of(_t.to_str)
_DEC_filters = _t.list_of(_t.model(ReportFilter))
_DEC_sort = _t.list_of(_t.model(ReportSort))
# Many optional fields, few sent: decode the keys present instead of looking up every field.
# Each key: (attribute, decoder, the nested model's from_dict when the field is a model, else None).
_SPARSE: dict[str, tuple[str, _t.Decoder, _t.Decoder | None]] = {
    "range": ("range_", _t.model(ReportRange), ReportRange.from_dict),
    "grouping": ("grouping", _t.list_of(_t.to_str), None),
    "metrics": ("metrics", _t.list_of(_t.to_str), None),
    "dimensions": ("dimensions", _t.list_of(_t.to_str), None),
    "measures": ("measures", _t.list_of(_t.to_str), None),
    "columns": ("columns", _t.list_of(_t.to_str), None),
    "filters": ("filters", _t.list_of(_t.model(ReportFilter)), None),
    "sort": ("sort", _t.list_of(_t.model(ReportSort)), None),
    "summary": ("summary", _t.to_bool, None),
    "limit": ("limit", _t.to_int, None),
    "offset": ("offset", _t.to_int, None),
}

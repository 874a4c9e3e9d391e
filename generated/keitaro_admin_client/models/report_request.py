from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_filter import ReportFilter
    from ..models.report_range import ReportRange
    from ..models.report_sort import ReportSort


T = TypeVar("T", bound="ReportRequest")


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
            filters (list[ReportFilter] | Unset):
            sort (list[ReportSort] | Unset):
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

    def to_dict(self) -> dict[str, Any]:
        range_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.range_, Unset):
            range_ = self.range_.to_dict()

        grouping: list[str] | Unset = UNSET
        if not isinstance(self.grouping, Unset):
            grouping = self.grouping

        metrics: list[str] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics

        dimensions: list[str] | Unset = UNSET
        if not isinstance(self.dimensions, Unset):
            dimensions = self.dimensions

        measures: list[str] | Unset = UNSET
        if not isinstance(self.measures, Unset):
            measures = self.measures

        columns: list[str] | Unset = UNSET
        if not isinstance(self.columns, Unset):
            columns = self.columns

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        sort: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = []
            for sort_item_data in self.sort:
                sort_item = sort_item_data.to_dict()
                sort.append(sort_item)

        summary = self.summary

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if range_ is not UNSET:
            field_dict["range"] = range_
        if grouping is not UNSET:
            field_dict["grouping"] = grouping
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if measures is not UNSET:
            field_dict["measures"] = measures
        if columns is not UNSET:
            field_dict["columns"] = columns
        if filters is not UNSET:
            field_dict["filters"] = filters
        if sort is not UNSET:
            field_dict["sort"] = sort
        if summary is not UNSET:
            field_dict["summary"] = summary
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_filter import ReportFilter  # noqa: PLC0415
        from ..models.report_range import ReportRange  # noqa: PLC0415
        from ..models.report_sort import ReportSort  # noqa: PLC0415

        d = dict(src_dict)
        _range_ = d.pop("range", UNSET)
        range_: ReportRange | Unset
        if isinstance(_range_, Unset):
            range_ = UNSET
        else:
            range_ = ReportRange.from_dict(_range_)

        grouping = cast(list[str], d.pop("grouping", UNSET))

        metrics = cast(list[str], d.pop("metrics", UNSET))

        dimensions = cast(list[str], d.pop("dimensions", UNSET))

        measures = cast(list[str], d.pop("measures", UNSET))

        columns = cast(list[str], d.pop("columns", UNSET))

        _filters = d.pop("filters", UNSET)
        filters: list[ReportFilter] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:
                filters_item = ReportFilter.from_dict(filters_item_data)

                filters.append(filters_item)

        _sort = d.pop("sort", UNSET)
        sort: list[ReportSort] | Unset = UNSET
        if _sort is not UNSET:
            sort = []
            for sort_item_data in _sort:
                sort_item = ReportSort.from_dict(sort_item_data)

                sort.append(sort_item)

        summary = d.pop("summary", UNSET)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        report_request = cls(
            range_=range_,
            grouping=grouping,
            metrics=metrics,
            dimensions=dimensions,
            measures=measures,
            columns=columns,
            filters=filters,
            sort=sort,
            summary=summary,
            limit=limit,
            offset=offset,
        )

        report_request.additional_properties = d
        return report_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

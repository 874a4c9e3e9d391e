from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_meta_type_0 import ReportMetaType0
    from ..models.report_row import ReportRow


T = TypeVar("T", bound="Report")


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

    def to_dict(self) -> dict[str, Any]:
        from ..models.report_meta_type_0 import ReportMetaType0  # noqa: PLC0415
        from ..models.report_row import ReportRow  # noqa: PLC0415

        rows: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rows, Unset):
            rows = []
            for rows_item_data in self.rows:
                rows_item = rows_item_data.to_dict()
                rows.append(rows_item)

        total = self.total

        summary: dict[str, Any] | None | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        elif isinstance(self.summary, ReportRow):
            summary = self.summary.to_dict()
        else:
            summary = self.summary

        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, ReportMetaType0):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rows is not UNSET:
            field_dict["rows"] = rows
        if total is not UNSET:
            field_dict["total"] = total
        if summary is not UNSET:
            field_dict["summary"] = summary
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_meta_type_0 import ReportMetaType0  # noqa: PLC0415
        from ..models.report_row import ReportRow  # noqa: PLC0415

        d = dict(src_dict)
        _rows = d.pop("rows", UNSET)
        rows: list[ReportRow] | Unset = UNSET
        if _rows is not UNSET:
            rows = []
            for rows_item_data in _rows:
                rows_item = ReportRow.from_dict(rows_item_data)

                rows.append(rows_item)

        total = d.pop("total", UNSET)

        def _parse_summary(data: object) -> None | ReportRow | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                summary_type_1 = ReportRow.from_dict(data)

                return summary_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReportRow | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        def _parse_meta(data: object) -> None | ReportMetaType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meta_type_0 = ReportMetaType0.from_dict(data)

                return meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReportMetaType0 | Unset, data)

        meta = _parse_meta(d.pop("meta", UNSET))

        report = cls(
            rows=rows,
            total=total,
            summary=summary,
            meta=meta,
        )

        report.additional_properties = d
        return report

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

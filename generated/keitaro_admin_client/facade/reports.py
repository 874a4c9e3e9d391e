"""Aggregated reports and report labels.

Generated from openapi/keitaro.yaml by scripts/gen_facade.py; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import TYPE_CHECKING, Any, cast

import httpx

from ..types import UNSET, Unset
from . import operations as _ops
from ._protocols import (
    AsyncCaller,
    AsyncRawCaller,
    AsyncStreamedResponse,
    AsyncStreamingCaller,
    BatchCaller,
    BatchHandle,
    PreparedCall,
    RawCaller,
    RawResponse,
    RequestOptions,
    StreamedResponse,
    StreamingCaller,
    SyncCaller,
    build_body,
    with_query,
)

if TYPE_CHECKING:
    from ..api.reports import build_report as _ep_build_report
    from ..api.reports import get_report_labels as _ep_get_report_labels
    from ..api.reports import update_report_labels as _ep_update_report_labels
    from ..models.get_report_labels_label_name import GetReportLabelsLabelName
    from ..models.label_ref_name import LabelRefName
    from ..models.labels import Labels
    from ..models.labels_update_items import LabelsUpdateItems
    from ..models.report import Report
    from ..models.report_filter import ReportFilter
    from ..models.report_range import ReportRange
    from ..models.report_sort import ReportSort
    from ..models.success import Success

__all__ = (
    "ReportsResource",
    "AsyncReportsResource",
    "BatchReportsResource",
    "RawReportsResource",
    "AsyncRawReportsResource",
    "StreamingReportsResource",
    "AsyncStreamingReportsResource",
    "prepare_build_report",
    "prepare_get_report_labels",
    "prepare_update_report_labels",
)


def prepare_build_report(
    *,
    range_: ReportRange | Mapping[str, Any] | Unset = UNSET,
    grouping: Sequence[str] | Unset = UNSET,
    metrics: Sequence[str] | Unset = UNSET,
    dimensions: Sequence[str] | Unset = UNSET,
    measures: Sequence[str] | Unset = UNSET,
    columns: Sequence[str] | Unset = UNSET,
    filters: Sequence[ReportFilter | Mapping[str, Any]] | Unset = UNSET,
    sort: Sequence[ReportSort | Mapping[str, Any]] | Unset = UNSET,
    summary: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    extra_body: Mapping[str, Any] | None = None,
    allow_unknown: bool = False,
    extra_query: Mapping[str, Any] | None = None,
) -> PreparedCall:
    """The request of `build_raw` (`POST /report/build`), ready for any caller."""
    global _ep_build_report  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_build_report
    except NameError:
        from ..api.reports import build_report as _ep_build_report

        endpoint = _ep_build_report
    from ..models.report_request import ReportRequest

    body = build_body(
        ReportRequest,
        {
            "range": range_,
            "grouping": grouping,
            "metrics": metrics,
            "dimensions": dimensions,
            "measures": measures,
            "columns": columns,
            "filters": filters,
            "sort": sort,
            "summary": summary,
            "limit": limit,
            "offset": offset,
        },
        extra_body,
        allow_unknown,
        "reports.build_raw",
    )
    request = endpoint.build_request(body=body)
    return PreparedCall(_ops.BUILD_REPORT, with_query(request, extra_query), endpoint.parse_response)


def prepare_get_report_labels(
    *,
    campaign_id: int,
    label_name: GetReportLabelsLabelName,
    ref_name: LabelRefName,
    extra_query: Mapping[str, Any] | None = None,
) -> PreparedCall:
    """The request of `get_labels` (`GET /report/labels`), ready for any caller."""
    global _ep_get_report_labels  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_get_report_labels
    except NameError:
        from ..api.reports import get_report_labels as _ep_get_report_labels

        endpoint = _ep_get_report_labels
    request = endpoint.build_request(
        campaign_id=campaign_id,
        label_name=label_name,
        ref_name=ref_name,
    )
    return PreparedCall(_ops.GET_REPORT_LABELS, with_query(request, extra_query), endpoint.parse_response)


def prepare_update_report_labels(
    *,
    campaign_id: int,
    ref_name: LabelRefName,
    items: LabelsUpdateItems | Mapping[str, Any],
    extra_body: Mapping[str, Any] | None = None,
    allow_unknown: bool = False,
    extra_query: Mapping[str, Any] | None = None,
) -> PreparedCall:
    """The request of `update_labels` (`POST /report/labels`), ready for any caller."""
    global _ep_update_report_labels  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_update_report_labels
    except NameError:
        from ..api.reports import update_report_labels as _ep_update_report_labels

        endpoint = _ep_update_report_labels
    from ..models.labels_update import LabelsUpdate

    body = build_body(
        LabelsUpdate,
        {
            "campaign_id": campaign_id,
            "ref_name": ref_name,
            "items": items,
        },
        extra_body,
        allow_unknown,
        "reports.update_labels",
    )
    request = endpoint.build_request(body=body)
    return PreparedCall(_ops.UPDATE_REPORT_LABELS, with_query(request, extra_query), endpoint.parse_response)


class ReportsResource:
    """Aggregated reports and report labels."""

    def __init__(self, caller: SyncCaller) -> None:
        self._caller = caller

    def build_raw(
        self,
        *,
        range_: ReportRange | Mapping[str, Any] | Unset = UNSET,
        grouping: Sequence[str] | Unset = UNSET,
        metrics: Sequence[str] | Unset = UNSET,
        dimensions: Sequence[str] | Unset = UNSET,
        measures: Sequence[str] | Unset = UNSET,
        columns: Sequence[str] | Unset = UNSET,
        filters: Sequence[ReportFilter | Mapping[str, Any]] | Unset = UNSET,
        sort: Sequence[ReportSort | Mapping[str, Any]] | Unset = UNSET,
        summary: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Report:
        """Build a report.

        Groups clicks and conversions and computes metrics. A read despite the POST: safe to repeat. The SDK's `reports.build` wraps this with typed rows, ranges and filters; `build_raw` sends the body as is.

        Args:
            range_: Period of a report or log: either `interval`, or `from` and `to`.
            grouping: Columns to group by (see `ReportColumn`).
            metrics: Metrics to compute (see `ReportMetric`).
            dimensions: Newer name of `grouping`. Keitaro's current document uses `dimensions`/`measures` while production clients send `grouping`/`metrics`; which pair a given tracker accepts is unverified.
            measures: Newer name of `metrics`.
            columns: Extra columns without grouping; the panel sends an empty list.
            filters: Filters, each a rule object; see the item schema.
            sort: Sort order, a list of {name, order} objects.
            summary: Also return totals over all rows in `summary`.
            limit: Rows per page.
            offset: Rows to skip.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Report

        `POST /report/build` (buildReport)."""
        prepared = prepare_build_report(
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
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("Report", self._caller.call(prepared))

    def get_labels(
        self,
        *,
        campaign_id: int,
        label_name: GetReportLabelsLabelName,
        ref_name: LabelRefName,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Labels:
        """Read the labels of a campaign.

        Args:
            campaign_id: Campaign whose labels to read. Required.
            label_name: Label list name: `whitelist` or `blacklist`, the two label values of the HAS_LABEL report operator in Keitaro's document (confirmed). One of: 'whitelist', 'blacklist'. Required.
            ref_name: Column the labels apply to. One of: 'ip', 'source', 'ad_campaign_id', 'creative_id', 'keyword', 'ad_campaign_idn', 'sub_id_1', 'sub_id_2', 'sub_id_3', 'sub_id_4', 'sub_id_5', 'sub_id_6', 'sub_id_7', 'sub_id_8', 'sub_id_9', 'sub_id_10'. Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Labels

        `GET /report/labels` (getReportLabels)."""
        prepared = prepare_get_report_labels(
            campaign_id=campaign_id, label_name=label_name, ref_name=ref_name, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("Labels", self._caller.call(prepared))

    def update_labels(
        self,
        *,
        campaign_id: int,
        ref_name: LabelRefName,
        items: LabelsUpdateItems | Mapping[str, Any],
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Success:
        """Label values of a campaign as whitelist or blacklist.

        Labels feed the `HAS_LABEL` and `NOT_HAS_LABEL` report filters.

        Args:
            campaign_id: Id of the campaign. Required.
            ref_name: Column a label list applies to. One of: 'ip', 'source', 'ad_campaign_id', 'creative_id', 'keyword', 'ad_campaign_idn', 'sub_id_1', 'sub_id_2', 'sub_id_3', 'sub_id_4', 'sub_id_5', 'sub_id_6', 'sub_id_7', 'sub_id_8', 'sub_id_9', 'sub_id_10'. Required.
            items: Values to label, each mapped to `whitelist` or `blacklist` (the label values of Keitaro's document; the shape of `items` is documented only vaguely). Null or an empty string removes a label: the fake's choice, not documented (G); the fake answers 406 for any other value. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Success

        `POST /report/labels` (updateReportLabels)."""
        prepared = prepare_update_report_labels(
            campaign_id=campaign_id,
            ref_name=ref_name,
            items=items,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("Success", self._caller.call(prepared))


class AsyncReportsResource:
    """Aggregated reports and report labels."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def build_raw(
        self,
        *,
        range_: ReportRange | Mapping[str, Any] | Unset = UNSET,
        grouping: Sequence[str] | Unset = UNSET,
        metrics: Sequence[str] | Unset = UNSET,
        dimensions: Sequence[str] | Unset = UNSET,
        measures: Sequence[str] | Unset = UNSET,
        columns: Sequence[str] | Unset = UNSET,
        filters: Sequence[ReportFilter | Mapping[str, Any]] | Unset = UNSET,
        sort: Sequence[ReportSort | Mapping[str, Any]] | Unset = UNSET,
        summary: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Report:
        """Build a report.

        Groups clicks and conversions and computes metrics. A read despite the POST: safe to repeat. The SDK's `reports.build` wraps this with typed rows, ranges and filters; `build_raw` sends the body as is.

        Args:
            range_: Period of a report or log: either `interval`, or `from` and `to`.
            grouping: Columns to group by (see `ReportColumn`).
            metrics: Metrics to compute (see `ReportMetric`).
            dimensions: Newer name of `grouping`. Keitaro's current document uses `dimensions`/`measures` while production clients send `grouping`/`metrics`; which pair a given tracker accepts is unverified.
            measures: Newer name of `metrics`.
            columns: Extra columns without grouping; the panel sends an empty list.
            filters: Filters, each a rule object; see the item schema.
            sort: Sort order, a list of {name, order} objects.
            summary: Also return totals over all rows in `summary`.
            limit: Rows per page.
            offset: Rows to skip.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Report

        `POST /report/build` (buildReport)."""
        prepared = prepare_build_report(
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
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("Report", await self._caller.call(prepared))

    async def get_labels(
        self,
        *,
        campaign_id: int,
        label_name: GetReportLabelsLabelName,
        ref_name: LabelRefName,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Labels:
        """Read the labels of a campaign.

        Args:
            campaign_id: Campaign whose labels to read. Required.
            label_name: Label list name: `whitelist` or `blacklist`, the two label values of the HAS_LABEL report operator in Keitaro's document (confirmed). One of: 'whitelist', 'blacklist'. Required.
            ref_name: Column the labels apply to. One of: 'ip', 'source', 'ad_campaign_id', 'creative_id', 'keyword', 'ad_campaign_idn', 'sub_id_1', 'sub_id_2', 'sub_id_3', 'sub_id_4', 'sub_id_5', 'sub_id_6', 'sub_id_7', 'sub_id_8', 'sub_id_9', 'sub_id_10'. Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Labels

        `GET /report/labels` (getReportLabels)."""
        prepared = prepare_get_report_labels(
            campaign_id=campaign_id, label_name=label_name, ref_name=ref_name, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("Labels", await self._caller.call(prepared))

    async def update_labels(
        self,
        *,
        campaign_id: int,
        ref_name: LabelRefName,
        items: LabelsUpdateItems | Mapping[str, Any],
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Success:
        """Label values of a campaign as whitelist or blacklist.

        Labels feed the `HAS_LABEL` and `NOT_HAS_LABEL` report filters.

        Args:
            campaign_id: Id of the campaign. Required.
            ref_name: Column a label list applies to. One of: 'ip', 'source', 'ad_campaign_id', 'creative_id', 'keyword', 'ad_campaign_idn', 'sub_id_1', 'sub_id_2', 'sub_id_3', 'sub_id_4', 'sub_id_5', 'sub_id_6', 'sub_id_7', 'sub_id_8', 'sub_id_9', 'sub_id_10'. Required.
            items: Values to label, each mapped to `whitelist` or `blacklist` (the label values of Keitaro's document; the shape of `items` is documented only vaguely). Null or an empty string removes a label: the fake's choice, not documented (G); the fake answers 406 for any other value. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Success

        `POST /report/labels` (updateReportLabels)."""
        prepared = prepare_update_report_labels(
            campaign_id=campaign_id,
            ref_name=ref_name,
            items=items,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("Success", await self._caller.call(prepared))


class BatchReportsResource:
    """Aggregated reports and report labels. Calls are recorded and run when the batch ends."""

    def __init__(self, caller: BatchCaller) -> None:
        self._caller = caller

    def build_raw(
        self,
        *,
        range_: ReportRange | Mapping[str, Any] | Unset = UNSET,
        grouping: Sequence[str] | Unset = UNSET,
        metrics: Sequence[str] | Unset = UNSET,
        dimensions: Sequence[str] | Unset = UNSET,
        measures: Sequence[str] | Unset = UNSET,
        columns: Sequence[str] | Unset = UNSET,
        filters: Sequence[ReportFilter | Mapping[str, Any]] | Unset = UNSET,
        sort: Sequence[ReportSort | Mapping[str, Any]] | Unset = UNSET,
        summary: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[Report]:
        """Build a report.

        Groups clicks and conversions and computes metrics. A read despite the POST: safe to repeat. The SDK's `reports.build` wraps this with typed rows, ranges and filters; `build_raw` sends the body as is.

        Args:
            range_: Period of a report or log: either `interval`, or `from` and `to`.
            grouping: Columns to group by (see `ReportColumn`).
            metrics: Metrics to compute (see `ReportMetric`).
            dimensions: Newer name of `grouping`. Keitaro's current document uses `dimensions`/`measures` while production clients send `grouping`/`metrics`; which pair a given tracker accepts is unverified.
            measures: Newer name of `metrics`.
            columns: Extra columns without grouping; the panel sends an empty list.
            filters: Filters, each a rule object; see the item schema.
            sort: Sort order, a list of {name, order} objects.
            summary: Also return totals over all rows in `summary`.
            limit: Rows per page.
            offset: Rows to skip.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Report

        `POST /report/build` (buildReport)."""
        prepared = prepare_build_report(
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
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[Report]", self._caller.call(prepared))

    def get_labels(
        self,
        *,
        campaign_id: int,
        label_name: GetReportLabelsLabelName,
        ref_name: LabelRefName,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[Labels]:
        """Read the labels of a campaign.

        Args:
            campaign_id: Campaign whose labels to read. Required.
            label_name: Label list name: `whitelist` or `blacklist`, the two label values of the HAS_LABEL report operator in Keitaro's document (confirmed). One of: 'whitelist', 'blacklist'. Required.
            ref_name: Column the labels apply to. One of: 'ip', 'source', 'ad_campaign_id', 'creative_id', 'keyword', 'ad_campaign_idn', 'sub_id_1', 'sub_id_2', 'sub_id_3', 'sub_id_4', 'sub_id_5', 'sub_id_6', 'sub_id_7', 'sub_id_8', 'sub_id_9', 'sub_id_10'. Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Labels

        `GET /report/labels` (getReportLabels)."""
        prepared = prepare_get_report_labels(
            campaign_id=campaign_id, label_name=label_name, ref_name=ref_name, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[Labels]", self._caller.call(prepared))

    def update_labels(
        self,
        *,
        campaign_id: int,
        ref_name: LabelRefName,
        items: LabelsUpdateItems | Mapping[str, Any],
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[Success]:
        """Label values of a campaign as whitelist or blacklist.

        Labels feed the `HAS_LABEL` and `NOT_HAS_LABEL` report filters.

        Args:
            campaign_id: Id of the campaign. Required.
            ref_name: Column a label list applies to. One of: 'ip', 'source', 'ad_campaign_id', 'creative_id', 'keyword', 'ad_campaign_idn', 'sub_id_1', 'sub_id_2', 'sub_id_3', 'sub_id_4', 'sub_id_5', 'sub_id_6', 'sub_id_7', 'sub_id_8', 'sub_id_9', 'sub_id_10'. Required.
            items: Values to label, each mapped to `whitelist` or `blacklist` (the label values of Keitaro's document; the shape of `items` is documented only vaguely). Null or an empty string removes a label: the fake's choice, not documented (G); the fake answers 406 for any other value. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Success

        `POST /report/labels` (updateReportLabels)."""
        prepared = prepare_update_report_labels(
            campaign_id=campaign_id,
            ref_name=ref_name,
            items=items,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[Success]", self._caller.call(prepared))


class RawReportsResource:
    """Aggregated reports and report labels. Each call returns the raw response; `.parse()` gives the model."""

    def __init__(self, caller: RawCaller) -> None:
        self._caller = caller

    def build_raw(
        self,
        *,
        range_: ReportRange | Mapping[str, Any] | Unset = UNSET,
        grouping: Sequence[str] | Unset = UNSET,
        metrics: Sequence[str] | Unset = UNSET,
        dimensions: Sequence[str] | Unset = UNSET,
        measures: Sequence[str] | Unset = UNSET,
        columns: Sequence[str] | Unset = UNSET,
        filters: Sequence[ReportFilter | Mapping[str, Any]] | Unset = UNSET,
        sort: Sequence[ReportSort | Mapping[str, Any]] | Unset = UNSET,
        summary: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Report]:
        """Build a report.

        Groups clicks and conversions and computes metrics. A read despite the POST: safe to repeat. The SDK's `reports.build` wraps this with typed rows, ranges and filters; `build_raw` sends the body as is.

        Args:
            range_: Period of a report or log: either `interval`, or `from` and `to`.
            grouping: Columns to group by (see `ReportColumn`).
            metrics: Metrics to compute (see `ReportMetric`).
            dimensions: Newer name of `grouping`. Keitaro's current document uses `dimensions`/`measures` while production clients send `grouping`/`metrics`; which pair a given tracker accepts is unverified.
            measures: Newer name of `metrics`.
            columns: Extra columns without grouping; the panel sends an empty list.
            filters: Filters, each a rule object; see the item schema.
            sort: Sort order, a list of {name, order} objects.
            summary: Also return totals over all rows in `summary`.
            limit: Rows per page.
            offset: Rows to skip.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Report

        `POST /report/build` (buildReport)."""
        prepared = prepare_build_report(
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
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[Report]", self._caller.call(prepared))

    def get_labels(
        self,
        *,
        campaign_id: int,
        label_name: GetReportLabelsLabelName,
        ref_name: LabelRefName,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Labels]:
        """Read the labels of a campaign.

        Args:
            campaign_id: Campaign whose labels to read. Required.
            label_name: Label list name: `whitelist` or `blacklist`, the two label values of the HAS_LABEL report operator in Keitaro's document (confirmed). One of: 'whitelist', 'blacklist'. Required.
            ref_name: Column the labels apply to. One of: 'ip', 'source', 'ad_campaign_id', 'creative_id', 'keyword', 'ad_campaign_idn', 'sub_id_1', 'sub_id_2', 'sub_id_3', 'sub_id_4', 'sub_id_5', 'sub_id_6', 'sub_id_7', 'sub_id_8', 'sub_id_9', 'sub_id_10'. Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Labels

        `GET /report/labels` (getReportLabels)."""
        prepared = prepare_get_report_labels(
            campaign_id=campaign_id, label_name=label_name, ref_name=ref_name, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[Labels]", self._caller.call(prepared))

    def update_labels(
        self,
        *,
        campaign_id: int,
        ref_name: LabelRefName,
        items: LabelsUpdateItems | Mapping[str, Any],
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Success]:
        """Label values of a campaign as whitelist or blacklist.

        Labels feed the `HAS_LABEL` and `NOT_HAS_LABEL` report filters.

        Args:
            campaign_id: Id of the campaign. Required.
            ref_name: Column a label list applies to. One of: 'ip', 'source', 'ad_campaign_id', 'creative_id', 'keyword', 'ad_campaign_idn', 'sub_id_1', 'sub_id_2', 'sub_id_3', 'sub_id_4', 'sub_id_5', 'sub_id_6', 'sub_id_7', 'sub_id_8', 'sub_id_9', 'sub_id_10'. Required.
            items: Values to label, each mapped to `whitelist` or `blacklist` (the label values of Keitaro's document; the shape of `items` is documented only vaguely). Null or an empty string removes a label: the fake's choice, not documented (G); the fake answers 406 for any other value. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Success

        `POST /report/labels` (updateReportLabels)."""
        prepared = prepare_update_report_labels(
            campaign_id=campaign_id,
            ref_name=ref_name,
            items=items,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[Success]", self._caller.call(prepared))


class AsyncRawReportsResource:
    """Aggregated reports and report labels. Each call returns the raw response."""

    def __init__(self, caller: AsyncRawCaller) -> None:
        self._caller = caller

    async def build_raw(
        self,
        *,
        range_: ReportRange | Mapping[str, Any] | Unset = UNSET,
        grouping: Sequence[str] | Unset = UNSET,
        metrics: Sequence[str] | Unset = UNSET,
        dimensions: Sequence[str] | Unset = UNSET,
        measures: Sequence[str] | Unset = UNSET,
        columns: Sequence[str] | Unset = UNSET,
        filters: Sequence[ReportFilter | Mapping[str, Any]] | Unset = UNSET,
        sort: Sequence[ReportSort | Mapping[str, Any]] | Unset = UNSET,
        summary: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Report]:
        """Build a report.

        Groups clicks and conversions and computes metrics. A read despite the POST: safe to repeat. The SDK's `reports.build` wraps this with typed rows, ranges and filters; `build_raw` sends the body as is.

        Args:
            range_: Period of a report or log: either `interval`, or `from` and `to`.
            grouping: Columns to group by (see `ReportColumn`).
            metrics: Metrics to compute (see `ReportMetric`).
            dimensions: Newer name of `grouping`. Keitaro's current document uses `dimensions`/`measures` while production clients send `grouping`/`metrics`; which pair a given tracker accepts is unverified.
            measures: Newer name of `metrics`.
            columns: Extra columns without grouping; the panel sends an empty list.
            filters: Filters, each a rule object; see the item schema.
            sort: Sort order, a list of {name, order} objects.
            summary: Also return totals over all rows in `summary`.
            limit: Rows per page.
            offset: Rows to skip.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Report

        `POST /report/build` (buildReport)."""
        prepared = prepare_build_report(
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
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[Report]", await self._caller.call(prepared))

    async def get_labels(
        self,
        *,
        campaign_id: int,
        label_name: GetReportLabelsLabelName,
        ref_name: LabelRefName,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Labels]:
        """Read the labels of a campaign.

        Args:
            campaign_id: Campaign whose labels to read. Required.
            label_name: Label list name: `whitelist` or `blacklist`, the two label values of the HAS_LABEL report operator in Keitaro's document (confirmed). One of: 'whitelist', 'blacklist'. Required.
            ref_name: Column the labels apply to. One of: 'ip', 'source', 'ad_campaign_id', 'creative_id', 'keyword', 'ad_campaign_idn', 'sub_id_1', 'sub_id_2', 'sub_id_3', 'sub_id_4', 'sub_id_5', 'sub_id_6', 'sub_id_7', 'sub_id_8', 'sub_id_9', 'sub_id_10'. Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Labels

        `GET /report/labels` (getReportLabels)."""
        prepared = prepare_get_report_labels(
            campaign_id=campaign_id, label_name=label_name, ref_name=ref_name, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[Labels]", await self._caller.call(prepared))

    async def update_labels(
        self,
        *,
        campaign_id: int,
        ref_name: LabelRefName,
        items: LabelsUpdateItems | Mapping[str, Any],
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Success]:
        """Label values of a campaign as whitelist or blacklist.

        Labels feed the `HAS_LABEL` and `NOT_HAS_LABEL` report filters.

        Args:
            campaign_id: Id of the campaign. Required.
            ref_name: Column a label list applies to. One of: 'ip', 'source', 'ad_campaign_id', 'creative_id', 'keyword', 'ad_campaign_idn', 'sub_id_1', 'sub_id_2', 'sub_id_3', 'sub_id_4', 'sub_id_5', 'sub_id_6', 'sub_id_7', 'sub_id_8', 'sub_id_9', 'sub_id_10'. Required.
            items: Values to label, each mapped to `whitelist` or `blacklist` (the label values of Keitaro's document; the shape of `items` is documented only vaguely). Null or an empty string removes a label: the fake's choice, not documented (G); the fake answers 406 for any other value. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Success

        `POST /report/labels` (updateReportLabels)."""
        prepared = prepare_update_report_labels(
            campaign_id=campaign_id,
            ref_name=ref_name,
            items=items,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[Success]", await self._caller.call(prepared))


class StreamingReportsResource:
    """Aggregated reports and report labels. Each call is a context manager over the unread answer."""

    def __init__(self, caller: StreamingCaller) -> None:
        self._caller = caller

    def build_raw(
        self,
        *,
        range_: ReportRange | Mapping[str, Any] | Unset = UNSET,
        grouping: Sequence[str] | Unset = UNSET,
        metrics: Sequence[str] | Unset = UNSET,
        dimensions: Sequence[str] | Unset = UNSET,
        measures: Sequence[str] | Unset = UNSET,
        columns: Sequence[str] | Unset = UNSET,
        filters: Sequence[ReportFilter | Mapping[str, Any]] | Unset = UNSET,
        sort: Sequence[ReportSort | Mapping[str, Any]] | Unset = UNSET,
        summary: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[Report]]:
        """Build a report.

        Groups clicks and conversions and computes metrics. A read despite the POST: safe to repeat. The SDK's `reports.build` wraps this with typed rows, ranges and filters; `build_raw` sends the body as is.

        Args:
            range_: Period of a report or log: either `interval`, or `from` and `to`.
            grouping: Columns to group by (see `ReportColumn`).
            metrics: Metrics to compute (see `ReportMetric`).
            dimensions: Newer name of `grouping`. Keitaro's current document uses `dimensions`/`measures` while production clients send `grouping`/`metrics`; which pair a given tracker accepts is unverified.
            measures: Newer name of `metrics`.
            columns: Extra columns without grouping; the panel sends an empty list.
            filters: Filters, each a rule object; see the item schema.
            sort: Sort order, a list of {name, order} objects.
            summary: Also return totals over all rows in `summary`.
            limit: Rows per page.
            offset: Rows to skip.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Report

        `POST /report/build` (buildReport)."""
        prepared = prepare_build_report(
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
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[Report]]", self._caller.call(prepared))

    def get_labels(
        self,
        *,
        campaign_id: int,
        label_name: GetReportLabelsLabelName,
        ref_name: LabelRefName,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[Labels]]:
        """Read the labels of a campaign.

        Args:
            campaign_id: Campaign whose labels to read. Required.
            label_name: Label list name: `whitelist` or `blacklist`, the two label values of the HAS_LABEL report operator in Keitaro's document (confirmed). One of: 'whitelist', 'blacklist'. Required.
            ref_name: Column the labels apply to. One of: 'ip', 'source', 'ad_campaign_id', 'creative_id', 'keyword', 'ad_campaign_idn', 'sub_id_1', 'sub_id_2', 'sub_id_3', 'sub_id_4', 'sub_id_5', 'sub_id_6', 'sub_id_7', 'sub_id_8', 'sub_id_9', 'sub_id_10'. Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Labels

        `GET /report/labels` (getReportLabels)."""
        prepared = prepare_get_report_labels(
            campaign_id=campaign_id, label_name=label_name, ref_name=ref_name, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[Labels]]", self._caller.call(prepared))

    def update_labels(
        self,
        *,
        campaign_id: int,
        ref_name: LabelRefName,
        items: LabelsUpdateItems | Mapping[str, Any],
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[Success]]:
        """Label values of a campaign as whitelist or blacklist.

        Labels feed the `HAS_LABEL` and `NOT_HAS_LABEL` report filters.

        Args:
            campaign_id: Id of the campaign. Required.
            ref_name: Column a label list applies to. One of: 'ip', 'source', 'ad_campaign_id', 'creative_id', 'keyword', 'ad_campaign_idn', 'sub_id_1', 'sub_id_2', 'sub_id_3', 'sub_id_4', 'sub_id_5', 'sub_id_6', 'sub_id_7', 'sub_id_8', 'sub_id_9', 'sub_id_10'. Required.
            items: Values to label, each mapped to `whitelist` or `blacklist` (the label values of Keitaro's document; the shape of `items` is documented only vaguely). Null or an empty string removes a label: the fake's choice, not documented (G); the fake answers 406 for any other value. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Success

        `POST /report/labels` (updateReportLabels)."""
        prepared = prepare_update_report_labels(
            campaign_id=campaign_id,
            ref_name=ref_name,
            items=items,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[Success]]", self._caller.call(prepared))


class AsyncStreamingReportsResource:
    """Aggregated reports and report labels. Each call is an async context manager over the unread answer."""

    def __init__(self, caller: AsyncStreamingCaller) -> None:
        self._caller = caller

    def build_raw(
        self,
        *,
        range_: ReportRange | Mapping[str, Any] | Unset = UNSET,
        grouping: Sequence[str] | Unset = UNSET,
        metrics: Sequence[str] | Unset = UNSET,
        dimensions: Sequence[str] | Unset = UNSET,
        measures: Sequence[str] | Unset = UNSET,
        columns: Sequence[str] | Unset = UNSET,
        filters: Sequence[ReportFilter | Mapping[str, Any]] | Unset = UNSET,
        sort: Sequence[ReportSort | Mapping[str, Any]] | Unset = UNSET,
        summary: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[Report]]:
        """Build a report.

        Groups clicks and conversions and computes metrics. A read despite the POST: safe to repeat. The SDK's `reports.build` wraps this with typed rows, ranges and filters; `build_raw` sends the body as is.

        Args:
            range_: Period of a report or log: either `interval`, or `from` and `to`.
            grouping: Columns to group by (see `ReportColumn`).
            metrics: Metrics to compute (see `ReportMetric`).
            dimensions: Newer name of `grouping`. Keitaro's current document uses `dimensions`/`measures` while production clients send `grouping`/`metrics`; which pair a given tracker accepts is unverified.
            measures: Newer name of `metrics`.
            columns: Extra columns without grouping; the panel sends an empty list.
            filters: Filters, each a rule object; see the item schema.
            sort: Sort order, a list of {name, order} objects.
            summary: Also return totals over all rows in `summary`.
            limit: Rows per page.
            offset: Rows to skip.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Report

        `POST /report/build` (buildReport)."""
        prepared = prepare_build_report(
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
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractAsyncContextManager[AsyncStreamedResponse[Report]]", self._caller.call(prepared))

    def get_labels(
        self,
        *,
        campaign_id: int,
        label_name: GetReportLabelsLabelName,
        ref_name: LabelRefName,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[Labels]]:
        """Read the labels of a campaign.

        Args:
            campaign_id: Campaign whose labels to read. Required.
            label_name: Label list name: `whitelist` or `blacklist`, the two label values of the HAS_LABEL report operator in Keitaro's document (confirmed). One of: 'whitelist', 'blacklist'. Required.
            ref_name: Column the labels apply to. One of: 'ip', 'source', 'ad_campaign_id', 'creative_id', 'keyword', 'ad_campaign_idn', 'sub_id_1', 'sub_id_2', 'sub_id_3', 'sub_id_4', 'sub_id_5', 'sub_id_6', 'sub_id_7', 'sub_id_8', 'sub_id_9', 'sub_id_10'. Required.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Labels

        `GET /report/labels` (getReportLabels)."""
        prepared = prepare_get_report_labels(
            campaign_id=campaign_id, label_name=label_name, ref_name=ref_name, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractAsyncContextManager[AsyncStreamedResponse[Labels]]", self._caller.call(prepared))

    def update_labels(
        self,
        *,
        campaign_id: int,
        ref_name: LabelRefName,
        items: LabelsUpdateItems | Mapping[str, Any],
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[Success]]:
        """Label values of a campaign as whitelist or blacklist.

        Labels feed the `HAS_LABEL` and `NOT_HAS_LABEL` report filters.

        Args:
            campaign_id: Id of the campaign. Required.
            ref_name: Column a label list applies to. One of: 'ip', 'source', 'ad_campaign_id', 'creative_id', 'keyword', 'ad_campaign_idn', 'sub_id_1', 'sub_id_2', 'sub_id_3', 'sub_id_4', 'sub_id_5', 'sub_id_6', 'sub_id_7', 'sub_id_8', 'sub_id_9', 'sub_id_10'. Required.
            items: Values to label, each mapped to `whitelist` or `blacklist` (the label values of Keitaro's document; the shape of `items` is documented only vaguely). Null or an empty string removes a label: the fake's choice, not documented (G); the fake answers 406 for any other value. Required.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Success

        `POST /report/labels` (updateReportLabels)."""
        prepared = prepare_update_report_labels(
            campaign_id=campaign_id,
            ref_name=ref_name,
            items=items,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractAsyncContextManager[AsyncStreamedResponse[Success]]", self._caller.call(prepared))

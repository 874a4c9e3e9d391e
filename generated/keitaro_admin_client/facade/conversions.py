"""The conversion log.

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
    from ..api.conversions import get_conversion_log as _ep_get_conversion_log
    from ..models.report import Report
    from ..models.report_filter import ReportFilter
    from ..models.report_range import ReportRange
    from ..models.report_sort import ReportSort

__all__ = (
    "ConversionsResource",
    "AsyncConversionsResource",
    "BatchConversionsResource",
    "RawConversionsResource",
    "AsyncRawConversionsResource",
    "StreamingConversionsResource",
    "AsyncStreamingConversionsResource",
    "prepare_get_conversion_log",
)


def prepare_get_conversion_log(
    *,
    range_: ReportRange | Mapping[str, Any] | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    columns: Sequence[str] | Unset = UNSET,
    filters: Sequence[ReportFilter | Mapping[str, Any]] | Unset = UNSET,
    sort: Sequence[ReportSort | Mapping[str, Any]] | Unset = UNSET,
    extra_body: Mapping[str, Any] | None = None,
    allow_unknown: bool = False,
    extra_query: Mapping[str, Any] | None = None,
) -> PreparedCall:
    """The request of `log` (`POST /conversions/log`), ready for any caller."""
    global _ep_get_conversion_log  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_get_conversion_log
    except NameError:
        from ..api.conversions import get_conversion_log as _ep_get_conversion_log

        endpoint = _ep_get_conversion_log
    from ..models.conversion_log_request import ConversionLogRequest

    body = build_body(
        ConversionLogRequest,
        {
            "range": range_,
            "limit": limit,
            "offset": offset,
            "columns": columns,
            "filters": filters,
            "sort": sort,
        },
        extra_body,
        allow_unknown,
        "conversions.log",
    )
    request = endpoint.build_request(body=body)
    return PreparedCall(_ops.GET_CONVERSION_LOG, with_query(request, extra_query), endpoint.parse_response)


class ConversionsResource:
    """The conversion log."""

    def __init__(self, caller: SyncCaller) -> None:
        self._caller = caller

    def log(
        self,
        *,
        range_: ReportRange | Mapping[str, Any] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        columns: Sequence[str] | Unset = UNSET,
        filters: Sequence[ReportFilter | Mapping[str, Any]] | Unset = UNSET,
        sort: Sequence[ReportSort | Mapping[str, Any]] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Report:
        """Read the conversion log.

        A read despite the POST: safe to repeat.

        Args:
            range_: Period of a report or log: either `interval`, or `from` and `to`.
            limit: Rows per page.
            offset: Rows to skip.
            columns: Columns to return (see `ReportColumn` and `ConversionColumn`).
            filters: Filters, each a rule object; see the item schema.
            sort: Sort order, a list of {name, order} objects.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Report

        `POST /conversions/log` (getConversionLog)."""
        prepared = prepare_get_conversion_log(
            range_=range_,
            limit=limit,
            offset=offset,
            columns=columns,
            filters=filters,
            sort=sort,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("Report", self._caller.call(prepared))


class AsyncConversionsResource:
    """The conversion log."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def log(
        self,
        *,
        range_: ReportRange | Mapping[str, Any] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        columns: Sequence[str] | Unset = UNSET,
        filters: Sequence[ReportFilter | Mapping[str, Any]] | Unset = UNSET,
        sort: Sequence[ReportSort | Mapping[str, Any]] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Report:
        """Read the conversion log.

        A read despite the POST: safe to repeat.

        Args:
            range_: Period of a report or log: either `interval`, or `from` and `to`.
            limit: Rows per page.
            offset: Rows to skip.
            columns: Columns to return (see `ReportColumn` and `ConversionColumn`).
            filters: Filters, each a rule object; see the item schema.
            sort: Sort order, a list of {name, order} objects.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Report

        `POST /conversions/log` (getConversionLog)."""
        prepared = prepare_get_conversion_log(
            range_=range_,
            limit=limit,
            offset=offset,
            columns=columns,
            filters=filters,
            sort=sort,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("Report", await self._caller.call(prepared))


class BatchConversionsResource:
    """The conversion log. Calls are recorded and run when the batch ends."""

    def __init__(self, caller: BatchCaller) -> None:
        self._caller = caller

    def log(
        self,
        *,
        range_: ReportRange | Mapping[str, Any] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        columns: Sequence[str] | Unset = UNSET,
        filters: Sequence[ReportFilter | Mapping[str, Any]] | Unset = UNSET,
        sort: Sequence[ReportSort | Mapping[str, Any]] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[Report]:
        """Read the conversion log.

        A read despite the POST: safe to repeat.

        Args:
            range_: Period of a report or log: either `interval`, or `from` and `to`.
            limit: Rows per page.
            offset: Rows to skip.
            columns: Columns to return (see `ReportColumn` and `ConversionColumn`).
            filters: Filters, each a rule object; see the item schema.
            sort: Sort order, a list of {name, order} objects.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Report

        `POST /conversions/log` (getConversionLog)."""
        prepared = prepare_get_conversion_log(
            range_=range_,
            limit=limit,
            offset=offset,
            columns=columns,
            filters=filters,
            sort=sort,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[Report]", self._caller.call(prepared))


class RawConversionsResource:
    """The conversion log. Each call returns the raw response; `.parse()` gives the model."""

    def __init__(self, caller: RawCaller) -> None:
        self._caller = caller

    def log(
        self,
        *,
        range_: ReportRange | Mapping[str, Any] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        columns: Sequence[str] | Unset = UNSET,
        filters: Sequence[ReportFilter | Mapping[str, Any]] | Unset = UNSET,
        sort: Sequence[ReportSort | Mapping[str, Any]] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Report]:
        """Read the conversion log.

        A read despite the POST: safe to repeat.

        Args:
            range_: Period of a report or log: either `interval`, or `from` and `to`.
            limit: Rows per page.
            offset: Rows to skip.
            columns: Columns to return (see `ReportColumn` and `ConversionColumn`).
            filters: Filters, each a rule object; see the item schema.
            sort: Sort order, a list of {name, order} objects.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Report

        `POST /conversions/log` (getConversionLog)."""
        prepared = prepare_get_conversion_log(
            range_=range_,
            limit=limit,
            offset=offset,
            columns=columns,
            filters=filters,
            sort=sort,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[Report]", self._caller.call(prepared))


class AsyncRawConversionsResource:
    """The conversion log. Each call returns the raw response."""

    def __init__(self, caller: AsyncRawCaller) -> None:
        self._caller = caller

    async def log(
        self,
        *,
        range_: ReportRange | Mapping[str, Any] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        columns: Sequence[str] | Unset = UNSET,
        filters: Sequence[ReportFilter | Mapping[str, Any]] | Unset = UNSET,
        sort: Sequence[ReportSort | Mapping[str, Any]] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Report]:
        """Read the conversion log.

        A read despite the POST: safe to repeat.

        Args:
            range_: Period of a report or log: either `interval`, or `from` and `to`.
            limit: Rows per page.
            offset: Rows to skip.
            columns: Columns to return (see `ReportColumn` and `ConversionColumn`).
            filters: Filters, each a rule object; see the item schema.
            sort: Sort order, a list of {name, order} objects.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Report

        `POST /conversions/log` (getConversionLog)."""
        prepared = prepare_get_conversion_log(
            range_=range_,
            limit=limit,
            offset=offset,
            columns=columns,
            filters=filters,
            sort=sort,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[Report]", await self._caller.call(prepared))


class StreamingConversionsResource:
    """The conversion log. Each call is a context manager over the unread answer."""

    def __init__(self, caller: StreamingCaller) -> None:
        self._caller = caller

    def log(
        self,
        *,
        range_: ReportRange | Mapping[str, Any] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        columns: Sequence[str] | Unset = UNSET,
        filters: Sequence[ReportFilter | Mapping[str, Any]] | Unset = UNSET,
        sort: Sequence[ReportSort | Mapping[str, Any]] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[Report]]:
        """Read the conversion log.

        A read despite the POST: safe to repeat.

        Args:
            range_: Period of a report or log: either `interval`, or `from` and `to`.
            limit: Rows per page.
            offset: Rows to skip.
            columns: Columns to return (see `ReportColumn` and `ConversionColumn`).
            filters: Filters, each a rule object; see the item schema.
            sort: Sort order, a list of {name, order} objects.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Report

        `POST /conversions/log` (getConversionLog)."""
        prepared = prepare_get_conversion_log(
            range_=range_,
            limit=limit,
            offset=offset,
            columns=columns,
            filters=filters,
            sort=sort,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[Report]]", self._caller.call(prepared))


class AsyncStreamingConversionsResource:
    """The conversion log. Each call is an async context manager over the unread answer."""

    def __init__(self, caller: AsyncStreamingCaller) -> None:
        self._caller = caller

    def log(
        self,
        *,
        range_: ReportRange | Mapping[str, Any] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        columns: Sequence[str] | Unset = UNSET,
        filters: Sequence[ReportFilter | Mapping[str, Any]] | Unset = UNSET,
        sort: Sequence[ReportSort | Mapping[str, Any]] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[Report]]:
        """Read the conversion log.

        A read despite the POST: safe to repeat.

        Args:
            range_: Period of a report or log: either `interval`, or `from` and `to`.
            limit: Rows per page.
            offset: Rows to skip.
            columns: Columns to return (see `ReportColumn` and `ConversionColumn`).
            filters: Filters, each a rule object; see the item schema.
            sort: Sort order, a list of {name, order} objects.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Report

        `POST /conversions/log` (getConversionLog)."""
        prepared = prepare_get_conversion_log(
            range_=range_,
            limit=limit,
            offset=offset,
            columns=columns,
            filters=filters,
            sort=sort,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractAsyncContextManager[AsyncStreamedResponse[Report]]", self._caller.call(prepared))

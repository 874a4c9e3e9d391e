"""The click log, click costs and statistics cleaning.

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
    from ..api.clicks import clean_clicks as _ep_clean_clicks
    from ..api.clicks import get_click_log as _ep_get_click_log
    from ..api.clicks import update_click_costs as _ep_update_click_costs
    from ..models.click_cost_period import ClickCostPeriod
    from ..models.report import Report
    from ..models.report_filter import ReportFilter
    from ..models.report_range import ReportRange
    from ..models.report_sort import ReportSort
    from ..models.success import Success
    from .types import OnlyCampaignUniques

__all__ = (
    "ClicksResource",
    "AsyncClicksResource",
    "BatchClicksResource",
    "RawClicksResource",
    "AsyncRawClicksResource",
    "StreamingClicksResource",
    "AsyncStreamingClicksResource",
    "prepare_clean_clicks",
    "prepare_get_click_log",
    "prepare_update_click_costs",
)


def prepare_clean_clicks(
    *,
    start_date: str,
    end_date: str,
    campaign_id: int | Unset = UNSET,
    timezone: str | Unset = UNSET,
    extra_body: Mapping[str, Any] | None = None,
    allow_unknown: bool = False,
    extra_query: Mapping[str, Any] | None = None,
) -> PreparedCall:
    """The request of `clean` (`POST /clicks/clean`), ready for any caller."""
    global _ep_clean_clicks  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_clean_clicks
    except NameError:
        from ..api.clicks import clean_clicks as _ep_clean_clicks

        endpoint = _ep_clean_clicks
    from ..models.clean_stats_request import CleanStatsRequest

    body = build_body(
        CleanStatsRequest,
        {
            "start_date": start_date,
            "end_date": end_date,
            "campaign_id": campaign_id,
            "timezone": timezone,
        },
        extra_body,
        allow_unknown,
        "clicks.clean",
    )
    request = endpoint.build_request(body=body)
    return PreparedCall(_ops.CLEAN_CLICKS, with_query(request, extra_query), endpoint.parse_response)


def prepare_get_click_log(
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
    """The request of `log` (`POST /clicks/log`), ready for any caller."""
    global _ep_get_click_log  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_get_click_log
    except NameError:
        from ..api.clicks import get_click_log as _ep_get_click_log

        endpoint = _ep_get_click_log
    from ..models.click_log_request import ClickLogRequest

    body = build_body(
        ClickLogRequest,
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
        "clicks.log",
    )
    request = endpoint.build_request(body=body)
    return PreparedCall(_ops.GET_CLICK_LOG, with_query(request, extra_query), endpoint.parse_response)


def prepare_update_click_costs(
    *,
    campaign_ids: Sequence[int],
    costs: Sequence[ClickCostPeriod | Mapping[str, Any]],
    timezone: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    only_campaign_uniques: OnlyCampaignUniques | Unset = UNSET,
    extra_body: Mapping[str, Any] | None = None,
    allow_unknown: bool = False,
    extra_query: Mapping[str, Any] | None = None,
) -> PreparedCall:
    """The request of `update_costs` (`POST /clicks/update_costs`), ready for any caller."""
    global _ep_update_click_costs  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_update_click_costs
    except NameError:
        from ..api.clicks import update_click_costs as _ep_update_click_costs

        endpoint = _ep_update_click_costs
    from ..models.click_cost_update import ClickCostUpdate

    body = build_body(
        ClickCostUpdate,
        {
            "campaign_ids": campaign_ids,
            "costs": costs,
            "timezone": timezone,
            "currency": currency,
            "only_campaign_uniques": only_campaign_uniques,
        },
        extra_body,
        allow_unknown,
        "clicks.update_costs",
    )
    request = endpoint.build_request(body=body)
    return PreparedCall(_ops.UPDATE_CLICK_COSTS, with_query(request, extra_query), endpoint.parse_response)


class ClicksResource:
    """The click log, click costs and statistics cleaning."""

    def __init__(self, caller: SyncCaller) -> None:
        self._caller = caller

    def clean(
        self,
        *,
        start_date: str,
        end_date: str,
        campaign_id: int | Unset = UNSET,
        timezone: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Success:
        """Erase click statistics of a period.

        Destructive; runs in the background.

        Args:
            start_date: `YYYY-MM-DD HH:MM`. Keitaro's document gives this format, e.g. `2017-09-10 20:10` (confirmed); an impossible date or an unknown time zone is refused with 406 by the fake. Required.
            end_date: `YYYY-MM-DD HH:MM`. Keitaro's document gives this format, e.g. `2017-09-10 20:10` (confirmed); an impossible date or an unknown time zone is refused with 406 by the fake. Required.
            campaign_id: Limit to one campaign.
            timezone: Time zone name, e.g. `Europe/Madrid`.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Success

        `POST /clicks/clean` (cleanClicks)."""
        prepared = prepare_clean_clicks(
            start_date=start_date,
            end_date=end_date,
            campaign_id=campaign_id,
            timezone=timezone,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("Success", self._caller.call(prepared))

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
        """Read the click log.

        A read despite the POST: safe to repeat. Give `limit` or `range`.

        Args:
            range_: Period of a report or log: either `interval`, or `from` and `to`.
            limit: Rows per page. Give `limit` or `range`, or both.
            offset: Rows to skip.
            columns: Columns to return (see `ReportColumn`).
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

        `POST /clicks/log` (getClickLog)."""
        prepared = prepare_get_click_log(
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

    def update_costs(
        self,
        *,
        campaign_ids: Sequence[int],
        costs: Sequence[ClickCostPeriod | Mapping[str, Any]],
        timezone: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        only_campaign_uniques: OnlyCampaignUniques | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Success:
        """Set costs for several campaigns and periods.

        Schedules a background job and answers at once.

        Args:
            campaign_ids: Ids of the campaigns to update. Required.
            costs: Cost periods, a list (one object is refused). Required.
            timezone: Time zone name, e.g. `Europe/Madrid`.
            currency: ISO 4217 currency code.
            only_campaign_uniques: 1 to charge unique clicks only. One of: 0, 1.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Success

        `POST /clicks/update_costs` (updateClickCosts)."""
        prepared = prepare_update_click_costs(
            campaign_ids=campaign_ids,
            costs=costs,
            timezone=timezone,
            currency=currency,
            only_campaign_uniques=only_campaign_uniques,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("Success", self._caller.call(prepared))


class AsyncClicksResource:
    """The click log, click costs and statistics cleaning."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def clean(
        self,
        *,
        start_date: str,
        end_date: str,
        campaign_id: int | Unset = UNSET,
        timezone: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Success:
        """Erase click statistics of a period.

        Destructive; runs in the background.

        Args:
            start_date: `YYYY-MM-DD HH:MM`. Keitaro's document gives this format, e.g. `2017-09-10 20:10` (confirmed); an impossible date or an unknown time zone is refused with 406 by the fake. Required.
            end_date: `YYYY-MM-DD HH:MM`. Keitaro's document gives this format, e.g. `2017-09-10 20:10` (confirmed); an impossible date or an unknown time zone is refused with 406 by the fake. Required.
            campaign_id: Limit to one campaign.
            timezone: Time zone name, e.g. `Europe/Madrid`.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Success

        `POST /clicks/clean` (cleanClicks)."""
        prepared = prepare_clean_clicks(
            start_date=start_date,
            end_date=end_date,
            campaign_id=campaign_id,
            timezone=timezone,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("Success", await self._caller.call(prepared))

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
        """Read the click log.

        A read despite the POST: safe to repeat. Give `limit` or `range`.

        Args:
            range_: Period of a report or log: either `interval`, or `from` and `to`.
            limit: Rows per page. Give `limit` or `range`, or both.
            offset: Rows to skip.
            columns: Columns to return (see `ReportColumn`).
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

        `POST /clicks/log` (getClickLog)."""
        prepared = prepare_get_click_log(
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

    async def update_costs(
        self,
        *,
        campaign_ids: Sequence[int],
        costs: Sequence[ClickCostPeriod | Mapping[str, Any]],
        timezone: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        only_campaign_uniques: OnlyCampaignUniques | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Success:
        """Set costs for several campaigns and periods.

        Schedules a background job and answers at once.

        Args:
            campaign_ids: Ids of the campaigns to update. Required.
            costs: Cost periods, a list (one object is refused). Required.
            timezone: Time zone name, e.g. `Europe/Madrid`.
            currency: ISO 4217 currency code.
            only_campaign_uniques: 1 to charge unique clicks only. One of: 0, 1.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Success

        `POST /clicks/update_costs` (updateClickCosts)."""
        prepared = prepare_update_click_costs(
            campaign_ids=campaign_ids,
            costs=costs,
            timezone=timezone,
            currency=currency,
            only_campaign_uniques=only_campaign_uniques,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("Success", await self._caller.call(prepared))


class BatchClicksResource:
    """The click log, click costs and statistics cleaning. Calls are recorded and run when the batch ends."""

    def __init__(self, caller: BatchCaller) -> None:
        self._caller = caller

    def clean(
        self,
        *,
        start_date: str,
        end_date: str,
        campaign_id: int | Unset = UNSET,
        timezone: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[Success]:
        """Erase click statistics of a period.

        Destructive; runs in the background.

        Args:
            start_date: `YYYY-MM-DD HH:MM`. Keitaro's document gives this format, e.g. `2017-09-10 20:10` (confirmed); an impossible date or an unknown time zone is refused with 406 by the fake. Required.
            end_date: `YYYY-MM-DD HH:MM`. Keitaro's document gives this format, e.g. `2017-09-10 20:10` (confirmed); an impossible date or an unknown time zone is refused with 406 by the fake. Required.
            campaign_id: Limit to one campaign.
            timezone: Time zone name, e.g. `Europe/Madrid`.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Success

        `POST /clicks/clean` (cleanClicks)."""
        prepared = prepare_clean_clicks(
            start_date=start_date,
            end_date=end_date,
            campaign_id=campaign_id,
            timezone=timezone,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[Success]", self._caller.call(prepared))

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
        """Read the click log.

        A read despite the POST: safe to repeat. Give `limit` or `range`.

        Args:
            range_: Period of a report or log: either `interval`, or `from` and `to`.
            limit: Rows per page. Give `limit` or `range`, or both.
            offset: Rows to skip.
            columns: Columns to return (see `ReportColumn`).
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

        `POST /clicks/log` (getClickLog)."""
        prepared = prepare_get_click_log(
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

    def update_costs(
        self,
        *,
        campaign_ids: Sequence[int],
        costs: Sequence[ClickCostPeriod | Mapping[str, Any]],
        timezone: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        only_campaign_uniques: OnlyCampaignUniques | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[Success]:
        """Set costs for several campaigns and periods.

        Schedules a background job and answers at once.

        Args:
            campaign_ids: Ids of the campaigns to update. Required.
            costs: Cost periods, a list (one object is refused). Required.
            timezone: Time zone name, e.g. `Europe/Madrid`.
            currency: ISO 4217 currency code.
            only_campaign_uniques: 1 to charge unique clicks only. One of: 0, 1.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Success

        `POST /clicks/update_costs` (updateClickCosts)."""
        prepared = prepare_update_click_costs(
            campaign_ids=campaign_ids,
            costs=costs,
            timezone=timezone,
            currency=currency,
            only_campaign_uniques=only_campaign_uniques,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[Success]", self._caller.call(prepared))


class RawClicksResource:
    """The click log, click costs and statistics cleaning. Each call returns the raw response; `.parse()` gives the model."""

    def __init__(self, caller: RawCaller) -> None:
        self._caller = caller

    def clean(
        self,
        *,
        start_date: str,
        end_date: str,
        campaign_id: int | Unset = UNSET,
        timezone: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Success]:
        """Erase click statistics of a period.

        Destructive; runs in the background.

        Args:
            start_date: `YYYY-MM-DD HH:MM`. Keitaro's document gives this format, e.g. `2017-09-10 20:10` (confirmed); an impossible date or an unknown time zone is refused with 406 by the fake. Required.
            end_date: `YYYY-MM-DD HH:MM`. Keitaro's document gives this format, e.g. `2017-09-10 20:10` (confirmed); an impossible date or an unknown time zone is refused with 406 by the fake. Required.
            campaign_id: Limit to one campaign.
            timezone: Time zone name, e.g. `Europe/Madrid`.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Success

        `POST /clicks/clean` (cleanClicks)."""
        prepared = prepare_clean_clicks(
            start_date=start_date,
            end_date=end_date,
            campaign_id=campaign_id,
            timezone=timezone,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[Success]", self._caller.call(prepared))

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
        """Read the click log.

        A read despite the POST: safe to repeat. Give `limit` or `range`.

        Args:
            range_: Period of a report or log: either `interval`, or `from` and `to`.
            limit: Rows per page. Give `limit` or `range`, or both.
            offset: Rows to skip.
            columns: Columns to return (see `ReportColumn`).
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

        `POST /clicks/log` (getClickLog)."""
        prepared = prepare_get_click_log(
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

    def update_costs(
        self,
        *,
        campaign_ids: Sequence[int],
        costs: Sequence[ClickCostPeriod | Mapping[str, Any]],
        timezone: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        only_campaign_uniques: OnlyCampaignUniques | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Success]:
        """Set costs for several campaigns and periods.

        Schedules a background job and answers at once.

        Args:
            campaign_ids: Ids of the campaigns to update. Required.
            costs: Cost periods, a list (one object is refused). Required.
            timezone: Time zone name, e.g. `Europe/Madrid`.
            currency: ISO 4217 currency code.
            only_campaign_uniques: 1 to charge unique clicks only. One of: 0, 1.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Success

        `POST /clicks/update_costs` (updateClickCosts)."""
        prepared = prepare_update_click_costs(
            campaign_ids=campaign_ids,
            costs=costs,
            timezone=timezone,
            currency=currency,
            only_campaign_uniques=only_campaign_uniques,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[Success]", self._caller.call(prepared))


class AsyncRawClicksResource:
    """The click log, click costs and statistics cleaning. Each call returns the raw response."""

    def __init__(self, caller: AsyncRawCaller) -> None:
        self._caller = caller

    async def clean(
        self,
        *,
        start_date: str,
        end_date: str,
        campaign_id: int | Unset = UNSET,
        timezone: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Success]:
        """Erase click statistics of a period.

        Destructive; runs in the background.

        Args:
            start_date: `YYYY-MM-DD HH:MM`. Keitaro's document gives this format, e.g. `2017-09-10 20:10` (confirmed); an impossible date or an unknown time zone is refused with 406 by the fake. Required.
            end_date: `YYYY-MM-DD HH:MM`. Keitaro's document gives this format, e.g. `2017-09-10 20:10` (confirmed); an impossible date or an unknown time zone is refused with 406 by the fake. Required.
            campaign_id: Limit to one campaign.
            timezone: Time zone name, e.g. `Europe/Madrid`.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Success

        `POST /clicks/clean` (cleanClicks)."""
        prepared = prepare_clean_clicks(
            start_date=start_date,
            end_date=end_date,
            campaign_id=campaign_id,
            timezone=timezone,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[Success]", await self._caller.call(prepared))

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
        """Read the click log.

        A read despite the POST: safe to repeat. Give `limit` or `range`.

        Args:
            range_: Period of a report or log: either `interval`, or `from` and `to`.
            limit: Rows per page. Give `limit` or `range`, or both.
            offset: Rows to skip.
            columns: Columns to return (see `ReportColumn`).
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

        `POST /clicks/log` (getClickLog)."""
        prepared = prepare_get_click_log(
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

    async def update_costs(
        self,
        *,
        campaign_ids: Sequence[int],
        costs: Sequence[ClickCostPeriod | Mapping[str, Any]],
        timezone: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        only_campaign_uniques: OnlyCampaignUniques | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Success]:
        """Set costs for several campaigns and periods.

        Schedules a background job and answers at once.

        Args:
            campaign_ids: Ids of the campaigns to update. Required.
            costs: Cost periods, a list (one object is refused). Required.
            timezone: Time zone name, e.g. `Europe/Madrid`.
            currency: ISO 4217 currency code.
            only_campaign_uniques: 1 to charge unique clicks only. One of: 0, 1.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Success

        `POST /clicks/update_costs` (updateClickCosts)."""
        prepared = prepare_update_click_costs(
            campaign_ids=campaign_ids,
            costs=costs,
            timezone=timezone,
            currency=currency,
            only_campaign_uniques=only_campaign_uniques,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[Success]", await self._caller.call(prepared))


class StreamingClicksResource:
    """The click log, click costs and statistics cleaning. Each call is a context manager over the unread answer."""

    def __init__(self, caller: StreamingCaller) -> None:
        self._caller = caller

    def clean(
        self,
        *,
        start_date: str,
        end_date: str,
        campaign_id: int | Unset = UNSET,
        timezone: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[Success]]:
        """Erase click statistics of a period.

        Destructive; runs in the background.

        Args:
            start_date: `YYYY-MM-DD HH:MM`. Keitaro's document gives this format, e.g. `2017-09-10 20:10` (confirmed); an impossible date or an unknown time zone is refused with 406 by the fake. Required.
            end_date: `YYYY-MM-DD HH:MM`. Keitaro's document gives this format, e.g. `2017-09-10 20:10` (confirmed); an impossible date or an unknown time zone is refused with 406 by the fake. Required.
            campaign_id: Limit to one campaign.
            timezone: Time zone name, e.g. `Europe/Madrid`.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Success

        `POST /clicks/clean` (cleanClicks)."""
        prepared = prepare_clean_clicks(
            start_date=start_date,
            end_date=end_date,
            campaign_id=campaign_id,
            timezone=timezone,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[Success]]", self._caller.call(prepared))

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
        """Read the click log.

        A read despite the POST: safe to repeat. Give `limit` or `range`.

        Args:
            range_: Period of a report or log: either `interval`, or `from` and `to`.
            limit: Rows per page. Give `limit` or `range`, or both.
            offset: Rows to skip.
            columns: Columns to return (see `ReportColumn`).
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

        `POST /clicks/log` (getClickLog)."""
        prepared = prepare_get_click_log(
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

    def update_costs(
        self,
        *,
        campaign_ids: Sequence[int],
        costs: Sequence[ClickCostPeriod | Mapping[str, Any]],
        timezone: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        only_campaign_uniques: OnlyCampaignUniques | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[Success]]:
        """Set costs for several campaigns and periods.

        Schedules a background job and answers at once.

        Args:
            campaign_ids: Ids of the campaigns to update. Required.
            costs: Cost periods, a list (one object is refused). Required.
            timezone: Time zone name, e.g. `Europe/Madrid`.
            currency: ISO 4217 currency code.
            only_campaign_uniques: 1 to charge unique clicks only. One of: 0, 1.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Success

        `POST /clicks/update_costs` (updateClickCosts)."""
        prepared = prepare_update_click_costs(
            campaign_ids=campaign_ids,
            costs=costs,
            timezone=timezone,
            currency=currency,
            only_campaign_uniques=only_campaign_uniques,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[Success]]", self._caller.call(prepared))


class AsyncStreamingClicksResource:
    """The click log, click costs and statistics cleaning. Each call is an async context manager over the unread answer."""

    def __init__(self, caller: AsyncStreamingCaller) -> None:
        self._caller = caller

    def clean(
        self,
        *,
        start_date: str,
        end_date: str,
        campaign_id: int | Unset = UNSET,
        timezone: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[Success]]:
        """Erase click statistics of a period.

        Destructive; runs in the background.

        Args:
            start_date: `YYYY-MM-DD HH:MM`. Keitaro's document gives this format, e.g. `2017-09-10 20:10` (confirmed); an impossible date or an unknown time zone is refused with 406 by the fake. Required.
            end_date: `YYYY-MM-DD HH:MM`. Keitaro's document gives this format, e.g. `2017-09-10 20:10` (confirmed); an impossible date or an unknown time zone is refused with 406 by the fake. Required.
            campaign_id: Limit to one campaign.
            timezone: Time zone name, e.g. `Europe/Madrid`.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Success

        `POST /clicks/clean` (cleanClicks)."""
        prepared = prepare_clean_clicks(
            start_date=start_date,
            end_date=end_date,
            campaign_id=campaign_id,
            timezone=timezone,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractAsyncContextManager[AsyncStreamedResponse[Success]]", self._caller.call(prepared))

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
        """Read the click log.

        A read despite the POST: safe to repeat. Give `limit` or `range`.

        Args:
            range_: Period of a report or log: either `interval`, or `from` and `to`.
            limit: Rows per page. Give `limit` or `range`, or both.
            offset: Rows to skip.
            columns: Columns to return (see `ReportColumn`).
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

        `POST /clicks/log` (getClickLog)."""
        prepared = prepare_get_click_log(
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

    def update_costs(
        self,
        *,
        campaign_ids: Sequence[int],
        costs: Sequence[ClickCostPeriod | Mapping[str, Any]],
        timezone: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        only_campaign_uniques: OnlyCampaignUniques | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[Success]]:
        """Set costs for several campaigns and periods.

        Schedules a background job and answers at once.

        Args:
            campaign_ids: Ids of the campaigns to update. Required.
            costs: Cost periods, a list (one object is refused). Required.
            timezone: Time zone name, e.g. `Europe/Madrid`.
            currency: ISO 4217 currency code.
            only_campaign_uniques: 1 to charge unique clicks only. One of: 0, 1.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            Success

        `POST /clicks/update_costs` (updateClickCosts)."""
        prepared = prepare_update_click_costs(
            campaign_ids=campaign_ids,
            costs=costs,
            timezone=timezone,
            currency=currency,
            only_campaign_uniques=only_campaign_uniques,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractAsyncContextManager[AsyncStreamedResponse[Success]]", self._caller.call(prepared))

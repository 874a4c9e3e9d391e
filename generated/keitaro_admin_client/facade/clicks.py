"""The click log, click costs and statistics cleaning.

Generated from openapi/keitaro.yaml by scripts/gen_facade.py; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from ..types import UNSET, Unset
from . import operations as _ops
from ._protocols import AsyncCaller, BatchCaller, BatchHandle, PreparedCall, SyncCaller, build_body

if TYPE_CHECKING:
    from ..models.click_cost_period import ClickCostPeriod
    from ..models.report import Report
    from ..models.report_filter import ReportFilter
    from ..models.report_range import ReportRange
    from ..models.report_sort import ReportSort
    from ..models.success import Success
    from .types import OnlyCampaignUniques

__all__ = (
    "AsyncClicksResource",
    "BatchClicksResource",
    "ClicksResource",
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
) -> PreparedCall:
    """The request of `clean` (`POST /clicks/clean`), ready for any caller."""
    from ..api.clicks import clean_clicks as endpoint
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
    request = endpoint._get_kwargs(body=body)
    return PreparedCall(_ops.CLEAN_CLICKS, request, endpoint._parse_response)


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
) -> PreparedCall:
    """The request of `log` (`POST /clicks/log`), ready for any caller."""
    from ..api.clicks import get_click_log as endpoint
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
    request = endpoint._get_kwargs(body=body)
    return PreparedCall(_ops.GET_CLICK_LOG, request, endpoint._parse_response)


def prepare_update_click_costs(
    *,
    campaign_ids: Sequence[int],
    costs: Sequence[ClickCostPeriod | Mapping[str, Any]],
    timezone: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    only_campaign_uniques: OnlyCampaignUniques | Unset = UNSET,
    extra_body: Mapping[str, Any] | None = None,
    allow_unknown: bool = False,
) -> PreparedCall:
    """The request of `update_costs` (`POST /clicks/update_costs`), ready for any caller."""
    from ..api.clicks import update_click_costs as endpoint
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
    request = endpoint._get_kwargs(body=body)
    return PreparedCall(_ops.UPDATE_CLICK_COSTS, request, endpoint._parse_response)


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
        )
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
        )
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
        )
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
        )
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
        )
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
        )
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
        )
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
        )
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
        )
        return cast("BatchHandle[Success]", self._caller.call(prepared))

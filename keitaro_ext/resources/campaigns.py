"""`kt.campaigns`: the generated calls plus `iter` over the paged list, `get_many` and typed costs."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Unpack, cast

import httpx
from keitaro_admin_client.facade import PreparedCall, RequestOptions
from keitaro_admin_client.facade.campaigns import (
    AsyncCampaignsResource,
    CampaignsResource,
    prepare_list_campaigns,
    prepare_update_campaign_costs,
)
from keitaro_admin_client.models import Campaign
from keitaro_admin_client.types import UNSET, Unset

from ..costs import Amount, CampaignCostOptions, Moment, campaign_cost_call, update_costs_arguments
from ..pagination import Page
from ._twins import AsyncFlavour, Batched, Pages, Plan, Send, SyncFlavour, nothing, paged, twin
from .bulk import BatchKeywords, Bulk, collect, unique_ids

__all__ = ["AsyncCampaigns", "Campaigns"]


class _Campaigns(Bulk):
    """The handwritten methods of `kt.campaigns`, written once for `Campaigns` and `AsyncCampaigns`."""

    @paged
    def iter(self, *, page_size: int = 500, max_items: int | None = None) -> Pages[Campaign]:
        """Every active and disabled campaign, fetched page by page as you iterate (`async for` on AsyncKeitaro).

        Trackers without paging on `GET /campaigns` send the whole list in the first answer;
        that is detected and nothing is fetched twice.
        """

        def request(offset: int, limit: int) -> PreparedCall:
            return prepare_list_campaigns(offset=offset, limit=limit)

        return Pages(request, Page, {"page_size": page_size, "max_items": max_items})

    @twin
    def get_many(
        self, ids: Iterable[int], *, skip_missing: bool = False, **batch: Unpack[BatchKeywords]
    ) -> Plan[dict[int, Campaign]]:
        """The campaigns with these ids, as `{id: campaign}` in the order given (repeats fetched once).

        Raises `BatchError` when any fetch failed; its `.results` still holds every campaign fetched.
        `skip_missing=True` leaves out ids the tracker reports as not found instead. `mode`,
        `concurrency` and `chunk_size` are those of `kt.batch`.
        """
        keys = unique_ids(ids, "campaign")

        def record(recorder: Any) -> None:
            for key in keys:
                recorder.campaigns.get(key)

        def found(outcomes: Any) -> dict[int, Campaign]:
            return cast("dict[int, Campaign]", collect(keys, outcomes, skip_missing=skip_missing))

        return Plan(Batched(record, batch), found)

    @twin
    def update_costs(
        self,
        id: int,
        *,
        start_date: Moment,
        end_date: Moment,
        timezone: str,
        cost: Amount,
        currency: str,
        only_campaign_uniques: bool | Unset = UNSET,
        filters: Any = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Plan[None]:
        """Set the cost of a campaign for a period (a background job on the tracker).

        Args:
            id: The campaign.
            start_date: Start of the period in `timezone`: a datetime, a date (its first minute) or a
                string; sent as `YYYY-MM-DD HH:MM`, the only format the tracker takes.
            end_date: End of the period, likewise (a bare date means its last minute).
            timezone: Time zone of both dates, e.g. `Europe/Madrid`.
            cost: Total cost of the period: a number, Decimal or decimal string (sent without float noise).
            currency: ISO 4217 code such as `USD`.
            only_campaign_uniques: Spread the cost over campaign-unique clicks only.
            filters: Narrow to clicks with these parameter values (keyword, source, sub_id_N, ...).
            extra_body: More JSON fields, sent as given.
            allow_unknown: Send extra_body keys that look like typos of known fields anyway.
            extra_query: More query parameters. extra_headers: More headers.
            timeout: The call's deadline in seconds. max_retries: Retries for this call.

        `POST /campaigns/{id}/update_costs` (updateCampaignCosts).
        """
        fields = update_costs_arguments(start_date, end_date, timezone, cost, currency, only_campaign_uniques, filters)
        prepared = prepare_update_campaign_costs(
            id, **fields, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        return Plan(Send(prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))), nothing)

    @twin
    def set_cost(
        self, campaign_id: int, start: Moment, end: Moment, cost: Amount, **options: Unpack[CampaignCostOptions]
    ) -> Plan[None]:
        """Spread `cost` over the campaign's clicks between `start` and `end` (a background job)."""
        return Plan(Send(campaign_cost_call(campaign_id, start, end, cost, **options)), nothing)


class Campaigns(_Campaigns, SyncFlavour, CampaignsResource):
    pass


class AsyncCampaigns(_Campaigns, AsyncFlavour, AsyncCampaignsResource):
    pass

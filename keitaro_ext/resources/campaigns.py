"""`kt.campaigns`: the generated calls plus `iter` over the paged list, `get_many` and typed `set_cost`."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any, Unpack, cast

from keitaro_admin_client.facade import AsyncCaller, SyncCaller
from keitaro_admin_client.facade.campaigns import AsyncCampaignsResource, CampaignsResource
from keitaro_admin_client.models import Campaign

from ..batch.factory import AsyncBatchFactory, BatchFactory
from ..costs import Amount, CampaignCostOptions, Moment, campaign_cost_call
from ..pagination import Page, aiter_pages, iter_pages
from .bulk import BatchKeywords, collect, unique_ids

__all__ = ["AsyncCampaigns", "Campaigns"]


class Campaigns(CampaignsResource):
    def __init__(self, caller: SyncCaller, batches: BatchFactory) -> None:
        super().__init__(caller)
        self._batches = batches

    def iter(self, *, page_size: int = 500, max_items: int | None = None) -> Iterator[Campaign]:
        """Every active and disabled campaign, fetched page by page as you iterate.

        Trackers without paging on `GET /campaigns` send the whole list in the first answer;
        that is detected and nothing is fetched twice.
        """
        return iter_pages(
            lambda offset, limit: Page(self.list(offset=offset, limit=limit)), page_size=page_size, max_items=max_items
        )

    def get_many(
        self, ids: Iterable[int], *, skip_missing: bool = False, **batch: Unpack[BatchKeywords]
    ) -> dict[int, Campaign]:
        """The campaigns with these ids, as `{id: campaign}` in the order given (repeats fetched once).

        Raises `BatchError` when any fetch failed; its `.results` still holds every campaign fetched.
        `skip_missing=True` leaves out ids the tracker reports as not found instead. `mode`,
        `concurrency` and `chunk_size` are those of `kt.batch`.
        """
        keys = unique_ids(ids, "campaign")
        with self._batches(**batch) as recorder:
            for key in keys:
                recorder.campaigns.get(key)
        return _found(keys, recorder.results(), skip_missing)

    def set_cost(
        self, campaign_id: int, start: Moment, end: Moment, cost: Amount, **options: Unpack[CampaignCostOptions]
    ) -> None:
        """Spread `cost` over the campaign's clicks between `start` and `end` (a background job)."""
        self._caller.call(campaign_cost_call(campaign_id, start, end, cost, **options))


class AsyncCampaigns(AsyncCampaignsResource):
    def __init__(self, caller: AsyncCaller, batches: AsyncBatchFactory) -> None:
        super().__init__(caller)
        self._batches = batches

    def iter(self, *, page_size: int = 500, max_items: int | None = None) -> AsyncIterator[Campaign]:
        """Every active and disabled campaign, fetched page by page as you iterate (`async for`)."""

        async def fetch(offset: int, limit: int) -> Page[Campaign]:
            return Page(await self.list(offset=offset, limit=limit))

        return aiter_pages(fetch, page_size=page_size, max_items=max_items)

    async def get_many(
        self, ids: Iterable[int], *, skip_missing: bool = False, **batch: Unpack[BatchKeywords]
    ) -> dict[int, Campaign]:
        """The campaigns with these ids, as `{id: campaign}` in the order given; see `Campaigns.get_many`."""
        keys = unique_ids(ids, "campaign")
        async with self._batches(**batch) as recorder:
            for key in keys:
                recorder.campaigns.get(key)
        return _found(keys, recorder.results(), skip_missing)

    async def set_cost(
        self, campaign_id: int, start: Moment, end: Moment, cost: Amount, **options: Unpack[CampaignCostOptions]
    ) -> None:
        """Spread `cost` over the campaign's clicks between `start` and `end` (a background job)."""
        await self._caller.call(campaign_cost_call(campaign_id, start, end, cost, **options))


def _found(keys: list[int], outcomes: Any, skip_missing: bool) -> dict[int, Campaign]:
    return cast("dict[int, Campaign]", collect(keys, outcomes, skip_missing=skip_missing))

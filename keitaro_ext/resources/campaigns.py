"""Campaigns, plus lazy iteration over the paged list and typed cost updates."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from keitaro_admin_client.facade.campaigns import AsyncCampaignsResource, CampaignsResource
from keitaro_admin_client.models import Campaign

from ..costs import AsyncCampaignCostMethods, CampaignCostMethods
from ..pagination import Page, aiter_pages, iter_pages
from .campaign_bulk import AsyncCampaignBulkMethods, CampaignBulkMethods

__all__ = ["AsyncCampaigns", "Campaigns"]


class Campaigns(CampaignCostMethods, CampaignBulkMethods, CampaignsResource):
    def iter(self, *, page_size: int = 500, max_items: int | None = None) -> Iterator[Campaign]:
        """Every active and disabled campaign, fetched page by page as you iterate.

        Trackers without paging on `GET /campaigns` send the whole list in the first answer;
        that is detected and nothing is fetched twice.
        """
        return iter_pages(
            lambda offset, limit: Page(self.list(offset=offset, limit=limit)), page_size=page_size, max_items=max_items
        )


class AsyncCampaigns(AsyncCampaignCostMethods, AsyncCampaignBulkMethods, AsyncCampaignsResource):
    def iter(self, *, page_size: int = 500, max_items: int | None = None) -> AsyncIterator[Campaign]:
        """Every active and disabled campaign, fetched page by page as you iterate (`async for`)."""

        async def fetch(offset: int, limit: int) -> Page[Campaign]:
            return Page(await self.list(offset=offset, limit=limit))

        return aiter_pages(fetch, page_size=page_size, max_items=max_items)

"""`kt.campaigns.get_many`: fetch many campaigns by id in one batch."""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from keitaro_admin_client.facade import AsyncCaller, SyncCaller
from keitaro_admin_client.facade.campaigns import AsyncCampaignsResource, CampaignsResource
from keitaro_admin_client.models import Campaign

from ..batch import DEFAULT_CHUNK_SIZE, DEFAULT_CONCURRENCY, BatchMode
from ..batch.factory import AsyncBatchFactory, BatchFactory
from .bulk import collect, unique_ids

__all__ = ["AsyncCampaignBulkMethods", "CampaignBulkMethods"]


class CampaignBulkMethods(CampaignsResource):
    def __init__(self, caller: SyncCaller, batches: BatchFactory) -> None:
        super().__init__(caller)
        self._batches = batches

    def get_many(
        self,
        ids: Iterable[int],
        *,
        skip_missing: bool = False,
        mode: BatchMode = "concurrent",
        concurrency: int = DEFAULT_CONCURRENCY,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
    ) -> dict[int, Campaign]:
        """The campaigns with these ids, as `{id: campaign}` in the order given (repeats fetched once).

        Raises `BatchError` when any fetch failed; its `.results` still holds every campaign fetched.
        `skip_missing=True` leaves out ids the tracker reports as not found instead.
        """
        keys = unique_ids(ids, "campaign")
        with self._batches(mode, concurrency=concurrency, chunk_size=chunk_size) as batch:
            for key in keys:
                batch.campaigns.get(key)
        return cast("dict[int, Campaign]", collect(keys, batch.results(), skip_missing=skip_missing))


class AsyncCampaignBulkMethods(AsyncCampaignsResource):
    def __init__(self, caller: AsyncCaller, batches: AsyncBatchFactory) -> None:
        super().__init__(caller)
        self._batches = batches

    async def get_many(
        self,
        ids: Iterable[int],
        *,
        skip_missing: bool = False,
        mode: BatchMode = "concurrent",
        concurrency: int = DEFAULT_CONCURRENCY,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
    ) -> dict[int, Campaign]:
        """The campaigns with these ids, as `{id: campaign}` in the order given; see `Campaigns.get_many`."""
        keys = unique_ids(ids, "campaign")
        async with self._batches(mode, concurrency=concurrency, chunk_size=chunk_size) as batch:
            for key in keys:
                batch.campaigns.get(key)
        return cast("dict[int, Campaign]", collect(keys, batch.results(), skip_missing=skip_missing))

"""Flows (streams), plus changing many of them in one batch."""

from __future__ import annotations

import inspect
from collections.abc import Iterable, Mapping
from typing import Any, cast

from keitaro_admin_client.facade import AsyncCaller, SyncCaller
from keitaro_admin_client.facade.streams import AsyncStreamsResource, BatchStreamsResource, StreamsResource
from keitaro_admin_client.models import Stream

from ..batch import DEFAULT_CHUNK_SIZE, DEFAULT_CONCURRENCY, BatchMode
from ..batch.factory import AsyncBatchFactory, BatchFactory
from .bulk import changes_by_id, collect

__all__ = ["UPDATE_FIELDS", "AsyncStreams", "Streams"]

# The fields `update` takes, read from the generated method so a spec change needs no edit here.
UPDATE_FIELDS = frozenset(inspect.signature(BatchStreamsResource.update).parameters) - {"self", "id"}


class Streams(StreamsResource):
    def __init__(self, caller: SyncCaller, batches: BatchFactory) -> None:
        super().__init__(caller)
        self._batches = batches

    def update_many(
        self,
        changes: Mapping[int, Mapping[str, Any]] | Iterable[int],
        /,
        *,
        mode: BatchMode = "concurrent",
        concurrency: int = DEFAULT_CONCURRENCY,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        **fields: Any,
    ) -> dict[int, Stream]:
        """Change many flows at once; returns `{id: updated flow}` in the order given.

            kt.streams.update_many([11, 12, 13], state="disabled")          # one change for all
            kt.streams.update_many({11: {"weight": 30}, 12: {"weight": 70}})  # a change per flow

        Keyword fields apply to every flow; a per-flow mapping overrides them. Field names are those
        of `kt.streams.update` (`type` is accepted for `type_`); a wrong name or value fails before
        anything is sent. Raises `BatchError` when any update failed; its `.results` holds the others.
        """
        plan = changes_by_id(changes, fields, UPDATE_FIELDS, "flow")
        with self._batches(mode, concurrency=concurrency, chunk_size=chunk_size) as batch:
            for stream_id, arguments in plan:
                batch.streams.update(stream_id, **arguments)
        return cast("dict[int, Stream]", collect([stream_id for stream_id, _ in plan], batch.results()))


class AsyncStreams(AsyncStreamsResource):
    def __init__(self, caller: AsyncCaller, batches: AsyncBatchFactory) -> None:
        super().__init__(caller)
        self._batches = batches

    async def update_many(
        self,
        changes: Mapping[int, Mapping[str, Any]] | Iterable[int],
        /,
        *,
        mode: BatchMode = "concurrent",
        concurrency: int = DEFAULT_CONCURRENCY,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        **fields: Any,
    ) -> dict[int, Stream]:
        """Change many flows at once; returns `{id: updated flow}`; see `Streams.update_many`."""
        plan = changes_by_id(changes, fields, UPDATE_FIELDS, "flow")
        async with self._batches(mode, concurrency=concurrency, chunk_size=chunk_size) as batch:
            for stream_id, arguments in plan:
                batch.streams.update(stream_id, **arguments)
        return cast("dict[int, Stream]", collect([stream_id for stream_id, _ in plan], batch.results()))

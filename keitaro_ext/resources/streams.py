"""Flows (streams), plus changing many of them in one batch."""

from __future__ import annotations

import inspect
from collections.abc import Iterable, Mapping
from typing import Any, cast

from keitaro_admin_client.facade.streams import AsyncStreamsResource, BatchStreamsResource, StreamsResource
from keitaro_admin_client.models import Stream

from ..batch import DEFAULT_CHUNK_SIZE, DEFAULT_CONCURRENCY, BatchMode
from ._twins import AsyncFlavour, Batched, Plan, SyncFlavour, twin
from .bulk import Bulk, changes_by_id, collect

__all__ = ["UPDATE_FIELDS", "AsyncStreams", "Streams"]

# The fields `update` takes, read from the generated method so a spec change needs no edit here.
UPDATE_FIELDS = frozenset(inspect.signature(BatchStreamsResource.update).parameters) - {"self", "id"}


class _Streams(Bulk):
    """The handwritten methods of `kt.streams`, written once for `Streams` and `AsyncStreams`."""

    @twin
    def update_many(
        self,
        changes: Mapping[int, Mapping[str, Any]] | Iterable[int],
        /,
        *,
        mode: BatchMode = "concurrent",
        concurrency: int = DEFAULT_CONCURRENCY,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        **fields: Any,
    ) -> Plan[dict[int, Stream]]:
        """Change many flows at once; returns `{id: updated flow}` in the order given.

            kt.streams.update_many([11, 12, 13], state="disabled")          # one change for all
            kt.streams.update_many({11: {"weight": 30}, 12: {"weight": 70}})  # a change per flow

        Keyword fields apply to every flow; a per-flow mapping overrides them. Field names are those
        of `kt.streams.update` (`type` is accepted for `type_`); a wrong name or value fails before
        anything is sent. Raises `BatchError` when any update failed; its `.results` holds the others.
        """
        plan = changes_by_id(changes, fields, UPDATE_FIELDS, "flow")

        def record(batch: Any) -> None:
            for stream_id, arguments in plan:
                batch.streams.update(stream_id, **arguments)

        def updated(outcomes: Any) -> dict[int, Stream]:
            return cast("dict[int, Stream]", collect([stream_id for stream_id, _ in plan], outcomes))

        options = {"mode": mode, "concurrency": concurrency, "chunk_size": chunk_size}
        return Plan(Batched(record, options), updated)


class Streams(_Streams, SyncFlavour, StreamsResource):
    pass


class AsyncStreams(_Streams, AsyncFlavour, AsyncStreamsResource):
    pass

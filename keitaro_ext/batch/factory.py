"""The shape of `kt.batch` / `akt.batch`, so resource namespaces can start batches of their own client."""

from __future__ import annotations

from typing import Protocol

from .aio import AsyncBatch
from .options import BatchMode
from .sync import Batch

__all__ = ["AsyncBatchFactory", "BatchFactory"]


class BatchFactory(Protocol):
    def __call__(self, mode: BatchMode = ..., *, concurrency: int = ..., chunk_size: int = ...) -> Batch: ...


class AsyncBatchFactory(Protocol):
    def __call__(self, mode: BatchMode = ..., *, concurrency: int = ..., chunk_size: int = ...) -> AsyncBatch: ...

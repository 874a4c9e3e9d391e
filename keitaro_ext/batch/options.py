"""How a batch runs: the mode, how many requests may be in flight, how many calls go in one entrypoint request."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

from ..errors import ConfigurationError

__all__ = ["DEFAULT_CHUNK_SIZE", "DEFAULT_CONCURRENCY", "MAX_CONCURRENCY", "BatchMode", "BatchOptions"]

BatchMode = Literal["concurrent", "entrypoint"]
DEFAULT_CONCURRENCY = 10
# The pooled httpx client keeps at most 100 connections: more workers would only queue for one.
MAX_CONCURRENCY = 100
DEFAULT_CHUNK_SIZE = 100


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


@dataclass(frozen=True)
class BatchOptions:
    """Validated batch settings; bad values fail here, before anything is recorded or sent."""

    mode: BatchMode = "concurrent"
    concurrency: int = DEFAULT_CONCURRENCY
    chunk_size: int = DEFAULT_CHUNK_SIZE

    def __post_init__(self) -> None:
        if self.mode not in get_args(BatchMode):
            raise ConfigurationError(
                f"batch mode must be 'concurrent' (parallel requests, works with every tracker) or 'entrypoint' "
                f"(experimental ?batch requests), got {self.mode!r}."
            )
        if not _whole(self.concurrency) or not 1 <= self.concurrency <= MAX_CONCURRENCY:
            raise ConfigurationError(
                f"concurrency must be a whole number from 1 to {MAX_CONCURRENCY} (requests in flight at once), "
                f"got {self.concurrency!r}."
            )
        if not _whole(self.chunk_size) or self.chunk_size < 1:
            raise ConfigurationError(
                f"chunk_size must be a whole number >= 1 (calls per entrypoint request), got {self.chunk_size!r}."
            )

"""Batching: many calls in few round trips, each with its own result or its own typed error.

    with kt.batch() as batch:                       # async: `async with akt.batch() as batch:`
        a = batch.campaigns.update(7, name="Summer")
        b = batch.campaigns.get(999)
    a.result()        # the Campaign, as kt.campaigns.update would return it
    b.result()        # raises NotFoundError, as kt.campaigns.get(999) would
    batch.results()   # every Outcome, in call order

Calls are recorded, not sent, inside the block; leaving it sends them. If the block raises, nothing is
sent and every handle raises `BatchNotRunError`. One call's failure never hides or loses another's
outcome. Calls in one batch should not depend on each other: their execution order is not defined.

Modes:
- `concurrent` (default, works with every tracker): each call is its own request over the client's
  pool, at most `concurrency` at once, with the client's usual retries (a create, clone or schedule
  is never repeated once it may have reached the tracker).
- `entrypoint` (experimental): calls go in chunks of `chunk_size` to Keitaro's undocumented
  `?batch` entrypoint, one POST per chunk (`wire` has the format; it is not in openapi/keitaro.yaml
  because Keitaro does not document it). When the tracker does not answer with per-item results,
  the batch falls back to `concurrent` under the rules in `plan`: nothing unsafe to repeat is ever
  sent twice; such a call whose chunk got an unclear answer raises `OutcomeUnknownError`. The first
  fallback is logged as a warning on the `keitaro_ext.batch` logger, once per client. A chunk
  request is retried by the transport only when every call in it is safe to repeat; a per-item error
  inside a results array is final (not retried).
"""

from typing import TYPE_CHECKING

from .._lazy import lazy_attributes

if TYPE_CHECKING:
    from .aio import AsyncBatch
    from .errors import BatchError, BatchNotRunError, BatchStateError, OutcomeUnknownError
    from .options import DEFAULT_CHUNK_SIZE, DEFAULT_CONCURRENCY, MAX_CONCURRENCY, BatchMode, BatchOptions
    from .outcome import Handle, Outcome
    from .sync import Batch

# Loaded on first use, so that creating a client does not import thread pools and asyncio.
__getattr__ = lazy_attributes(
    __name__,
    {
        ".aio": ("AsyncBatch",),
        ".sync": ("Batch",),
        ".errors": ("BatchError", "BatchNotRunError", "BatchStateError", "OutcomeUnknownError"),
        ".options": ("DEFAULT_CHUNK_SIZE", "DEFAULT_CONCURRENCY", "MAX_CONCURRENCY", "BatchMode", "BatchOptions"),
        ".outcome": ("Handle", "Outcome"),
    },
)

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "DEFAULT_CONCURRENCY",
    "MAX_CONCURRENCY",
    "AsyncBatch",
    "Batch",
    "BatchError",
    "BatchMode",
    "BatchNotRunError",
    "BatchOptions",
    "BatchStateError",
    "Handle",
    "Outcome",
    "OutcomeUnknownError",
]

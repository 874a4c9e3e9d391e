"""`kt.sync(...)` / `await akt.sync(...)` and `kt.sync_verify(...)`: the client methods of the lake sync.

Both clients take the same arguments and run the same plan (`engine.sync_plan`,
`verify.verify_plan`); only the driver differs. pyarrow is imported when a sync runs, not
when the client is created.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict, Unpack

import httpx
from keitaro_admin_client.facade import AsyncCaller, SyncCaller

if TYPE_CHECKING:
    from .._caller import CallOptions
    from ..config import Settings
    from ..reports.query import Dialect
    from ..retry import RetryPolicy
    from .engine import SyncRequest
    from .steps import Plan
    from .summary import SyncProgressCallback, SyncSummary
    from .verify import VerifyResult

__all__ = ["AsyncSyncMethods", "SyncMethods"]


def _default_tracker(base_url: str) -> str:
    return httpx.URL(base_url).host or "tracker"


class _SyncRequestMixin:
    _settings: Settings
    _options: CallOptions
    _report_dialect: Dialect
    _retry_policy: RetryPolicy

    def _sync_request(self, directory: str | Path, options: SyncOptions) -> SyncRequest:
        from .._kwargs import checked
        from .engine import SyncRequest
        from .schema import require_pyarrow

        checked(options, SyncOptions, "sync")
        require_pyarrow()
        base_url = self._settings.base_url
        return SyncRequest.build(
            directory,
            options,
            tracker=options.get("tracker") or _default_tracker(base_url),
            base_url=base_url,
            retries=self._options.max_retries,
            policy=self._retry_policy,
        )

    def _verify_plan(self, directory: str | Path, tracker: str | None) -> Plan[VerifyResult]:
        from .schema import require_pyarrow
        from .verify import verify_plan

        require_pyarrow()
        return verify_plan(directory, tracker or _default_tracker(self._settings.base_url), self._report_dialect)


class SyncOptions(TypedDict, total=False):
    """The keywords of `kt.sync` / `akt.sync`; the defaults are `SyncRequest.build`'s."""

    tables: Sequence[str]  # ("clicks", "conversions")
    since: date | str | None
    until: date | str | None
    days: int | None  # 7 when neither since nor days is given
    columns: Sequence[str] | dict[str, Sequence[str]] | None
    timezone: str | None
    lookback_days: int  # 3
    tracker: str | None  # the lake folder, the host unless given
    page_size: int  # 10_000
    allow_unknown: bool
    full: bool
    progress: SyncProgressCallback | None
    now: datetime | None


class SyncMethods(_SyncRequestMixin):
    _caller: SyncCaller

    def sync(self, directory: str | Path, **options: Unpack[SyncOptions]) -> SyncSummary:
        """Copy the click and conversion logs into `directory` as day-partitioned Parquet, incrementally.

        Fetches the days from `since` (or the last `days`, default 7) to `until` (default today)
        that are missing or not yet settled (fetched less than `lookback_days` after their end);
        `full=True` fetches them all again. `tracker` names the lake folder (default: the host).
        See the README section "Click and conversion lake" for the layout and the schema.
        """
        from .engine import sync_plan
        from .steps import drive

        return drive(sync_plan(self._sync_request(directory, options)), self._caller)

    def sync_verify(self, directory: str | Path, *, tracker: str | None = None) -> VerifyResult:
        """Compare each synced day's rows and sums with the tracker's report; `.differences` lists mismatches."""
        from .steps import drive

        return drive(self._verify_plan(directory, tracker), self._caller)


class AsyncSyncMethods(_SyncRequestMixin):
    _caller: AsyncCaller

    async def sync(self, directory: str | Path, **options: Unpack[SyncOptions]) -> SyncSummary:
        """The async twin of `Keitaro.sync` (file writes happen on the event loop's thread)."""
        from .engine import sync_plan
        from .steps import adrive

        return await adrive(sync_plan(self._sync_request(directory, options)), self._caller)

    async def sync_verify(self, directory: str | Path, *, tracker: str | None = None) -> VerifyResult:
        """The async twin of `Keitaro.sync_verify`."""
        from .steps import adrive

        return await adrive(self._verify_plan(directory, tracker), self._caller)

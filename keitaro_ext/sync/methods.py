"""`kt.sync(...)` / `await akt.sync(...)` and `kt.sync_verify(...)`: the client methods of the lake sync.

Both clients take the same arguments and run the same plan (`engine.sync_plan`,
`verify.verify_plan`); only the driver differs. pyarrow is imported when a sync runs, not
when the client is created.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
from keitaro_admin_client.facade import AsyncCaller, SyncCaller

if TYPE_CHECKING:
    from .._caller import CallOptions
    from ..config import Settings
    from ..reports.query import Dialect
    from ..retry import RetryPolicy
    from .engine import SyncRequest
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

    def _sync_request(self, directory: str | Path, tracker: str | None, **options: Any) -> SyncRequest:
        from .engine import SyncRequest
        from .schema import require_pyarrow

        require_pyarrow()
        base_url = self._settings.base_url
        return SyncRequest.build(
            directory,
            tracker=tracker or _default_tracker(base_url),
            base_url=base_url,
            retries=self._options.max_retries,
            policy=self._retry_policy,
            **options,
        )

    def _verify_tracker(self, tracker: str | None) -> str:
        from .schema import require_pyarrow

        require_pyarrow()
        return tracker or _default_tracker(self._settings.base_url)


class SyncMethods(_SyncRequestMixin):
    _caller: SyncCaller

    def sync(
        self,
        directory: str | Path,
        *,
        tables: Sequence[str] = ("clicks", "conversions"),
        since: date | str | None = None,
        until: date | str | None = None,
        days: int | None = None,
        columns: Sequence[str] | dict[str, Sequence[str]] | None = None,
        timezone: str | None = None,
        lookback_days: int = 3,
        tracker: str | None = None,
        page_size: int = 10_000,
        allow_unknown: bool = False,
        full: bool = False,
        progress: SyncProgressCallback | None = None,
        now: datetime | None = None,
    ) -> SyncSummary:
        """Copy the click and conversion logs into `directory` as day-partitioned Parquet, incrementally.

        Fetches the days from `since` (or the last `days`, default 7) to `until` (default today)
        that are missing or not yet settled (fetched less than `lookback_days` after their end);
        `full=True` fetches them all again. `tracker` names the lake folder (default: the host).
        See the README section "Click and conversion lake" for the layout and the schema.
        """
        from .engine import sync_plan
        from .steps import drive

        request = self._sync_request(
            directory,
            tracker,
            tables=tables,
            since=since,
            until=until,
            days=days,
            columns=columns,
            timezone=timezone,
            lookback_days=lookback_days,
            page_size=page_size,
            allow_unknown=allow_unknown,
            full=full,
            progress=progress,
            now=now,
        )
        return drive(sync_plan(request), self._caller)

    def sync_verify(self, directory: str | Path, *, tracker: str | None = None) -> VerifyResult:
        """Compare each synced day's rows and sums with the tracker's report; `.differences` lists mismatches."""
        from .steps import drive
        from .verify import verify_plan

        return drive(verify_plan(directory, self._verify_tracker(tracker), self._report_dialect), self._caller)


class AsyncSyncMethods(_SyncRequestMixin):
    _caller: AsyncCaller

    async def sync(
        self,
        directory: str | Path,
        *,
        tables: Sequence[str] = ("clicks", "conversions"),
        since: date | str | None = None,
        until: date | str | None = None,
        days: int | None = None,
        columns: Sequence[str] | dict[str, Sequence[str]] | None = None,
        timezone: str | None = None,
        lookback_days: int = 3,
        tracker: str | None = None,
        page_size: int = 10_000,
        allow_unknown: bool = False,
        full: bool = False,
        progress: SyncProgressCallback | None = None,
        now: datetime | None = None,
    ) -> SyncSummary:
        """The async twin of `Keitaro.sync` (file writes happen on the event loop's thread)."""
        from .engine import sync_plan
        from .steps import adrive

        request = self._sync_request(
            directory,
            tracker,
            tables=tables,
            since=since,
            until=until,
            days=days,
            columns=columns,
            timezone=timezone,
            lookback_days=lookback_days,
            page_size=page_size,
            allow_unknown=allow_unknown,
            full=full,
            progress=progress,
            now=now,
        )
        return await adrive(sync_plan(request), self._caller)

    async def sync_verify(self, directory: str | Path, *, tracker: str | None = None) -> VerifyResult:
        """The async twin of `Keitaro.sync_verify`."""
        from .steps import adrive
        from .verify import verify_plan

        return await adrive(verify_plan(directory, self._verify_tracker(tracker), self._report_dialect), self._caller)

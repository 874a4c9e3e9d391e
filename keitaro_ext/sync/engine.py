"""The sync itself, written once as a plan (see `steps`): days due, one day at a time, page by page.

Memory holds one page of rows and one day's Parquet writer. Each day is fetched with the log's
own request builder (`reports.logs.LogQuery`) and paging rule (`pagination`), sorted by its time
column so offsets stay stable, and written through `files.day_file`. A day that fails with an
error worth repeating (network, 5xx, 429, a cut-off answer, rows that moved while paging) is
fetched again from its start, after the client's backoff, up to the client's `max_retries`.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from keitaro_admin_client.facade.clicks import prepare_get_click_log
from keitaro_admin_client.facade.conversions import prepare_get_conversion_log

from ..errors import (
    APIConnectionError,
    ConfigurationError,
    KeitaroError,
    RateLimitError,
    ServerError,
    UnexpectedResponseError,
)
from ..pagination import Pager
from ..reports.logs import LogQuery
from ..reports.ranges import DateRange
from ..retry import RetryPolicy
from .days import DayClock, day_span, parse_day
from .files import PART, day_file, day_folder, lake_lock, remove_leftovers
from .schema import TABLES, TIME_COLUMN, Table, arrow_schema, check_columns, to_arrow, type_name
from .state import DayRecord, LakeState
from .steps import Fetch, Plan, Sleep
from .summary import SyncProgress, SyncProgressCallback, SyncSummary, TableSummary

if TYPE_CHECKING:
    from .methods import SyncOptions

__all__ = ["SyncRequest", "sync_plan"]

DEFAULT_DAYS = 7
DEFAULT_LOOKBACK = 3
DEFAULT_PAGE = 10_000
PREPARE = {"clicks": prepare_get_click_log, "conversions": prepare_get_conversion_log}


class DayMovedError(KeitaroError):
    """A finished day's rows changed while it was paged (its total moved): fetched again."""


RETRIABLE = (APIConnectionError, ServerError, RateLimitError, UnexpectedResponseError, DayMovedError)


@dataclass(frozen=True)
class SyncRequest:
    """Everything one sync of one tracker needs, checked once before any request is made."""

    root: Path
    tracker: str
    base_url: str
    tables: tuple[Table, ...]
    first: date
    last: date
    columns: dict[Table, list[str]]
    timezone: str | None
    lookback_days: int
    page_size: int
    retries: int
    allow_unknown: bool
    full: bool
    now: Callable[[], datetime]
    progress: SyncProgressCallback | None = None
    policy: RetryPolicy = field(default_factory=RetryPolicy)

    @classmethod
    def build(
        cls,
        directory: str | Path,
        options: SyncOptions,
        *,
        tracker: str,
        base_url: str,
        retries: int,
        policy: RetryPolicy | None = None,
    ) -> SyncRequest:
        """`options` are the keywords of `kt.sync` (checked against `SyncOptions`); the defaults are here."""
        from .files import tracker_name

        chosen = _tables(options.get("tables", TABLES))
        since, until, days, now = options.get("since"), options.get("until"), options.get("days"), options.get("now")
        timezone = options.get("timezone")
        lookback_days = options.get("lookback_days", DEFAULT_LOOKBACK)
        page_size = options.get("page_size", DEFAULT_PAGE)
        _check_counts(since, days, lookback_days, page_size)
        first, last = _day_span(DayClock(timezone), since, until, days, now)
        return cls(
            root=Path(directory) / tracker_name(tracker),
            tracker=tracker_name(tracker),
            base_url=base_url,
            tables=chosen,
            first=first,
            last=last,
            columns=_columns(options.get("columns"), chosen),
            timezone=timezone,
            lookback_days=lookback_days,
            page_size=page_size,
            retries=retries,
            allow_unknown=options.get("allow_unknown", False),
            full=options.get("full", False),
            now=(lambda: now) if now is not None else (lambda: datetime.now(UTC)),
            progress=options.get("progress"),
            policy=policy or RetryPolicy(),
        )


def _tables(tables: Sequence[str]) -> tuple[Table, ...]:
    unknown = [t for t in tables if t not in TABLES]
    if unknown or not tables:
        raise ConfigurationError(f"tables must be among clicks, conversions; got {', '.join(map(repr, tables))}.")
    return tuple(t for t in TABLES if t in tables)


def _check_counts(since: date | str | None, days: int | None, lookback_days: int, page_size: int) -> None:
    if since is not None and days is not None:
        raise ConfigurationError("Give since (a first day) or days (a number of days up to today), not both.")
    if days is not None and (isinstance(days, bool) or days < 1):
        raise ConfigurationError(f"days must be 1 or more, got {days!r}.")
    if lookback_days < 0 or page_size < 1:
        raise ConfigurationError("lookback_days must be >= 0 and page_size >= 1.")


def _day_span(
    clock: DayClock, since: date | str | None, until: date | str | None, days: int | None, now: datetime | None
) -> tuple[date, date]:
    """The first and last day to sync, in the lake's zone; the last is never after today."""
    if now is not None and now.tzinfo is None:
        raise ConfigurationError("now must be timezone-aware, e.g. datetime.now(UTC).")
    today = clock.today(now or datetime.now(UTC))
    last = min(parse_day(until, "until"), today) if until is not None else today
    first = parse_day(since, "since") if since is not None else last - timedelta(days=(days or DEFAULT_DAYS) - 1)
    if first > last:
        raise ConfigurationError(f"The first day {first} is after the last day {last} (today is {today}).")
    return first, last


def _columns(
    columns: Sequence[str] | dict[str, Sequence[str]] | None, chosen: tuple[Table, ...]
) -> dict[Table, list[str]]:
    if isinstance(columns, dict):
        return {t: check_columns(t, list(columns[t]) if t in columns else None) for t in chosen}
    if columns is not None and len(chosen) > 1:
        raise ConfigurationError(
            "One column list for both tables: pass columns={'clicks': [...], 'conversions': [...]} or sync one table."
        )
    return {t: check_columns(t, columns) for t in chosen}


def sync_plan(request: SyncRequest) -> Plan[SyncSummary]:
    """Sync every table of one tracker; returns the summary."""
    started = time.monotonic()
    clock = DayClock(request.timezone)
    summary = SyncSummary(request.tracker, request.root)
    with lake_lock(request.root):
        summary.leftovers_removed = remove_leftovers(request.root)
        state = LakeState.load(
            request.root, tracker=request.tracker, base_url=request.base_url, timezone=request.timezone
        )
        for table in request.tables:
            table_summary = summary.tables[table] = TableSummary()
            known = state.table(table).days
            due = [
                day
                for day in day_span(request.first, request.last)
                if request.full
                or day not in known
                or not clock.settled(day, known[day].fetched_at, request.lookback_days)
            ]
            table_summary.days_skipped = (request.last - request.first).days + 1 - len(due)
            for done, day in enumerate(due):
                record = yield from _day_with_retries(request, clock, state, table, day, table_summary, done, len(due))
                state.table(table).days[day] = record
                state.save()
                table_summary.days_fetched += 1
                table_summary.rows += record.rows
                table_summary.bytes += record.bytes
                table_summary.fetched.append(day)
                _report(request, table, day, done + 1, len(due), table_summary.rows)
            if not due:
                _report(request, table, None, 0, 0, 0)
    summary.seconds = time.monotonic() - started
    return summary


def _report(request: SyncRequest, table: str, day: date | None, done: int, total: int, rows: int) -> None:
    if request.progress is not None:
        request.progress(SyncProgress(request.tracker, table, day, done, total, rows))


def _day_with_retries(
    request: SyncRequest,
    clock: DayClock,
    state: LakeState,
    table: Table,
    day: date,
    summary: TableSummary,
    done: int,
    due: int,
) -> Plan[DayRecord]:
    attempt = 0
    while True:
        fetched_at = request.now()
        complete = clock.complete(day, fetched_at)
        try:
            return (yield from _day(request, state, table, day, fetched_at, complete, summary.rows, done, due))
        except RETRIABLE as exc:
            if attempt >= request.retries:
                raise
            wait = exc.retry_after if isinstance(exc, RateLimitError) and exc.retry_after else None
            yield Sleep(wait if wait is not None else request.policy.backoff(attempt))
            attempt += 1
            summary.retries += 1


def _day(
    request: SyncRequest,
    state: LakeState,
    table: Table,
    day: date,
    fetched_at: datetime,
    complete: bool,
    rows_before: int,
    done: int,
    due: int,
) -> Plan[DayRecord]:
    import pyarrow.parquet as pq

    columns = request.columns[table]
    query = LogQuery(
        table,
        PREPARE[table],
        range=DateRange(day, day, timezone=request.timezone),
        columns=columns,
        filters=(),
        sort=[(TIME_COLUMN[table], "ASC")],
        timezone=request.timezone,
        allow_unknown=request.allow_unknown,
    )
    folder = day_folder(request.root, table, day)
    writer: Any = None
    with day_file(folder) as handle:
        try:
            pager = Pager(request.page_size, 0, None)
            written, first_total, last_total, more = 0, None, None, True
            schema: Any = None
            while more:
                page = query.page((yield Fetch(query.request(pager.offset, request.page_size))))
                first_total = page.total if first_total is None else first_total
                last_total = page.total
                rows, more = pager.take(page)
                if writer is None:
                    schema = _day_schema(request, state, table, rows, day, fetched_at)
                    writer = pq.ParquetWriter(handle, schema)
                if rows:
                    writer.write_table(to_arrow(rows, schema, request.tracker))
                    written += len(rows)
                _report(request, table, day, done, due, rows_before + written)
        except BaseException:
            if writer is not None:
                with contextlib.suppress(Exception):  # the temporary file is removed anyway
                    writer.close()
            raise
        if writer is not None:
            writer.close()
        if complete:
            _check_unmoved(table, day, first_total, last_total, written)
    size = (folder / PART).stat().st_size
    return DayRecord(rows=written, bytes=size, fetched_at=fetched_at, complete=complete)


def _day_schema(
    request: SyncRequest,
    state: LakeState,
    table: Table,
    rows: Sequence[dict[str, Any]],
    day: date,
    fetched_at: datetime,
) -> Any:
    """The day file's Arrow schema: the asked columns plus any the tracker sent unasked (recorded in the state)."""
    columns = request.columns[table]
    extra = [name for name in (rows[0] if rows else {}) if name not in columns and name != "tracker"]
    schema = arrow_schema(table, [*columns, *extra], request.timezone)
    described = [(f.name, _type_text(table, f.name, request.timezone)) for f in schema]
    state.table(table).record_schema(described, day, fetched_at)
    return schema


def _check_unmoved(table: Table, day: date, first_total: int | None, last_total: int | None, written: int) -> None:
    """A finished day whose total moved while paging (or does not match the rows read) is fetched again."""
    if first_total != last_total or (last_total is not None and written != last_total):
        raise DayMovedError(
            f"{table} of {day}: the tracker reported {first_total} then {last_total} rows, {written} were read."
        )


def _type_text(table: Table, name: str, timezone: str | None) -> str:
    return "string" if name == "tracker" else type_name(table, name, timezone)

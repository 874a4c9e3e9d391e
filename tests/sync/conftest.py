"""Lake sync tests: a small fake (about 50 clicks a day) and helpers to read the lake back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from keitaro_ext import Keitaro
from keitaro_ext.retry import RetryPolicy
from keitaro_ext.testing import FakeTracker
from keitaro_ext.testing.data.clicks import Conversion

FAST = RetryPolicy(initial_delay=0.001, max_delay=0.002)


@pytest.fixture
def fake() -> FakeTracker:
    return FakeTracker(seed=11, clicks=1500)


@pytest.fixture
def kt(fake: FakeTracker) -> Iterator[Keitaro]:
    with Keitaro(fake.api_url, fake.api_key, transport=fake.transport(), retry_policy=FAST) as client:
        yield client


def partition(root: Path, tracker: str, table: str, day: date) -> Path:
    return root / tracker / table / f"day={day.isoformat()}" / "part-0.parquet"


def lake_rows(root: Path, tracker: str, table: str) -> dict[date, list[dict[str, Any]]]:
    """Every day's rows of one table, read back with pyarrow."""
    found = {}
    for path in sorted((root / tracker / table).glob("day=*/part-0.parquet")):
        found[date.fromisoformat(path.parent.name[4:])] = pq.read_table(path).to_pylist()
    return found


def click_without_conversion(fake: FakeTracker, day: date) -> int:
    """The index of a click on `day` (UTC) that has no conversion."""
    from datetime import UTC, datetime, time, timedelta

    start = int(datetime.combine(day, time(), tzinfo=UTC).timestamp())
    for index in fake.data.index_range(start, start + int(timedelta(days=1).total_seconds())):
        if fake.data.click(index).conversion is None:
            return index
    raise AssertionError(f"no click without a conversion on {day}")


def add_late_conversion(fake: FakeTracker, index: int, *, payout_cents: int = 1234, delay: int = 600) -> None:
    """A postback arriving now for click `index`: the fake's click and conversion logs and reports show it."""
    original = fake.data.click

    def click(i: int) -> Any:
        found = original(i)
        if i == index:
            found.conversion = Conversion("sale", payout_cents, found.ts + delay, None)
        return found

    fake.data.click = click  # type: ignore[method-assign, assignment]

"""The schema (stable types, unknown columns as strings, changes recorded) and failures mid-day."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from keitaro_ext import Keitaro
from keitaro_ext.errors import ServerError
from keitaro_ext.sync.schema import DEFAULT_TABLE_COLUMNS
from keitaro_ext.testing import FakeTracker

from .conftest import lake_rows, partition

DAY = date(2026, 6, 12)
ONE_DAY: dict[str, Any] = {
    "since": DAY,
    "until": DAY,
    "timezone": "UTC",
    "now": FakeTracker().now,
    "page_size": 10,
    "tables": ["clicks"],
}


class ExtraField(httpx.BaseTransport):
    """A newer tracker: every click log row carries a field nobody asked for."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if request.url.path.endswith("/clicks/log"):
            payload: dict[str, Any] = json.loads(response.read())
            for row in payload["rows"]:
                row["fraud_score"] = 7
            return httpx.Response(response.status_code, json=payload)
        return response


def test_the_schema_is_the_documented_one(fake: FakeTracker, kt: Keitaro, tmp_path: Path) -> None:
    kt.sync(tmp_path, since=DAY, until=DAY, timezone="UTC", now=fake.now, tracker="t")
    schema = pq.read_schema(partition(tmp_path, "t", "clicks", DAY))
    assert schema.names == ["tracker", *DEFAULT_TABLE_COLUMNS["clicks"]]
    types = {field.name: field.type for field in schema}
    assert types["datetime"] == pa.timestamp("ms", tz="UTC")
    assert types["campaign_id"] == pa.int64()
    assert types["revenue"] == pa.float64()
    assert types["is_bot"] == pa.bool_()
    assert types["sub_id"] == pa.string()
    conversions = pq.read_schema(partition(tmp_path, "t", "conversions", DAY))
    assert conversions.names == ["tracker", *DEFAULT_TABLE_COLUMNS["conversions"]]


def test_unknown_fields_become_string_columns_and_the_change_is_recorded(fake: FakeTracker, tmp_path: Path) -> None:
    with Keitaro(fake.api_url, fake.api_key, transport=fake.transport()) as kt:
        kt.sync(tmp_path, since="2026-06-11", until="2026-06-11", timezone="UTC", now=fake.now, tables=["clicks"])
    with Keitaro(fake.api_url, fake.api_key, transport=ExtraField(fake.transport())) as kt:
        kt.sync(tmp_path, since=DAY, until=DAY, timezone="UTC", now=fake.now, tables=["clicks"])
    path = partition(tmp_path, "keitaro.fake", "clicks", DAY)
    assert pq.read_schema(path).field("fraud_score").type == pa.string()
    assert {row["fraud_score"] for row in pq.read_table(path).to_pylist()} == {"7"}
    state = json.loads((tmp_path / "keitaro.fake" / "_keitaro_sync.json").read_text())
    changes = state["tables"]["clicks"]["schema_changes"]
    assert [(c["day"], c["added"], c["removed"]) for c in changes] == [(DAY.isoformat(), ["fraud_score"], [])]

    from keitaro_ext.sync import lake

    _, rows = lake.query(tmp_path, "SELECT day, count(fraud_score) FROM clicks GROUP BY day ORDER BY day")
    assert rows[0][1] == 0 and rows[1][1] > 0  # both days read together, the old one without the column


def test_chosen_columns_for_one_table(fake: FakeTracker, kt: Keitaro, tmp_path: Path) -> None:
    kt.sync(tmp_path, days=1, timezone="UTC", now=fake.now, tables=["clicks"], columns=["sub_id", "country_code"])
    schema = pq.read_schema(partition(tmp_path, "keitaro.fake", "clicks", date(2026, 6, 15)))
    assert schema.names == ["tracker", "datetime", "sub_id", "country_code"]  # the time column is always kept


def test_a_day_that_keeps_failing_is_retried_from_its_start(fake: FakeTracker, kt: Keitaro, tmp_path: Path) -> None:
    kt.sync(tmp_path / "clean", since=DAY, until=DAY, timezone="UTC", now=fake.now, page_size=10, tables=["clicks"])
    # The third page fails 3 times in a row: more than the transport's 2 retries, so the day starts over.
    fake.faults.add(path="/clicks/log", status=500, skip=2, times=3)
    summary = kt.sync(
        tmp_path / "t", since=DAY, until=DAY, timezone="UTC", now=fake.now, page_size=10, tables=["clicks"]
    )
    assert summary.tables["clicks"].retries == 1
    assert fake.faults.rules[0].fired == 3
    assert lake_rows(tmp_path / "t", "keitaro.fake", "clicks") == lake_rows(
        tmp_path / "clean", "keitaro.fake", "clicks"
    )


def test_a_failed_day_keeps_the_previous_partition_and_no_temp_file(
    fake: FakeTracker, kt: Keitaro, tmp_path: Path
) -> None:
    kt.sync(tmp_path, since=DAY, until=DAY, timezone="UTC", now=fake.now, page_size=10, tables=["clicks"])
    path = partition(tmp_path, "keitaro.fake", "clicks", DAY)
    before = path.read_bytes()
    fake.faults.add(path="/clicks/log", status=503, skip=1)
    with pytest.raises(ServerError):
        kt.sync(
            tmp_path, since=DAY, until=DAY, timezone="UTC", now=fake.now, page_size=10, tables=["clicks"], full=True
        )
    assert path.read_bytes() == before
    assert list(path.parent.iterdir()) == [path]


def test_a_second_writer_is_refused_while_one_holds_the_folder(fake: FakeTracker, kt: Keitaro, tmp_path: Path) -> None:
    from keitaro_ext.errors import KeitaroError
    from keitaro_ext.sync.files import lake_lock

    with lake_lock(tmp_path / "keitaro.fake"), pytest.raises(KeitaroError, match="Another sync is writing"):
        kt.sync(tmp_path, **ONE_DAY)
    assert kt.sync(tmp_path, **ONE_DAY).tables["clicks"].days_fetched == 1  # released


def test_an_unreadable_state_file_is_explained(fake: FakeTracker, kt: Keitaro, tmp_path: Path) -> None:
    from keitaro_ext.errors import KeitaroError

    (tmp_path / "keitaro.fake").mkdir()
    (tmp_path / "keitaro.fake" / "_keitaro_sync.json").write_text("{not json")
    with pytest.raises(KeitaroError, match=r"Cannot read the sync state .* move it away"):
        kt.sync(tmp_path, **ONE_DAY)


def test_partitions_get_the_permissions_of_a_new_file(fake: FakeTracker, kt: Keitaro, tmp_path: Path) -> None:
    import os
    import stat

    previous = os.umask(0o022)
    try:
        kt.sync(tmp_path, **ONE_DAY)
    finally:
        os.umask(previous)
    mode = stat.S_IMODE(partition(tmp_path, "keitaro.fake", "clicks", DAY).stat().st_mode)
    assert mode == 0o644  # readable by the Spark or warehouse loader's user, not only by the sync's

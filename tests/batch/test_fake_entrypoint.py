"""The fake tracker's ?batch entrypoint: each command checked and run like a request of its own."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest

from keitaro_ext import AuthenticationError, Keitaro, ValidationError
from keitaro_ext.batch import OutcomeUnknownError
from keitaro_ext.testing import FakeTracker


@pytest.fixture
def fake() -> FakeTracker:
    return FakeTracker(clicks=0)


def post(fake: FakeTracker, commands: Any, *, query: str = "batch", key: str | None = None) -> httpx.Response:
    with fake.client(headers={"Api-Key": key or fake.api_key}) as http:
        return http.post(f"/?{query}", json=commands)


def test_each_command_gets_its_own_status_body_and_headers(fake: FakeTracker) -> None:
    answer = post(
        fake,
        [
            {"method": "GET", "path": "campaigns/1", "params": {}},
            {"method": "GET", "path": "campaigns", "params": {"offset": 1, "limit": 2}},
            {"method": "PUT", "path": "streams/1", "params": {"weight": 12}},
            {"method": "GET", "path": "campaigns/999", "params": {}},
            {"method": "POST", "path": "campaigns/1/disable", "params": {}},
        ],
    )
    assert answer.status_code == 200
    results = answer.json()
    assert [r["statusCode"] for r in results] == [200, 200, 200, 404, 200]
    assert results[0]["body"]["id"] == 1
    assert [c["id"] for c in results[1]["body"]] == [2, 3]
    assert results[2]["body"]["weight"] == 12
    assert fake.state.streams[1]["weight"] == 12
    assert "error" in results[3]["body"]
    assert fake.state.campaigns[1]["state"] == "disabled"
    assert all(r["headers"]["content-type"] == "application/json" for r in results)
    assert [(r.method, r.path) for r in fake.requests] == [("POST", "/")], "one round trip, one record"


def test_commands_are_validated_like_requests(fake: FakeTracker) -> None:
    results = post(
        fake,
        [
            {"method": "PUT", "path": "streams/1", "params": {"weight": "heavy"}},
            {"method": "GET", "path": "no/such/thing", "params": {}},
            {"method": "PATCH", "path": "campaigns/1", "params": {}},
            {"method": "GET", "path": "/campaigns/1", "params": {}},
            {"method": "GET", "path": "campaigns", "params": {"limit": "many"}},
            "campaigns.show",
            {"method": "POST", "path": "", "params": {"batch": ""}},
        ],
    ).json()
    statuses = [r["statusCode"] for r in results]
    assert statuses == [406, 400, 400, 400, 400, 400, 400]
    assert "weight" in results[0]["body"]
    assert "no leading slash" in results[3]["body"]["error"]


def test_a_body_that_is_not_an_array_is_refused_whole(fake: FakeTracker) -> None:
    answer = post(fake, {"method": "GET", "path": "campaigns", "params": {}})
    assert answer.status_code == 400
    assert "JSON array" in answer.json()["error"]


def test_bulk_is_a_synonym(fake: FakeTracker) -> None:
    answer = post(fake, [{"method": "GET", "path": "campaigns/2", "params": {}}], query="bulk")
    assert answer.json()[0]["body"]["id"] == 2


def test_the_key_is_checked_on_the_outer_request(fake: FakeTracker) -> None:
    assert post(fake, [], key="wrong-key").status_code == 401


def test_the_sdk_falls_back_when_the_key_is_refused(fake: FakeTracker, caplog: pytest.LogCaptureFixture) -> None:
    kt = Keitaro(fake.api_url_in_process, "wrong-key", transport=fake.transport())
    with caplog.at_level(logging.WARNING, logger="keitaro_ext.batch"), kt.batch("entrypoint") as batch:
        handle = batch.campaigns.get(1)
    with pytest.raises(AuthenticationError):
        handle.result()
    assert [r.path for r in fake.requests] == ["/", "/campaigns/1"]
    assert "refused with 401" in caplog.text


def test_sdk_and_fake_agree_on_per_item_errors(fake: FakeTracker) -> None:
    kt = Keitaro(fake.api_url_in_process, fake.api_key, transport=fake.transport())
    with kt.batch("entrypoint") as batch:
        bad = batch.streams.update(1, extra_body={"weight": "heavy"})
        good = batch.streams.update(2, weight=5)
    with pytest.raises(ValidationError) as invalid:
        bad.result()
    assert "weight" in invalid.value.errors
    assert good.result().weight == 5
    assert len(fake.requests) == 1


def test_a_batch_applied_but_answered_502_creates_nothing_twice(fake: FakeTracker) -> None:
    """The tracker ran the commands, then the answer was lost: the create must not be sent again."""
    kt = Keitaro(fake.api_url_in_process, fake.api_key, transport=fake.transport(), max_retries=3)
    with kt.batch("entrypoint") as warm:  # the tracker has answered with per-item results before
        warm.campaigns.get(1)
    fake.faults.add(method="POST", path="/", status=502, when="after", times=1)
    before = len(fake.state.campaigns)
    with kt.batch("entrypoint") as batch:
        created = batch.campaigns.create(name="Summer", alias="summer")
        renamed = batch.streams.update(1, name="Renamed")
    with pytest.raises(OutcomeUnknownError, match="may or may not have been applied"):
        created.result()
    assert renamed.result().name == "Renamed"
    assert len(fake.state.campaigns) == before + 1, "applied once by the batch, never re-sent"
    assert [(r.method, r.path) for r in fake.requests][1:] == [("POST", "/"), ("PUT", "/streams/1")]


def test_entrypoint_and_concurrent_batches_over_loopback() -> None:
    with FakeTracker(clicks=0) as fake:
        kt = Keitaro(fake.url, fake.api_key)
        for mode in ("entrypoint", "concurrent"):
            fake.requests.clear()
            with kt.batch(mode, chunk_size=4) as batch:
                handles = [batch.streams.update(i, weight=10 + i) for i in range(1, 11)]
            assert [h.result().weight for h in handles] == [10 + i for i in range(1, 11)]
            assert len(fake.requests) == (3 if mode == "entrypoint" else 10)
        kt.close()

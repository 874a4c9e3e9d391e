"""`kt.campaigns.get_many` and `kt.streams.update_many` against the fake: results by id, failures kept apart."""

from __future__ import annotations

import inspect
import math
from typing import Any

import httpx
import pytest

from keitaro_ext import AsyncKeitaro, Keitaro, NotFoundError, ServerError
from keitaro_ext.batch import BatchError, BatchMode
from keitaro_ext.resources.streams import UPDATE_FIELDS, Streams
from keitaro_ext.testing import FakeTracker
from tests.batch.conftest import Harness, Tracker

MODES: list[BatchMode] = ["concurrent", "entrypoint"]


@pytest.fixture
def fake() -> FakeTracker:
    return FakeTracker(clicks=0)


def connect(harness: Harness, fake: FakeTracker, **kwargs: Any) -> Keitaro | AsyncKeitaro:
    cls = AsyncKeitaro if harness.is_async else Keitaro
    return cls(fake.api_url_in_process, fake.api_key, transport=fake.transport(), **kwargs)


@pytest.mark.parametrize("mode", MODES)
def test_get_many_returns_campaigns_by_id_in_the_order_given(
    harness: Harness, fake: FakeTracker, mode: BatchMode
) -> None:
    kt = connect(harness, fake)
    found = harness.run(kt.campaigns.get_many([3, 1, 3, 2], mode=mode, chunk_size=2))
    assert list(found) == [3, 1, 2], "input order, each id once"
    assert {key: campaign.id for key, campaign in found.items()} == {3: 3, 1: 1, 2: 2}
    expected_trips = 3 if mode == "concurrent" else math.ceil(3 / 2)
    assert len(fake.requests) == expected_trips


def test_get_many_keeps_what_it_found_when_some_fail(harness: Harness, fake: FakeTracker) -> None:
    kt = connect(harness, fake)
    with pytest.raises(BatchError, match="1 of 3 calls failed") as caught:
        harness.run(kt.campaigns.get_many([1, 999, 2]))
    assert list(caught.value.results) == [1, 2]
    assert caught.value.results[2].name == fake.state.campaigns[2]["name"]
    assert list(caught.value.errors) == [999]
    assert isinstance(caught.value.errors[999], NotFoundError)


def test_skip_missing_leaves_out_ids_that_do_not_exist(harness: Harness, fake: FakeTracker) -> None:
    kt = connect(harness, fake)
    assert list(harness.run(kt.campaigns.get_many([999, 2, 1], skip_missing=True))) == [2, 1]


def test_skip_missing_still_raises_for_other_failures(harness: Harness, fake: FakeTracker) -> None:
    fake.faults.add(method="GET", path="/campaigns/2", status=500)
    kt = connect(harness, fake, max_retries=0)
    with pytest.raises(BatchError) as caught:
        harness.run(kt.campaigns.get_many([1, 2, 999], skip_missing=True))
    assert isinstance(caught.value.errors[2], ServerError)
    assert list(caught.value.results) == [1]


def test_skip_missing_does_not_hide_a_wrong_address(harness: Harness) -> None:
    page = httpx.Response(404, content=b"<html><title>Not Found</title></html>", headers={"content-type": "text/html"})
    kt = harness.client(Tracker(route=lambda request: page))
    with pytest.raises(BatchError) as caught:
        harness.run(kt.campaigns.get_many([1, 2], skip_missing=True))
    assert set(caught.value.errors) == {1, 2}
    assert "check base_url" in str(caught.value.errors[1])


@pytest.mark.parametrize(
    ("ids", "error", "message"),
    [
        ("123", TypeError, "as a list"),
        (5, TypeError, "as a list"),
        ([1, True], TypeError, "must be integers"),
        ([1, "2"], TypeError, "must be integers"),
        ([0], ValueError, "positive integers"),
    ],
)
def test_get_many_rejects_bad_ids_before_sending(
    harness: Harness, fake: FakeTracker, ids: Any, error: type[Exception], message: str
) -> None:
    kt = connect(harness, fake)
    with pytest.raises(error, match=message):
        harness.run(kt.campaigns.get_many(ids))
    assert len(fake.requests) == 0


def test_get_many_of_nothing_sends_nothing(harness: Harness, fake: FakeTracker) -> None:
    assert harness.run(connect(harness, fake).campaigns.get_many([])) == {}
    assert len(fake.requests) == 0


@pytest.mark.parametrize("mode", MODES)
def test_update_many_applies_one_change_to_every_flow(harness: Harness, fake: FakeTracker, mode: BatchMode) -> None:
    kt = connect(harness, fake)
    updated = harness.run(kt.streams.update_many([3, 4, 5], state="disabled", mode=mode))
    assert list(updated) == [3, 4, 5]
    assert all(flow.state == "disabled" for flow in updated.values())
    assert [fake.state.streams[i]["state"] for i in (3, 4, 5)] == ["disabled"] * 3
    assert fake.state.streams[6]["state"] == "active"
    assert len(fake.requests) == (3 if mode == "concurrent" else 1)


def test_update_many_takes_a_change_per_flow_over_common_fields(harness: Harness, fake: FakeTracker) -> None:
    kt = connect(harness, fake)
    updated = harness.run(
        kt.streams.update_many({1: {"weight": 30}, 2: {"weight": 70, "name": "Main"}}, name="Rotation")
    )
    assert {i: (f.name, f.weight) for i, f in updated.items()} == {1: ("Rotation", 30), 2: ("Main", 70)}
    bodies = {r.path: r.json for r in fake.requests}
    assert bodies == {"/streams/1": {"name": "Rotation", "weight": 30}, "/streams/2": {"name": "Main", "weight": 70}}


def test_update_many_accepts_the_field_name_type(harness: Harness, fake: FakeTracker) -> None:
    kt = connect(harness, fake)
    updated = harness.run(kt.streams.update_many({1: {"type": "forced"}}))
    assert updated[1].type_ == "forced"


def test_update_many_keeps_the_updates_that_worked(harness: Harness, fake: FakeTracker) -> None:
    kt = connect(harness, fake)
    with pytest.raises(BatchError) as caught:
        harness.run(kt.streams.update_many([1, 999], state="disabled"))
    assert caught.value.results[1].state == "disabled"
    assert isinstance(caught.value.errors[999], NotFoundError)
    assert fake.state.streams[1]["state"] == "disabled"


@pytest.mark.parametrize(
    ("changes", "fields", "message"),
    [
        ([1, 2], {"nmae": "x"}, "'nmae' is not a flow field"),
        ({1: {"wieght": 3}}, {}, "'wieght' is not a flow field"),
        ([1, 2], {}, "nothing to change"),
        ({1: {}}, {}, "nothing to change for flow 1"),
        ({1: "disabled"}, {}, "must be a mapping"),
        ({"1": {"name": "x"}}, {}, "must be integers"),
        ("12", {"name": "x"}, "as a list"),
    ],
)
def test_update_many_rejects_bad_input_before_sending(
    harness: Harness, fake: FakeTracker, changes: Any, fields: dict[str, Any], message: str
) -> None:
    kt = connect(harness, fake)
    with pytest.raises(TypeError, match=message):
        harness.run(kt.streams.update_many(changes, **fields))
    assert len(fake.requests) == 0


def test_update_many_of_nothing_sends_nothing(harness: Harness, fake: FakeTracker) -> None:
    assert harness.run(connect(harness, fake).streams.update_many({})) == {}
    assert len(fake.requests) == 0


def test_batch_options_never_shadow_a_flow_field() -> None:
    options = {
        name
        for name, param in inspect.signature(Streams.update_many).parameters.items()
        if param.kind is inspect.Parameter.KEYWORD_ONLY
    }
    assert options == {"mode", "concurrency", "chunk_size"}
    assert not options & UPDATE_FIELDS
    assert {"name", "state", "weight", "type_", "extra_body"} <= UPDATE_FIELDS


def test_bulk_helpers_follow_with_options(fake: FakeTracker) -> None:
    fake.faults.add(method="GET", path="/campaigns/1", status=503)
    kt = Keitaro(fake.api_url_in_process, fake.api_key, transport=fake.transport(), max_retries=2)
    with pytest.raises(BatchError):
        kt.with_options(max_retries=0).campaigns.get_many([1])
    assert len(fake.requests) == 1

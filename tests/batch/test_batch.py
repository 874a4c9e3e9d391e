"""Recording, running and reading a batch: every call gets its own outcome, in order, and nothing is lost."""

from __future__ import annotations

from typing import Any

import pytest
from keitaro_admin_client.models import Campaign

from keitaro_ext import APIStatusError, ConfigurationError, NotFoundError, ServerError, ValidationError
from keitaro_ext.batch import BatchError, BatchNotRunError, BatchStateError
from tests.batch.conftest import Harness, Tracker, answer, campaign


def record_mixed(batch: Any) -> list[Any]:
    return [
        batch.campaigns.get(1),
        batch.campaigns.get(404),
        batch.campaigns.update(406, name="x" * 300),
        batch.campaigns.create(name="Summer", alias="summer"),
        batch.campaigns.get(500),
        batch.campaigns.update(2, name="Renamed"),
    ]


@pytest.mark.parametrize("mode", ["concurrent", "entrypoint"])
def test_mixed_successes_and_failures_each_get_their_own_outcome(harness: Harness, mode: str) -> None:
    tracker = Tracker()
    kt = harness.client(tracker, max_retries=0)
    batch, handles = harness.batch(kt, record_mixed, mode)

    assert handles[0].result().id == 1
    with pytest.raises(NotFoundError):
        handles[1].result()
    with pytest.raises(ValidationError) as invalid:
        handles[2].result()
    assert invalid.value.errors == {"name": ["This value is too long."]}
    assert handles[3].result().name == "Summer"
    with pytest.raises(ServerError):
        handles[4].result()
    assert handles[5].result().name == "Renamed"

    outcomes = batch.results()
    assert [o.index for o in outcomes] == list(range(6))
    assert [o.operation.operation_id for o in outcomes] == [
        "getCampaign",
        "getCampaign",
        "updateCampaign",
        "createCampaign",
        "getCampaign",
        "updateCampaign",
    ]
    assert [o.ok for o in outcomes] == [True, False, False, True, False, True]
    assert isinstance(outcomes[0].value, Campaign)


def test_an_outcome_in_a_batch_is_the_one_the_call_gives_alone(harness: Harness) -> None:
    kt = harness.client(Tracker(), max_retries=0)
    with pytest.raises(NotFoundError) as alone:
        harness.run(kt.campaigns.get(404))
    alone_value = harness.run(kt.campaigns.get(3))
    _batch, (missing, found) = harness.batch(kt, lambda b: (b.campaigns.get(404), b.campaigns.get(3)))

    error = missing.exception()
    assert type(error) is type(alone.value)
    assert str(error) == str(alone.value)
    assert (error.status_code, error.body, error.path) == (
        404,
        {"error": "Entity not found"},
        "/admin_api/v1/campaigns/404",
    )
    assert found.result() == alone_value


def test_handles_cannot_be_read_before_the_batch_runs(harness: Harness) -> None:
    kt = harness.client(Tracker())
    batch = kt.batch()
    handle = batch.campaigns.get(1)
    with pytest.raises(BatchNotRunError, match="has not run yet"):
        handle.result()
    with pytest.raises(BatchNotRunError):
        batch.results()
    outcomes = harness.run(batch.execute())
    assert handle.result().id == 1
    assert outcomes == batch.results()


def test_an_exception_inside_the_block_sends_nothing(harness: Harness) -> None:
    tracker = Tracker()
    kt = harness.client(tracker)
    handles: list[Any] = []

    def record_then_fail(batch: Any) -> None:
        handles.append(batch.campaigns.create(name="Summer", alias="summer"))
        handles.append(batch.campaigns.get(1))
        raise KeyError("boom")

    with pytest.raises(KeyError, match="boom"):
        harness.batch(kt, record_then_fail)
    assert tracker.requests == []
    for handle in handles:
        with pytest.raises(BatchNotRunError, match="raised KeyError"):
            handle.result()


def test_the_abandoned_batch_still_lists_every_outcome(harness: Harness) -> None:
    kt = harness.client(Tracker())
    batch = kt.batch()
    batch.campaigns.get(1)
    batch.campaigns.get(2)
    batch._abandon(ValueError("x"))
    assert [type(o.error) for o in batch.results()] == [BatchNotRunError, BatchNotRunError]


def test_a_batch_runs_once_and_refuses_later_calls(harness: Harness) -> None:
    kt = harness.client(Tracker())
    batch, _ = harness.batch(kt, lambda b: b.campaigns.get(1))
    with pytest.raises(BatchStateError, match="already run"):
        batch.campaigns.get(2)
    with pytest.raises(BatchStateError, match="runs once"):
        harness.run(batch.execute())
    assert len(batch) == 1


def test_an_empty_batch_sends_nothing(harness: Harness) -> None:
    for mode in ("concurrent", "entrypoint"):
        tracker = Tracker()
        batch, _ = harness.batch(harness.client(tracker), lambda b: None, mode)
        assert batch.results() == []
        assert tracker.requests == []


def test_raise_for_errors_reports_failures_by_position_and_keeps_successes(harness: Harness) -> None:
    kt = harness.client(Tracker(), max_retries=0)
    batch, _ = harness.batch(kt, lambda b: [b.campaigns.get(1), b.campaigns.get(404), b.campaigns.get(3)])
    with pytest.raises(BatchError, match="1 of 3 calls failed") as caught:
        batch.raise_for_errors()
    assert list(caught.value.errors) == [1]
    assert isinstance(caught.value.errors[1], NotFoundError)
    assert {k: v.id for k, v in caught.value.results.items()} == {0: 1, 2: 3}
    assert len(caught.value.outcomes) == 3


def test_raise_for_errors_is_silent_when_all_succeeded(harness: Harness) -> None:
    batch, _ = harness.batch(harness.client(Tracker()), lambda b: b.campaigns.get(1))
    batch.raise_for_errors()


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"mode": "parallel"}, "batch mode must be"),
        ({"concurrency": 0}, "concurrency must be"),
        ({"concurrency": 101}, "concurrency must be"),
        ({"concurrency": True}, "concurrency must be"),
        ({"chunk_size": 0}, "chunk_size must be"),
        ({"chunk_size": 2.5}, "chunk_size must be"),
    ],
)
def test_bad_options_fail_before_anything_is_recorded(harness: Harness, options: dict[str, Any], message: str) -> None:
    tracker = Tracker()
    with pytest.raises(ConfigurationError, match=message):
        harness.client(tracker).batch(**options)
    assert tracker.requests == []


def test_the_client_retry_rules_hold_inside_a_batch(harness: Harness) -> None:
    """A GET answered 503 is retried; a create answered 503 is sent exactly once."""
    tracker = Tracker(route=lambda request: answer(503, {"error": "busy"}))
    kt = harness.client(tracker, max_retries=2)
    _batch, (read, create) = harness.batch(
        kt, lambda b: (b.campaigns.get(1), b.campaigns.create(name="Summer", alias="summer"))
    )
    assert len(tracker.singles("GET", "/campaigns/1")) == 3
    assert len(tracker.singles("POST", "/campaigns")) == 1
    for handle in (read, create):
        with pytest.raises(ServerError):
            handle.result()


def test_with_options_applies_to_the_batch(harness: Harness) -> None:
    tracker = Tracker(route=lambda request: answer(503, {"error": "busy"}))
    kt = harness.client(tracker, max_retries=2).with_options(max_retries=0)
    _batch, handle = harness.batch(kt, lambda b: b.campaigns.get(1))
    with pytest.raises(APIStatusError):
        handle.result()
    assert len(tracker.requests) == 1


def test_an_unexpected_exception_stays_with_its_call(harness: Harness) -> None:
    def route(request: Any) -> Any:
        if request.url.path.endswith("/2"):
            raise RuntimeError("a bug in a custom transport")
        return answer(200, campaign(1, "a"))

    batch, handles = harness.batch(
        harness.client(Tracker(route=route)), lambda b: [b.campaigns.get(i) for i in (1, 2, 3)]
    )
    assert [type(o.error) for o in batch.results()] == [type(None), RuntimeError, type(None)]
    assert handles[2].result().id == 1


def test_repr_shows_mode_size_and_state(harness: Harness) -> None:
    batch = harness.client(Tracker()).batch("entrypoint")
    handle = batch.campaigns.get(1)
    assert repr(batch).endswith("mode='entrypoint' calls=1 recording>")
    assert repr(handle) == "<Handle #0 getCampaign pending>"

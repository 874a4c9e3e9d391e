"""Entrypoint mode: the wire format, chunking, per-item results, and falling back without duplicates."""

from __future__ import annotations

import json
import logging
import math
from typing import Any

import httpx
import pytest

from keitaro_ext import APIConnectionError, NotFoundError, ServerError, ValidationError
from keitaro_ext.batch import OutcomeUnknownError
from tests.batch.conftest import API_KEY, Harness, Route, Tracker, answer, campaign, crud, per_item

CHUNK = 3
HTML = b"<!DOCTYPE html><html><head><title>Keitaro</title></head><body>panel</body></html>"


def status(code: int) -> Route:
    return lambda request: answer(code, {"error": f"HTTP {code}"})


def in_turn(*routes: Route) -> Route:
    """Each entrypoint request answered by the next route."""
    pending = iter(routes)
    return lambda request: next(pending)(request)


def gets(ids: Any) -> Any:
    return lambda batch: [batch.campaigns.get(i) for i in ids]


def test_commands_follow_the_documented_shape(harness: Harness) -> None:
    tracker = Tracker(entrypoint=per_item())
    kt = harness.client(tracker)

    def record(batch: Any) -> None:
        batch.campaigns.get(7)
        batch.campaigns.list(offset=10, limit=5)
        batch.campaigns.update(8, name="Renamed")
        batch.campaigns.delete(9)

    harness.batch(kt, record, "entrypoint")
    (post,) = [r for r in tracker.requests if r.url.query == b"batch"]
    assert (post.method, str(post.url)) == ("POST", "https://tracker.example.com/admin_api/v1/?batch")
    assert post.headers["Api-Key"] == API_KEY
    assert json.loads(post.content) == [
        {"method": "GET", "path": "campaigns/7", "params": {}},
        {"method": "GET", "path": "campaigns", "params": {"offset": 10, "limit": 5}},
        {"method": "PUT", "path": "campaigns/8", "params": {"name": "Renamed"}},
        {"method": "DELETE", "path": "campaigns/9", "params": {}},
    ]
    assert tracker.singles() == []


def test_per_item_results_become_models_and_typed_errors(harness: Harness) -> None:
    tracker = Tracker(entrypoint=per_item())
    kt = harness.client(tracker, max_retries=0)

    def record(batch: Any) -> list[Any]:
        return [
            batch.campaigns.get(1),
            batch.campaigns.get(404),
            batch.campaigns.update(406, name="x"),
            batch.campaigns.get(500),
            batch.campaigns.create(name="Summer", alias="summer"),
        ]

    _, handles = harness.batch(kt, record, "entrypoint")
    assert handles[0].result().id == 1
    with pytest.raises(NotFoundError, match=r"GET /admin_api/v1/campaigns/404 failed with 404"):
        handles[1].result()
    with pytest.raises(ValidationError) as invalid:
        handles[2].result()
    assert invalid.value.errors == {"name": ["This value is too long."]}
    with pytest.raises(ServerError):
        handles[3].result()
    assert handles[4].result().id == 500
    assert [len(chunk) for chunk in tracker.batch_posts()] == [4, 1], "a probe of the reads first, then the rest"
    assert tracker.singles() == [], "per-item errors are final: nothing is sent again"


@pytest.mark.parametrize("count", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 2 * CHUNK + 1])
def test_one_request_per_chunk(harness: Harness, count: int) -> None:
    tracker = Tracker(entrypoint=per_item())
    batch, handles = harness.batch(harness.client(tracker), gets(range(1, count + 1)), "entrypoint", chunk_size=CHUNK)
    posts = tracker.batch_posts()
    assert len(tracker.requests) == len(posts) == math.ceil(count / CHUNK)
    assert all(1 <= len(chunk) <= CHUNK for chunk in posts)
    assert [c["path"] for chunk in posts for c in chunk] == [f"campaigns/{i}" for i in range(1, count + 1)]
    assert [h.result().id for h in handles] == list(range(1, count + 1))
    assert [o.index for o in batch.results()] == list(range(count))


def test_an_unconfirmed_tracker_is_probed_with_calls_safe_to_repeat(harness: Harness) -> None:
    tracker = Tracker(entrypoint=per_item())
    kt = harness.client(tracker)

    def record(batch: Any) -> list[Any]:
        first = [batch.campaigns.create(name=f"New {i}", alias=f"new{i}") for i in range(2)]
        return first + [batch.campaigns.get(i) for i in range(1, 5)]

    _, handles = harness.batch(kt, record, "entrypoint", chunk_size=CHUNK)
    posts = tracker.batch_posts()
    assert [c["method"] for c in posts[0]] == ["GET"] * CHUNK
    assert sorted(c["method"] for chunk in posts for c in chunk) == ["GET"] * 4 + ["POST"] * 2
    assert [h.result().id for h in handles] == [500, 500, 1, 2, 3, 4]
    # Once the tracker has answered with per-item results, later batches keep the call order.
    harness.batch(kt, record, "entrypoint", chunk_size=CHUNK)
    assert [c["method"] for c in tracker.batch_posts()[2]] == ["POST", "POST", "GET"]


REFUSALS = {
    "404": lambda request: answer(404, {"error": "Not found"}),
    "405": lambda request: answer(405, {"error": "Method not allowed"}),
    "401": lambda request: answer(401, {"error": "Access denied"}),
    "400 unknown path": lambda request: answer(400, {"error": "Unknown API path '/'"}),
}


@pytest.mark.parametrize("refusal", REFUSALS)
def test_a_refusal_sends_every_call_on_its_own_and_is_remembered(
    harness: Harness, refusal: str, caplog: pytest.LogCaptureFixture
) -> None:
    tracker = Tracker(entrypoint=REFUSALS[refusal])
    kt = harness.client(tracker)

    def record(batch: Any) -> list[Any]:
        return [batch.campaigns.create(name="Summer", alias="summer"), batch.campaigns.get(1), batch.campaigns.get(2)]

    with caplog.at_level(logging.DEBUG, logger="keitaro_ext.batch"):
        _, handles = harness.batch(kt, record, "entrypoint", chunk_size=2)
        assert [h.result().id for h in handles] == [500, 1, 2]
        assert len(tracker.batch_posts()) == 1, "the chunks after a refusal are not tried"
        assert len(tracker.singles("POST", "/campaigns")) == 1
        assert len(tracker.singles("GET")) == 2

        _, again = harness.batch(kt, record, "entrypoint", chunk_size=2)
        assert [h.result().id for h in again] == [500, 1, 2]
        assert len(tracker.batch_posts()) == 1, "a refusal is remembered for the client"
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "concurrent requests instead" in warnings[0].getMessage()
    assert API_KEY not in caplog.text


UNCLEAR = {
    "HTML 200": lambda request: httpx.Response(200, content=HTML, headers={"content-type": "text/html"}),
    "JSON object": lambda request: answer(200, {"ok": True}),
    "JSON not an array of results": lambda request: answer(200, [1, 2]),
    "too few results": lambda request: answer(200, []),
    "not JSON": lambda request: httpx.Response(200, content=b"ok"),
    "502": lambda request: answer(502, {"error": "Bad gateway"}),
    "302 to a login page": lambda request: httpx.Response(302, headers={"location": "/admin/login"}),
}


@pytest.mark.parametrize("problem", UNCLEAR)
def test_an_unclear_answer_never_resends_a_create(harness: Harness, problem: str) -> None:
    tracker = Tracker(entrypoint=in_turn(per_item(), UNCLEAR[problem]))
    kt = harness.client(tracker, max_retries=0)
    harness.batch(kt, gets([1]), "entrypoint")  # the tracker has answered with per-item results before
    tracker.requests.clear()

    def record(batch: Any) -> list[Any]:
        return [batch.campaigns.create(name="Summer", alias="summer"), batch.campaigns.update(1, name="x")]

    _, (create, update) = harness.batch(kt, record, "entrypoint")
    with pytest.raises(OutcomeUnknownError, match="may or may not have been applied") as unknown:
        create.result()
    assert isinstance(unknown.value, APIConnectionError)
    assert unknown.value.operation_id == "createCampaign"
    assert API_KEY not in str(unknown.value)
    assert update.result().name == "x", "a call safe to repeat is sent again on its own"
    assert len(tracker.batch_posts()) == 1
    assert tracker.singles("POST") == []
    assert len(tracker.singles("PUT", "/campaigns/1")) == 1


@pytest.mark.parametrize("problem", UNCLEAR)
def test_probing_an_unknown_tracker_with_reads_keeps_creates_out_of_doubt(harness: Harness, problem: str) -> None:
    tracker = Tracker(entrypoint=UNCLEAR[problem])
    kt = harness.client(tracker, max_retries=0)

    def record(batch: Any) -> list[Any]:
        return [batch.campaigns.create(name="Summer", alias="summer"), batch.campaigns.get(1)]

    _, (create, read) = harness.batch(kt, record, "entrypoint")
    assert [[c["method"] for c in chunk] for chunk in tracker.batch_posts()] == [["GET"]]
    assert create.result().id == 500, "never sent in a chunk, so sent once on its own"
    assert read.result().id == 1
    assert len(tracker.singles("POST", "/campaigns")) == 1


def test_a_batch_of_creates_alone_is_at_risk_on_an_unknown_tracker(harness: Harness) -> None:
    """With nothing safe to probe with, the first chunk carries creates: an unclear answer leaves them unknown."""
    tracker = Tracker(entrypoint=UNCLEAR["HTML 200"])
    kt = harness.client(tracker)
    _, (create,) = harness.batch(kt, lambda b: [b.campaigns.create(name="S", alias="s")], "entrypoint")
    with pytest.raises(OutcomeUnknownError):
        create.result()
    assert tracker.singles() == []


def test_a_create_in_a_failed_later_chunk_is_not_resent(harness: Harness) -> None:
    tracker = Tracker(entrypoint=in_turn(per_item(), status(503)))
    kt = harness.client(tracker, max_retries=3)

    def record(batch: Any) -> list[Any]:
        return [
            batch.campaigns.get(1),
            batch.campaigns.get(2),
            batch.campaigns.create(name="Summer", alias="summer"),
            batch.campaigns.get(3),
            batch.campaigns.get(4),
        ]

    _, handles = harness.batch(kt, record, "entrypoint", chunk_size=2)
    posts = tracker.batch_posts()
    assert [len(p) for p in posts] == [2, 2], "the chunk holding a create is sent once, not retried"
    with pytest.raises(OutcomeUnknownError, match="answered 503"):
        handles[2].result()
    assert tracker.singles("POST") == []
    assert [h.result().id for i, h in enumerate(handles) if i != 2] == [1, 2, 3, 4]
    assert len(tracker.singles("GET")) == 2, "the safe call of the failed chunk and the unsent one go alone"


def test_a_chunk_of_calls_safe_to_repeat_is_retried_by_the_transport(harness: Harness) -> None:
    tracker = Tracker(entrypoint=in_turn(status(503), per_item()))
    _, handles = harness.batch(harness.client(tracker, max_retries=2), gets([1, 2]), "entrypoint")
    assert [h.result().id for h in handles] == [1, 2]
    assert len(tracker.batch_posts()) == 2
    assert tracker.singles() == []


def test_a_passing_server_error_is_not_remembered(harness: Harness) -> None:
    tracker = Tracker(entrypoint=in_turn(status(500), per_item()))
    kt = harness.client(tracker, max_retries=0)
    harness.batch(kt, gets([1]), "entrypoint")
    assert len(tracker.singles()) == 1
    _, (handle,) = harness.batch(kt, gets([2]), "entrypoint")
    assert handle.result().id == 2
    assert len(tracker.batch_posts()) == 2
    assert len(tracker.singles()) == 1


def test_a_chunk_that_could_not_be_sent_falls_back_with_every_call(harness: Harness) -> None:
    def entrypoint(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    tracker = Tracker(entrypoint=entrypoint)
    kt = harness.client(tracker, max_retries=0)
    _, handles = harness.batch(kt, lambda b: [b.campaigns.create(name="S", alias="s")], "entrypoint")
    assert handles[0].result().id == 500
    assert len(tracker.singles("POST", "/campaigns")) == 1


def test_a_lost_answer_leaves_a_create_unknown(harness: Harness) -> None:
    def entrypoint(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    tracker = Tracker(entrypoint=entrypoint)
    kt = harness.client(tracker, max_retries=2)
    _, handles = harness.batch(kt, lambda b: [b.campaigns.create(name="S", alias="s")], "entrypoint")
    with pytest.raises(OutcomeUnknownError, match=r"got no answer \(ReadTimeout\)"):
        handles[0].result()
    assert len(tracker.requests) == 1


@pytest.mark.parametrize(
    "item",
    [
        {"statusCode": 200, "body": json.dumps(campaign(1)), "headers": []},
        {"statusCode": 200, "body": campaign(1), "headers": ["Content-Type: application/json"]},
        {"statusCode": 200, "body": campaign(1), "headers": [["Content-Length", "3"], ["Content-Encoding", "gzip"]]},
        {"statusCode": 200, "body": campaign(1), "headers": {"X-Tags": ["a", "b"]}},
    ],
    ids=["body as JSON text", "header lines", "framing headers dropped", "multi-valued headers"],
)
def test_per_item_results_in_the_shapes_seen_in_the_wild(harness: Harness, item: dict[str, Any]) -> None:
    tracker = Tracker(entrypoint=lambda request: answer(200, [item]))
    _, (handle,) = harness.batch(harness.client(tracker), gets([1]), "entrypoint")
    assert handle.result().id == 1


def test_an_html_page_as_one_item_is_that_calls_unexpected_response(harness: Harness) -> None:
    item = {"statusCode": 200, "body": HTML.decode(), "headers": {"Content-Type": "text/html"}}
    tracker = Tracker(entrypoint=lambda request: answer(200, [item, {"statusCode": 200, "body": campaign(2)}]))
    _, (page, found) = harness.batch(harness.client(tracker), gets([1, 2]), "entrypoint")
    with pytest.raises(Exception, match="an HTML page") as caught:
        page.result()
    assert type(caught.value).__name__ == "UnexpectedResponseError"
    assert found.result().id == 2


def test_a_tracker_without_the_entrypoint_gets_nothing_twice_from_concurrent_mode(harness: Harness) -> None:
    tracker = Tracker(route=crud)
    harness.batch(harness.client(tracker), gets([1, 2]))
    assert tracker.batch_posts() == []
    assert len(tracker.requests) == 2


def test_an_unexpected_error_sending_a_chunk_stays_with_that_chunk(harness: Harness) -> None:
    def entrypoint(request: httpx.Request) -> httpx.Response:
        raise RuntimeError("a bug in a custom transport")

    tracker = Tracker(entrypoint=entrypoint)
    kt = harness.client(tracker)
    _, (create,) = harness.batch(kt, lambda b: [b.campaigns.create(name="S", alias="s")], "entrypoint")
    with pytest.raises(OutcomeUnknownError, match=r"got no answer \(RuntimeError\)"):
        create.result()
    _, (read,) = harness.batch(kt, gets([1]), "entrypoint")
    assert read.result().id == 1, "not remembered as a refusal: tried again, then sent on its own"
    assert len(tracker.batch_posts()) == 2
    assert tracker.singles("POST") == []

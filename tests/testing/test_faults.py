"""Fault injection in-process: each kind, before or after the request is applied, and rule choice."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest

from keitaro_ext.testing import FakeTracker

NEW = {"name": "Fault test", "alias": "fault-test"}


def created(fake: FakeTracker) -> int:
    return sum(1 for c in fake.state.campaigns if c["alias"] == "fault-test")


@pytest.mark.parametrize("when", ["before", "after"])
def test_status_faults_fire_a_set_number_of_times(fake: FakeTracker, client: httpx.Client, when: str) -> None:
    fake.faults.add(method="POST", path="/campaigns", status=503, times=2, when=when)  # type: ignore[arg-type]
    first, second, third = (client.post("/campaigns", json={**NEW, "alias": f"fault-test-{n}"}) for n in range(3))
    assert (first.status_code, second.status_code, third.status_code) == (503, 503, 200)
    assert first.json() == {"error": "Injected fault: HTTP 503"}
    applied = sum(1 for c in fake.state.campaigns if c["alias"].startswith("fault-test-"))
    assert applied == (1 if when == "before" else 3)
    assert [r.fault for r in fake.requests] == ["status", "status", None]
    assert client.get("/campaigns").status_code == 200


def test_429_carries_retry_after_in_seconds(fake: FakeTracker, client: httpx.Client) -> None:
    fake.faults.add(path="/report/build", status=429, retry_after=3, times=1)
    fake.faults.add(path="/clicks/log", status=429, retry_after=0.25, times=1)
    limited = client.post("/report/build", json={"metrics": ["clicks"]})
    assert (limited.status_code, limited.headers["retry-after"], limited.json()) == (
        429,
        "3",
        {"error": "Too many requests"},
    )
    assert client.post("/clicks/log", json={"limit": 1}).headers["retry-after"] == "0.25"
    assert client.post("/report/build", json={"metrics": ["clicks"]}).status_code == 200


@pytest.mark.parametrize(("kind", "error"), [("drop", httpx.RemoteProtocolError), ("reset", httpx.ReadError)])
@pytest.mark.parametrize("when", ["before", "after"])
def test_dropped_connections_raise_and_after_means_applied(
    fake: FakeTracker, client: httpx.Client, kind: str, error: type[Exception], when: str
) -> None:
    fake.faults.add(method="POST", path="/campaigns", when=when, times=1, **{kind: True})  # type: ignore[arg-type]
    with pytest.raises(error):
        client.post("/campaigns", json=NEW)
    assert created(fake) == (1 if when == "after" else 0)
    assert fake.requests[-1].status is None and fake.requests[-1].fault == kind
    assert client.post("/campaigns", json={**NEW, "alias": "again"}).status_code == 200


def test_truncated_json_keeps_the_status_and_cuts_the_body(fake: FakeTracker, client: httpx.Client) -> None:
    whole = client.get("/campaigns").content
    fake.faults.add(method="GET", path="/campaigns", truncate=True, times=1)
    broken = client.get("/campaigns")
    assert broken.status_code == 200 and broken.headers["content-type"] == "application/json"
    assert whole.startswith(broken.content) and len(broken.content) == len(whole) // 2
    with pytest.raises(ValueError, match=r"Expecting|Unterminated"):
        broken.json()


def test_truncate_after_a_create_still_creates(fake: FakeTracker, client: httpx.Client) -> None:
    fake.faults.add(method="POST", path="/campaigns", truncate=True, times=1)
    with pytest.raises(ValueError, match=r"Expecting|Unterminated"):
        client.post("/campaigns", json=NEW).json()
    assert created(fake) == 1


def test_an_html_page_with_status_200(fake: FakeTracker, client: httpx.Client) -> None:
    fake.faults.add(path="/offers", html=True, times=1)
    page = client.get("/offers")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert page.text.startswith("<!DOCTYPE html>")


def test_latency_sleeps_in_sync_clients(
    fake: FakeTracker, client: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    slept: list[float] = []
    monkeypatch.setattr(time, "sleep", slept.append)
    fake.faults.add(path="/offers", latency=1.5, times=1)
    assert client.get("/offers").status_code == 200
    assert client.get("/offers").status_code == 200
    assert slept == [1.5]


async def test_latency_awaits_in_async_clients(
    fake: FakeTracker, aclient: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    slept: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr(asyncio, "sleep", fake_sleep)
    fake.faults.add(path="/offers", latency=2.0, status=502, times=1)
    assert (await aclient.get("/offers")).status_code == 502
    assert slept == [2.0]


async def test_dropped_connections_raise_in_async_clients(fake: FakeTracker, aclient: httpx.AsyncClient) -> None:
    fake.faults.add(method="POST", path="/campaigns", drop=True, when="after", times=1)
    with pytest.raises(httpx.RemoteProtocolError):
        await aclient.post("/campaigns", json=NEW)
    assert created(fake) == 1


def test_skip_method_and_glob_choose_the_requests(fake: FakeTracker, client: httpx.Client) -> None:
    fake.faults.add(method="GET", path="/campaigns/*", status=500, skip=1, times=1)
    assert client.get("/campaigns/1").status_code == 200
    assert client.put("/campaigns/1", json={"notes": "x"}).status_code == 200
    assert client.get("/campaigns").status_code == 200
    assert client.get("/campaigns/1/streams").status_code == 500
    assert client.get("/campaigns/1").status_code == 200
    assert len(fake.faults.fired) == 1 and fake.faults.fired[0].path == "/campaigns/1/streams"


def test_probability_is_seeded_and_repeatable() -> None:
    def pattern(seed: int) -> list[int]:
        fake = FakeTracker(seed=seed, clicks=10)
        fake.faults.add(path="/offers", status=500, probability=0.5)
        with fake.client() as http:
            return [http.get("/offers").status_code for _ in range(40)]

    first = pattern(3)
    assert first == pattern(3)
    assert 5 < first.count(500) < 35
    assert first != pattern(4)


def test_bad_fault_rules_are_refused(fake: FakeTracker) -> None:
    with pytest.raises(ValueError, match="one of"):
        fake.faults.add(status=500, drop=True)
    with pytest.raises(ValueError, match="needs a kind"):
        fake.faults.add(path="/x")
    with pytest.raises(ValueError, match="400-599"):
        fake.faults.add(status=200)
    with pytest.raises(ValueError, match="retry_after"):
        fake.faults.add(drop=True, retry_after=1)
    with pytest.raises(ValueError, match="when"):
        fake.faults.add(status=500, when="during")  # type: ignore[arg-type]


def test_reset_clears_state_faults_and_requests(fake: FakeTracker, client: httpx.Client) -> None:
    client.post("/campaigns", json=NEW)
    fake.faults.add(status=500)
    fake.reset()
    assert created(fake) == 0 and fake.faults.rules == [] and len(fake.requests) == 0
    assert client.get("/campaigns").status_code == 200


def test_handle_works_in_a_plain_mock_transport(fake: FakeTracker, monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []
    monkeypatch.setattr(time, "sleep", slept.append)
    fake.faults.add(path="/users", latency=0.5, times=1)
    fake.faults.add(path="/users", drop=True, times=1)
    with httpx.Client(base_url=fake.api_url, transport=httpx.MockTransport(fake.handle)) as http:
        assert http.get("/users", headers={"Api-Key": fake.api_key}).status_code == 200
        with pytest.raises(httpx.RemoteProtocolError):
            http.get("/users", headers={"Api-Key": fake.api_key})
    assert slept == [0.5]

"""Hostile trackers on loopback: key echoes at every cut, paging bombs, upload and depth bombs (issue 14).

`make test` runs a sample of positions and small bombs; `make reliability` (KEITARO_RELIABILITY=full)
every position and bigger bombs. Every bomb is bounded in size and time.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from keitaro_ext import APIConnectionError, Keitaro, KeitaroError, PagingError, pagination
from keitaro_ext.testing import FakeTracker
from tests.answers import campaign

from .conftest import Leaks
from .hostile import Answer, Seen, json_answer, serve
from .scale import FULL, count
from .support import API_KEY

SLASHED = "rel/SLASH+key\\9f8e-7d6c/5b4a"  # escapes differently in JSON (PHP \/ and \\)


def _fragments(key: str) -> list[str]:
    return [key[i : i + 6] for i in range(len(key) - 5)]


def _assert_no_fragment(error: BaseException, key: str) -> None:
    texts = [str(error), repr(error), repr(vars(error))]
    leaked = [part for part in _fragments(key) for text in texts if part in text]
    assert not leaked, (leaked[:3], str(error)[:400])


def _positions(limit: int) -> list[int]:
    return list(range(0, limit + 40)) if FULL else [0, limit - 9, limit - 4, limit - 1, limit + 1]


@pytest.mark.parametrize("shape", ["text", "json", "php-json", "html-title"])
def test_a_key_echoed_anywhere_near_a_cut_never_shows_a_fragment(shape: str, leaks: Leaks) -> None:
    key = SLASHED if shape != "text" else API_KEY
    limit = 80 if shape == "html-title" else 200
    position = {"n": 0}

    def behaviour(path: str, body: Any, seen: Seen) -> Answer:
        pad = "p" * position["n"]
        if shape == "text":
            return Answer(401, f"{pad} {key} end".encode(), "text/plain")
        if shape == "html-title":
            return Answer(502, f"<html><title>{pad} {key}</title></html>".encode(), "text/html")
        raw = json.dumps([pad, key, {"detail": f"{pad}{key}"}])
        return Answer(401, (raw.replace("/", "\\/") if shape == "php-json" else raw).encode())

    with serve(behaviour) as (url, _), Keitaro(url, key, max_retries=0, timeout=10) as kt:
        for n in _positions(limit):
            position["n"] = n
            with pytest.raises(KeitaroError) as caught:
                kt.campaigns.list()
            _assert_no_fragment(caught.value, key)
            if key == API_KEY:
                leaks.error(caught.value)


@pytest.mark.parametrize("total", [1000, 10**9])
def test_a_tracker_ignoring_offset_is_caught_on_the_second_page(total: int) -> None:
    def behaviour(path: str, body: Any, seen: Seen) -> Answer:
        rows = [{"sub_id": f"s{i}", "datetime": "2026-01-01 00:00:00"} for i in range(100)]
        return json_answer({"rows": rows, "total": total})

    with serve(behaviour) as (url, seen), Keitaro(url, API_KEY, max_retries=0) as kt:
        received: list[dict[str, Any]] = []
        with pytest.raises(PagingError):
            received.extend(kt.clicks.iter_log("today", columns=["sub_id", "datetime"], page_size=100))
    assert len(received) == 100
    assert len(seen.paths) == 2


def test_a_total_that_grows_with_every_page_is_capped() -> None:
    def behaviour(path: str, body: Any, seen: Seen) -> Answer:
        offset, limit = body["offset"], body["limit"]
        rows = [{"sub_id": f"s{offset + i}"} for i in range(limit)]
        return json_answer({"rows": rows, "total": offset + 10 * limit})

    with (
        serve(behaviour) as (url, seen),
        Keitaro(url, API_KEY, max_retries=0) as kt,
        pytest.raises(PagingError, match="keeps sending full pages"),
    ):
        list(kt.clicks.iter_log("today", columns=["sub_id"], page_size=50))
    assert len(seen.paths) == 10 + pagination.SLACK_PAGES  # the first total said 10 pages


def test_endless_distinct_campaign_pages_are_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pagination, "MAX_PAGES_WITHOUT_TOTAL", count(200, 20))

    def behaviour(path: str, body: Any, seen: Seen) -> Answer:
        start = len(seen.paths) * 10
        return json_answer([campaign(start + i, f"C{start + i}") for i in range(10)])

    with serve(behaviour) as (url, seen), Keitaro(url, API_KEY, max_retries=0) as kt, pytest.raises(PagingError):
        list(kt.campaigns.iter(page_size=10))
    assert len(seen.paths) == pagination.MAX_PAGES_WITHOUT_TOTAL


def test_a_connection_dropped_by_a_real_socket_leaves_no_key_in_the_chain(leaks: Leaks) -> None:
    with (
        serve(lambda path, body, seen: Answer(close=True)) as (url, _),
        Keitaro(url, API_KEY, max_retries=0) as kt,
        pytest.raises(APIConnectionError) as caught,
    ):
        kt.campaigns.list()
    todo: list[BaseException | None] = [caught.value.__cause__, caught.value.__context__]
    walked = 0
    while todo and walked < 50:
        exc = todo.pop()
        if exc is None:
            continue
        walked += 1
        request = getattr(exc, "_request", None)
        if isinstance(request, httpx.Request):
            assert API_KEY not in repr(list(request.headers.raw))
        assert API_KEY not in str(exc) + repr(exc.args)
        todo += [exc.__cause__, exc.__context__]
    assert walked >= 1
    leaks.error(caught.value)


@pytest.fixture(scope="module")
def served() -> Iterator[FakeTracker]:
    with FakeTracker(api_key=API_KEY, clicks=10) as fake:
        yield fake


def _chunks(total: int, size: int = 1 << 20) -> Iterator[bytes]:
    block = b" " * size
    for _ in range(total // size):
        yield block


def test_an_upload_bomb_without_a_key_is_refused_and_the_fake_stays_responsive(served: FakeTracker) -> None:
    megabytes = count(256, 8)
    with httpx.Client(base_url=served.api_url, timeout=60) as http:
        try:
            answer = http.post(
                "/campaigns", content=_chunks(megabytes << 20), headers={"content-type": "application/json"}
            )
            assert answer.status_code == 401
        except httpx.TransportError:
            pass  # the fake may close before the client finished writing: it did not read the body either way
        assert http.get("/campaigns", headers={"Api-Key": API_KEY}).status_code == 200
    assert served.requests[-2].status == 401 and served.requests[-2].body == b""


def test_an_oversized_upload_with_the_key_gets_413(served: FakeTracker) -> None:
    megabytes = count(64, 20)  # the default limit is 16 MB
    with httpx.Client(base_url=served.api_url, timeout=60, headers={"Api-Key": API_KEY}) as http:
        try:
            answer = http.post(
                "/campaigns", content=_chunks(megabytes << 20), headers={"content-type": "application/json"}
            )
            assert answer.status_code == 413 and set(answer.json()) == {"error"}
        except httpx.TransportError:
            pass
        assert http.get("/campaigns").status_code == 200
    assert any(record.status == 413 for record in served.requests)


def test_a_depth_bomb_gets_a_400_in_keitaros_shape(served: FakeTracker) -> None:
    depth = count(1_000_000, 100_000)
    with httpx.Client(base_url=served.api_url, timeout=60, headers={"Api-Key": API_KEY}) as http:
        answer = http.post(
            "/campaigns", content=b"[" * depth + b"]" * depth, headers={"content-type": "application/json"}
        )
    assert answer.status_code == 400
    assert "Maximum stack depth exceeded" in answer.json()["error"]

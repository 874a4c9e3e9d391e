"""`export` asks for the next page while it writes this one: same requests, same errors, no thread or file left."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from keitaro_ext import APIError, Keitaro, UnexpectedResponseError
from keitaro_ext.prefetch import PageAhead

COLUMNS = ["datetime", "sub_id", "campaign_id"]
JSON = {"content-type": "application/json"}
ROWS = [{"datetime": "2026-01-01 00:00:00", "sub_id": f"s{i}", "campaign_id": i} for i in range(25)]


def _client(handler: Any) -> Keitaro:
    return Keitaro(
        "https://t.example.com", "kt-PREFETCH-KEY-0123456789", transport=httpx.MockTransport(handler), max_retries=0
    )


SLOW = 0.08  # seconds a page takes: above prefetch.WORTH_IT, so later pages are asked for ahead


def _pages(
    seen: list[int], broken_offset: int | None = None, broken: httpx.Response | None = None, delay: float = 0.0
) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        offset, limit = body["offset"], body["limit"]
        seen.append(offset)
        time.sleep(delay)
        if offset == broken_offset and broken is not None:
            return broken
        return httpx.Response(200, json={"rows": ROWS[offset : offset + limit], "total": len(ROWS)})

    return handler


def _helpers() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name == "keitaro-page-ahead"]


def _fetched_by(delay: float, tmp_path: Path) -> list[str]:
    names: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        names.append(threading.current_thread().name)
        time.sleep(delay)
        offset = json.loads(request.content)["offset"]
        return httpx.Response(200, json={"rows": ROWS[offset : offset + 5], "total": len(ROWS)})

    _client(handler).clicks.export(tmp_path / "c.csv", columns=COLUMNS, page_size=5)
    return names


def test_a_tracker_that_answers_at_once_is_read_without_a_second_thread(tmp_path: Path) -> None:
    assert set(_fetched_by(0.0, tmp_path)) == {threading.current_thread().name}


def test_a_slow_tracker_is_asked_for_the_next_page_while_this_one_is_written(tmp_path: Path) -> None:
    names = _fetched_by(SLOW, tmp_path)
    here = threading.current_thread().name
    assert names == [here] + ["keitaro-page-ahead"] * 4  # the first answer's wait decides for the next
    assert _helpers() == []


@pytest.mark.parametrize("delay", [0.0, SLOW], ids=["fast", "slow"])
@pytest.mark.parametrize("suffix", [".parquet", ".csv", ".jsonl"])
def test_the_requests_are_those_of_reading_the_log_in_order_and_no_more(
    tmp_path: Path, suffix: str, delay: float
) -> None:
    exported: list[int] = []
    read: list[int] = []
    export = _client(_pages(exported, delay=delay)).clicks.export
    result = export(tmp_path / f"clicks{suffix}", columns=COLUMNS, page_size=10)
    rows = list(_client(_pages(read)).clicks.iter_log(columns=COLUMNS, page_size=10))
    assert result.rows == len(rows) == 25
    assert exported == read == [0, 10, 20]
    assert _helpers() == []


@pytest.mark.parametrize("delay", [0.0, SLOW], ids=["fast", "slow"])
def test_max_rows_stops_the_requests_where_reading_does(tmp_path: Path, delay: float) -> None:
    seen: list[int] = []
    export = _client(_pages(seen, delay=delay)).clicks.export
    result = export(tmp_path / "c.csv", columns=COLUMNS, page_size=10, max_rows=20)
    assert (result.rows, seen) == (20, [0, 10])


@pytest.mark.parametrize(
    ("broken", "error"),
    [
        (httpx.Response(500, json={"error": "boom"}), APIError),
        (
            httpx.Response(200, content=b'{"rows": [{"sub_id": "a"', headers={"content-type": "application/json"}),
            UnexpectedResponseError,
        ),
    ],
    ids=["server-error", "cut-off-json"],
)
@pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")  # the Parquet writer is closed
@pytest.mark.parametrize("suffix", [".parquet", ".csv"])
def test_a_failure_on_page_three_is_the_error_reading_gives_and_leaves_no_file_or_thread(
    tmp_path: Path, suffix: str, broken: httpx.Response, error: type[Exception]
) -> None:
    """Page two is slow, so page three is asked for ahead: its failure comes from the helper thread."""
    target = tmp_path / f"clicks{suffix}"
    target.write_text("the previous export\n")
    with pytest.raises(error) as reading:
        list(_client(_pages([], 20, broken, delay=SLOW)).clicks.iter_log(columns=COLUMNS, page_size=10))
    seen: list[int] = []
    with pytest.raises(error) as exporting:
        _client(_pages(seen, 20, broken, delay=SLOW)).clicks.export(target, columns=COLUMNS, page_size=10)
    assert type(exporting.value) is type(reading.value)
    assert str(exporting.value) == str(reading.value)
    assert seen == [0, 10, 20]
    assert target.read_text() == "the previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]  # no temporary file left
    assert _helpers() == []


def test_a_failure_while_writing_waits_for_the_request_in_flight(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("keitaro_ext.reports.export.BATCH_ROWS", 10)  # progress after each page of 10
    started, release = threading.Event(), threading.Event()

    def handler(request: httpx.Request) -> httpx.Response:
        offset = json.loads(request.content)["offset"]
        if offset:
            started.set()
            release.wait(10)
        else:
            time.sleep(SLOW)
        return httpx.Response(200, json={"rows": ROWS[offset : offset + 10], "total": len(ROWS)})

    def progress(rows: int, total: int | None) -> None:
        assert started.wait(10), "the next page is asked for while this one is written"
        threading.Timer(0.2, release.set).start()
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError, match="disk full"):
        _client(handler).clicks.export(tmp_path / "c.csv", columns=COLUMNS, page_size=10, progress=progress)
    assert _helpers() == []  # the request in flight was waited for
    assert list(tmp_path.iterdir()) == []


def test_the_fetched_page_is_decoded_only_when_asked_for_and_by_the_callers_thread() -> None:
    decoded: list[tuple[str, threading.Thread]] = []

    def parse(answer: str) -> str:
        decoded.append((answer, threading.current_thread()))
        return answer.upper()

    def fetch(offset: int, limit: int, hold: Any) -> str:
        return str(hold(parse)(f"page at {offset}"))

    with PageAhead(fetch) as ahead:
        ahead.waited = 1.0  # as after a slow answer
        ahead.start(10, 10)
        time.sleep(0.05)
        assert decoded == []
        assert ahead.result() == "PAGE AT 10"
    assert decoded == [("page at 10", threading.current_thread())]


def test_a_parser_error_is_raised_inside_the_call_as_without_prefetch() -> None:
    failure = ValueError("not JSON")
    seen_in_call: list[BaseException] = []

    def parse(answer: str) -> str:
        raise failure

    def fetch(offset: int, limit: int, hold: Any) -> str:
        try:
            return str(hold(parse)("page"))
        except ValueError as error:  # where the SDK's caller turns it into UnexpectedResponseError
            seen_in_call.append(error)
            raise

    with PageAhead(fetch) as ahead:
        ahead.waited = 1.0  # as after a slow answer
        ahead.start(10, 10)
        with pytest.raises(ValueError, match="not JSON") as caught:
            ahead.result()
    assert caught.value is failure and seen_in_call == [failure]


def test_the_same_exception_object_is_raised_in_the_callers_thread() -> None:
    failure = LookupError("page two")

    def fetch(offset: int, limit: int, hold: Any) -> str:
        raise failure

    with PageAhead(fetch) as ahead:
        ahead.waited = 1.0  # as after a slow answer
        ahead.start(10, 10)
        with pytest.raises(LookupError) as caught:
            ahead.result()
    assert caught.value is failure
    assert _helpers() == []


def test_an_interrupt_does_not_wait_for_the_request_in_flight() -> None:
    release = threading.Event()

    def fetch(offset: int, limit: int, hold: Any) -> str:
        release.wait(10)
        return "late"

    def interrupted() -> None:
        with PageAhead(fetch) as ahead:
            ahead.waited = 1.0
            ahead.start(10, 10)
            raise KeyboardInterrupt

    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        interrupted()
    assert time.monotonic() - started < 5
    (helper,) = _helpers()
    assert helper.daemon  # it cannot keep the interpreter alive
    release.set()
    helper.join(10)
    assert _helpers() == []

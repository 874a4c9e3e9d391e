"""Which requests are repeated, when, and how long the client waits in between."""

from __future__ import annotations

import email.utils
import logging
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from keitaro_ext import APIConnectionError, APIStatusError, RateLimitError, RetryPolicy, ServerError
from keitaro_ext.retry import parse_retry_after
from tests.answers import campaign
from tests.core.conftest import Harness, Script, reply

Call = Callable[[Any], Any]
OPERATIONS: dict[str, tuple[Call, bool]] = {
    "GET getCampaign": (lambda kt: kt.campaigns.get(1), True),
    "PUT updateCampaign": (lambda kt: kt.campaigns.update(1, name="n"), True),
    "DELETE deleteCampaign": (lambda kt: kt.campaigns.delete(1), True),
    "POST buildReport (read-only)": (lambda kt: kt.reports.build_raw(metrics=["clicks"]), True),
    "POST getClickLog (read-only)": (lambda kt: kt.clicks.log(limit=10), True),
    "POST createCampaign": (lambda kt: kt.campaigns.create(name="n", alias="a"), False),
    "POST cloneCampaign": (lambda kt: kt.campaigns.clone(1), False),
    "POST updateCampaignCosts (schedules)": (
        lambda kt: kt.campaigns.update_costs(
            1, start_date="2026-01-01 00:00", end_date="2026-01-02 00:00", timezone="UTC", cost="1", currency="USD"
        ),
        False,
    ),
}
RETRYABLE = [408, 429, 500, 502, 503, 504]
FINAL = [400, 401, 403, 404, 406]


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("status", RETRYABLE + FINAL)
def test_retry_matrix(harness: Harness, operation: str, status: int) -> None:
    call, safe = OPERATIONS[operation]
    script = Script([reply(status, {"error": "boom"}), reply(status, {"error": "boom"}), reply(200, campaign(1))])
    kt = harness.client(script)
    if safe and status in RETRYABLE:
        harness.run(call(kt))
        assert len(script.requests) == 3
        assert len(harness.sleeps) == 2
    else:
        with pytest.raises(APIStatusError) as caught:
            harness.run(call(kt))
        assert caught.value.status_code == status
        assert len(script.requests) == 1, "sent again although it must not be"
        assert harness.sleeps == []


def test_a_create_answered_503_is_sent_exactly_once(harness: Harness) -> None:
    script = Script([reply(503, {"error": "busy"})])
    kt = harness.client(script, max_retries=5)
    with pytest.raises(ServerError):
        harness.run(kt.campaigns.create(name="Summer", alias="summer"))
    assert [r.method for r in script.requests] == ["POST"]


def test_retries_stop_at_the_budget_and_the_error_says_so(harness: Harness) -> None:
    script = Script([reply(502, {"error": "bad gateway"})])
    kt = harness.client(script, max_retries=2)
    with pytest.raises(ServerError, match=r"gave up after 3 attempts"):
        harness.run(kt.campaigns.list())
    assert len(script.requests) == 3


def test_with_options_overrides_the_retry_budget_per_call(harness: Harness) -> None:
    script = Script([reply(503, {})])
    kt = harness.client(script, max_retries=2)
    with pytest.raises(ServerError):
        harness.run(kt.with_options(max_retries=0).campaigns.list())
    assert len(script.requests) == 1
    with pytest.raises(ServerError):
        harness.run(kt.with_options(max_retries=4).campaigns.list())
    assert len(script.requests) == 1 + 5


def http_date(seconds_from_now: float) -> str:
    return email.utils.formatdate(time.time() + seconds_from_now, usegmt=True)


@pytest.mark.parametrize(
    ("retry_after", "expected_wait"),
    [
        ("3", 3.0),
        ("0.25", 0.25),
        ("0", 0.0),
        ("-5", 0.0),
        ("date+30", 30.0),
        ("date-30", 0.0),
        ("soon", None),  # garbled: exponential backoff instead
        (None, None),
    ],
)
def test_retry_after_is_honoured_in_both_forms(
    harness: Harness, retry_after: str | None, expected_wait: float | None
) -> None:
    if retry_after is not None and retry_after.startswith("date"):
        retry_after = http_date(float(retry_after[4:]))  # made here, not at collection time
    headers = {"Retry-After": retry_after} if retry_after is not None else None
    script = Script([reply(429, {"error": "slow"}, headers=headers), reply(200, [])])
    kt = harness.client(script)
    harness.run(kt.campaigns.list())
    assert len(harness.sleeps) == 1
    if expected_wait is None:
        assert 0.375 <= harness.sleeps[0] <= 0.5  # first backoff step, with jitter
    else:
        assert harness.sleeps[0] == pytest.approx(expected_wait, abs=1.5)


def test_a_retry_after_beyond_the_cap_is_not_waited_for(harness: Harness) -> None:
    script = Script([reply(429, {"error": "slow"}, headers={"Retry-After": "3600"}), reply(200, [])])
    kt = harness.client(script)
    with pytest.raises(RateLimitError) as caught:
        harness.run(kt.campaigns.list())
    assert caught.value.retry_after == 3600
    assert harness.sleeps == []
    assert len(script.requests) == 1


def test_backoff_doubles_up_to_the_cap_with_jitter() -> None:
    policy = RetryPolicy()
    assert [policy.backoff(n, lambda: 0.0) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert policy.backoff(0, lambda: 1.0) == 0.375


@pytest.mark.parametrize(
    ("value", "seconds"),
    [("7", 7.0), (" 7 ", 7.0), ("1.5", 1.5), ("-1", 0.0), ("", None), ("nan", None), ("inf", None), ("x", None)],
)
def test_parse_retry_after_table(value: str, seconds: float | None) -> None:
    assert parse_retry_after(value) == seconds


def test_parse_retry_after_http_date_uses_the_clock() -> None:
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=lambda: 1445412470.0) == 10.0


@pytest.mark.parametrize(
    ("error", "safe_retried", "unsafe_retried"),
    [
        (httpx.ConnectError("refused"), True, True),  # never left the machine
        (httpx.ConnectTimeout("connect"), True, True),
        (httpx.ReadTimeout("read"), True, False),  # the tracker may have acted on it
        (httpx.ReadError("reset"), True, False),
        (httpx.RemoteProtocolError("disconnected"), True, False),
        (httpx.UnsupportedProtocol("no scheme"), False, False),
    ],
)
def test_transport_failures(harness: Harness, error: Exception, safe_retried: bool, unsafe_retried: bool) -> None:
    cases: list[tuple[Call, bool]] = [
        (lambda kt: kt.campaigns.get(1), safe_retried),
        (lambda kt: kt.campaigns.create(name="n", alias="a"), unsafe_retried),
    ]
    for call, retried in cases:
        script = Script([error, reply(200, campaign(1))])
        kt = harness.client(script)
        if retried:
            assert harness.run(call(kt)).id == 1
            assert len(script.requests) == 2
        else:
            with pytest.raises(APIConnectionError):
                harness.run(call(kt))
            assert len(script.requests) == 1


def test_retries_are_logged_with_reason_and_wait(harness: Harness, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="keitaro_ext")
    kt = harness.client(Script([reply(503, {}), reply(200, [])]))
    harness.run(kt.campaigns.list())
    retries = [r for r in caplog.records if getattr(r, "keitaro_retry", None)]
    assert len(retries) == 1
    assert "GET /admin_api/v1/campaigns: 503, retry 1 of 2 in" in retries[0].getMessage()
    attempts = [r for r in caplog.records if getattr(r, "keitaro_attempt", None)]
    assert [(r.keitaro_status, r.keitaro_attempt) for r in attempts] == [(503, 1), (200, 2)]  # type: ignore[attr-defined]


def test_kt_request_gets_the_same_retry_rules() -> None:
    """Calls through kt.request (the escape hatch that replaced kt.raw_client) are retried by HTTP method."""
    from keitaro_ext import Keitaro

    script = Script([reply(503, {}), reply(200, [])])
    kt = Keitaro("https://t.example.com", "k-123", transport=httpx.MockTransport(script.handle))
    kt.with_options()  # must not disturb the original's caller
    sleeps: list[float] = []
    kt._http._transport._sleep = sleeps.append  # type: ignore[attr-defined]
    assert kt.request("GET", "/campaigns") == []
    assert len(script.requests) == 2
    script.replies = [reply(503, {})]
    with pytest.raises(ServerError):
        kt.request("POST", "/campaigns", json={"name": "n", "alias": "a"})
    assert len(script.requests) == 3


def test_a_retry_policy_sets_the_budget_unless_max_retries_is_given(harness: Harness) -> None:
    script = Script([reply(503, {})])
    kt = harness.client(script, retry_policy=RetryPolicy(max_retries=4, initial_delay=0.1))
    assert kt.max_retries == 4
    with pytest.raises(ServerError):
        harness.run(kt.campaigns.list())
    assert len(script.requests) == 5
    assert harness.sleeps[0] <= 0.1
    kt = harness.client(script, retry_policy=RetryPolicy(max_retries=4), max_retries=1)
    with pytest.raises(ServerError):
        harness.run(kt.campaigns.list())
    assert len(script.requests) == 5 + 2

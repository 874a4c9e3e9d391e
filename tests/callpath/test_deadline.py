"""The call's timeout is a deadline for everything, retries and their waits included; Retry-After is sane."""

from __future__ import annotations

import pytest

from keitaro_ext import RateLimitError, ServerError
from tests.core.conftest import Harness, Script, reply


@pytest.mark.parametrize("value", ["0", "-5", "0.0"])
def test_a_zero_or_negative_retry_after_falls_back_to_the_backoff(harness: Harness, value: str) -> None:
    script = Script([reply(429, {}, headers={"Retry-After": value}), reply(200, [])])
    kt = harness.client(script)
    harness.run(kt.campaigns.list())
    assert len(harness.sleeps) == 1
    assert 0.375 <= harness.sleeps[0] <= 0.5  # the first backoff step, never an immediate retry


def test_a_retry_after_longer_than_what_is_left_raises_at_once(harness: Harness) -> None:
    script = Script([reply(429, {"error": "slow down"}, headers={"Retry-After": "20"}), reply(200, [])])
    kt = harness.client(script, timeout=5)
    with pytest.raises(RateLimitError) as caught:
        harness.run(kt.campaigns.list())
    assert caught.value.retry_after == 20
    assert harness.sleeps == [] and len(script.requests) == 1
    script.replies = [reply(429, {"error": "slow down"}, headers={"Retry-After": "20"}), reply(200, [])]
    harness.run(kt.campaigns.list(timeout=60))  # the same wait fits in a longer deadline
    assert harness.sleeps == [20]


def test_a_backoff_longer_than_what_is_left_is_not_waited_for(harness: Harness) -> None:
    script = Script([reply(503, {"error": "busy"})])
    kt = harness.client(script, timeout=0.2, max_retries=5)
    with pytest.raises(ServerError):
        harness.run(kt.campaigns.list())
    assert harness.sleeps == [] and len(script.requests) == 1

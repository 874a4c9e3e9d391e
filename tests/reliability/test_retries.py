"""500 GETs while 30 % of answers are 429 or 503 (with and without Retry-After): every call succeeds
within the retry budget, and the retries and waits logged match the fake's request log."""

from __future__ import annotations

import functools
from collections import Counter
from typing import Any

from . import faults
from .conftest import Leaks
from .scale import count
from .support import Sleeps, Target, summarize

INITIAL, CAP, JITTER = 0.5, 8.0, 0.25  # the default RetryPolicy's backoff


def _backoff_bounds(retry_number: int) -> tuple[float, float]:
    base = min(INITIAL * 2.0**retry_number, CAP)
    return base * (1 - JITTER), base


def _get(kt: Any, entity_id: int) -> Any:
    return kt.campaigns.get(entity_id)


def test_gets_all_succeed_through_429_and_503(target: Target, sleeps: Sleeps, leaks: Leaks) -> None:
    fake = target.fake
    rule_429, rule_503_after, rule_503 = faults.add(fake, "GET", "/campaigns/*", faults.GET_MIX)
    ids = sorted(campaign["id"] for campaign in fake.state.campaigns)
    wanted = [ids[k % len(ids)] for k in range(count(500, 500 if target.where == "in-process" else 100))]
    kt = target.client(max_retries=faults.MAX_RETRIES)

    outcomes: list[Any] = target.run(kt, [functools.partial(_get, entity_id=i) for i in wanted])

    assert [getattr(o, "id", o) for o in outcomes] == wanted  # every call succeeded, in order
    gets = [r for r in fake.requests if r.method == "GET"]
    faulted = [r for r in gets if r.fault]
    assert len(gets) == len(wanted) + len(faulted)  # each broken answer cost exactly one more request
    assert len(faulted) == rule_429.fired + rule_503_after.fired + rule_503.fired
    assert 0.2 < len(faulted) / len(gets) < 0.4

    retries = [vars(r) for r in leaks.records if hasattr(r, "keitaro_retry")]
    attempts = [vars(r) for r in leaks.records if hasattr(r, "keitaro_attempt")]
    assert [r["keitaro_delay"] for r in retries] == sleeps.delays  # what was logged is what was waited
    assert len(retries) == len(faulted)
    assert Counter(r["keitaro_status"] for r in attempts) == Counter(r.status for r in gets)
    most = max(r["keitaro_retry"] for r in retries)
    assert most <= faults.MAX_RETRIES

    assert sleeps.delays.count(1.0) == rule_429.fired  # Retry-After: 1
    assert sleeps.delays.count(2.0) == rule_503_after.fired  # Retry-After: 2
    backoffs = [(r["keitaro_retry"], r["keitaro_delay"]) for r in retries if r["keitaro_delay"] not in (1.0, 2.0)]
    assert len(backoffs) == rule_503.fired
    for retry_number, delay in backoffs:  # no Retry-After: exponential backoff with jitter
        low, high = _backoff_bounds(retry_number - 1)
        assert low <= delay <= high

    summarize(
        f"{target.label}: {len(wanted)} GETs, {len(gets)} requests, {len(faulted)} answered 429/503 "
        f"({100 * len(faulted) / len(gets):.0f} %: {rule_429.fired}x 429 Retry-After 1, "
        f"{rule_503_after.fired}x 503 Retry-After 2, {rule_503.fired}x 503), {len(retries)} retries, "
        f"at most {most} for one call, waits {sum(sleeps.delays):.1f} s "
        "in all (recorded, not slept); all succeeded"
    )

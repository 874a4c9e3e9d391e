"""200 creates while 30 % of answers break, before or after the tracker applied the create.

The books must balance: one campaign per create the SDK reported as successful; none for a create
that failed with an error that does not warn it may have been applied; every create applied but
answered with an error raised an error that says so; no create was ever sent twice; nothing is
duplicated.
"""

from __future__ import annotations

import functools
from collections import Counter
from typing import Any

from keitaro_admin_client.models import Campaign

from keitaro_ext import (
    APIConnectionError,
    APITimeoutError,
    KeitaroError,
    RateLimitError,
    ServerError,
    UnexpectedResponseError,
)

from . import faults
from .conftest import Leaks
from .scale import count
from .support import Sleeps, Target, summarize

WARNING = "may have reached the tracker and was not repeated"
EXPECTED: dict[tuple[str | None, int | None], type[KeitaroError]] = {
    ("status", 429): RateLimitError,
    ("status", 503): ServerError,
    ("drop", None): APIConnectionError,
    ("reset", None): APIConnectionError,
    ("truncate", 200): UnexpectedResponseError,
    ("html", 200): UnexpectedResponseError,
}


def _create(kt: Any, name: str, alias: str) -> Any:
    return kt.campaigns.create(name=name, alias=alias)


def test_creates_are_never_lost_or_duplicated(target: Target, sleeps: Sleeps, leaks: Leaks) -> None:
    fake = target.fake
    rules = faults.add(fake, "POST", "/campaigns", faults.CREATE_MIX)
    names = [f"reliability {k}" for k in range(count(200, 200 if target.where == "in-process" else 60))]
    before = len(fake.state.campaigns)
    kt = target.client(max_retries=faults.MAX_RETRIES)

    outcomes: list[Any] = target.run(
        kt, [functools.partial(_create, name=name, alias=f"rel-{k}") for k, name in enumerate(names)]
    )

    stored = Counter(c["name"] for c in fake.state.campaigns)
    sent = Counter(r.json["name"] for r in fake.requests if r.method == "POST" and r.path == "/campaigns")
    requests = {r.json["name"]: r for r in fake.requests if r.method == "POST" and r.path == "/campaigns"}
    assert set(sent.values()) == {1}, "a create was sent twice"
    assert set(stored.values()) == {1}, "a campaign was duplicated"
    assert not sleeps.delays, "a create was retried"

    succeeded = warned = applied_after_error = 0
    for name, outcome in zip(names, outcomes, strict=True):
        request = requests[name]
        if isinstance(outcome, Campaign):
            assert request.fault is None
            assert outcome.name == name and stored[name] == 1
            succeeded += 1
            continue
        assert isinstance(outcome, EXPECTED[(request.fault, request.status)]), (request.fault, outcome)
        assert not isinstance(outcome, APITimeoutError)
        says_maybe = WARNING in str(outcome)
        warned += says_maybe
        if stored[name]:  # applied, yet the client got an error: it must say so, and it was not repeated
            assert says_maybe, f"{name} was applied but the error does not say it may have been: {outcome}"
            applied_after_error += 1
        elif not says_maybe:
            assert isinstance(outcome, RateLimitError)  # rejected before it was applied

    assert applied_after_error == sum(rule.fired for rule in rules if rule.when == "after")
    assert len(fake.state.campaigns) - before == succeeded + applied_after_error  # nothing lost, nothing extra
    failed = len(names) - succeeded
    summarize(
        f"{target.label}: {len(names)} creates, {succeeded} succeeded (each stored once), {failed} failed: "
        f"{failed - warned} rejected and not stored, {warned} warned 'may have reached the tracker' "
        f"({applied_after_error} of them were applied, {warned - applied_after_error} were not); "
        "0 sent twice, 0 duplicated, 0 lost"
    )

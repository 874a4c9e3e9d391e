"""Dropped and reset connections, cut-off JSON and HTML pages give typed errors, over real sockets
and in-process, sync and async; a GET is retried through them, a create never is."""

from __future__ import annotations

from typing import Any

import pytest

from keitaro_ext import APIConnectionError, APIError, APITimeoutError, KeitaroError, UnexpectedResponseError

from .conftest import Leaks
from .support import Sleeps, Target

WARNING = "may have reached the tracker and was not repeated"
KINDS: dict[str, tuple[dict[str, Any], type[KeitaroError], str]] = {
    "drop": ({"drop": True}, APIConnectionError, "RemoteProtocolError"),
    "reset": ({"reset": True}, APIConnectionError, "Error"),
    "truncate": ({"truncate": True}, UnexpectedResponseError, "not valid JSON"),
    "html": ({"html": True}, UnexpectedResponseError, "HTML page"),
}


def _one(target: Target, call: Any, **options: Any) -> Any:
    return target.run(target.client(**options), [call])[0]


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_a_get_without_retries_raises_the_typed_error(target: Target, leaks: Leaks, kind: str) -> None:
    fault, error, text = KINDS[kind]
    target.fake.faults.add(method="GET", path="/campaigns/1", times=1, **fault)
    outcome = _one(target, lambda kt: kt.campaigns.get(1), max_retries=0)
    assert type(outcome) is error
    assert isinstance(outcome, APIError)
    assert not isinstance(outcome, APITimeoutError)
    assert text in str(outcome)
    assert WARNING not in str(outcome)  # a GET changes nothing: no warning needed
    assert (outcome.method, outcome.path) == ("GET", "/admin_api/v1/campaigns/1")


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_a_create_raises_the_typed_error_and_warns_it_may_have_been_applied(
    target: Target, sleeps: Sleeps, leaks: Leaks, kind: str
) -> None:
    fault, error, text = KINDS[kind]
    target.fake.faults.add(method="POST", path="/campaigns", when="after", **fault)
    outcome = _one(target, lambda kt: kt.campaigns.create(name="Broken", alias="broken"), max_retries=5)
    assert type(outcome) is error
    assert text in str(outcome) and WARNING in str(outcome)
    assert len(target.fake.requests.calls("POST", "/campaigns")) == 1
    assert [c["name"] for c in target.fake.state.campaigns].count("Broken") == 1  # applied once, as warned
    assert sleeps.delays == []


@pytest.mark.parametrize("kind", ["drop", "reset"])
def test_a_get_is_retried_through_a_broken_connection(target: Target, sleeps: Sleeps, kind: str) -> None:
    fault, _, _ = KINDS[kind]
    target.fake.faults.add(method="GET", path="/campaigns/2", times=2, **fault)
    outcome = _one(target, lambda kt: kt.campaigns.get(2), max_retries=2)
    assert getattr(outcome, "id", outcome) == 2
    assert len(target.fake.requests.calls("GET", "/campaigns/2")) == 3
    assert len(sleeps.delays) == 2

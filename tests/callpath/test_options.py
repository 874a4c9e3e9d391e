"""Per-call options reach the wire on every kind of method: plain, async, batch, with_options."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from keitaro_ext import ConfigurationError, ServerError
from keitaro_ext.batch.options import BatchMode
from tests import answers
from tests.core.conftest import API_KEY, Harness, Script, reply


def test_extra_headers_and_extra_query_reach_the_wire(harness: Harness) -> None:
    script = Script([reply(200, [])])
    kt = harness.client(script)
    harness.run(kt.campaigns.list(extra_headers={"X-Trace": "t-1"}, extra_query={"debug": "1", "limit": 5}))
    sent = script.requests[0]
    assert sent.headers["X-Trace"] == "t-1"
    assert sent.url.params["debug"] == "1"
    assert sent.url.params["limit"] == "5"
    assert sent.headers["Api-Key"] == API_KEY  # still authenticated


def test_extra_body_is_merged_into_the_json_body(harness: Harness) -> None:
    script = Script([reply(200, answers.campaign(3, "n"))])
    kt = harness.client(script)
    harness.run(kt.campaigns.update(3, name="n", extra_body={"undocumented_flag": True}))
    assert script.bodies()[0] == {"name": "n", "undocumented_flag": True}


def test_a_per_call_timeout_is_what_the_transport_gets(harness: Harness) -> None:
    script = Script([reply(200, [])])
    kt = harness.client(script, timeout=60)
    harness.run(kt.campaigns.list(timeout=5))
    harness.run(kt.campaigns.list())
    first, second = (request.extensions["timeout"] for request in script.requests)
    assert first["read"] <= 5 and first["connect"] <= 5
    assert 5 < second["read"] <= 60


def test_a_per_call_max_retries_overrides_the_client(harness: Harness) -> None:
    script = Script([reply(503, {"error": "busy"})])
    kt = harness.client(script, max_retries=2)
    with pytest.raises(ServerError):
        harness.run(kt.campaigns.get(1, max_retries=0))
    assert len(script.requests) == 1
    with pytest.raises(ServerError):
        harness.run(kt.campaigns.get(1, max_retries=4))
    assert len(script.requests) == 1 + 5


@pytest.mark.parametrize("header", ["Api-Key", "authorization", "API-KEY"])
def test_auth_headers_cannot_be_overridden_per_call(harness: Harness, header: str) -> None:
    script = Script([reply(200, [])])
    kt = harness.client(script)
    with pytest.raises(ConfigurationError, match="sends the API key itself") as caught:
        harness.run(kt.campaigns.list(extra_headers={header: "other-key"}))
    assert "other-key" not in str(caught.value)
    assert script.requests == []


def test_with_options_default_headers_apply_to_every_call_and_share_the_pool(harness: Harness) -> None:
    script = Script([reply(200, [])])
    kt = harness.client(script)
    tagged = kt.with_options(default_headers={"X-Team": "growth"}, timeout=7)
    harness.run(tagged.campaigns.list())
    harness.run(tagged.offers.list(extra_headers={"X-Team": "override"}))
    harness.run(kt.campaigns.list())
    assert [r.headers.get("X-Team") for r in script.requests] == ["growth", "override", None]
    assert tagged._http is kt._http
    assert tagged.default_headers == {"X-Team": "growth"}
    with pytest.raises(ConfigurationError, match="default_headers cannot set 'Authorization'"):
        kt.with_options(default_headers={"Authorization": "Bearer x"})


def test_client_default_headers(harness: Harness) -> None:
    script = Script([reply(200, [])])
    kt = harness.client(script, default_headers={"X-Env": "prod"})
    harness.run(kt.campaigns.list())
    assert script.requests[0].headers["X-Env"] == "prod"


@pytest.mark.parametrize("mode", ["concurrent", "entrypoint"])
def test_batch_calls_take_the_same_options(harness: Harness, mode: BatchMode) -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.query == b"batch":
            return httpx.Response(404, json={"error": "no entrypoint"})
        return httpx.Response(200, json=answers.campaign(1, "c"))

    script = Script([handle])
    kt = harness.client(script)

    async def run_async() -> Any:
        async with kt.batch(mode) as batch:  # type: ignore[union-attr]
            return batch.campaigns.get(1, extra_headers={"X-One": "1"}, extra_query={"q": "v"}, timeout=3)

    if harness.mode == "sync":
        with kt.batch(mode) as batch:  # type: ignore[union-attr]
            handle_ = batch.campaigns.get(1, extra_headers={"X-One": "1"}, extra_query={"q": "v"}, timeout=3)
    else:
        handle_ = harness.run(run_async())
    assert handle_.result().id == 1
    singles = [r for r in script.requests if r.url.query != b"batch"]
    assert [r.headers.get("X-One") for r in singles] == ["1"]
    assert singles[0].url.params["q"] == "v"
    assert singles[0].extensions["timeout"]["read"] <= 3
    assert all(r.url.query != b"batch" for r in script.requests)  # a call with options goes on its own


def test_bad_per_call_values_are_clear_errors(harness: Harness) -> None:
    kt = harness.client(Script([reply(200, [])]))
    with pytest.raises(ConfigurationError, match="max_retries must be a whole number"):
        harness.run(kt.campaigns.list(max_retries=-1))
    with pytest.raises(ConfigurationError, match="timeout must be a positive number"):
        harness.run(kt.campaigns.list(timeout=0))

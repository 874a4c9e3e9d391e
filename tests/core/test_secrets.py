"""The API key goes in the auth header to the tracker's own host, and nowhere else."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from keitaro_ext import AsyncKeitaro, Keitaro, KeitaroAuth, KeitaroError
from keitaro_ext.config import Settings
from tests.core.conftest import API_KEY, Harness, Script, reply


def test_the_key_is_sent_in_the_chosen_header(harness: Harness) -> None:
    script = Script([reply(200, [])])
    harness.run(harness.client(script).campaigns.list())
    harness.run(harness.client(script, auth="bearer").campaigns.list())
    assert script.requests[0].headers["Api-Key"] == API_KEY
    assert "authorization" not in script.requests[0].headers
    assert script.requests[1].headers["Authorization"] == f"Bearer {API_KEY}"
    assert "api-key" not in script.requests[1].headers
    assert script.requests[0].headers["User-Agent"].startswith("keitaro-admin/")


def test_no_repr_shows_the_key() -> None:
    for client in (Keitaro("https://t.example.com", API_KEY), AsyncKeitaro("https://t.example.com", API_KEY)):
        texts = [repr(client), str(client), repr(client.with_options(timeout=5)), repr(client.with_raw_response)]
        texts += [repr(client._settings), repr(client._auth), repr(client.campaigns), repr(vars(client.campaigns))]
        for text in texts:
            assert API_KEY not in text
    assert "redacted" in repr(KeitaroAuth(API_KEY))
    settings = Settings.resolve(
        "https://t.example.com", API_KEY, auth="api_key", timeout=None, max_retries=2, user_agent=None
    )
    assert API_KEY not in repr(settings)


def test_errors_never_contain_the_key_even_when_the_tracker_echoes_it(harness: Harness) -> None:
    echo = {"error": f"Key {API_KEY} is revoked"}
    kt = harness.client(Script([reply(401, echo, headers={"x-debug": API_KEY})]))
    with pytest.raises(KeitaroError) as caught:
        harness.run(kt.campaigns.list())
    error = caught.value
    assert API_KEY not in str(error)
    assert API_KEY not in repr(error)
    assert API_KEY not in repr(vars(error))
    assert "Key [redacted] is revoked" in str(error)
    assert error.__cause__ is None


def test_html_snippets_are_redacted_too(harness: Harness) -> None:
    page = f"<html><title>x</title>{API_KEY}</html>".encode()
    kt = harness.client(Script([reply(200, raw=page)]))
    with pytest.raises(KeitaroError) as caught:
        harness.run(kt.campaigns.list())
    assert API_KEY not in repr(vars(caught.value))


def test_log_records_never_contain_the_key(harness: Harness, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    script = Script([reply(503, {}), reply(200, []), reply(404, {"error": API_KEY}), httpx.ReadError("x")])
    kt = harness.client(script)
    harness.run(kt.campaigns.list())
    calls: list[Callable[[], Any]] = [lambda: kt.campaigns.get(1), lambda: kt.campaigns.create(name="a", alias="b")]
    for call in calls:
        with pytest.raises(KeitaroError):
            harness.run(call())
    assert caplog.records, "the client logs its requests"
    for record in caplog.records:
        assert API_KEY not in record.getMessage()
        assert API_KEY not in repr(vars(record))


def test_the_key_never_goes_to_another_host() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host == "tracker.example.com":
            return httpx.Response(302, headers={"location": "https://elsewhere.example.net/steal"})
        return httpx.Response(200, json=[])

    kt = Keitaro("https://tracker.example.com", API_KEY, transport=httpx.MockTransport(handler))
    kt._http.get("/campaigns", follow_redirects=True)  # even a caller who opts into redirects
    kt._http.get("https://elsewhere.example.net/direct")
    assert [r.url.host for r in seen] == ["tracker.example.com", "elsewhere.example.net", "elsewhere.example.net"]
    assert seen[0].headers["Api-Key"] == API_KEY
    for request in seen[1:]:
        assert "api-key" not in request.headers
        assert "authorization" not in request.headers


def test_a_short_key_is_redacted_where_it_stands_alone_without_mangling_words() -> None:
    auth = KeitaroAuth("k")
    assert auth.redact("tracker said: key k is revoked") == "tracker said: key [redacted] is revoked"
    long_key = KeitaroAuth(API_KEY)
    assert long_key.redact(f"x{API_KEY}y") == "x[redacted]y"

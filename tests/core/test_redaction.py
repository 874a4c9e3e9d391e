"""No part of the key survives cutting, escaping, decoding or the exception chain (issue 14)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from keitaro_ext import APIConnectionError, KeitaroError, UnexpectedResponseError
from keitaro_ext.redaction import MARKER, clip, redact_secret
from tests.core.conftest import API_KEY, Harness, Script, reply


def _fragments(key: str, size: int = 6) -> list[str]:
    """Every run of `size` characters of the key: any of them in a text is a leak."""
    return [key[i : i + size] for i in range(len(key) - size + 1)]


def _leaks(text: str, key: str = API_KEY) -> list[str]:
    return [part for part in _fragments(key) if part in text]


def _everything(error: BaseException) -> str:
    return " ".join([str(error), repr(error), repr(vars(error))])


@pytest.mark.parametrize("before", [180, 185, 190, 195, 199])
def test_a_text_body_echoing_the_key_near_the_cut_leaks_none_of_it(harness: Harness, before: int) -> None:
    raw = ("x" * before + " " + API_KEY + " tail").encode()
    kt = harness.client(Script([reply(401, raw=raw, headers={"content-type": "text/plain"})]))
    with pytest.raises(KeitaroError) as caught:
        harness.run(kt.campaigns.list())
    assert _leaks(_everything(caught.value)) == []
    if before + 1 < 200:  # the key starts inside the part shown: it shows as the marker
        assert MARKER in str(caught.value)


@pytest.mark.parametrize("before", [60, 70, 75, 79])
def test_an_html_title_echoing_the_key_near_the_cut_leaks_none_of_it(harness: Harness, before: int) -> None:
    page = f"<html><head><title>{'t' * before} {API_KEY}</title></head><body>x</body></html>".encode()
    kt = harness.client(Script([reply(502, raw=page, headers={"content-type": "text/html"})]))
    with pytest.raises(KeitaroError) as caught:
        harness.run(kt.campaigns.list())
    assert _leaks(_everything(caught.value)) == []


def test_a_success_html_page_echoing_the_key_near_the_snippet_cut_leaks_none_of_it(harness: Harness) -> None:
    page = ("<html>" + "y" * 190 + API_KEY + "</html>").encode()
    kt = harness.client(Script([reply(200, raw=page)]))
    with pytest.raises(UnexpectedResponseError) as caught:
        harness.run(kt.campaigns.list())
    assert _leaks(_everything(caught.value)) == []
    assert caught.value.snippet.endswith(MARKER)


def test_a_json_list_body_cut_at_the_snippet_length_leaks_none_of_it(harness: Harness) -> None:
    body = ["z" * 185, API_KEY]
    kt = harness.client(Script([reply(500, body)]), max_retries=0)
    with pytest.raises(KeitaroError) as caught:
        harness.run(kt.campaigns.list())
    assert _leaks(_everything(caught.value)) == []


SLASH_KEY = 'k3y/with+slash/and\\back"quote-0123'


@pytest.mark.parametrize("escape", ["php", "plain"])
def test_an_escaped_key_in_json_is_blanked_in_body_message_and_headers(harness: Harness, escape: str) -> None:
    raw = json.dumps({"error": f"bad key {SLASH_KEY}", "echo": [{"k": SLASH_KEY}], SLASH_KEY: 1})
    if escape == "php":
        raw = raw.replace("/", "\\/")  # PHP's json_encode escapes every slash
    assert SLASH_KEY not in raw  # only an escaped form is on the wire
    script = Script([reply(401, raw=raw.encode(), headers={"content-type": "application/json"})])
    kt = harness.client(script, api_key=SLASH_KEY)
    with pytest.raises(KeitaroError) as caught:
        harness.run(kt.campaigns.list())
    error: Any = caught.value
    everything = _everything(error) + json.dumps(error.body)
    assert _leaks(everything, SLASH_KEY) == []
    assert error.body["error"] == f"bad key {MARKER}"
    assert error.body["echo"] == [{"k": MARKER}]
    assert MARKER in error.body


@pytest.mark.parametrize(
    ("key", "text", "expected"),
    [
        ("api", "GET /admin_api/v1/campaigns failed", "GET /admin_api/v1/campaigns failed"),
        ("v1", "GET /admin_api/v1/campaigns failed", "GET /admin_api/v1/campaigns failed"),
        ("campaigns", "GET /admin_api/v1/campaigns/7: key campaigns is wrong", None),
        ("abc", 'error: "key abc is revoked"', 'error: "key [redacted] is revoked"'),
        ("abc", "the key was abc.", "the key was [redacted]."),
        ("abc", "Api-Key: abc", "Api-Key: [redacted]"),
        ("abc", "abcdef tabc abc-1 abc_x", "abcdef tabc abc-1 abc_x"),
    ],
)
def test_short_keys_are_blanked_only_as_whole_tokens(key: str, text: str, expected: str | None) -> None:
    result = redact_secret(text, key)
    if expected is None:
        assert result == f"GET /admin_api/v1/campaigns/7: key {MARKER} is wrong"
    else:
        assert result == expected


def test_long_keys_are_blanked_wherever_they_appear() -> None:
    assert redact_secret(f"x{API_KEY}y", API_KEY) == f"x{MARKER}y"
    assert redact_secret("nothing here", API_KEY) == "nothing here"


@pytest.mark.parametrize("limit", range(0, 40))
def test_clip_never_cuts_through_a_marker(limit: int) -> None:
    text = "a" * 10 + MARKER + "b" * 10 + MARKER
    cut = clip(text, limit)
    assert cut == text[: len(cut)]
    assert cut.count("[") == cut.count("]")  # every marker kept whole
    assert len(cut) <= limit + len(MARKER) - 1


def _chain(error: BaseException) -> list[BaseException]:
    found: list[BaseException] = []
    todo: list[BaseException | None] = [error.__cause__, error.__context__]
    while todo:
        exc = todo.pop()
        if exc is None or any(exc is seen for seen in found):
            continue
        found.append(exc)
        todo += [exc.__cause__, exc.__context__]
    return found


def _holds_key(exc: BaseException) -> bool:
    texts = [str(exc), repr(exc.args)]
    for name in ("request", "response"):
        try:
            part = getattr(exc, name)
        except (AttributeError, RuntimeError):
            continue
        if isinstance(part, httpx.Response):
            part = part.request
        if isinstance(part, httpx.Request):
            texts += [str(part.url), repr(list(part.headers.raw))]
    return any(API_KEY in text for text in texts)


@pytest.mark.parametrize("auth", ["api_key", "bearer"])
@pytest.mark.parametrize(
    "failure", [httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("cut")]
)
def test_the_exception_chain_holds_no_httpx_object_with_the_key(
    harness: Harness, failure: Exception, auth: str
) -> None:
    kt = harness.client(Script([failure]), max_retries=0, auth=auth)
    with pytest.raises(APIConnectionError) as caught:
        harness.run(kt.campaigns.list())
    chain = _chain(caught.value)
    assert chain, "the transport error is kept (as a redacted copy) for debugging"
    assert [exc for exc in chain if _holds_key(exc)] == []
    copied = next(exc for exc in chain if isinstance(exc, httpx.RequestError))
    assert type(copied) is type(failure)
    assert copied.request.url.path == "/admin_api/v1/campaigns"
    assert copied.__traceback__ is None


def test_a_json_decode_error_in_the_chain_keeps_no_key(harness: Harness) -> None:
    raw = b'{"campaigns": "' + API_KEY.encode() + b'"'  # cut off: not JSON
    kt = harness.client(Script([reply(200, raw=raw, headers={"content-type": "application/json"})]))
    with pytest.raises(UnexpectedResponseError) as caught:
        harness.run(kt.campaigns.list())
    for exc in _chain(caught.value):
        assert API_KEY not in repr(vars(exc)) + repr(exc.args)


def test_a_short_key_leaves_the_path_in_messages_intact(harness: Harness) -> None:
    kt = harness.client(Script([reply(404, {"error": "Campaign not found; key api"})]), api_key="api")
    with pytest.raises(KeitaroError) as caught:
        harness.run(kt.campaigns.get(7))
    assert "GET /admin_api/v1/campaigns/7 failed" in str(caught.value)
    assert "key [redacted]" in str(caught.value)


@pytest.mark.parametrize("before", [60, 70, 75, 79])
def test_a_json_text_field_echoing_the_key_near_its_cut_leaks_none_of_it(harness: Harness, before: int) -> None:
    from tests.core.test_real_answers import CAMPAIGN

    kt = harness.client(Script([reply(200, {**CAMPAIGN, "parameters": "q" * before + " " + API_KEY})]))
    with pytest.raises(UnexpectedResponseError) as caught:
        harness.run(kt.campaigns.get(7))
    assert _leaks(_everything(caught.value)) == []

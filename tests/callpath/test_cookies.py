"""Cookies a tracker (or the load balancer in front of it) sets are kept and sent back, as httpx keeps them.

The client hands an answer to its cookie jar only when the answer sets a cookie; these tests hold it
to the jar's behaviour either way.
"""

from __future__ import annotations

import httpx
import pytest

from keitaro_ext import NotFoundError
from tests import answers
from tests.core.conftest import Harness, Script, reply

SETS_COOKIE = {"Set-Cookie": "lb=node-2; Path=/"}


def test_a_cookie_set_by_one_answer_is_sent_with_the_next_requests(harness: Harness) -> None:
    script = Script([reply(200, answers.campaign(1, "a"), headers=SETS_COOKIE), reply(200, answers.campaign(1, "a"))])
    kt = harness.client(script)
    for _ in range(3):
        harness.run(kt.campaigns.get(1))
    first, *later = script.requests
    assert "cookie" not in first.headers
    assert [request.headers.get("cookie") for request in later] == ["lb=node-2", "lb=node-2"]


def test_an_answer_without_cookies_keeps_the_ones_already_set(harness: Harness) -> None:
    replace = {"set-cookie": "lb=node-3; Path=/"}  # the header's name in lower case, as HTTP/2 sends it
    script = Script(
        [
            reply(200, [], headers=SETS_COOKIE),
            reply(200, []),
            reply(200, [], headers=replace),
            reply(200, []),
        ]
    )
    kt = harness.client(script)
    for _ in range(5):
        harness.run(kt.campaigns.list())
    assert [request.headers.get("cookie") for request in script.requests] == [
        None,
        "lb=node-2",
        "lb=node-2",
        "lb=node-3",
        "lb=node-3",
    ]


def test_error_answers_that_set_cookies_are_kept_too(harness: Harness) -> None:
    script = Script([reply(404, {"error": "Not found"}, headers=SETS_COOKIE), reply(200, [])])
    kt = harness.client(script)
    with pytest.raises(NotFoundError):
        harness.run(kt.campaigns.get(1))
    harness.run(kt.campaigns.list())
    assert script.requests[1].headers.get("cookie") == "lb=node-2"


def test_answers_without_set_cookie_skip_the_jar(harness: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    script = Script([reply(200, answers.campaign(1, "a"))])
    kt = harness.client(script)

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the cookie jar was handed an answer that sets no cookie")

    monkeypatch.setattr(httpx.Cookies, "_CookieCompatRequest", refuse)
    assert harness.run(kt.campaigns.get(1)).id == 1

"""Each answer the tracker can give maps to one typed error whose message says what to do."""

from __future__ import annotations

import httpx
import pytest

from keitaro_ext import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    KeitaroError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnexpectedResponseError,
    ValidationError,
)
from tests.answers import campaign as campaign_json
from tests.core.conftest import Harness, Script, reply


@pytest.mark.parametrize(
    ("status", "error_class", "hint"),
    [
        (400, BadRequestError, "could not understand"),
        (401, AuthenticationError, "KEITARO_API_KEY"),
        (402, PaymentRequiredError, "edition has no Admin API"),
        (403, PermissionDeniedError, "rights"),
        (404, NotFoundError, "Check the id"),
        (406, ValidationError, "Correct the fields"),
        (409, APIStatusError, "See the body"),
        (422, ValidationError, "Correct the fields"),
        (429, RateLimitError, "rate limiting"),
        (500, ServerError, "failed while handling"),
        (503, ServerError, "failed while handling"),
    ],
)
def test_each_status_raises_its_class_with_method_path_and_tracker_text(
    harness: Harness, status: int, error_class: type[APIStatusError], hint: str
) -> None:
    kt = harness.client(Script([reply(status, {"error": "Tracker says no"})]), max_retries=0)
    with pytest.raises(error_class) as caught:
        harness.run(kt.campaigns.get(7))
    error = caught.value
    assert type(error) is error_class
    assert error.status_code == status
    assert error.method == "GET"
    assert error.path == "/admin_api/v1/campaigns/7"  # the path the message shows (issue 11)
    assert error.operation_id == "getCampaign"
    assert error.body == {"error": "Tracker says no"}
    assert str(error).startswith(f"GET /admin_api/v1/campaigns/7 failed with {status} ")
    assert "Tracker says no" in str(error)
    assert hint in str(error)


def test_validation_error_lists_the_fields(harness: Harness) -> None:
    body = {"alias": ["Alias is already taken"], "name": ["Required", "Too short"]}
    kt = harness.client(Script([reply(406, body)]))
    with pytest.raises(ValidationError) as caught:
        harness.run(kt.campaigns.create(name="x", alias="taken"))
    assert caught.value.errors == body
    assert "alias: Alias is already taken; name: Required Too short" in str(caught.value)


def test_rate_limit_error_carries_retry_after(harness: Harness) -> None:
    kt = harness.client(Script([reply(429, {"error": "slow down"}, headers={"Retry-After": "120"})]))
    with pytest.raises(RateLimitError) as caught:
        harness.run(kt.campaigns.list())
    assert caught.value.retry_after == 120
    assert "retry after 120 s" in str(caught.value)


def test_bearer_401_suggests_the_api_key_header(harness: Harness) -> None:
    kt = harness.client(Script([reply(401, {"error": "Access denied"})]), auth="bearer")
    with pytest.raises(AuthenticationError, match="try auth='api_key'"):
        harness.run(kt.offers.list())


def test_html_404_means_the_url_is_wrong_not_the_id(harness: Harness) -> None:
    page = b"<html><head><title>404 Not Found</title></head><body>nginx</body></html>"
    kt = harness.client(Script([reply(404, raw=page, headers={"content-type": "text/html"})]))
    with pytest.raises(NotFoundError) as caught:
        harness.run(kt.campaigns.get(1))
    assert "does not lead to the Admin API: check base_url" in str(caught.value)
    assert "'404 Not Found'" in str(caught.value)


def test_html_page_with_status_200_is_an_unexpected_response(harness: Harness) -> None:
    page = b"<!DOCTYPE html><html><head><title>Keitaro</title></head><body>login</body></html>"
    kt = harness.client(Script([reply(200, raw=page, headers={"content-type": "text/html; charset=utf-8"})]))
    with pytest.raises(UnexpectedResponseError) as caught:
        harness.run(kt.campaigns.list())
    error = caught.value
    assert error.status_code == 200
    assert "HTML page ('Keitaro') instead of JSON" in str(error)
    assert "Check base_url" in str(error)
    assert error.snippet.startswith("<!DOCTYPE html>")


def test_html_answer_to_an_operation_without_a_body_is_still_an_error(harness: Harness) -> None:
    """A wrong base_url that serves a page for every path must not look like success."""
    kt = harness.client(Script([reply(200, raw=b"<html><body>hello</body></html>")]))
    with pytest.raises(UnexpectedResponseError):
        harness.run(kt.bot_list.clear())


def test_cloudflare_challenge_is_named(harness: Harness) -> None:
    page = b"<html><head><title>Just a moment...</title></head><body>challenge-platform</body></html>"
    kt = harness.client(Script([reply(403, raw=page, headers={"cf-ray": "8a1", "content-type": "text/html"})]))
    with pytest.raises(PermissionDeniedError):
        harness.run(kt.campaigns.list())
    kt = harness.client(Script([reply(200, raw=page, headers={"cf-ray": "8a1", "content-type": "text/html"})]))
    with pytest.raises(UnexpectedResponseError, match="Cloudflare challenge"):
        harness.run(kt.campaigns.list())


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        (b'[{"id": 1, "name": "Sum', r"not valid JSON \(23 bytes"),
        (b"", "empty body"),
        (b"   ", "empty body"),
    ],
)
def test_truncated_or_empty_json_is_an_unexpected_response(harness: Harness, raw: bytes, fragment: str) -> None:
    kt = harness.client(Script([reply(200, raw=raw, headers={"content-type": "application/json"})]))
    with pytest.raises(UnexpectedResponseError, match=fragment):
        harness.run(kt.campaigns.list())


@pytest.mark.parametrize("body", [{"not": "a list"}, [1, 2, 3], ["x"], "text"])
def test_json_of_the_wrong_shape_is_an_unexpected_response(harness: Harness, body: object) -> None:
    kt = harness.client(Script([reply(200, body)]))
    with pytest.raises(UnexpectedResponseError, match="does not match the listCampaigns schema"):
        harness.run(kt.campaigns.list())


def test_documented_201_also_parses_when_the_tracker_says_200(harness: Harness) -> None:
    kt = harness.client(Script([reply(200, campaign_json(5, "Archived", state="deleted"))]))
    campaign = harness.run(kt.campaigns.delete(5))
    assert campaign.id == 5
    assert campaign.state == "deleted"


def test_redirect_is_not_followed_and_says_where_to(harness: Harness) -> None:
    script = Script([reply(301, raw=b"", headers={"location": "https://new.example.com/admin_api/v1/campaigns"})])
    kt = harness.client(script)
    with pytest.raises(APIStatusError, match="use that address as base_url") as caught:
        harness.run(kt.campaigns.list())
    assert caught.value.status_code == 301
    assert len(script.requests) == 1


def test_timeout_and_connection_failures_are_typed(harness: Harness) -> None:
    kt = harness.client(Script([httpx.ReadTimeout("slow")]), max_retries=0)
    with pytest.raises(APITimeoutError, match="timed out") as timed_out:
        harness.run(kt.campaigns.list())
    assert timed_out.value.operation_id == "listCampaigns"
    kt = harness.client(Script([httpx.ConnectError("Name or service not known")]), max_retries=0)
    with pytest.raises(APIConnectionError, match=r"could not reach the tracker at https://tracker\.example\.com"):
        harness.run(kt.campaigns.list())


def test_a_possibly_delivered_create_says_it_was_not_repeated(harness: Harness) -> None:
    kt = harness.client(Script([httpx.RemoteProtocolError("Server disconnected without sending a response.")]))
    with pytest.raises(APIConnectionError, match="may have reached the tracker and was not repeated"):
        harness.run(kt.campaigns.create(name="x", alias="x"))


def test_every_error_is_a_keitaro_error() -> None:
    for cls in (APIConnectionError, APITimeoutError, UnexpectedResponseError, RateLimitError, ValidationError):
        assert issubclass(cls, KeitaroError)

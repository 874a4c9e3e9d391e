"""API key checks and request validation against the spec, in Keitaro's error shapes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from keitaro_ext.testing import FakeTracker

from .support import API_KEY, SpecChecker


def raw(fake: FakeTracker, **headers: str) -> httpx.Client:
    hooks: dict[str, list[Callable[..., Any]]] = {"response": [SpecChecker()]}
    return httpx.Client(base_url=fake.api_url, transport=fake.transport(), headers=headers, event_hooks=hooks)


@pytest.mark.parametrize(
    "headers",
    [{"Api-Key": API_KEY}, {"Authorization": f"Bearer {API_KEY}"}, {"authorization": f"bearer {API_KEY}"}],
)
def test_the_key_is_accepted_in_either_header(fake: FakeTracker, headers: dict[str, str]) -> None:
    response = raw(fake, **headers).get("/campaigns")
    assert response.status_code == 200
    assert isinstance(response.json(), list) and response.json()


@pytest.mark.parametrize(
    ("headers", "word"),
    [
        ({}, "Api-Key"),
        ({"Api-Key": "wrong"}, "not valid"),
        ({"Authorization": "Bearer wrong"}, "not valid"),
        ({"Authorization": f"Basic {API_KEY}"}, "Api-Key"),
    ],
)
def test_a_missing_or_wrong_key_gets_401_with_an_error(fake: FakeTracker, headers: dict[str, str], word: str) -> None:
    response = raw(fake, **headers).post("/campaigns", json={"name": "x", "alias": "x"})
    assert response.status_code == 401
    assert word in response.json()["error"]
    assert not any(c["alias"] == "x" for c in fake.state.campaigns)


def test_paths_outside_the_api_root_are_404(fake: FakeTracker) -> None:
    response = raw(fake, **{"Api-Key": API_KEY}).get("http://keitaro.fake/campaigns")
    assert response.status_code == 404
    assert "/admin_api/v1" in response.json()["error"]


@pytest.mark.parametrize(
    ("method", "path", "params", "fragment"),
    [
        ("GET", "/nope", {}, "Unknown API path"),
        ("PATCH", "/campaigns/1", {}, "allowed: DELETE, GET, PUT"),
        ("DELETE", "/offers/1", {}, "allowed: GET, PUT"),
        ("GET", "/campaigns/abc", {}, "'id' must be an integer"),
        ("GET", "/groups", {}, "Missing required query parameter 'type'"),
        ("GET", "/groups", {"type": "users"}, "Parameter 'type'"),
        ("GET", "/logs/system", {"limit": "ten"}, "'limit' must be an integer"),
        ("GET", "/logs/nothing", {"limit": "1"}, "Parameter 'type'"),
        ("GET", "/report/labels", {"campaign_id": "1", "ref_name": "ip"}, "'label_name'"),
        ("PUT", "/offers/1/update_file", {"path": "a.txt"}, "'data'"),
    ],
)
def test_requests_the_spec_forbids_get_400_with_the_reason(
    client: httpx.Client, method: str, path: str, params: dict[str, str], fragment: str
) -> None:
    response = client.request(method, path, params=params)
    assert response.status_code == 400
    assert fragment in response.json()["error"]


def test_body_problems_that_are_not_fields_get_400(client: httpx.Client) -> None:
    no_body = client.post("/campaigns")
    assert no_body.status_code == 400 and "needs a JSON body" in no_body.json()["error"]
    not_json = client.post("/campaigns", content=b"{name", headers={"Content-Type": "application/json"})
    assert not_json.status_code == 400 and "not valid JSON" in not_json.json()["error"]
    form = client.post("/campaigns", content=b"name=x", headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert form.status_code == 400 and "Content-Type: application/json" in form.json()["error"]
    array = client.post("/campaigns", json=[{"name": "x"}])
    assert array.status_code == 400 and "JSON object" in array.json()["error"]
    extra = client.post("/campaigns/1/clone", json={"x": 1})
    assert extra.status_code == 400 and "takes no request body" in extra.json()["error"]
    assert client.post("/campaigns/1/clone", json={}).status_code == 200


def test_field_errors_get_406_keyed_by_field(client: httpx.Client, fake: FakeTracker) -> None:
    before = len(fake.state.campaigns)
    response = client.post("/campaigns", json={"name": 5, "cost_type": "CPX"})
    assert response.status_code == 406
    body = response.json()
    assert body["alias"] == ["This value is required."]
    assert "not of type 'string'" in body["name"][0]
    assert "is not one of" in body["cost_type"][0]
    assert len(fake.state.campaigns) == before


def test_nested_field_errors_name_the_path(client: httpx.Client) -> None:
    response = client.post("/report/build", json={"filters": [{"name": "country", "operator": "LIKE"}]})
    assert response.status_code == 406
    assert list(response.json()) == ["filters.0.operator"]
    missing = client.post("/streams", json={"campaign_id": 1, "offers": [{"share": 10}]})
    assert missing.status_code == 406
    assert {"schema", "type", "name", "action_type", "offers.0.offer_id"} <= set(missing.json())


def test_field_errors_of_an_operation_without_406_are_400(client: httpx.Client) -> None:
    response = client.request("DELETE", "/integrations/facebook/1/campaign", json={"campaign_id": "x"})
    assert response.status_code == 400
    assert response.json()["error"].startswith("campaign_id:")


def test_unknown_query_parameters_are_ignored_like_a_server_does(client: httpx.Client) -> None:
    assert client.get("/offers", params={"utm": "x"}).status_code == 200


def test_every_request_is_recorded(client: httpx.Client, fake: FakeTracker) -> None:
    client.post("/campaigns", json={"name": "Rec", "alias": "rec"})
    client.get("/campaigns/1", params={"a": "b"})
    first, second = fake.requests
    assert (first.method, first.path, first.json, first.status) == (
        "POST",
        "/campaigns",
        {"name": "Rec", "alias": "rec"},
        200,
    )
    assert first.operation_id == "createCampaign"
    assert (second.path, second.query, second.json) == ("/campaigns/1", {"a": "b"}, None)
    assert len(fake.requests.calls("post", "/campaigns")) == 1

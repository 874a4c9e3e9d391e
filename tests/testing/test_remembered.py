"""What the fake remembers between requests to answer faster (routes, parameter checks, header names)
never changes an answer: each case here sends a request the fake has seen before and one it has not,
in both orders, and checks what a client would see."""

from __future__ import annotations

import asyncio
import re
import threading
from collections.abc import MutableMapping
from typing import Any

import httpx
import pytest
import yaml

from keitaro_ext.testing import FakeTracker
from keitaro_ext.testing.errors import BadRequestError
from keitaro_ext.testing.spec import ROUTE_CACHE_PATH, ROUTE_CACHE_SIZE, SpecIndex, keep, spec_index
from keitaro_ext.testing.validation import PARAM_CACHE_SIZE, route

from .support import API_KEY


def _error(response: httpx.Response) -> str:
    assert response.status_code == 400, response.text
    message: str = response.json()["error"]
    return message


def test_the_same_path_with_other_ids_answers_each_record(client: httpx.Client, fake: FakeTracker) -> None:
    ids = [record["id"] for record in fake.state.campaigns][:3]
    for _ in range(2):
        for campaign_id in ids:
            assert client.get(f"/campaigns/{campaign_id}").json()["id"] == campaign_id
    assert client.get("/campaigns/987654").status_code == 404


def test_a_bad_id_is_refused_after_a_good_one_and_again(client: httpx.Client) -> None:
    assert client.get("/campaigns/1").status_code == 200
    first = _error(client.get("/campaigns/abc"))
    assert "'id'" in first and "integer" in first and "'abc'" in first
    assert _error(client.get("/campaigns/abc")) == first
    assert client.get("/campaigns/1").json()["id"] == 1
    assert client.get("/campaigns/01").json()["id"] == 1  # the same number written otherwise


def test_a_schema_error_of_a_query_value_is_refused_every_time(client: httpx.Client) -> None:
    assert client.get("/logs/system", params={"limit": 5}).status_code == 200
    first = _error(client.get("/logs/system", params={"limit": -1}))
    assert "'limit'" in first and "minimum" in first
    assert _error(client.get("/logs/system", params={"limit": -1})) == first
    assert client.get("/logs/system", params={"limit": 5}).status_code == 200


def test_a_method_not_allowed_after_another_method_routed_the_path(client: httpx.Client, fake: FakeTracker) -> None:
    assert client.get("/campaigns/1").status_code == 200
    message = _error(client.post("/campaigns/1", json={}))
    assert "Method POST is not allowed on /campaigns/1" in message
    assert "DELETE, GET, PUT" in message
    assert _error(client.post("/campaigns/1", json={})) == message
    assert client.put("/campaigns/1", json={"name": "Renamed"}).json()["name"] == "Renamed"
    assert client.get("/campaigns/1").json()["name"] == "Renamed"  # state is read afresh, never remembered


def test_a_refused_method_first_does_not_stop_the_allowed_one(client: httpx.Client) -> None:
    assert "not allowed" in _error(client.post("/campaigns/2", json={}))
    assert client.get("/campaigns/2").json()["id"] == 2


def test_an_unknown_path_is_refused_every_time(client: httpx.Client) -> None:
    first = _error(client.get("/no_such_thing/1"))
    assert "Unknown API path '/no_such_thing/1'" in first
    assert _error(client.get("/no_such_thing/1")) == first


def test_a_literal_path_beats_the_template_before_and_after_the_template_routed(
    client: httpx.Client, fake: FakeTracker
) -> None:
    client.delete("/campaigns/3")
    assert client.get("/campaigns/1").status_code == 200
    deleted = client.get("/campaigns/deleted").json()
    assert [c["id"] for c in deleted] == [3]
    assert client.get("/campaigns/deleted").json() == deleted


def test_changes_to_state_made_by_hand_show_at_once(client: httpx.Client, fake: FakeTracker) -> None:
    assert client.get("/campaigns/1").json()["name"] != "Set in the test"
    fake.state.campaigns.require(1)["name"] = "Set in the test"
    assert client.get("/campaigns/1").json()["name"] == "Set in the test"


def _spec_operations() -> list[tuple[str, str, str]]:
    """(method, path, operationId) read from the spec file itself, not from the fake's index."""
    import importlib.resources

    text = (importlib.resources.files("keitaro_admin_client") / "openapi.yaml").read_text(encoding="utf-8")
    paths = yaml.safe_load(text)["paths"]
    return [
        (method.upper(), path, item[method]["operationId"])
        for path, item in paths.items()
        for method in ("get", "put", "post", "delete", "patch")
        if method in item
    ]


@pytest.mark.parametrize("fill", ["7", "a-b"])
def test_every_operation_routes_as_trying_every_pattern_does(fill: str) -> None:
    index = SpecIndex(spec_index().operations)  # a fresh index: nothing remembered yet
    for method, template, operation_id in _spec_operations():
        path = re.sub(r"\{[^}]+\}", fill, template)
        brute = [op for op in index.operations if op.pattern.match(path)]  # every pattern, literal paths first
        expected = next(op for op in brute if op.method == method)
        if fill.isdigit():  # no literal segment of the spec is a number: the template itself answers
            assert expected.operation_id == operation_id, (method, path)
        for _ in range(2):  # routed, then remembered
            op, values = route(index, method, path)
            assert op is expected
            assert values == expected.pattern.match(path).groupdict()  # type: ignore[union-attr]
        assert [op for op, _ in index.candidates(path)] == brute


def test_the_path_values_handed_out_are_copies() -> None:
    index = SpecIndex(spec_index().operations)
    _, values = route(index, "GET", "/campaigns/5")
    values["id"] = "6"
    assert route(index, "GET", "/campaigns/5")[1] == {"id": "5"}


def test_routes_remembered_stay_bounded_and_long_paths_are_not_kept() -> None:
    index = SpecIndex(spec_index().operations)
    for number in range(ROUTE_CACHE_SIZE + 50):
        assert route(index, "GET", f"/campaigns/{number}")[1] == {"id": str(number)}
    assert len(index.routes) == ROUTE_CACHE_SIZE
    assert ("GET", "/campaigns/0") not in index.routes  # the oldest went first
    long = "/campaigns/" + "9" * ROUTE_CACHE_PATH
    assert route(index, "GET", long)[1] == {"id": "9" * ROUTE_CACHE_PATH}
    assert ("GET", long) not in index.routes
    with pytest.raises(BadRequestError, match="Unknown API path"):
        route(index, "GET", "/x" * ROUTE_CACHE_PATH)


def test_parameter_checks_remembered_stay_bounded(client: httpx.Client) -> None:
    param = next(p for p in spec_index().by_id()["getCampaign"].params if p.name == "id")
    for number in range(PARAM_CACHE_SIZE + 20):
        client.get(f"/campaigns/{number}")
    assert len(param.seen) <= PARAM_CACHE_SIZE
    assert client.get("/campaigns/1").json()["id"] == 1


def test_the_request_log_keeps_every_request_with_its_own_headers_and_query(
    client: httpx.Client, fake: FakeTracker
) -> None:
    for number in range(3):
        client.get("/campaigns/1", headers={"X-Trace": f"t{number}"})
    client.get("/campaigns", params={"offset": "0", "limit": "2", "empty": ""})
    log = fake.requests
    assert [r.headers["x-trace"] for r in log[:3]] == ["t0", "t1", "t2"]
    assert all(r.query == {} and r.path == "/campaigns/1" and r.status == 200 for r in log[:3])
    assert log[3].query == {"offset": "0", "limit": "2", "empty": ""}
    assert log[3].operation_id == "listCampaigns"
    log[0].headers["x-trace"] = "changed"
    assert log[1].headers["x-trace"] == "t1"


def _asgi(fake: FakeTracker, headers: list[tuple[bytes, bytes]], path: str = "/admin_api/v1/campaigns/1") -> Any:
    """Call the ASGI app directly with raw headers, as a server that does not lower-case names would."""
    sent: list[MutableMapping[str, Any]] = []

    async def receive() -> MutableMapping[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "GET", "path": path, "query_string": b"", "headers": headers}
    asyncio.run(fake.app(scope, receive, send))
    return sent[0]["status"], dict(sent[0]["headers"]), sent[1]["body"]


def test_header_names_in_any_case_are_read_on_every_request() -> None:
    fake = FakeTracker(api_key=API_KEY, clicks=10)
    for name in (b"API-KEY", b"Api-Key", b"api-key", b"API-KEY"):
        status, headers, body = _asgi(fake, [(name, API_KEY.encode())])
        assert status == 200 and headers[b"content-type"] == b"application/json"
        assert headers[b"content-length"] == str(len(body)).encode()
    assert _asgi(fake, [(b"API-KEY", b"wrong")])[0] == 401
    assert [r.headers for r in fake.requests][-1] == {"api-key": "wrong"}


def test_answers_with_headers_of_their_own_keep_them_when_served() -> None:
    fake = FakeTracker(api_key=API_KEY, clicks=10)
    fake.faults.add(path="/campaigns/1", status=429, retry_after=2, times=1)
    status, headers, _ = _asgi(fake, [(b"api-key", API_KEY.encode())])
    assert status == 429 and headers[b"retry-after"] == b"2" and headers[b"content-type"] == b"application/json"
    assert headers[b"x-keitaro-fake-fault"] == b"status"
    status, headers, _ = _asgi(fake, [(b"api-key", API_KEY.encode())])
    assert status == 200 and b"retry-after" not in headers and b"x-keitaro-fake-fault" not in headers


def test_the_caches_drop_the_oldest_entry_first() -> None:
    cache: dict[str, int] = {}
    for number in range(5):
        keep(cache, f"k{number}", number, 3)
    assert cache == {"k2": 2, "k3": 3, "k4": 4}


def test_fakes_in_threads_route_through_a_full_cache_without_errors() -> None:
    index = SpecIndex(spec_index().operations)
    problems: list[BaseException] = []

    def work(offset: int) -> None:
        try:
            for number in range(offset, offset + ROUTE_CACHE_SIZE):
                op, values = route(index, "GET", f"/campaigns/{number}")
                assert op.operation_id == "getCampaign" and values == {"id": str(number)}
        except BaseException as exc:  # reported below, from the main thread
            problems.append(exc)

    threads = [threading.Thread(target=work, args=(n * ROUTE_CACHE_SIZE,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert problems == []
    assert len(index.routes) <= ROUTE_CACHE_SIZE

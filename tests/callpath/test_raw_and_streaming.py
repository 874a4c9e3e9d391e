"""with_raw_response, with_streaming_response, streamed downloads, kt.request and what errors carry."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from keitaro_admin_client.models import Campaign

from keitaro_ext import (
    APIConnectionError,
    AsyncKeitaro,
    ConfigurationError,
    Keitaro,
    NotFoundError,
    RateLimitError,
    ServerError,
    UnexpectedResponseError,
)
from tests import answers
from tests.core.conftest import API_KEY, BASE, Harness, Script, reply

SUMMER = answers.campaign(7, "Summer")
NETWORK = {"$ref": "#/components/schemas/AffiliateNetwork"}


def test_raw_response_has_status_headers_and_parses_like_the_plain_call(harness: Harness) -> None:
    script = Script([reply(201, SUMMER, headers={"X-Request-Id": "r-1"})])
    kt = harness.client(script)
    raw = harness.run(kt.with_raw_response.campaigns.get(7, extra_headers={"X-A": "b"}))
    assert raw.status_code == 201
    assert raw.headers["x-request-id"] == "r-1"
    assert raw.url.path == "/admin_api/v1/campaigns/7"
    assert API_KEY not in str(raw.url) and API_KEY not in repr(raw)
    assert raw.http_version == "HTTP/1.1"
    assert raw.elapsed.total_seconds() >= 0
    assert raw.json() == SUMMER
    assert '"Summer"' in raw.text
    parsed = raw.parse()
    assert isinstance(parsed, Campaign) and parsed.id == 7
    assert script.requests[0].headers["X-A"] == "b"


@pytest.mark.parametrize(
    ("call", "answer"),
    [
        (lambda ns: ns.offers.list(), []),
        (lambda ns: ns.domains.list(), []),
        (lambda ns: ns.affiliate_networks.get(3), answers.minimal(NETWORK, id=3, name="an")),
    ],
)
def test_raw_response_on_several_tags(harness: Harness, call: Any, answer: Any) -> None:
    kt = harness.client(Script([reply(200, answer)]))
    raw = harness.run(call(kt.with_raw_response))
    assert raw.status_code == 200
    assert raw.json() == answer


def test_raw_response_errors_are_the_plain_calls_errors(harness: Harness) -> None:
    script = Script([reply(404, {"error": "Entity not found"})])
    kt = harness.client(script, max_retries=0)
    with pytest.raises(NotFoundError) as plain:
        harness.run(kt.campaigns.get(9))
    with pytest.raises(NotFoundError) as raw:
        harness.run(kt.with_raw_response.campaigns.get(9))
    assert str(raw.value) == str(plain.value)


def _run_stream(harness: Harness, kt: Any, call: Any, use: Any) -> Any:
    if harness.mode == "sync":
        with call(kt.with_streaming_response) as response:
            return use(response)

    async def go() -> Any:
        async with call(kt.with_streaming_response) as response:
            return await use(response)

    return harness.run(go())


def test_streaming_response_iterates_bytes_and_lines(harness: Harness) -> None:
    kt = harness.client(Script([reply(200, raw=b'[{"id": 1}]\nsecond line\n', headers={"X-Total": "2"})]))

    def sync_use(response: Any) -> Any:
        return response.status_code, response.headers["x-total"], list(response.iter_lines())

    async def async_use(response: Any) -> Any:
        return response.status_code, response.headers["x-total"], [line async for line in response.iter_lines()]

    use = sync_use if harness.mode == "sync" else async_use
    status, total, lines = _run_stream(harness, kt, lambda ns: ns.campaigns.list(), use)
    assert (status, total, lines) == (200, "2", ['[{"id": 1}]', "second line"])


def test_streaming_response_parse_gives_the_model(harness: Harness) -> None:
    kt = harness.client(Script([reply(200, answers.campaign(4, "x"))]))

    def use(response: Any) -> Any:
        return response.parse()

    async def ause(response: Any) -> Any:
        return await response.parse()

    campaign = _run_stream(harness, kt, lambda ns: ns.campaigns.get(4), use if harness.mode == "sync" else ause)
    assert campaign.id == 4


def test_streaming_error_answers_raise_on_enter(harness: Harness) -> None:
    kt = harness.client(Script([reply(500, {"error": "boom"})]), max_retries=0)
    with pytest.raises(ServerError, match="boom"):
        _run_stream(harness, kt, lambda ns: ns.campaigns.get(4), lambda response: None)


ZIP = b"PK\x03\x04" + bytes(range(256)) * 4096  # ~1 MB


def test_download_to_a_path_streams_with_accept_octet_stream(harness: Harness, tmp_path: Path) -> None:
    script = Script([reply(200, raw=ZIP, headers={"Content-Type": "application/octet-stream"})])
    kt = harness.client(script)
    target = tmp_path / "offer.zip"
    written = harness.run(kt.offers.download(5, to=target))
    assert written == target and target.read_bytes() == ZIP
    landing = harness.run(kt.landing_pages.download(6, to=tmp_path / "lp.zip"))
    assert landing.read_bytes() == ZIP
    whole = harness.run(kt.offers.download(5))
    assert whole.payload.read() == ZIP
    assert [r.headers["Accept"] for r in script.requests] == ["application/octet-stream"] * 3
    assert [r.url.path for r in script.requests][:2] == [
        "/admin_api/v1/offers/5/download",
        "/admin_api/v1/landing_pages/6/download",
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lp.zip", "offer.zip"]


class _Broken(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that breaks after some bytes, as a dropped connection does."""

    def __iter__(self) -> Iterator[bytes]:
        yield b"PK" * 50_000
        raise httpx.ReadError("connection reset")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b"PK" * 50_000
        raise httpx.ReadError("connection reset")


def test_a_failed_download_leaves_no_file(harness: Harness, tmp_path: Path) -> None:
    kt = harness.client(Script([lambda request: httpx.Response(200, stream=_Broken())]))
    target = tmp_path / "offer.zip"
    with pytest.raises(APIConnectionError, match="ReadError"):
        harness.run(kt.offers.download(5, to=target))
    assert list(tmp_path.iterdir()) == []


def test_a_download_answered_with_an_error_raises_it_and_writes_nothing(harness: Harness, tmp_path: Path) -> None:
    kt = harness.client(Script([reply(404, {"error": "Offer not found"})]))
    with pytest.raises(NotFoundError, match="Offer not found"):
        harness.run(kt.offers.download(5, to=tmp_path / "x.zip"))
    assert list(tmp_path.iterdir()) == []


def test_request_calls_undocumented_paths_with_auth_and_typed_errors(harness: Harness) -> None:
    script = Script(
        [reply(200, {"ip": "203.0.113.7"}), reply(200, answers.campaign(3, "c")), reply(404, {"error": "x"})]
    )
    kt = harness.client(script, max_retries=0)
    assert harness.run(kt.request("GET", "/domains/ip", params={"a": 1})) == {"ip": "203.0.113.7"}
    campaign = harness.run(kt.request("GET", "/campaigns/3", cast_to=Campaign))
    assert isinstance(campaign, Campaign) and campaign.name == "c"
    with pytest.raises(NotFoundError) as caught:
        harness.run(kt.request("DELETE", "/nothing/here"))
    assert caught.value.path == "/admin_api/v1/nothing/here"
    first = script.requests[0]
    assert (first.url.path, first.url.params["a"], first.headers["Api-Key"]) == (
        "/admin_api/v1/domains/ip",
        "1",
        API_KEY,
    )


def test_request_retries_only_what_is_safe_unless_told(harness: Harness) -> None:
    script = Script([reply(503, {})])
    kt = harness.client(script, max_retries=1)
    with pytest.raises(ServerError):
        harness.run(kt.request("POST", "/clicks/log", json={}))
    assert len(script.requests) == 1
    with pytest.raises(ServerError):
        harness.run(kt.request("POST", "/clicks/log", json={}, retry_safe=True))
    assert len(script.requests) == 1 + 2
    with pytest.raises(ServerError):
        harness.run(kt.request("GET", "/x", retry_safe=False))
    assert len(script.requests) == 1 + 2 + 1


@pytest.mark.parametrize("path", ["domains/ip", "https://evil.example/admin_api/v1/x", "/x?y=1", ""])
def test_request_refuses_what_is_not_an_api_path(harness: Harness, path: str) -> None:
    kt = harness.client(Script([reply(200, {})]))
    with pytest.raises(ConfigurationError, match="path must be an Admin API path"):
        harness.run(kt.request("GET", path))


def test_errors_carry_the_redacted_request_and_response_and_request_id(harness: Harness) -> None:
    body = {"error": f"bad key {API_KEY}"}
    kt = harness.client(Script([reply(429, body, headers={"X-Request-Id": "req-42", "Retry-After": "3600"})]))
    with pytest.raises(RateLimitError) as caught:
        harness.run(kt.campaigns.get(7))
    error = caught.value
    assert error.request_id == "req-42"
    assert error.path == "/admin_api/v1/campaigns/7" and error.path in str(error)
    assert error.request is not None and error.response is not None
    assert error.request.headers["Api-Key"] == "[redacted]"
    assert error.response.status_code == 429
    assert API_KEY not in error.response.text and "[redacted]" in error.response.text
    assert error.response.headers["x-request-id"] == "req-42"


def test_connection_errors_carry_the_request_but_no_response(harness: Harness) -> None:
    kt = harness.client(Script([httpx.ConnectError("refused")]), max_retries=0)
    with pytest.raises(APIConnectionError) as caught:
        harness.run(kt.campaigns.get(7))
    assert caught.value.response is None
    assert caught.value.request is not None and caught.value.request.headers["api-key"] == "[redacted]"


def test_http_client_keeps_its_event_hooks_and_gets_auth_and_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("keitaro_ext.retry.time.sleep", lambda delay: None)
    script = Script([reply(503, {}), reply(200, [])])
    seen: list[tuple[str, str]] = []
    http = httpx.Client(
        transport=httpx.MockTransport(script.handle),
        event_hooks={"request": [lambda request: seen.append((request.url.path, request.headers["Api-Key"]))]},
    )
    kt = Keitaro(BASE, API_KEY, http_client=http)
    assert kt.campaigns.list() == []
    assert seen == [("/admin_api/v1/campaigns", API_KEY)] * 2  # the retry went through the user's client too
    kt.close()
    assert not http.is_closed  # the user's client is theirs to close


def test_async_http_client_keeps_its_event_hooks_and_gets_auth_and_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    async def no_sleep(delay: float) -> None:
        return None

    monkeypatch.setattr("asyncio.sleep", no_sleep)
    script = Script([reply(503, {}), reply(200, [])])
    seen: list[str] = []

    async def hook(request: httpx.Request) -> None:
        seen.append(request.headers["Api-Key"])

    async def go() -> Any:
        http = httpx.AsyncClient(transport=httpx.MockTransport(script.handle), event_hooks={"request": [hook]})
        async with AsyncKeitaro(BASE, API_KEY, http_client=http) as akt:
            return await akt.campaigns.list()

    assert asyncio.run(go()) == []
    assert seen == [API_KEY, API_KEY]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"transport": httpx.MockTransport(lambda r: httpx.Response(200)), "verify": False}, "verify= has no effect"),
        ({"http_client": httpx.Client(), "verify": "/etc/ssl/ca.pem"}, "verify= has no effect"),
        ({"http_client": httpx.Client(), "proxy": "http://127.0.0.1:3128"}, "proxy= has no effect"),
        (
            {"http_client": httpx.Client(), "transport": httpx.MockTransport(lambda r: httpx.Response(200))},
            "either transport= or http_client=",
        ),
        ({"http_client": httpx.AsyncClient()}, "must be an httpx.Client"),
        ({"max_response_size": 0}, "max_response_size must be a positive"),
    ],
)
def test_conflicting_network_settings_are_configuration_errors(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        Keitaro(BASE, API_KEY, **kwargs)


def test_an_endless_body_stops_at_the_size_limit(harness: Harness) -> None:
    class Endless(httpx.SyncByteStream, httpx.AsyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            while True:
                yield b"x" * 65536

        async def __aiter__(self) -> AsyncIterator[bytes]:
            while True:
                yield b"x" * 65536

    kt = harness.client(Script([lambda request: httpx.Response(200, stream=Endless())]), max_response_size=1 << 20)
    with pytest.raises(UnexpectedResponseError, match=r"larger than max_response_size \(1048576 bytes") as caught:
        harness.run(kt.campaigns.list())
    assert caught.value.status_code == 200


def test_a_compressed_answer_is_decoded_and_its_headers_say_so(harness: Harness) -> None:
    import gzip

    class Gzipped(httpx.SyncByteStream, httpx.AsyncByteStream):
        body = gzip.compress(json.dumps([answers.campaign(1)]).encode())

        def __iter__(self) -> Iterator[bytes]:
            yield self.body

        async def __aiter__(self) -> AsyncIterator[bytes]:
            yield self.body

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Encoding": "gzip"}, stream=Gzipped())

    kt = harness.client(Script([answer]))
    raw = harness.run(kt.with_raw_response.campaigns.list())
    assert raw.json() == [answers.campaign(1)]
    assert "content-encoding" not in raw.headers
    assert raw.parse()[0].id == 1

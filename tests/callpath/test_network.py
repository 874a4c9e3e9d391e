"""Real sockets: environment proxies, a dripping tracker, a gzip bomb (sync and async)."""

from __future__ import annotations

import asyncio
import gzip
import time
from typing import Any, BinaryIO

import pytest

from keitaro_ext import APIConnectionError, APITimeoutError, AsyncKeitaro, Keitaro, UnexpectedResponseError
from tests.callpath.servers import Served, forward_proxy, json_answer, serve

KEY = "kt-NETWORK-5e4d3c2b1a"
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.fixture(autouse=True)
def clean_proxy_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


def call_list(mode: str, base_url: str, **kwargs: Any) -> Any:
    if mode == "sync":
        with Keitaro(base_url, KEY, max_retries=0, **kwargs) as kt:
            return kt.campaigns.list()

    async def go() -> Any:
        async with AsyncKeitaro(base_url, KEY, max_retries=0, **kwargs) as akt:
            return await akt.campaigns.list()

    return asyncio.run(go())


MODES = ["sync", "async"]


@pytest.mark.parametrize("mode", MODES)
def test_http_proxy_from_the_environment_is_used(monkeypatch: pytest.MonkeyPatch, mode: str) -> None:
    with serve(json_answer()) as tracker, serve(forward_proxy()) as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        assert call_list(mode, tracker.url) == []
        assert proxy.lines == [f"GET {tracker.url}/admin_api/v1/campaigns HTTP/1.1"]
        assert tracker.lines == ["GET /admin_api/v1/campaigns HTTP/1.1"]


@pytest.mark.parametrize("mode", MODES)
def test_no_proxy_bypasses_the_proxy(monkeypatch: pytest.MonkeyPatch, mode: str) -> None:
    with serve(json_answer()) as tracker, serve(forward_proxy()) as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        assert call_list(mode, tracker.url) == []
        assert proxy.lines == []
        assert tracker.lines == ["GET /admin_api/v1/campaigns HTTP/1.1"]


@pytest.mark.parametrize("mode", MODES)
def test_https_proxy_from_the_environment_gets_the_connect(monkeypatch: pytest.MonkeyPatch, mode: str) -> None:
    with serve(forward_proxy()) as proxy:
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)
        with pytest.raises(APIConnectionError) as caught:
            call_list(mode, "https://tracker.invalid")
        assert proxy.lines == ["CONNECT tracker.invalid:443 HTTP/1.1"]
        assert KEY not in str(caught.value)


@pytest.mark.parametrize("mode", MODES)
def test_explicit_proxy_and_trust_env_false(monkeypatch: pytest.MonkeyPatch, mode: str) -> None:
    with serve(json_answer()) as tracker, serve(forward_proxy()) as proxy:
        assert call_list(mode, tracker.url, proxy=proxy.url) == []
        assert len(proxy.lines) == 1
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        assert call_list(mode, tracker.url, trust_env=False) == []
        assert len(proxy.lines) == 1  # the environment was not read
        assert len(tracker.lines) == 2


def drip(line: str, headers: dict[str, str], wfile: BinaryIO, served: Served) -> None:
    """40 bytes of JSON, one every 0.25 s: each read is quick, the whole answer takes 10 s."""
    body = b"[" + b" " * 38 + b"]"
    wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 40\r\n\r\n")
    wfile.flush()
    for byte in body:
        wfile.write(bytes([byte]))
        wfile.flush()
        served.sent += 1
        time.sleep(0.25)


@pytest.mark.parametrize("mode", MODES)
def test_a_dripping_answer_ends_at_the_call_deadline(mode: str) -> None:
    with serve(drip) as tracker, pytest.raises(APITimeoutError, match="did not answer in time"):
        call_list(mode, tracker.url, timeout=1)
    assert tracker.sent < 40  # given up before the body was complete, though no single read timed out


BOMB = gzip.compress(b"\0" * (24 << 20), compresslevel=6)  # 24 MB that travel as ~24 KB


def bomb(line: str, headers: dict[str, str], wfile: BinaryIO, served: Served) -> None:
    wfile.write(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
        b"Content-Length: %d\r\n\r\n" % len(BOMB)
    )
    wfile.write(BOMB)
    wfile.flush()


@pytest.mark.parametrize("mode", MODES)
def test_a_gzip_bomb_stops_at_the_size_limit(mode: str) -> None:
    assert len(BOMB) < 100_000
    expected = r"larger than max_response_size \(4194304 bytes"
    with serve(bomb) as tracker, pytest.raises(UnexpectedResponseError, match=expected):
        call_list(mode, tracker.url, max_response_size=4 << 20)

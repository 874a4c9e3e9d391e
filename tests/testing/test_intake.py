"""The fake's request intake under hostile clients: bounded bodies, key first, deep JSON, a bounded log (issue 14)."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator

import httpx
import pytest

from keitaro_ext.testing import FakeTracker

KEY = "intake-key-0123456789"
LIMIT = 64 * 1024


@pytest.fixture(scope="module")
def served() -> Iterator[FakeTracker]:
    with FakeTracker(api_key=KEY, clicks=10, max_body_bytes=LIMIT) as fake:
        yield fake


def _raw_exchange(fake: FakeTracker, head: str, body: bytes = b"") -> tuple[int, dict[str, str], bytes]:
    """Send a request's head (and maybe the start of its body) on a raw socket; read the answer."""
    host, port = fake.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(head.replace("\n", "\r\n").encode() + b"\r\n" + body)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
        header_block, _, rest = data.partition(b"\r\n\r\n")
        lines = header_block.decode("latin-1").split("\r\n")
        headers = {k.lower(): v.strip() for k, v in (line.split(":", 1) for line in lines[1:])}
        while len(rest) < int(headers.get("content-length", "0")):
            chunk = sock.recv(65536)
            if not chunk:
                break
            rest += chunk
        return int(lines[0].split()[1]), headers, rest


def _head(path: str, length: int, key: str | None) -> str:
    lines = [f"POST /admin_api/v1{path} HTTP/1.1", "Host: 127.0.0.1", "Content-Type: application/json"]
    lines.append(f"Content-Length: {length}")
    if key is not None:
        lines.append(f"Api-Key: {key}")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("key", [None, "wrong-key"])
def test_an_upload_without_a_valid_key_is_refused_before_its_body_is_read(served: FakeTracker, key: str | None) -> None:
    # 200 MB announced, none sent: the answer must come without waiting for (or buffering) the body
    status, headers, body = _raw_exchange(served, _head("/campaigns", 200_000_000, key))
    assert status == 401
    assert headers["content-type"] == "application/json"
    assert "API key" in json.loads(body)["error"]
    assert served.requests[-1].status == 401


def test_a_declared_body_over_the_limit_gets_413_in_keitaros_shape_at_once(served: FakeTracker) -> None:
    status, headers, body = _raw_exchange(served, _head("/campaigns", LIMIT + 1, KEY))
    assert status == 413
    assert headers["content-type"] == "application/json"
    assert f"larger than {LIMIT} bytes" in json.loads(body)["error"]


def test_a_chunked_body_over_the_limit_gets_413_without_reading_the_rest(served: FakeTracker) -> None:
    sent = {"bytes": 0}

    def stream() -> Iterator[bytes]:
        for _ in range(200):  # 200 x 16 KiB = 3.2 MB, far past the 64 KiB limit
            sent["bytes"] += 16384
            yield b" " * 16384

    with httpx.Client(base_url=served.api_url, headers={"Api-Key": KEY}) as http:
        answer = http.post("/campaigns", content=stream(), headers={"content-type": "application/json"})
    assert answer.status_code == 413
    assert "larger than" in answer.json()["error"]


def test_a_body_under_the_limit_still_works_when_served(served: FakeTracker) -> None:
    with httpx.Client(base_url=served.api_url, headers={"Api-Key": KEY}) as http:
        created = http.post("/campaigns", json={"name": "Small", "alias": "small", "notes": "n" * 1000})
    assert created.status_code == 200


@pytest.mark.parametrize("depth", [600, 100_000])
def test_deep_json_gets_a_keitaro_shaped_400_when_served(depth: int) -> None:
    body = b'{"name": ' + b"[" * depth + b"]" * depth + b', "alias": "a"}'
    with FakeTracker(api_key=KEY, clicks=10) as fake, httpx.Client(base_url=fake.api_url) as http:
        answer = http.post("/campaigns", content=body, headers={"Api-Key": KEY, "content-type": "application/json"})
        after = http.get("/campaigns", headers={"Api-Key": KEY})
    assert answer.status_code == 400
    assert answer.headers["content-type"] == "application/json"
    assert "Maximum stack depth exceeded" in answer.json()["error"]
    assert after.status_code == 200  # the fake is still fine


def test_deep_json_gets_a_400_in_process_too() -> None:
    fake = FakeTracker(api_key=KEY, clicks=10)
    with fake.client() as http:
        answer = http.post(
            "/campaigns", content=b"[" * 50_000 + b"]" * 50_000, headers={"content-type": "application/json"}
        )
    assert answer.status_code == 400
    assert "Maximum stack depth exceeded" in answer.json()["error"]


def test_in_process_the_key_is_checked_before_a_streamed_body_is_read() -> None:
    fake = FakeTracker(api_key=KEY, clicks=10)
    pulled = {"chunks": 0}

    def stream() -> Iterator[bytes]:
        for _ in range(10):
            pulled["chunks"] += 1
            yield b"{}"

    with httpx.Client(base_url=fake.api_url, transport=fake.transport()) as http:
        answer = http.post("/campaigns", content=stream(), headers={"Api-Key": "nope"})
    assert answer.status_code == 401
    assert pulled["chunks"] == 0


def test_in_process_a_body_over_the_limit_gets_413() -> None:
    fake = FakeTracker(api_key=KEY, clicks=10, max_body_bytes=100)
    with fake.client() as http:
        answer = http.post("/campaigns", json={"name": "x" * 200, "alias": "y"})
    assert answer.status_code == 413
    assert set(answer.json()) == {"error"}


def test_the_request_log_is_a_bounded_ring_that_can_be_cleared() -> None:
    fake = FakeTracker(api_key=KEY, clicks=10, request_log_size=5)
    with fake.client() as http:
        for campaign in range(1, 13):
            http.get(f"/campaigns/{campaign}")
    assert len(fake.requests) == 5
    assert [r.path for r in fake.requests] == [f"/campaigns/{n}" for n in range(8, 13)]
    assert fake.requests.dropped == 7
    assert fake.requests.calls("GET", "/campaigns/12")
    fake.requests.clear()
    assert len(fake.requests) == 0 and fake.requests.dropped == 0


def test_the_default_log_is_bounded_too() -> None:
    assert FakeTracker(clicks=1).requests.maxlen == 10_000


def test_the_console_script_takes_the_limits_and_refuses_bad_ones(capsys: pytest.CaptureFixture[str]) -> None:
    from keitaro_ext.testing import cli

    args = cli.parser().parse_args(["--max-body-bytes", "1024", "--request-log-size", "50"])
    assert (args.max_body_bytes, args.request_log_size) == (1024, 50)
    assert cli.main(["--request-log-size", "0", "--port", "0"]) == 2
    assert "request_log_size must be at least 1" in capsys.readouterr().err

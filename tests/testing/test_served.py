"""The fake over real loopback HTTP: uvicorn in a thread, the console script, the pytest fixtures."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time

import httpx
import pytest

from keitaro_ext.testing import FakeTracker

from .support import SpecChecker


def test_served_on_a_free_loopback_port_and_stopped_on_exit() -> None:
    with FakeTracker(api_key="k1", clicks=200) as fake:
        assert fake.url.startswith("http://127.0.0.1:") and fake.api_url == fake.url + "/admin_api/v1"
        checker = SpecChecker()
        with httpx.Client(base_url=fake.api_url, event_hooks={"response": [checker]}) as http:
            assert http.get("/campaigns").status_code == 401
            http.headers["Authorization"] = "Bearer k1"
            created = http.post("/campaigns", json={"name": "Wire", "alias": "wire"})
            assert created.status_code == 200
            assert http.delete(f"/campaigns/{created.json()['id']}").status_code == 201
            report = http.post("/report/build", json={"grouping": ["country"], "metrics": ["clicks"]}).json()
            assert sum(row["clicks"] for row in report["rows"]) == 200
            zipped = http.get("/offers/1/download")
            assert zipped.headers["content-type"] == "application/octet-stream" and zipped.content[:2] == b"PK"
        assert {"createCampaign", "deleteCampaign", "buildReport", "downloadOffer"} <= set(checker.checked)
        port = int(fake.url.rsplit(":", 1)[1])
    with pytest.raises(ConnectionRefusedError), socket.create_connection(("127.0.0.1", port), timeout=1):
        pass
    with pytest.raises(RuntimeError, match="not served"):
        _ = fake.url


@pytest.mark.parametrize(("when", "applied"), [("before", 0), ("after", 1)])
def test_dropped_and_reset_connections_over_the_wire(when: str, applied: int) -> None:
    with FakeTracker(clicks=10) as fake, httpx.Client(base_url=fake.api_url, headers={"Api-Key": fake.api_key}) as http:
        fake.faults.add(method="POST", path="/campaigns", drop=True, when=when, times=1)  # type: ignore[arg-type]
        with pytest.raises(httpx.RemoteProtocolError):
            http.post("/campaigns", json={"name": "D", "alias": "dropped"})
        assert sum(c["alias"] == "dropped" for c in fake.state.campaigns) == applied
        fake.faults.add(method="GET", path="/offers", reset=True, times=1)
        with pytest.raises(httpx.ReadError):
            http.get("/offers")
        assert http.get("/offers").status_code == 200


def test_latency_trips_a_client_read_timeout_over_the_wire() -> None:
    with FakeTracker(clicks=10) as fake, httpx.Client(base_url=fake.api_url, headers={"Api-Key": fake.api_key}) as http:
        fake.faults.add(path="/offers", latency=5, times=1)
        with pytest.raises(httpx.ReadTimeout):
            http.get("/offers", timeout=0.2)
        fake.faults.add(path="/offers", html=True, times=1)
        assert http.get("/offers").text.startswith("<!DOCTYPE html>")
        fake.faults.add(path="/offers", status=429, retry_after=7, times=1)
        assert http.get("/offers").headers["retry-after"] == "7"


def test_the_console_module_serves_on_the_port_it_prints_until_stopped() -> None:
    command = [sys.executable, "-m", "keitaro_ext.testing", "--port", "0", "--api-key", "cli", "--clicks", "50"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env={**os.environ}, text=True)
    try:
        assert proc.stdout is not None
        banner = proc.stdout.readline()
        match = re.search(r"(http://127\.0\.0\.1:\d+/admin_api/v1)", banner)
        assert match, banner
        deadline = time.monotonic() + 20
        while True:
            try:
                answer = httpx.get(match.group(1) + "/campaigns", headers={"Api-Key": "cli"})
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, "keitaro-fake did not start"
                time.sleep(0.05)
        assert answer.status_code == 200 and len(answer.json()) == 4
    finally:
        proc.terminate()
        proc.communicate(timeout=20)


def test_the_cli_refuses_bad_options() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "keitaro_ext.testing", "--clicks", "-1"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2 and "clicks must be 0 or more" in result.stderr


def test_the_pytest_fixture_serves_in_process(keitaro_fake: FakeTracker) -> None:
    with httpx.Client(base_url=keitaro_fake.api_url, transport=keitaro_fake.transport()) as http:
        assert http.get("/users", headers={"Api-Key": "test-key"}).status_code == 200


@pytest.mark.keitaro_fake(api_key="marked", clicks=40, seed=2)
def test_the_server_fixture_takes_options_from_a_marker(keitaro_fake_server: FakeTracker) -> None:
    assert keitaro_fake_server.data.count == 40 and keitaro_fake_server.seed == 2
    answer = httpx.get(keitaro_fake_server.api_url + "/users", headers={"Api-Key": "marked"})
    assert answer.status_code == 200


def test_the_plugin_module_imports_nothing_heavy() -> None:
    code = (
        "import sys, keitaro_ext.testing.pytest_plugin\n"
        "heavy = {'uvicorn', 'yaml', 'jsonschema', 'openapi_schema_validator', 'keitaro_ext.testing.tracker'}\n"
        "print(sorted(heavy & set(sys.modules)))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == "[]"

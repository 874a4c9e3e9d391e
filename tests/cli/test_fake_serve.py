"""`keitaro fake serve` in a subprocess on a free port, reached over real HTTP by the CLI itself."""

from __future__ import annotations

import json
import os
import re
import selectors
import signal
import subprocess
import sys
from collections.abc import Iterator

import pytest

from .conftest import Cli

FAKE_KEY = "fake-serve-key-42"


def first_line(process: subprocess.Popen[str], patience: float = 60.0) -> str:
    """The first line the server prints; a guard against a hang, not a timing assertion."""
    assert process.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        if not selector.select(patience):
            process.kill()
            pytest.fail("`keitaro fake serve` printed nothing")
    return process.stdout.readline()


@pytest.fixture
def served() -> Iterator[tuple[subprocess.Popen[str], str]]:
    command = [sys.executable, "-m", "keitaro_ext.cli", "fake", "serve", "--port", "0", "--clicks", "50"]
    process = subprocess.Popen(
        [*command, "--seed", "5", "--api-key", FAKE_KEY],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        line = first_line(process)
        match = re.search(r"http://127\.0\.0\.1:\d+", line)
        assert match, line
        yield process, match.group(0)
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def test_serves_the_api_and_stops_cleanly_on_ctrl_c(served: tuple[subprocess.Popen[str], str]) -> None:
    process, url = served
    cli = Cli(secrets=())
    campaigns = json.loads(
        cli.run("campaigns", "list", "--format", "json", env={"KEITARO_URL": url, "KEITARO_API_KEY": FAKE_KEY}).stdout
    )
    assert len(campaigns) >= 2
    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=60) == 0
    assert process.stderr is not None and "Stopped." in process.stderr.read()


def test_stops_on_sigterm(served: tuple[subprocess.Popen[str], str]) -> None:
    process, _ = served
    process.terminate()
    assert process.wait(timeout=60) == 0


def test_bad_options_fail_before_serving(cli: Cli) -> None:
    result = cli.run("fake", "serve", "--port", "0", "--now", "not-a-date")
    assert result.exit_code == 2
    assert "Error: " in result.stderr

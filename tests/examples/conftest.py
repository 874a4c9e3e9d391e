"""Run an example the way a user does: as `__main__`, configured by KEITARO_URL and KEITARO_API_KEY."""

from __future__ import annotations

import runpy
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from keitaro_ext import Keitaro
from keitaro_ext.testing import FakeTracker

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

RunExample = Callable[..., str]


@pytest.fixture
def tracker(keitaro_fake_server: FakeTracker, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> FakeTracker:
    """A served fake the examples reach through the environment, run from an empty folder."""
    monkeypatch.setenv("KEITARO_URL", keitaro_fake_server.url)
    monkeypatch.setenv("KEITARO_API_KEY", keitaro_fake_server.api_key)
    monkeypatch.chdir(tmp_path)
    return keitaro_fake_server


@pytest.fixture
def kt(tracker: FakeTracker) -> Iterator[Keitaro]:
    """The test's own client on the same fake, for expectations computed apart from the example."""
    with Keitaro(tracker.url, tracker.api_key) as client:
        yield client


@pytest.fixture
def run_example(
    tracker: FakeTracker, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> RunExample:
    def run(name: str, *args: str) -> str:
        path = EXAMPLES / f"{name}.py"
        monkeypatch.setattr(sys, "argv", [str(path), *args])
        capsys.readouterr()
        runpy.run_path(str(path), run_name="__main__")
        return capsys.readouterr().out

    return run

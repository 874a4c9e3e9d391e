"""The `keitaro` command driven with typer's CliRunner against the in-process fake tracker.

Every invocation goes through `Cli.run`, which also checks that the API key appears in neither
stdout nor stderr, whatever the command did.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from keitaro_ext.cli import session
from keitaro_ext.cli.app import app
from keitaro_ext.testing import FakeTracker

API_KEY = "kt-cli-SECRET-5e1f0c9a7b3d"
FAKE_URL = "http://keitaro.fake"


@pytest.fixture(scope="session")
def shared_fake() -> FakeTracker:
    return FakeTracker(seed=3, clicks=1500, api_key=API_KEY)


@pytest.fixture
def fake(shared_fake: FakeTracker, monkeypatch: pytest.MonkeyPatch) -> FakeTracker:
    """The fake, reset, wired in as the CLI's transport (the documented test seam)."""
    shared_fake.reset()
    monkeypatch.setattr(session, "TEST_TRANSPORT", shared_fake.transport())
    return shared_fake


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No real config file or tracker settings leak in; wide terminal so tables do not wrap."""
    for name in ("KEITARO_URL", "KEITARO_API_KEY", "KEITARO_PROFILE", "XDG_CONFIG_HOME"):
        monkeypatch.delenv(name, raising=False)
    config = tmp_path / "config" / "config.toml"
    monkeypatch.setenv("KEITARO_CONFIG", str(config))
    monkeypatch.setenv("COLUMNS", "200")
    return config


@dataclass
class Cli:
    """Runs `keitaro ...` in-process; asserts the key never shows."""

    secrets: tuple[str, ...] = (API_KEY,)

    def run(self, *args: str, input: str | None = None, env: dict[str, str] | None = None) -> Result:
        result = CliRunner().invoke(app, list(args), input=input, env=env)
        for secret in self.secrets:
            assert secret not in result.stdout, f"key leaked on stdout of {args}"
            assert secret not in result.stderr, f"key leaked on stderr of {args}"
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise result.exception
        return result

    def json(self, *args: str) -> Any:
        result = self.run(*args, "--format", "json")
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)


@pytest.fixture
def cli() -> Cli:
    return Cli()


@pytest.fixture
def env_tracker(fake: FakeTracker, monkeypatch: pytest.MonkeyPatch) -> FakeTracker:
    """The fake chosen through KEITARO_URL and KEITARO_API_KEY, no profile."""
    monkeypatch.setenv("KEITARO_URL", FAKE_URL)
    monkeypatch.setenv("KEITARO_API_KEY", API_KEY)
    return fake

"""Profiles: several trackers in a private config file, chosen with --profile, overridden by the environment."""

from __future__ import annotations

import json
import stat
import tomllib
from pathlib import Path

import pytest

from keitaro_ext.cli.config_file import config_path
from keitaro_ext.testing import FakeTracker

from .conftest import API_KEY, FAKE_URL, Cli

OTHER_KEY = "kt-cli-OTHER-SECRET-0a1b2c3d"


@pytest.fixture
def cli_both() -> Cli:
    return Cli(secrets=(API_KEY, OTHER_KEY))


def add(cli: Cli, name: str, url: str, key: str, *extra: str) -> None:
    result = cli.run("profile", "add", name, "--url", url, *extra, input=key + "\n")
    assert result.exit_code == 0, result.stderr


def test_add_stores_the_key_privately_and_never_prints_it(cli: Cli, isolated: Path) -> None:
    result = cli.run("profile", "add", "prod", "--url", "https://tracker.example.com", input=API_KEY + "\n")
    assert result.exit_code == 0, result.stderr
    assert "Saved profile 'prod' (the default): https://tracker.example.com/admin_api/v1" in result.stdout
    assert stat.S_IMODE(isolated.stat().st_mode) == 0o600
    data = tomllib.loads(isolated.read_text())
    assert data["default"] == "prod"
    assert data["profiles"]["prod"] == {
        "url": "https://tracker.example.com/admin_api/v1",
        "api_key": API_KEY,
        "auth": "api_key",
    }


def test_default_folder_is_private_and_follows_xdg(cli: Cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("KEITARO_CONFIG")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert config_path() == tmp_path / "xdg" / "keitaro" / "config.toml"
    add(cli, "prod", "https://tracker.example.com", API_KEY)
    assert stat.S_IMODE((tmp_path / "xdg" / "keitaro").stat().st_mode) == 0o700
    assert stat.S_IMODE(config_path().stat().st_mode) == 0o600


def test_key_with_quotes_and_backslashes_survives_the_file(cli: Cli, isolated: Path) -> None:
    odd = 'kt-"odd"\\key#1'
    add(Cli(secrets=(odd,)), "odd", "https://t.example.com", odd)
    assert tomllib.loads(isolated.read_text())["profiles"]["odd"]["api_key"] == odd


def test_list_shows_profiles_but_not_keys(cli_both: Cli) -> None:
    add(cli_both, "prod", "https://tracker.example.com", API_KEY)
    add(cli_both, "stage", "https://stage.example.com", OTHER_KEY, "--auth", "bearer")
    table = cli_both.run("profile", "list")
    assert "prod" in table.stdout and "stage" in table.stdout and "set" in table.stdout
    rows = cli_both.json("profile", "list")
    assert rows == [
        {
            "name": "prod",
            "default": True,
            "url": "https://tracker.example.com/admin_api/v1",
            "auth": "api_key",
            "key": "set",
        },
        {
            "name": "stage",
            "default": False,
            "url": "https://stage.example.com/admin_api/v1",
            "auth": "bearer",
            "key": "set",
        },
    ]


def test_use_and_remove(cli_both: Cli, isolated: Path) -> None:
    add(cli_both, "prod", "https://tracker.example.com", API_KEY)
    add(cli_both, "stage", "https://stage.example.com", OTHER_KEY)
    assert cli_both.run("profile", "use", "stage").exit_code == 0
    assert tomllib.loads(isolated.read_text())["default"] == "stage"
    assert cli_both.run("profile", "remove", "stage").exit_code == 0
    data = tomllib.loads(isolated.read_text())
    assert "default" not in data and list(data["profiles"]) == ["prod"]
    assert OTHER_KEY not in isolated.read_text()


def test_existing_profile_needs_replace(cli: Cli) -> None:
    add(cli, "prod", "https://tracker.example.com", API_KEY)
    again = cli.run("profile", "add", "prod", "--url", "https://other.example.com", input="k2\n")
    assert again.exit_code == 3
    assert "--replace" in again.stderr
    add(cli, "prod", "https://other.example.com", API_KEY, "--replace")


def test_bad_input_when_adding(cli: Cli, isolated: Path) -> None:
    assert cli.run("profile", "add", "prod", "--url", "tracker.example.com", input="k\n").exit_code == 3
    assert cli.run("profile", "add", "prod", "--url", "https://t.example.com", input="\n").exit_code == 3
    assert cli.run("profile", "add", "prod", "--url", "https://t.example.com", input="two words\n").exit_code == 3
    assert cli.run("profile", "add", "bad name!", "--url", "https://t.example.com", input="k\n").exit_code == 3
    assert cli.run("profile", "add", "prod", input="k\n").exit_code == 2  # --url missing
    assert not isolated.exists()


def test_commands_use_the_chosen_profile(cli_both: Cli, fake: FakeTracker) -> None:
    add(cli_both, "wrong", FAKE_URL, OTHER_KEY)
    add(cli_both, "local", FAKE_URL, API_KEY)
    assert cli_both.run("campaigns", "list").exit_code == 4  # the default, "wrong", has a bad key
    assert cli_both.run("--profile", "local", "campaigns", "list").exit_code == 0
    assert cli_both.run("campaigns", "list", env={"KEITARO_PROFILE": "local"}).exit_code == 0
    assert fake.requests[-1].headers["api-key"] == API_KEY


def test_environment_overrides_the_profile(cli_both: Cli, fake: FakeTracker) -> None:
    add(cli_both, "local", "https://unreachable.invalid", OTHER_KEY)
    result = cli_both.run("campaigns", "list", env={"KEITARO_URL": FAKE_URL, "KEITARO_API_KEY": API_KEY})
    assert result.exit_code == 0, result.stderr
    assert fake.requests[-1].headers["api-key"] == API_KEY


def test_bearer_profile_sends_authorization(cli: Cli, fake: FakeTracker) -> None:
    add(cli, "local", FAKE_URL, API_KEY, "--auth", "bearer")
    cli.run("campaigns", "list")
    assert fake.requests[-1].headers["authorization"] == f"Bearer {API_KEY}"


def test_unknown_profile_suggests_a_known_one(cli: Cli, fake: FakeTracker) -> None:
    add(cli, "production", FAKE_URL, API_KEY)
    result = cli.run("--profile", "prodution", "campaigns", "list")
    assert result.exit_code == 3
    assert "Unknown profile 'prodution'. Did you mean 'production'?" in result.stderr
    assert cli.run("profile", "use", "nope").exit_code == 3
    assert cli.run("profile", "remove", "nope").exit_code == 3


def test_nothing_configured(cli: Cli, fake: FakeTracker) -> None:
    none = cli.run("campaigns", "list")
    assert none.exit_code == 3
    assert "keitaro profile add" in none.stderr and "KEITARO_URL" in none.stderr
    no_key = cli.run("campaigns", "list", env={"KEITARO_URL": FAKE_URL})
    assert (no_key.exit_code, "KEITARO_API_KEY" in no_key.stderr) == (3, True)
    add(cli, "a", FAKE_URL, API_KEY)
    cli.run("profile", "remove", "a")
    add(cli, "b", FAKE_URL, API_KEY)
    cli.run("profile", "add", "c", "--url", FAKE_URL, input=API_KEY + "\n")
    cli.run("profile", "remove", "b")
    no_default = cli.run("campaigns", "list")
    assert no_default.exit_code == 3
    assert "No default profile" in no_default.stderr and "c" in no_default.stderr


def test_broken_or_exposed_config_file(cli: Cli, fake: FakeTracker, isolated: Path) -> None:
    isolated.parent.mkdir(parents=True)
    isolated.write_text("default = [unclosed\n")
    broken = cli.run("profile", "list")
    assert broken.exit_code == 3
    assert "not valid TOML" in broken.stderr
    isolated.write_text(f'default = "a"\n[profiles.a]\nurl = "{FAKE_URL}"\napi_key = "{API_KEY}"\n')
    isolated.chmod(0o644)
    exposed = cli.run("campaigns", "list")
    assert exposed.exit_code == 0
    assert "chmod 600" in exposed.stderr
    isolated.write_text("[profiles.a]\nurl = 7\n")
    assert cli.run("--profile", "a", "campaigns", "list").exit_code == 3


def test_list_without_profiles(cli: Cli) -> None:
    result = cli.run("profile", "list", "--format", "json")
    assert (result.exit_code, json.loads(result.stdout)) == (0, [])
    assert "No profiles" in result.stderr
    assert cli.run("profile", "list").stdout == ""

"""One line on stderr, a documented exit code, and the key nowhere, for every kind of failure."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from typer.testing import CliRunner

from keitaro_ext.cli.app import app
from keitaro_ext.cli.exit_codes import ExitCode
from keitaro_ext.testing import FakeTracker

from .conftest import API_KEY, FAKE_URL, Cli


def test_exit_codes_are_the_documented_ones() -> None:
    assert {code.name: code.value for code in ExitCode} == {
        "OK": 0,
        "ERROR": 1,
        "USAGE": 2,
        "CONFIG": 3,
        "AUTH": 4,
        "NOT_FOUND": 5,
        "VALIDATION": 6,
        "CONNECTION": 7,
        "INTERRUPTED": 130,
    }
    readme = (Path(__file__).parents[2] / "README.md").read_text()
    table = readme[readme.index("### Exit codes") :]
    for code in ExitCode:
        assert f"| {code.value} " in table, f"README does not document exit code {code.value}"


def one_line(text: str) -> bool:
    return text.count("\n") == 1 and text.startswith("Error: ")


def test_not_found(cli: Cli, env_tracker: FakeTracker) -> None:
    result = cli.run("campaigns", "get", "999")
    assert result.exit_code == 5
    assert one_line(result.stderr) and "Campaign 999 not found" in result.stderr
    assert "Traceback" not in result.output


def test_wrong_key_names_where_it_came_from(cli: Cli, fake: FakeTracker) -> None:
    wrong = "kt-cli-WRONG-KEY-11223344"
    result = Cli(secrets=(API_KEY, wrong)).run(
        "campaigns", "list", env={"KEITARO_URL": FAKE_URL, "KEITARO_API_KEY": wrong}
    )
    assert result.exit_code == 4
    assert one_line(result.stderr) and "(the key came from KEITARO_API_KEY)" in result.stderr


def test_tracker_rejects_fields(cli: Cli, env_tracker: FakeTracker) -> None:
    result = cli.run("campaigns", "create", "--name", "Dup", "--alias", "search-nutra")
    assert result.exit_code == 6
    assert one_line(result.stderr) and "already used" in result.stderr


def test_server_error_and_html_answer(cli: Cli, env_tracker: FakeTracker) -> None:
    env_tracker.faults.add(method="GET", path="/campaigns", status=500)
    failed = cli.run("--retries", "0", "campaigns", "list")
    assert failed.exit_code == 1
    assert one_line(failed.stderr) and "500" in failed.stderr
    env_tracker.faults.clear()
    env_tracker.faults.add(method="GET", path="/offers", html=True)
    html = cli.run("offers", "list")
    assert html.exit_code == 1
    assert one_line(html.stderr) and "HTML" in html.stderr


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_unreachable_tracker(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KEITARO_URL", f"http://127.0.0.1:{free_port()}")
    monkeypatch.setenv("KEITARO_API_KEY", API_KEY)
    result = cli.run("--retries", "0", "campaigns", "list")
    assert result.exit_code == 7
    assert one_line(result.stderr) and "could not reach the tracker" in result.stderr


def test_malformed_url(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KEITARO_API_KEY", API_KEY)
    for url, text in [("tracker.example.com", "has no scheme"), ("https://t.example.com/admin", "admin panel")]:
        result = cli.run("campaigns", "list", env={"KEITARO_URL": url})
        assert result.exit_code == 3
        assert one_line(result.stderr) and text in result.stderr


def test_usage_errors_are_one_line_with_a_pointer_to_help(cli: Cli, env_tracker: FakeTracker) -> None:
    for args in (["campaigns", "get"], ["campaigns", "list", "--nope"], ["no-such-group"], ["report", "--limit", "0"]):
        result = cli.run(*args)
        assert result.exit_code == 2, args
        assert one_line(result.stderr), (args, result.stderr)
        assert "--help" in result.stderr


def test_debug_shows_the_traceback_and_requests_but_not_the_key(cli: Cli, env_tracker: FakeTracker) -> None:
    result = cli.run("--debug", "campaigns", "get", "999")
    assert result.exit_code == 5
    assert "Traceback (most recent call last)" in result.stderr
    assert "debug: keitaro_ext" in result.stderr and "/campaigns/999" in result.stderr
    assert result.stderr.rstrip().splitlines()[-1].startswith("Error: ")


def test_key_echoed_by_the_tracker_is_redacted(cli: Cli, env_tracker: FakeTracker) -> None:
    # Whatever route a key takes into a message (here: an argument that happens to hold it), it is replaced.
    result = cli.run("campaigns", "get", "1", "--fields", API_KEY)
    assert result.exit_code == 2
    assert "[redacted]" in result.stderr


def test_shell_completion_reaches_the_derived_commands() -> None:
    def complete(words: str) -> list[str]:
        env = {"_KEITARO_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(len(words.split()) - 1)}
        result = CliRunner().invoke(app, [], env=env, prog_name="keitaro")
        assert result.exit_code == 0
        return result.stdout.split()

    assert complete("keitaro camp") == ["campaigns"]
    assert complete("keitaro campaigns dis") == ["disable"]
    assert complete("keitaro streams list-fo") == ["list-for-campaign"]


def test_a_group_alone_prints_its_help_and_no_error_line(cli: Cli) -> None:
    result = cli.run("campaigns")
    assert result.exit_code == 2
    assert "disable" in result.stdout and "list-deleted" in result.stdout
    assert result.stderr == ""

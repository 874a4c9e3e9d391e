"""The README's exit-code table, row by row: every failure class a script may branch on (issue 14)."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner, Result

from keitaro_ext.cli import session
from keitaro_ext.cli.app import app
from keitaro_ext.cli.exit_codes import ExitCode, exit_code_for
from keitaro_ext.pagination import PagingError
from keitaro_ext.testing import FakeTracker

from .conftest import API_KEY, FAKE_URL, Cli

README = Path(__file__).parents[2] / "README.md"


@dataclass
class World:
    cli: Cli
    fake: FakeTracker
    tmp_path: Path
    monkeypatch: pytest.MonkeyPatch
    config: Path

    def env_tracker(self) -> None:
        self.monkeypatch.setenv("KEITARO_URL", FAKE_URL)
        self.monkeypatch.setenv("KEITARO_API_KEY", API_KEY)

    def run(self, *args: str, env: dict[str, str] | None = None) -> Result:
        return self.cli.run(*args, env=env)


def _with_fault(status: int | None = None, html: bool = False) -> Callable[[World], Result]:
    def scenario(world: World) -> Result:
        world.env_tracker()
        world.fake.faults.add(method="GET", path="/campaigns", status=status, html=html)
        return world.run("--retries", "0", "campaigns", "list")

    return scenario


def _config_bytes(content: bytes) -> Callable[[World], Result]:
    def scenario(world: World) -> Result:
        world.config.parent.mkdir(parents=True, exist_ok=True)
        world.config.write_bytes(content)
        return world.run("campaigns", "list")

    return scenario


def _tracker(*args: str) -> Callable[[World], Result]:
    def scenario(world: World) -> Result:
        world.env_tracker()
        return world.run(*args)

    return scenario


def _export_to(relative: str, *, read_only: bool = False) -> Callable[[World], Result]:
    def scenario(world: World) -> Result:
        world.env_tracker()
        target = world.tmp_path / relative
        if read_only:
            target.parent.mkdir()
            target.parent.chmod(0o500)
        try:
            return world.run("clicks", "export", str(target), "--range", "today")
        finally:
            if read_only:
                target.parent.chmod(0o700)

    return scenario


def _silent_server(world: World) -> Result:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)  # accepts the connection, never answers
    world.monkeypatch.setattr(session, "TEST_TRANSPORT", None)
    try:
        url = f"http://127.0.0.1:{listener.getsockname()[1]}"
        return world.run(
            "--timeout",
            "0.3",
            "--retries",
            "0",
            "campaigns",
            "list",
            env={"KEITARO_URL": url, "KEITARO_API_KEY": API_KEY},
        )
    finally:
        listener.close()


def _refused(world: World) -> Result:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    world.monkeypatch.setattr(session, "TEST_TRANSPORT", None)
    env = {"KEITARO_URL": f"http://127.0.0.1:{port}", "KEITARO_API_KEY": API_KEY}
    return world.run("--retries", "0", "campaigns", "list", env=env)


def _interrupted(world: World) -> Result:
    def handler(request: httpx.Request) -> httpx.Response:
        raise KeyboardInterrupt

    world.env_tracker()
    world.monkeypatch.setattr(session, "TEST_TRANSPORT", httpx.MockTransport(handler))
    return world.run("campaigns", "list")


SCENARIOS: dict[int, dict[str, Callable[[World], Result]]] = {
    0: {"a listing": _tracker("campaigns", "list")},
    1: {
        "a 5xx answer": _with_fault(status=500),
        "a 429 answer": _with_fault(status=429),
        "an HTML page instead of JSON": _with_fault(html=True),
        "export into a missing folder": _export_to("nowhere/clicks.csv"),
        "export into a read-only folder": _export_to("locked/clicks.csv", read_only=True),
    },
    2: {
        "an unknown option": _tracker("campaigns", "list", "--nope"),
        "an unknown metric": _tracker("report", "--metrics", "clickz"),
        "a bad date": _tracker("report", "--range", "2026-13-45"),
        "a bad filter": _tracker("report", "--filter", "revenue >"),
        "bad --json": _tracker("campaigns", "create", "--json", "{not json"),
        "an unknown export suffix": _export_to("clicks.xlsx"),
    },
    3: {
        "no tracker configured": lambda world: world.run("campaigns", "list"),
        "a malformed URL": lambda world: world.run(
            "campaigns", "list", env={"KEITARO_URL": "tracker.example.com", "KEITARO_API_KEY": API_KEY}
        ),
        "an unknown profile": lambda world: world.run("--profile", "nope", "campaigns", "list"),
        "a config file that is not TOML": _config_bytes(b"[profiles.x\nurl = 1\n"),
        "a config file that is not UTF-8": _config_bytes(b'[profiles.prod]\nurl = "https://t.example.com/\xff\xfe"\n'),
    },
    4: {
        "a refused key (401)": lambda world: world.run(
            "campaigns", "list", env={"KEITARO_URL": FAKE_URL, "KEITARO_API_KEY": "kt-wrong-key-000000"}
        ),
        "no Admin API in this edition (402)": _with_fault(status=402),
        "the user may not (403)": _with_fault(status=403),
    },
    5: {
        "no such entity": _tracker("campaigns", "get", "999"),
        "a 404 without JSON": _with_fault(status=404),
    },
    6: {
        "fields rejected (406)": _tracker("campaigns", "create", "--name", "Dup", "--alias", "search-nutra"),
        "a bad request (400)": _with_fault(status=400),
        "fields rejected (422)": _with_fault(status=422),
    },
    7: {"a refused connection": _refused, "a timeout": _silent_server},
    130: {"Ctrl+C": _interrupted},
}


def _readme_codes() -> list[int]:
    table = README.read_text(encoding="utf-8").split("### Exit codes", 1)[1].split("\n## ", 1)[0]
    return [int(code) for code in re.findall(r"^\| (\d+) \|", table, re.MULTILINE)]


def test_every_row_of_the_readme_table_has_scenarios() -> None:
    assert sorted(_readme_codes()) == sorted(SCENARIOS) == sorted(code.value for code in ExitCode)


@pytest.fixture
def world(fake: FakeTracker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, isolated: Path) -> World:
    return World(Cli(secrets=(API_KEY, "kt-wrong-key-000000")), fake, tmp_path, monkeypatch, isolated)


@pytest.mark.parametrize(
    ("code", "name"), [(code, name) for code, named in SCENARIOS.items() for name in named], ids=lambda v: str(v)
)
def test_each_failure_exits_with_the_code_of_its_row(world: World, code: int, name: str) -> None:
    if name == "export into a read-only folder" and os.geteuid() == 0:
        pytest.skip("root writes into read-only folders")
    result = SCENARIOS[code][name](world)
    assert result.exit_code == code, (name, result.stderr)
    if code not in (0, 130, ExitCode.USAGE):
        assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1, result.stderr
        assert "unexpected" not in result.stderr, result.stderr


def test_a_paging_failure_is_a_tracker_failure_not_a_usage_error() -> None:
    assert exit_code_for(PagingError("repeats", rows=1, total=2, pages=2)) == ExitCode.ERROR


def test_output_in_an_encoding_without_the_characters_degrades_to_replacements(
    fake: FakeTracker, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KEITARO_URL", FAKE_URL)
    monkeypatch.setenv("KEITARO_API_KEY", API_KEY)
    assert Cli().run("campaigns", "create", "--name", "Café Москва 🚀", "--alias", "cafe").exit_code == 0
    whole = CliRunner().invoke(app, ["campaigns", "list", "--format", "csv"]).stdout.splitlines()
    for charset in ("ascii", "latin-1", "cp1252"):
        result = CliRunner(charset=charset).invoke(app, ["campaigns", "list", "--format", "csv"])
        assert result.exit_code == 0, (charset, result.output, result.exception)
        lines = result.stdout.splitlines()
        assert len(lines) == len(whole)  # nothing cut off
        assert any("Caf" in line and "??????" in line for line in lines), (charset, lines)


def _served_cli(fake: FakeTracker, encoding: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "KEITARO_URL": fake.url, "KEITARO_API_KEY": API_KEY, "PYTHONIOENCODING": encoding}
    env.pop("KEITARO_CONFIG", None)
    code = "from keitaro_ext.cli import main; main()"
    return subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, timeout=120, check=False)


@pytest.fixture(scope="module")
def served() -> Iterator[FakeTracker]:
    with FakeTracker(api_key=API_KEY, clicks=10) as fake:
        with httpx.Client(base_url=fake.api_url, headers={"Api-Key": API_KEY}) as http:
            http.post("/campaigns", json={"name": "Café Москва", "alias": "cafe-moskva"}).raise_for_status()
        yield fake


def test_a_real_ascii_terminal_gets_the_whole_csv_with_replacements(served: FakeTracker, tmp_path: Path) -> None:
    done = _served_cli(served, "ascii", "campaigns", "list", "--format", "csv")
    assert done.returncode == 0, done.stderr.decode()
    text = done.stdout.decode("ascii")
    assert "Caf? ??????" in text
    utf8 = _served_cli(served, "utf-8", "campaigns", "list", "--format", "csv").stdout.decode()
    assert len(text.splitlines()) == len(utf8.splitlines())  # nothing cut off

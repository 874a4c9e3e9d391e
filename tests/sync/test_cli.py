"""`keitaro sync`, `keitaro sync verify` and `keitaro lake query`: two profiles into one lake."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner, Result

from keitaro_ext import Keitaro
from keitaro_ext.cli.app import app
from keitaro_ext.testing import FakeTracker

KEYS = {"east": "east-SECRET-8c1d2e", "west": "west-SECRET-4f5a6b"}


@pytest.fixture
def trackers(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[dict[str, FakeTracker]]:
    for name in ("KEITARO_URL", "KEITARO_API_KEY", "KEITARO_PROFILE", "XDG_CONFIG_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("KEITARO_CONFIG", str(tmp_path / "config.toml"))
    monkeypatch.setenv("COLUMNS", "200")
    fakes = {
        "east": FakeTracker(seed=1, clicks=600, api_key=KEYS["east"]).start(),
        "west": FakeTracker(seed=2, clicks=900, api_key=KEYS["west"]).start(),
    }
    for name, fake in fakes.items():
        assert run("profile", "add", name, "--url", fake.url, "--key-stdin", input=KEYS[name]).exit_code == 0
    yield fakes
    for fake in fakes.values():
        fake.stop()


def run(*args: str, input: str | None = None) -> Result:
    result = CliRunner().invoke(app, list(args), input=input)
    for key in KEYS.values():
        assert key not in result.stdout + result.stderr
    return result


SYNC = ["--since", "2026-06-10", "--until", "2026-06-12", "--timezone", "UTC"]


def test_two_profiles_sync_into_one_lake(trackers: dict[str, FakeTracker], tmp_path: Path) -> None:
    lake = tmp_path / "lake"
    result = run("sync", str(lake), *SYNC, "--profile", "east", "--profile", "west")
    assert result.exit_code == 0, result.stderr
    assert "east/clicks: 3 day(s) fetched" in result.stdout
    assert "west/conversions: 3 day(s) fetched" in result.stdout

    expected = {}
    for name, fake in trackers.items():
        with Keitaro(fake.url, KEYS[name]) as kt:
            expected[name] = kt.reports.build(("2026-06-10", "2026-06-12"), metrics="clicks", timezone="UTC").rows[0][
                "clicks"
            ]
    query = "SELECT tracker, count(*) AS n FROM clicks GROUP BY 1 ORDER BY 1"
    result = run("lake", "query", str(lake), query, "--format", "csv")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == ["tracker,n", f"east,{expected['east']}", f"west,{expected['west']}"]
    assert expected["east"] < expected["west"]  # 600 against 900 clicks over the same 30 days

    again = run("sync", str(lake), *SYNC, "-p", "east", "-p", "west")
    assert "east/clicks: 0 day(s) fetched, 3 already settled" in again.stdout

    verified = run("sync", "verify", str(lake), "-p", "east", "-p", "west")
    assert verified.exit_code == 0, verified.stdout
    assert "east: 6 day(s) checked, 0 difference(s)" in verified.stdout

    day = lake / "west" / "conversions" / "day=2026-06-11" / "part-0.parquet"
    table = pq.read_table(day)
    pq.write_table(table.slice(0, 0), day)
    verified = run("sync", "verify", str(lake), "-p", "west")
    assert verified.exit_code == 1
    assert f"west/conversions 2026-06-11 rows: lake 0, tracker {table.num_rows}" in verified.stdout


def test_sync_errors_are_one_line(trackers: dict[str, FakeTracker], tmp_path: Path) -> None:
    result = run("sync", str(tmp_path / "lake"), "--since", "2026-06-01", "--days", "3", "-p", "east")
    assert result.exit_code != 0
    assert "since" in result.stderr and "Traceback" not in result.stderr
    result = run("lake", "query", str(tmp_path / "lake"), "SELECT * FROM clicks")
    assert result.exit_code != 0 and "is not a folder" in result.stderr


def test_the_cli_loads_neither_pyarrow_nor_duckdb_until_a_lake_command_runs() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from keitaro_ext.cli.app import app; import keitaro_ext; "
        "from typer.main import get_command; get_command(app).get_command(None, 'sync'); "
        "print(sorted(m for m in ('pyarrow', 'duckdb') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"

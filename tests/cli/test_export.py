"""`keitaro clicks export` / `keitaro conversions export`: logs to files, format from suffix or --format."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from rich.console import Console

from keitaro_ext.cli.progress import progress_bar
from keitaro_ext.testing import FakeTracker

from .conftest import Cli


def test_clicks_to_csv(cli: Cli, env_tracker: FakeTracker, tmp_path: Path) -> None:
    target = tmp_path / "clicks.csv"
    result = cli.run(
        "clicks",
        "export",
        str(target),
        "--range",
        "2026-06-01..2026-06-10",
        "--columns",
        "sub_id,country,revenue",
        "--filter",
        "country_code in US",
        "--page-size",
        "100",
    )
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(target.read_text())))
    assert rows and list(rows[0]) == ["sub_id", "country", "revenue"]
    assert {row["country"] for row in rows} == {"United States"}
    assert f"Wrote {len(rows):,} rows of the click log to {target} (csv)." in result.stdout
    assert len(env_tracker.requests.calls("POST", "/clicks/log")) > 1  # paged


def test_conversions_to_jsonl_with_a_cap(cli: Cli, env_tracker: FakeTracker, tmp_path: Path) -> None:
    target = tmp_path / "conversions.jsonl"
    result = cli.run("conversions", "export", str(target), "--range", "all_time", "--max-rows", "7")
    assert result.exit_code == 0, result.stderr
    lines = target.read_text().splitlines()
    assert len(lines) == 7
    assert "conversion_id" in json.loads(lines[0])
    assert "Wrote 7 of " in result.stdout


def test_format_option_beats_the_suffix(cli: Cli, env_tracker: FakeTracker, tmp_path: Path) -> None:
    target = tmp_path / "clicks.txt"
    result = cli.run("clicks", "export", str(target), "--format", "jsonl", "--max-rows", "3")
    assert result.exit_code == 0, result.stderr
    assert len(target.read_text().splitlines()) == 3


def test_unknown_suffix_is_a_usage_error_and_a_missing_folder_a_file_error(
    cli: Cli, env_tracker: FakeTracker, tmp_path: Path
) -> None:
    unknown = cli.run("clicks", "export", str(tmp_path / "clicks.txt"))
    assert unknown.exit_code == 2
    assert ".csv, .jsonl or .parquet" in unknown.stderr
    missing = cli.run("clicks", "export", str(tmp_path / "nowhere" / "clicks.csv"))
    assert missing.exit_code == 1  # README: 1 for a file that cannot be written
    assert "does not exist" in missing.stderr
    assert cli.run("clicks", "export", str(tmp_path / "c.csv"), "--columns", "sub_idd").exit_code == 2
    assert not list(tmp_path.iterdir())


def test_progress_bar_draws_on_a_terminal_and_stays_silent_elsewhere() -> None:
    screen = io.StringIO()
    with progress_bar("clicks to c.csv", Console(file=screen, force_terminal=True, width=100)) as update:
        update(500, 1200)
        update(1200, 1200)
    assert "clicks to c.csv" in screen.getvalue()
    assert "1200/1200" in screen.getvalue()
    quiet = io.StringIO()
    with progress_bar("clicks", Console(file=quiet, force_terminal=False)) as update:
        update(10, None)
    assert quiet.getvalue() == ""

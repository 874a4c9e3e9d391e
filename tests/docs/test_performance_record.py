"""The README's performance section quotes the benchmark records it names, as they are on disk."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "bench" / "results.md"


def _section() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("### Performance (bench/results.md")
    return text[start : text.index("\n### ", start + 1)]


def _commit(record: Path) -> str:
    found = re.search(r"^- commit: (\w+)", record.read_text(encoding="utf-8"), re.MULTILINE)
    assert found, f"{record} names no commit"
    return found.group(1)


def _rows(record: Path) -> dict[str, list[str]]:
    """Each table row's first cell -> its other cells."""
    rows = {}
    for line in record.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) == 4 and cells[0] not in ("figure", "---"):
            rows[cells[0]] = cells[1:]
    return rows


def _earlier_runs(section: str) -> list[Path]:
    named = re.search(r"\(([0-9a-f]{7}(?:, [0-9a-f]{7})+)\), are in `bench/runs/`", " ".join(section.split()))
    assert named, "the section names the earlier runs it quotes"
    return [ROOT / "bench" / "runs" / f"results-{commit}.md" for commit in named.group(1).split(", ")]


def test_the_recorded_run_is_the_commit_the_readme_names() -> None:
    named = re.search(r"`bench/results.md` is the last run, of commit (\w+)", _section())
    assert named and named.group(1) == _commit(RESULTS)


def test_the_earlier_runs_quoted_are_on_disk_and_of_the_commits_named() -> None:
    for record in _earlier_runs(_section()):
        assert record.exists(), record
        assert record.name == f"results-{_commit(record)}.md"


def test_every_target_was_met_in_the_runs_the_readme_says_met_them() -> None:
    section = _section()
    assert "Every target was met in all seven" in section
    records = [RESULTS, *_earlier_runs(section)]
    assert len(records) == 7
    for record in records:
        verdicts = {label: cells[2] for label, cells in _rows(record).items() if cells[1]}
        assert verdicts, f"{record} has no targets"
        assert all(verdict == "yes" for verdict in verdicts.values()), (record, verdicts)


def _median_and_range(value: str) -> str:
    """A recorded `1.51x (min 1.35x, max 1.74x, 5 rounds)` (or `1.35x / 1.51x / 1.74x`) as the README quotes
    it: `1.51x (1.35-1.74x)`."""
    spread = re.match(r"(?:[\d.]+ ms, )?([\d.]+x) \(min ([\d.]+)x, max ([\d.]+x)", value)
    if spread:
        return f"{spread.group(1)} ({spread.group(2)}-{spread.group(3)})"
    low, middle, high = value.split(" / ")
    return f"{middle} ({low.rstrip('x')}-{high})"


def test_the_recorded_figures_quoted_are_the_recorded_ones() -> None:
    section = " ".join(_section().split())
    rows = {label: cells[0] for label, cells in _rows(RESULTS).items()}
    imported = re.search(r"\(([\d.]+x)\)", rows["import keitaro_ext"])
    assert imported
    quoted = {
        "sync per call": f"against the fake): {rows['SDK / raw httpx (wall)']} raw",
        "async fan-out": f"cap 20: {rows['SDK / raw httpx, fan-out on loopback (wall)']} raw",
        "import": f"`import keitaro_ext`: {imported.group(1)} `import httpx`",
        "parquet": f"Parquet {_median_and_range(rows['Parquet export speed vs the naive loop'])} the speed",
        "parquet / csv": f"{rows['Parquet export time / CSV export time'].split()[0]} the CSV time",
        "parquet rss": f"RSS {rows['peak RSS of the Parquet export']} (target < 200 MB",
        "csv": f"CSV {_median_and_range(rows['CSV export speed vs e03c3e6'])} the export of e03c3e6",
        "reports": f"{_median_and_range(rows['kt.reports.build / httpx + json()'])} `httpx` + `.json()`",
        "help": f"`keitaro --help`: {_median_and_range(rows['keitaro --help'])}",
        "list": f"against the fake: {_median_and_range(rows['keitaro campaigns list'])} the time",
        "models": f"does: {_median_and_range(rows['SDK / json.loads (min/median/max)'])} `json.loads`",
        "fake": f"{_median_and_range(rows['fake req/s / bare app req/s (wall, client included)'])} the GET req/s",
    }
    missing = {name: phrase for name, phrase in quoted.items() if phrase not in section}
    assert not missing, missing

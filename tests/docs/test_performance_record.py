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


def test_the_call_path_ratios_quoted_are_the_recorded_ones() -> None:
    section = _section()
    rows = _rows(RESULTS)
    sync = rows["SDK / raw httpx (wall)"][0]
    fan_out = rows["SDK / raw httpx, fan-out on loopback (wall)"][0]
    assert f"Sync per call (`kt.campaigns.get` against the fake): {sync} raw" in section
    assert f"fan-out of 1,000 GETs, cap 20: {fan_out} raw" in section

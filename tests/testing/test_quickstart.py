"""examples/quickstart.py (what `make demo` runs) works against the fake tracker it starts."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

QUICKSTART = Path(__file__).resolve().parents[2] / "examples" / "quickstart.py"


def test_the_quickstart_creates_changes_and_reports(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("KEITARO_URL", raising=False)
    monkeypatch.delenv("KEITARO_API_KEY", raising=False)
    main = runpy.run_path(str(QUICKSTART))["main"]
    assert main() == 0
    out = capsys.readouterr().out
    assert "Created offer #7 and campaign #5 (quickstart)" in out
    assert "Campaign now 'Quickstart (EN traffic)' at 0.35 per click; offer pays 27.5" in out
    assert "Flows: US and UK (active), Everyone else (disabled)" in out
    header = next(line for line in out.splitlines() if line.startswith("country"))
    assert header.split() == ["country", "clicks", "conversions", "revenue", "cost", "profit", "roi"]
    assert "United States" in out and "\nTotal: clicks " in out

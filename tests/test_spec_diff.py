"""scripts/spec_diff.py on two small documents whose differences are known."""

from __future__ import annotations

import subprocess
import sys

from tests.spec import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "spec_diff"
SCRIPT = ROOT / "scripts" / "spec_diff.py"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True)


def test_reports_operations_parameters_and_fields_in_both_directions() -> None:
    result = run(str(FIXTURES / "upstream.json"), str(FIXTURES / "ours.yaml"))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert "+ DELETE /things/{id}/archive (upstream only)" in lines
    assert "- POST /things/clean (ours only)" in lines
    assert "~ GET /things" in lines
    assert "  ~ parameter query:limit: upstream integer (required), ours integer" in lines
    assert "  - parameter query:offset: integer (ours only)" in lines
    assert "  + response field colour: string (upstream only)" in lines
    assert "  ~ request field size: upstream string, ours integer" in lines
    assert not any("request field name" in line for line in lines), "allOf required must merge"
    assert lines[-1] == "spec-diff: 4 operation(s) differ"


def test_identical_documents_report_nothing() -> None:
    result = run(str(FIXTURES / "ours.yaml"), str(FIXTURES / "ours.yaml"))
    assert result.returncode == 0
    assert result.stdout.strip() == "spec-diff: no differences"


def test_unreadable_document_is_a_clear_error() -> None:
    result = run(str(FIXTURES / "missing.json"))
    assert result.returncode == 2
    assert "cannot read a document" in result.stderr and "missing.json" in result.stderr

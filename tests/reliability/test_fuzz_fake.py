"""A short schemathesis run against the fake: no schema-valid request refused, no 5xx, every answer conforming.

Only with KEITARO_RELIABILITY=full (`make reliability`); `make fuzz-fake` is the longer run.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.scale import FULL

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(not FULL, reason="runs in make reliability (KEITARO_RELIABILITY=full)")
def test_schemathesis_finds_nothing_against_the_fake() -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "fuzz" / "run.py"), "--max-examples", "5", "--max-time", "90", "--no-shrink"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    assert "Tested: 108" in run.stdout

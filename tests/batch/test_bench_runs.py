"""bench/bench_batch.py still runs and counts round trips right (its timings are only printed, never checked)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "bench_batch.py"


def load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_batch", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_benchmark_runs_small_and_reports_round_trips(capsys: pytest.CaptureFixture[str]) -> None:
    figures = load().main(["--updates", "5", "--latency", "0", "--chunk-size", "2", "--concurrency", "3"])
    assert [figures[mode]["round_trips"] for mode in ("sequential", "concurrent", "entrypoint")] == [5, 5, 3]
    assert figures["targets"]["entrypoint_round_trips_max"] == 3
    assert figures["met"]["entrypoint_round_trips"] is True
    assert set(figures["speedup_vs_sequential"]) == {"sequential", "concurrent", "entrypoint"}
    printed = capsys.readouterr().out
    assert "round trips" in printed
    assert "entrypoint" in printed

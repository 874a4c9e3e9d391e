"""`make bench`: run every benchmark in bench/, print each table, write bench/results.md.

    python -m bench.run            the full run (under 10 minutes on 2 cores)
    python -m bench.run --quick    small counts, to check the benchmarks still work (under two minutes;
                                   `make regen` is left out: make check-generated runs it anyway)
    python -m bench.run --only export imports

bench/bench_batch.py (batching, from the batching issue) is run through its `main()` when present.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import importlib.util
import inspect
import io
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import (
    bench_async,
    bench_cli,
    bench_data,
    bench_download,
    bench_export,
    bench_fake,
    bench_hardening,
    bench_imports,
    bench_mcp,
    bench_models,
    bench_overhead,
    bench_regen,
    bench_sync,
    environment,
)
from .report import Section

RESULTS = Path(__file__).resolve().parent / "results.md"


class _Tee(io.StringIO):
    """Captures what a benchmark prints while still showing it."""

    def write(self, text: str) -> int:
        sys.__stdout__.write(text) if sys.__stdout__ is not None else None
        return super().write(text)


def _batch(argv: list[str]) -> Section:
    """bench/bench_batch.py's own table, as its `main(argv)` prints it."""
    title = "Batching (bench/bench_batch.py)"
    if importlib.util.find_spec("bench.bench_batch") is None:
        return Section(title, "bench/bench_batch.py is not there yet; nothing was measured.")
    module = importlib.import_module("bench.bench_batch")
    printed = _Tee()
    with contextlib.redirect_stdout(printed):
        result = module.main(argv) if inspect.signature(module.main).parameters else module.main()
    if isinstance(result, Section):
        return result
    return Section(
        title, f"What `bench_batch.main({argv})` printed (it serves the fake itself):", output=printed.getvalue()
    )


def _benchmarks(quick: bool) -> dict[str, Callable[[], Section | list[Section]]]:
    if quick:
        return {
            "overhead": lambda: bench_overhead.main(calls=200, rounds=4),
            "async": lambda: bench_async.main(calls=200, rounds=1, sequential_latency_calls=20),
            "batch": lambda: _batch(["--updates", "30"]),
            "download": lambda: bench_download.main(repeats=1),
            "export": lambda: bench_export.main(rows=50_000, page_size=5_000),
            "imports": lambda: bench_imports.main(runs=3),
            "hardening": lambda: bench_hardening.main(pages=20, body_mb=4, rounds=3),
            "sync": lambda: bench_sync.main(rows=50_000, days=10, page=5_000, rounds=1),
            "mcp": lambda: bench_mcp.main(runs=1),
            "data": lambda: bench_data.main(rows=30_000, page=10_000, rounds=2, report_rows=20_000, report_rounds=3),
            "cli": lambda: bench_cli.main(rounds=3),
            "fake": lambda: bench_fake.main(calls=200, rounds=3, rows=20_000),
            "models": lambda: bench_models.main(count=5000, rounds=6, steady_rounds=2, calls=4),
        }
    return {
        "overhead": bench_overhead.main,
        "async": bench_async.main,
        "batch": lambda: _batch([]),
        "download": bench_download.main,
        "export": bench_export.main,
        "imports": bench_imports.main,
        "regen": bench_regen.main,
        "hardening": bench_hardening.main,
        "sync": lambda: bench_sync.main(rounds=1),  # 1M rows each side: about 4 minutes a round on 2 cores
        "mcp": bench_mcp.main,
        "data": bench_data.main,
        "cli": bench_cli.main,
        "fake": bench_fake.main,
        "models": bench_models.main,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small counts; results.md is not written")
    parser.add_argument("--only", nargs="*", default=None, help="run only these benchmarks")
    args = parser.parse_args(argv)
    benchmarks = _benchmarks(args.quick)
    chosen = args.only or list(benchmarks)
    unknown = sorted(set(chosen) - set(benchmarks))
    if unknown:
        parser.error(f"unknown benchmark(s) {unknown}; known: {', '.join(benchmarks)}")
    load_before = environment.load()
    start = time.perf_counter()
    sections: list[Section] = []
    for name in chosen:
        print(f"-- {name} ...", flush=True)
        try:
            made = benchmarks[name]()
        except Exception as exc:  # one broken benchmark must not lose the figures of the others
            made = Section(name, f"The benchmark failed: {type(exc).__name__}: {exc}")
            made.add("failed", type(exc).__name__, "runs", False)
        for section in made if isinstance(made, list) else [made]:
            sections.append(section)
            if not section.output:  # a benchmark with its own output has shown it already
                print(section.text(), flush=True)
    elapsed = time.perf_counter() - start
    missed = [f"{s.title}: {f.name}" for s in sections for f in s.figures if f.met is False]
    print(f"\nall benchmarks: {elapsed:.0f} s; targets missed: {len(missed)}" + "".join(f"\n  {m}" for m in missed))
    print(f"machine load average before / after: {load_before} / {environment.load()} ({os.cpu_count()} cores)")
    if not args.quick and args.only is None:
        RESULTS.write_text(_document(sections, load_before, environment.load(), elapsed))
        print(f"wrote {RESULTS}")
    return 0


def _document(sections: list[Section], load_before: str, load_after: str, elapsed: float) -> str:
    lines: list[Any] = [
        "# Benchmark results",
        "",
        "Written by `make bench` (`python -m bench.run`). Every figure is measured in this one run, side by side, "
        "against the fake tracker served by uvicorn on loopback in a separate process, or (exports, reports) "
        "against the payload stub of bench/stubserver.py. Targets are beside the "
        "figures; nothing here is asserted by the tests.",
        "",
        *environment.header(),
        f"- load average before / after: {load_before} / {load_after}; whole run {elapsed:.0f} s",
        "",
    ]
    lines += [section.markdown() for section in sections]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())

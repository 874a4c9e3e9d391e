"""Import time of the SDK beside `import httpx`, each in a fresh interpreter, interleaved, median.

The generated package must stay cheap to import (lazy models): a CLI or a serverless function
pays this on every start. Both sides run with bytecode caches, as installed packages do (pip
compiles them): with PYTHONDONTWRITEBYTECODE set, the editable SDK would be compiled from source
on every run while httpx, in site-packages, would not, and the figure would measure the compiler.
"""

from __future__ import annotations

import os
import subprocess
import sys

from .report import Section, median, ms, ratio

PROBE = (
    "import time; t, c = time.perf_counter(), time.process_time(); {statement}; "
    "print(time.perf_counter() - t, time.process_time() - c)"
)
STATEMENTS = {
    "httpx": "import httpx",
    "keitaro_admin_client": "import keitaro_admin_client",
    "one endpoint (api.campaigns.get_campaign)": "import keitaro_admin_client.api.campaigns.get_campaign",
    "keitaro_ext": "import keitaro_ext",
}
LIMIT = 1.5
_ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def _once(statement: str) -> tuple[float, float]:
    """Wall and CPU seconds of `statement` in a fresh interpreter."""
    out = subprocess.run(
        [sys.executable, "-c", PROBE.format(statement=statement)], capture_output=True, text=True, check=True, env=_ENV
    )
    wall, cpu = out.stdout.split()
    return float(wall), float(cpu)


def measure(runs: int) -> dict[str, list[tuple[float, float]]]:
    names = list(STATEMENTS)
    for name in names:  # compile the .pyc files first
        _once(STATEMENTS[name])
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in names}
    for run in range(runs):
        for name in names[run % len(names) :] + names[: run % len(names)]:
            times[name].append(_once(STATEMENTS[name]))
    return times


def _ratios(numerators: list[float], denominators: list[float]) -> list[float]:
    """Per-run ratios: the two statements of a run ran back to back, so they share its load."""
    return sorted(n / d for n, d in zip(numerators, denominators, strict=True))


def _spread(values: list[float]) -> str:
    return f"{ratio(values[0])} / {ratio(median(values))} / {ratio(values[-1])}"


def main(runs: int = 25) -> Section:
    times = measure(runs)
    wall = {name: [w for w, _ in values] for name, values in times.items()}
    cpu = {name: [c for _, c in values] for name, values in times.items()}
    section = Section(
        "Import time (fresh interpreter each, vs import httpx)",
        f"{runs} runs per statement, interleaved, each in a new `python -c` that times the import alone "
        "(wall and the process's CPU), with bytecode caches as installed packages have them. Each ratio is "
        "per run (the statements of a run follow one another, so they share its load), median (min / median "
        "/ max beside it); times are medians. The SDK imports httpx itself, so 1.00x is the floor.",
    )
    section.add("import httpx", f"{ms(median(wall['httpx']))} (CPU {ms(median(cpu['httpx']))})")
    for name, values in wall.items():
        if name == "httpx":
            continue
        per_run = _ratios(values, wall["httpx"])
        value = median(per_run)
        section.add(f"import {name}", f"{ms(median(values))} ({ratio(value)})", f"<= {LIMIT:.1f}x", value <= LIMIT)
        section.add(f"  import {name} / import httpx per run, wall (min/median/max)", _spread(per_run))
    section.add(
        "import keitaro_ext / import httpx per run, CPU (min/median/max)",
        _spread(_ratios(cpu["keitaro_ext"], cpu["httpx"])),
    )
    section.add(
        "import keitaro_ext / import httpx, ratio of the median times (wall)",
        ratio(median(wall["keitaro_ext"]) / median(wall["httpx"])),
    )
    load = os.getloadavg()[0]
    section.notes.append(f"Machine load (1-minute average) at the end: {load:.1f} on {os.cpu_count()} cores.")
    return section


if __name__ == "__main__":
    print(main().text())

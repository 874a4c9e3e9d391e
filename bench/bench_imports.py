"""Import time of the SDK beside `import httpx`, each in a fresh interpreter, interleaved, median.

The generated package must stay cheap to import (lazy models): a CLI or a serverless function
pays this on every start.
"""

from __future__ import annotations

import subprocess
import sys

from .report import Section, median, ms, ratio

PROBE = "import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
STATEMENTS = {
    "httpx": "import httpx",
    "keitaro_admin_client": "import keitaro_admin_client",
    "one endpoint (api.campaigns.get_campaign)": "import keitaro_admin_client.api.campaigns.get_campaign",
    "keitaro_ext": "import keitaro_ext",
}
LIMIT = 1.5


def _once(statement: str) -> float:
    out = subprocess.run(
        [sys.executable, "-c", PROBE.format(statement=statement)], capture_output=True, text=True, check=True
    )
    return float(out.stdout)


def measure(runs: int) -> dict[str, list[float]]:
    names = list(STATEMENTS)
    for name in names:  # compile the .pyc files first
        _once(STATEMENTS[name])
    times: dict[str, list[float]] = {name: [] for name in names}
    for run in range(runs):
        for name in names[run % len(names) :] + names[: run % len(names)]:
            times[name].append(_once(STATEMENTS[name]))
    return times


def main(runs: int = 15) -> Section:
    times = measure(runs)
    base = median(times["httpx"])
    section = Section(
        "Import time (fresh interpreter each, vs import httpx)",
        f"{runs} runs per statement, interleaved, each in a new `python -c` that times the import alone; "
        "medians. The SDK imports httpx itself, so 1.00x is the floor.",
    )
    for name, values in times.items():
        if name == "httpx":
            section.add("import httpx", ms(base))
            continue
        value = median(values) / base
        section.add(f"import {name}", f"{ms(median(values))} ({ratio(value)})", f"<= {LIMIT:.1f}x", value <= LIMIT)
    return section


if __name__ == "__main__":
    print(main().text())

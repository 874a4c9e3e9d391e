"""Paged export end to end against the fake: `kt.clicks.export` of 200,000 click-log rows to CSV, rows
per second and the exporting process's peak RSS beside the size of the data.

The fake computes every row it sends, so this figure is mostly the fake's speed; the SDK's own
export speed is measured against the payload stub in bench/bench_data.py.

The export runs in a child process of its own (its VmHWM is that process's peak alone); the fake
serves the rows from a third process.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from typing import Any

import httpx

from .fakeproc import served_fake
from .report import Section

ROWS = 200_000
PAGE = 10_000
RSS_LIMIT_MB = 200.0


class _CountingTransport(httpx.HTTPTransport):
    """Adds up the bytes of the answers, to print the size of the data beside the memory it took."""

    def __init__(self) -> None:
        super().__init__()
        self.received = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        self.received += int(response.headers.get("content-length", 0))
        return response


def _peak_rss_mb() -> float:
    """This process's peak RSS. VmHWM, not ru_maxrss: Linux carries ru_maxrss over an exec, so a child
    would report its parent's peak at fork time."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def _export(url: str, key: str, path: str, page_size: int) -> dict[str, Any]:
    """The child's work: export, then report what it cost."""
    from keitaro_ext import Keitaro

    transport = _CountingTransport()
    with Keitaro(url, key, timeout=300, transport=transport) as kt:
        baseline = _peak_rss_mb()
        start = time.perf_counter()
        result = kt.clicks.export(path, range="all_time", page_size=page_size)
        seconds = time.perf_counter() - start
    return {
        "rows": result.rows,
        "total": result.total,
        "seconds": seconds,
        "baseline_mb": baseline,
        "peak_mb": _peak_rss_mb(),
        "received": transport.received,
        "file": os.path.getsize(path),
        "columns": len(result_columns(path)),
    }


def result_columns(path: str) -> list[str]:
    with open(path, encoding="utf-8") as handle:
        return handle.readline().strip().split(",")


def main(rows: int = ROWS, page_size: int = PAGE) -> Section:
    with served_fake(clicks=rows) as fake, tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "clicks.csv")
        child = subprocess.run(
            [sys.executable, "-m", "bench.bench_export", "--child", fake.url, fake.api_key, path, str(page_size)],
            capture_output=True,
            text=True,
            check=True,
        )
    out = json.loads(child.stdout)
    mb = 1024 * 1024
    section = Section(
        "Paged export end to end against the fake (kt.clicks.export to CSV)",
        f"{rows:,} click-log rows from the fake (its own process), {page_size:,} rows per page, exported by a "
        "child process whose peak RSS (VmHWM) is the figure; the baseline is its peak before the export "
        "(interpreter, SDK, client). The fake's row generation bounds this figure; see the stub figures.",
    )
    section.add("rows exported / total the tracker reported", f"{out['rows']:,} / {out['total']:,}")
    section.add("rows per second", f"{out['rows'] / out['seconds']:,.0f} ({out['seconds']:.1f} s)")
    section.add("JSON received / CSV written", f"{out['received'] / mb:,.0f} MB / {out['file'] / mb:,.0f} MB")
    section.add(
        "peak RSS of the exporting process",
        f"{out['peak_mb']:.0f} MB",
        f"< {RSS_LIMIT_MB:.0f} MB",
        out["peak_mb"] < RSS_LIMIT_MB,
    )
    section.add("  of which baseline before the export", f"{out['baseline_mb']:.0f} MB")
    section.add("peak RSS / JSON received", f"{out['peak_mb'] * mb / out['received']:.2f}x")
    section.notes.append(f"{out['columns']} columns per row (the default click-log columns).")
    return section


def _child(argv: list[str]) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", nargs=4, metavar=("URL", "KEY", "PATH", "PAGE"), required=True)
    url, key, path, page = parser.parse_args(argv).child
    print(json.dumps(_export(url, key, path, int(page))))


if __name__ == "__main__":
    if "--child" in sys.argv:
        _child(sys.argv[1:])
    else:
        print(main().text())

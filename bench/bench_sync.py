"""Lake sync: `kt.sync` of 1,000,000 clicks beside `kt.clicks.export` of the same rows to one Parquet file.

Both read the same click log from a payload stub (below, in a process of its own): it answers
`POST /clicks/log` from pages encoded once, so the figures are the SDK's cost, not the fake's
(the fake ranks a whole day for every sorted page). The rows are spread evenly over `DAYS` days;
the sync writes one partition per day, the export one file. Each side runs in a child process
whose peak RSS (VmHWM) is its figure; the two alternate, `ROUNDS` times, and the ratios are
min / median / max over the rounds.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from .report import Section, median

ROWS = 1_000_000
DAYS = 30
PAGE = 10_000
ROUNDS = 3
FIRST = date(2026, 5, 1)
KEY = "bench-stub-key"
COLUMNS = (
    "datetime",
    "click_id",
    "sub_id",
    "campaign_id",
    "stream_id",
    "offer_id",
    "country_code",
    "device_type",
    "os",
    "browser",
    "ip",
    "sub_id_1",
    "is_unique_campaign",
    "is_bot",
    "is_lead",
    "is_sale",
    "revenue",
    "cost",
)


def _row(n: int) -> dict[str, Any]:
    return {
        "datetime": f"DAY {n % 24:02d}:{n % 60:02d}:{(n * 7) % 60:02d}",
        "click_id": "CLICK_ID",  # the row's place in the whole log, filled in per answer
        "sub_id": f"{n * 2654435761 % 2**32:08x}",
        "campaign_id": 1 + n % 12,
        "stream_id": 1 + n % 40,
        "offer_id": 1 + n % 25,
        "country_code": ("US", "DE", "FR", "BR", "IN", "ES")[n % 6],
        "device_type": ("mobile", "desktop", "tablet")[n % 3],
        "os": ("Android", "iOS", "Windows", "macOS")[n % 4],
        "browser": ("Chrome", "Safari", "Firefox")[n % 3],
        "ip": f"10.{n % 256}.{(n >> 8) % 256}.{1 + n % 254}",
        "sub_id_1": f"cr{n % 31}",
        "is_unique_campaign": n % 3 != 0,
        "is_bot": int(n % 50 == 0),
        "is_lead": int(n % 40 == 0),
        "is_sale": int(n % 90 == 0),
        "revenue": "12.50" if n % 90 == 0 else 0,
        "cost": round(0.05 + (n % 7) / 100, 2),
    }


class _Stub:
    """`rows` clicks over `days` days; a page is the encoded template with the day filled in."""

    def __init__(self, rows: int, days: int, page: int) -> None:
        self.per_day = [rows // days + (1 if d < rows % days else 0) for d in range(days)]
        self.first = FIRST
        # Rows differ by click id across pages too: the SDK stops on a page equal to an earlier one.
        self.rows = [
            json.dumps(_row(n), separators=(",", ":")).encode().replace(b'"CLICK_ID"', b"CID") for n in range(page)
        ]

    def answer(self, body: dict[str, Any]) -> bytes:
        rng = body["range"]
        start = (date.fromisoformat(rng["from"][:10]) - self.first).days
        end = (date.fromisoformat(rng["to"][:10]) - self.first).days
        days = range(max(start, 0), min(end, len(self.per_day) - 1) + 1)
        total = sum(self.per_day[d] for d in days)
        offset, limit = int(body.get("offset") or 0), int(body.get("limit") or total)
        parts: list[bytes] = []
        position = 0
        for d in days:  # rows of the requested window, day by day
            count = self.per_day[d]
            lo, hi = max(offset - position, 0), min(offset + limit - position, count)
            if lo < hi:
                text = (self.first + timedelta(days=d)).isoformat().encode()
                parts.extend(
                    self.rows[i % len(self.rows)].replace(b"DAY", text).replace(b"CID", b"%d" % (position + i))
                    for i in range(lo, hi)
                )
            position += count
        return b'{"rows":[' + b",".join(parts) + b'],"total":' + str(total).encode() + b"}"


@contextlib.contextmanager
def served_stub(rows: int, days: int, page: int) -> Iterator[str]:
    """The stub on 127.0.0.1:<free port> in a thread of this (parent) process; yields its base URL."""
    stub = _Stub(rows, days, page)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers.get("content-length", 0))))
            payload = stub.answer(body) if self.path.endswith("/clicks/log") else b'{"rows":[],"total":0}'
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: Any) -> None:
            return None

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _peak_rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0  # pragma: no cover - not Linux


def _work(kind: str, url: str, folder: str, days: int, page: int) -> dict[str, Any]:
    """The child's work: one sync or one export of every day, then what it cost."""
    from keitaro_ext import Keitaro

    last = FIRST + timedelta(days=days - 1)
    with Keitaro(url, KEY, timeout=300) as kt:
        baseline = _peak_rss_mb()
        start = time.perf_counter()
        if kind == "sync":
            summary = kt.sync(
                folder, tables=["clicks"], since=FIRST, until=last, timezone="UTC", columns=COLUMNS, page_size=page
            )
            rows, written = summary.rows, summary.bytes
        else:
            path = os.path.join(folder, "clicks.parquet")
            result = kt.clicks.export(path, (FIRST, last), columns=list(COLUMNS), timezone="UTC", page_size=page)
            rows, written = result.rows, os.path.getsize(path)
        seconds = time.perf_counter() - start
    return {"rows": rows, "seconds": seconds, "peak_mb": _peak_rss_mb(), "baseline_mb": baseline, "bytes": written}


def _child_run(kind: str, url: str, days: int, page: int) -> dict[str, Any]:
    folder = tempfile.mkdtemp(prefix=f"bench-{kind}-")
    try:
        child = subprocess.run(
            [sys.executable, "-m", "bench.bench_sync", "--child", kind, url, folder, str(days), str(page)],
            capture_output=True,
            text=True,
            check=True,
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return dict(json.loads(child.stdout))


def _spread(values: list[float], fmt: str) -> str:
    return f"{fmt.format(median(values))} (min {fmt.format(min(values))}, max {fmt.format(max(values))})"


def main(rows: int = ROWS, days: int = DAYS, page: int = PAGE, rounds: int = ROUNDS) -> Section:
    runs: dict[str, list[dict[str, Any]]] = {"sync": [], "export": [], "short": []}
    short_days = max(1, days // 4)
    with served_stub(rows, days, page) as url:
        for _ in range(rounds):
            for kind in ("sync", "export"):
                runs[kind].append(_child_run(kind, url, days, page))
            runs["short"].append(_child_run("sync", url, short_days, page))  # same rows per day, 1/4 of the days
    section = Section(
        "Lake sync (kt.sync beside kt.clicks.export)",
        f"{rows:,} clicks over {days} days from a payload stub (pages encoded once), {page:,} rows per page, "
        f"{len(COLUMNS)} columns; `kt.sync` writes one Parquet partition per day (hive layout, state file, atomic "
        "swap per day), `kt.clicks.export` one Parquet file. Each run is a child process; its peak RSS (VmHWM) "
        f"is the figure. {rounds} alternating rounds; median (min, max).",
    )
    for kind in ("sync", "export"):
        got = runs[kind]
        assert all(r["rows"] == rows for r in got), f"{kind} wrote {[r['rows'] for r in got]} rows, not {rows}"
        section.add(f"{kind}: rows per second", _spread([r["rows"] / r["seconds"] for r in got], "{:,.0f}"))
        section.add(f"{kind}: peak RSS", _spread([r["peak_mb"] for r in got], "{:.0f} MB"))
        section.add(f"{kind}: Parquet written", f"{median([r['bytes'] for r in got]) / 2**20:.1f} MB")
    pairs = list(zip(runs["sync"], runs["export"], strict=True))
    speed = [s["rows"] / s["seconds"] / (e["rows"] / e["seconds"]) for s, e in pairs]
    memory = [s["peak_mb"] / e["peak_mb"] for s, e in pairs]
    section.add("sync / export rows per second", _spread(speed, "{:.2f}x"))
    section.add("sync / export peak RSS", _spread(memory, "{:.2f}x"), "<= 1.5x", max(memory) <= 1.5)
    growth = [s["peak_mb"] / q["peak_mb"] for s, q in zip(runs["sync"], runs["short"], strict=True)]
    section.add(
        f"sync of {short_days} days (same rows per day): peak RSS",
        _spread([q["peak_mb"] for q in runs["short"]], "{:.0f} MB"),
    )
    section.add(
        f"sync peak RSS, {days} days / {short_days} days", _spread(growth, "{:.2f}x"), "<= 1.2x", max(growth) <= 1.2
    )
    section.notes.append(
        f"baseline RSS before the work (interpreter, SDK, client): {runs['sync'][0]['baseline_mb']:.0f} MB."
    )
    return section


if __name__ == "__main__":
    if "--child" in sys.argv:
        parser = argparse.ArgumentParser()
        parser.add_argument("--child", nargs=5, metavar=("KIND", "URL", "DIR", "DAYS", "PAGE"), required=True)
        kind, url, folder, days_text, page_text = parser.parse_args().child
        print(json.dumps(_work(kind, url, folder, int(days_text), int(page_text))))
    else:
        parser = argparse.ArgumentParser()
        parser.add_argument("--rows", type=int, default=ROWS)
        parser.add_argument("--rounds", type=int, default=ROUNDS)
        options = parser.parse_args()
        print(main(rows=options.rows, rounds=options.rounds).text())

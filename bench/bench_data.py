"""Exports and typed reports measured against the payload stub (bench/stubserver.py), so the figures are the SDK's.

- Export of N click-log rows: the SDK's Parquet and CSV exports beside a naive loop (`httpx` +
  `pa.Table.from_pylist` per page) and beside the CSV export as it was (`csv.DictWriter`, stdlib
  json). The SDK decodes with orjson when it is installed (the `fast` extra; see the notes). Each
  export runs in a child process of its own, so its peak RSS (VmHWM) is its own.
- `kt.reports.build` of a 100k-row report beside `httpx` + `.json()` of the same answer.

Every figure is a per-round ratio, median (min, max), rounds interleaved.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import tempfile
import time
from typing import IO, Any

from . import environment, filed
from .ratios import interleaved, spread, timed
from .report import Section, median
from .stubserver import LOG_PATH, REPORT_GROUPING, REPORT_METRICS, REPORT_PATH, served_stub

RSS_LIMIT_MB = 200.0


class DictWriterSink:
    """The CSV sink as it was before csv.writer: `DictWriter.writerows` on the row dicts."""

    def __init__(self, handle: IO[str], columns: list[str]) -> None:
        self._writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
        self._writer.writeheader()

    def write(self, rows: list[dict[str, Any]]) -> None:
        self._writer.writerows(rows)

    def close(self) -> None:
        return None


def _peak_rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _naive(url: str, key: str, path: str, page: int) -> int:
    """What a user would write without the SDK: page through with httpx, one Arrow table per page."""
    import httpx
    import pyarrow as pa
    import pyarrow.parquet as pq

    writer = None
    rows_written = offset = 0
    with httpx.Client(base_url=url, headers={"Api-Key": key}, timeout=300) as client:
        while True:
            body = {"range": {"interval": "all_time"}, "offset": offset, "limit": page}
            answer = client.post(LOG_PATH, json=body)
            payload = answer.json()
            rows = payload["rows"]
            if rows:
                table = pa.Table.from_pylist(rows)
                writer = writer or pq.ParquetWriter(path, table.schema)
                writer.write_table(table)
            rows_written += len(rows)
            offset += page
            if not rows or offset >= payload["total"]:
                break
    if writer is not None:
        writer.close()
    return rows_written


def _sdk(url: str, key: str, path: str, page: int) -> int:
    from keitaro_ext import Keitaro

    with Keitaro(url, key, timeout=300) as kt:
        return kt.clicks.export(path, range="all_time", page_size=page).rows


def _child(style: str, url: str, key: str, folder: str, page: int) -> None:
    """One export in this (fresh) process; prints seconds, rows and peak RSS as JSON."""
    # Everything any style imports lazily is imported before the clock starts, for all styles alike.
    import httpx  # noqa: F401
    import pyarrow.compute
    import pyarrow.parquet  # noqa: F401
    from keitaro_admin_client.facade import clicks  # noqa: F401

    from keitaro_ext.reports import columns, decoding, export, logs  # noqa: F401
    from keitaro_ext.resources import clicks as resources_clicks  # noqa: F401

    if style == "csv-before":  # the export as it was: DictWriter, and the standard library's json
        from keitaro_ext.reports import decoding, export

        export._CsvSink = DictWriterSink  # type: ignore[assignment,misc]
        decoding.loads = decoding._standard
    suffix = ".csv" if style.startswith("csv") else ".parquet"
    path = os.path.join(folder, f"{style}{suffix}")
    run = _naive if style == "naive-pyarrow" else _sdk
    start, cpu_start = time.perf_counter(), time.process_time()
    rows = run(url, key, path, page)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start  # CPU of every thread
    print(
        json.dumps(
            {"seconds": seconds, "cpu": cpu, "rows": rows, "peak_mb": _peak_rss_mb(), "bytes": os.path.getsize(path)}
        )
    )


STYLES = {
    "naive-pyarrow": "naive loop: httpx + pa.Table.from_pylist per page",
    "parquet": "SDK kt.clicks.export to .parquet",
    "csv": "SDK kt.clicks.export to .csv",
    "csv-before": "SDK CSV export as before (DictWriter sink, json decoding)",
}
FILED = "csv-filed"
FILED_LABEL = f"SDK CSV export at {filed.COMMIT} (the code when issue 15 was filed)"


def _export_round(
    url: str, key: str, folder: str, page: int, style: str, out: dict[str, list[dict[str, Any]]], tree: str = ""
) -> float:
    if style == FILED:
        result = filed.export(tree, url, key, os.path.join(folder, f"{style}.csv"), page)
        out[style].append(result)
        return float(result["seconds"])
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    done = subprocess.run(
        [sys.executable, "-m", "bench.bench_data", "--child", style, url, key, folder, str(page)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    result = json.loads(done.stdout)
    out[style].append(result)
    return float(result["seconds"])


def exports(rows: int, page: int, rounds: int) -> Section:
    load_before = environment.load()
    with served_stub(log_rows=rows, page=page, report_rows=1) as stub, tempfile.TemporaryDirectory() as folder:
        tree = filed.unpack(folder)
        labels = {**STYLES, FILED: FILED_LABEL} if tree else dict(STYLES)
        results: dict[str, list[dict[str, Any]]] = {style: [] for style in labels}
        contenders = {
            style: (lambda s=style: _export_round(stub.url, stub.api_key, folder, page, s, results, tree or ""))
            for style in labels
        }
        samples = interleaved(contenders, rounds)
    cpu = {style: [float(result["cpu"]) for result in results[style]] for style in labels}
    section = Section(
        f"Export of {rows:,} click-log rows against the payload stub",
        f"{rows:,} rows, {page:,} per page, {len(labels)} styles in {rounds} interleaved rounds, each export in a "
        "child process of its own (peak RSS = its VmHWM); the stub serves pre-encoded pages, so this is the "
        "client's time. Ratios are per round (each round runs every style once, the order rotated from round to "
        "round), median (min, max); client CPU (process_time, all threads) beside wall.",
    )
    for style, label in labels.items():
        seconds = median(samples[style])
        section.add(
            f"{label}: rows/s", f"{rows / seconds:,.0f} ({seconds:.2f} s, client CPU {median(cpu[style]):.2f} s)"
        )
    faster = spread(samples, "naive-pyarrow", "parquet")
    section.add("Parquet export speed vs the naive loop", str(faster), ">= 1.00x", faster.median >= 1.0)
    section.add("Parquet export speed vs the naive loop, client CPU", str(spread(cpu, "naive-pyarrow", "parquet")))
    parquet_vs_csv = spread(samples, "parquet", "csv")
    section.add("Parquet export time / CSV export time", str(parquet_vs_csv), "<= 1.3x", parquet_vs_csv.median <= 1.3)
    section.add("Parquet export time / CSV export time, client CPU", str(spread(cpu, "parquet", "csv")))
    # Issue 15: "CSV export >= 1.3x faster than today's", the code of the day it was filed; where git cannot
    # give that code, the reconstruction (stricter: today's paging under the old sink and decoder) carries the target.
    if tree:
        csv_gain = spread(samples, FILED, "csv")
        section.add(f"CSV export speed vs {filed.COMMIT}", str(csv_gain), ">= 1.3x", csv_gain.median >= 1.3)
        section.add(f"CSV export speed vs {filed.COMMIT}, client CPU", str(spread(cpu, FILED, "csv")))
        same = {r["bytes"] for r in results[FILED]} == {r["bytes"] for r in results["csv"]}
        section.add(f"CSV written by {filed.COMMIT} and now: same size", "yes" if same else "NO")
    rebuilt = spread(samples, "csv-before", "csv")
    target = ("", None) if tree else (">= 1.3x", rebuilt.median >= 1.3)
    section.add("CSV export speed vs before (today's paging, old sink and json)", str(rebuilt), *target)
    section.add(
        "CSV export speed vs before (today's paging, old sink and json), client CPU",
        str(spread(cpu, "csv-before", "csv")),
    )
    peak = max(result["peak_mb"] for result in results["parquet"])
    section.add("peak RSS of the Parquet export", f"{peak:.0f} MB", f"< {RSS_LIMIT_MB:.0f} MB", peak < RSS_LIMIT_MB)
    section.add("peak RSS of the CSV export", f"{max(r['peak_mb'] for r in results['csv']):.0f} MB")
    assert all(r["rows"] == rows for values in results.values() for r in values), "an export lost rows"
    from keitaro_ext.reports.decoding import BACKEND

    section.notes.append(f"JSON decoding in the SDK runs: {BACKEND} (`pip install 'keitaro-admin[fast]'` for orjson).")
    section.notes.append(
        "Client CPU is the exporting process's own, all threads (the SDK asks for the next page in a second thread "
        "only when answers take 50 ms or more: against the stub it stays in one)."
    )
    section.notes.append(
        f"Two CSV baselines: the export of {filed.COMMIT} (its keitaro_ext and generated/ unpacked from git, run "
        "alone), which is what issue 15 compares with, and a reconstruction of it on today's code (DictWriter "
        "sink, stdlib json, but today's paging and HTTP path, sped up since), which is the stricter one."
        if tree
        else f"Commit {filed.COMMIT} is not in this checkout: the CSV target is taken against the reconstruction."
    )
    section.notes.append(f"Load average before / after the export rounds: {load_before} / {environment.load()}.")
    _slow_tracker(section, min(rows, 20 * page), page, rounds)
    return section


SLOW_PAGE = 0.1  # seconds the stub waits before each log page: a tracker's query time


def _slow_tracker(section: Section, rows: int, page: int, rounds: int) -> None:
    """The same Parquet export and naive loop against a stub that takes SLOW_PAGE per page, where the SDK asks
    for the next page while it writes the current one (keitaro_ext.prefetch)."""
    results: dict[str, list[dict[str, Any]]] = {"naive-pyarrow": [], "parquet": []}
    with (
        served_stub(log_rows=rows, page=page, report_rows=1, delay=SLOW_PAGE) as stub,
        tempfile.TemporaryDirectory() as folder,
    ):
        contenders = {
            style: (lambda s=style: _export_round(stub.url, stub.api_key, folder, page, s, results))
            for style in results
        }
        samples = interleaved(contenders, rounds)
    label = f"{rows:,} rows, {SLOW_PAGE * 1000:.0f} ms per page"
    for style in results:
        section.add(f"{label}: {STYLES[style]}", f"{median(samples[style]):.2f} s")
    section.add(f"{label}: Parquet export speed vs the naive loop", str(spread(samples, "naive-pyarrow", "parquet")))


def reports(report_rows: int, rounds: int) -> Section:
    import httpx

    from keitaro_ext import Keitaro

    with (
        served_stub(log_rows=1, page=1, report_rows=report_rows) as stub,
        Keitaro(stub.url, stub.api_key, timeout=300) as kt,
        httpx.Client(base_url=stub.url, headers={"Api-Key": stub.api_key}, timeout=300) as client,
    ):
        body = {"range": {"interval": "all_time"}, "grouping": REPORT_GROUPING, "metrics": REPORT_METRICS}

        def sdk() -> object:
            return kt.reports.build("all_time", group_by=REPORT_GROUPING, metrics=REPORT_METRICS)

        def raw() -> object:
            return client.post(REPORT_PATH, json=body).json()

        assert len(sdk().rows) == report_rows  # type: ignore[attr-defined]
        raw()
        samples = interleaved({"raw": lambda: timed(raw), "sdk": lambda: timed(sdk)}, rounds)
    section = Section(
        f"Typed report of {report_rows:,} rows against the payload stub",
        f"`kt.reports.build` (rows typed: ints, floats, dates) vs `httpx` `post(...).json()` of the same answer, "
        f"{rounds} interleaved rounds; ratio per round, median (min, max).",
    )
    section.add("httpx + json()", f"{median(samples['raw']) * 1000:.0f} ms")
    section.add("kt.reports.build", f"{median(samples['sdk']) * 1000:.0f} ms")
    ratio = spread(samples, "sdk", "raw")
    section.add("kt.reports.build / httpx + json()", str(ratio), "<= 1.4x", ratio.median <= 1.4)
    from keitaro_ext.reports.decoding import BACKEND

    section.notes.append(f"SDK JSON decoding: {BACKEND}; the baseline is httpx's own `.json()` (stdlib json).")
    return section


def main(
    rows: int = 1_000_000, page: int = 10_000, rounds: int = 5, report_rows: int = 100_000, report_rounds: int = 5
) -> list[Section]:
    """Both sections; `rows=0` or `report_rows=0` leaves one out (`python -m bench.bench_data 1000000 10000 5 0`)."""
    sections = [exports(rows, page, rounds)] if rows else []
    return sections + ([reports(report_rows, report_rounds)] if report_rows else [])


if __name__ == "__main__":
    if "--child" in sys.argv:
        _, _, style, url, key, folder, page = sys.argv
        _child(style, url, key, folder, int(page))
    else:
        for section in main(*(int(arg) for arg in sys.argv[1:])):
            print(section.text())

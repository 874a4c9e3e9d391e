"""Batching benchmark: 300 flow updates, one by one vs concurrent vs the ?batch entrypoint.

    python bench/bench_batch.py [--updates 300] [--latency 0.02] [--concurrency 10] [--chunk-size 100]

The fake tracker is served by uvicorn on loopback with a latency injected into every request,
standing in for a tracker far away. The three ways run in one process, one after another, against
the same flows, and are printed side by side with the targets of issue 6. Wall times depend on the
machine; the ratios and round-trip counts are what to compare. Tests never assert on these.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from keitaro_ext import Keitaro
from keitaro_ext.batch import DEFAULT_CHUNK_SIZE, DEFAULT_CONCURRENCY
from keitaro_ext.testing import FakeTracker

SPEEDUP_TARGET = 5.0  # concurrent at least this many times faster than sequential


def _flows(kt: Keitaro, count: int) -> list[int]:
    """Create the flows to update (before any latency is injected, not measured)."""
    with kt.batch(concurrency=20) as batch:
        handles = [
            batch.streams.create(
                campaign_id=1, type_="regular", name=f"Bench flow {i}", action_type="http", schema="redirect"
            )
            for i in range(count)
        ]
    ids = [handle.result().id for handle in handles]
    flows = [flow_id for flow_id in ids if isinstance(flow_id, int)]
    if len(flows) != count:
        raise SystemExit(f"bench_batch: the fake created {len(flows)} flows with ids, not {count}")
    return flows


def _measure(fake: FakeTracker, run: Callable[[int], None], weight: int, ids: Sequence[int]) -> dict[str, float]:
    fake.requests.clear()
    started = time.perf_counter()
    run(weight)
    wall = time.perf_counter() - started
    trips = len(fake.requests)
    wrong = [i for i in ids if fake.state.streams[i]["weight"] != weight]
    if wrong:
        raise SystemExit(f"bench_batch: {len(wrong)} flows did not get weight {weight}: the run is not valid")
    return {"wall_s": wall, "round_trips": trips}


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    """Run the benchmark, print the table, and return the figures (for aggregation)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--updates", type=int, default=300)
    parser.add_argument("--latency", type=float, default=0.02, help="seconds added to every request")
    parser.add_argument("--concurrency", type=int, default=DEFAULT_CONCURRENCY)
    parser.add_argument("--chunk-size", type=int, default=DEFAULT_CHUNK_SIZE)
    args = parser.parse_args(argv)

    with FakeTracker(clicks=0) as fake, Keitaro(fake.url, fake.api_key) as kt:
        ids = _flows(kt, args.updates)
        if args.latency > 0:
            fake.faults.add(latency=args.latency)
        kt.campaigns.get(1)  # open the first connection outside the measurements

        def sequential(weight: int) -> None:
            for flow_id in ids:
                kt.streams.update(flow_id, weight=weight)

        def concurrent(weight: int) -> None:
            kt.streams.update_many(ids, weight=weight, concurrency=args.concurrency)

        def entrypoint(weight: int) -> None:
            kt.streams.update_many(ids, weight=weight, mode="entrypoint", chunk_size=args.chunk_size)

        runs = {"sequential": sequential, "concurrent": concurrent, "entrypoint": entrypoint}
        figures: dict[str, Any] = {
            name: _measure(fake, run, weight, ids) for weight, (name, run) in enumerate(runs.items(), start=11)
        }

    base = figures["sequential"]["wall_s"]
    speedups = {name: base / figures[name]["wall_s"] for name in runs}
    max_trips = math.ceil(args.updates / args.chunk_size)
    met = {
        "concurrent_speedup": speedups["concurrent"] >= SPEEDUP_TARGET,
        "entrypoint_round_trips": figures["entrypoint"]["round_trips"] <= max_trips,
    }
    figures.update(
        updates=args.updates,
        latency_s=args.latency,
        concurrency=args.concurrency,
        chunk_size=args.chunk_size,
        speedup_vs_sequential=speedups,
        targets={"concurrent_speedup_min": SPEEDUP_TARGET, "entrypoint_round_trips_max": max_trips},
        met=met,
    )
    _print(figures, runs)
    return figures


def _print(figures: dict[str, Any], runs: Iterable[str]) -> None:
    targets = {
        "sequential": "",
        "concurrent": f">= {figures['targets']['concurrent_speedup_min']:.0f}x faster"
        f" ({'met' if figures['met']['concurrent_speedup'] else 'NOT MET'})",
        "entrypoint": f"<= {figures['targets']['entrypoint_round_trips_max']} round trips"
        f" ({'met' if figures['met']['entrypoint_round_trips'] else 'NOT MET'})",
    }
    print(
        f"Batching: {figures['updates']} flow updates against the fake tracker on loopback, "
        f"{figures['latency_s'] * 1000:.0f} ms latency per request "
        f"(concurrency {figures['concurrency']}, chunk size {figures['chunk_size']})"
    )
    print(f"{'mode':<12}{'wall time':>11}{'round trips':>13}{'vs sequential':>15}   target")
    for name in runs:
        row = figures[name]
        speedup = figures["speedup_vs_sequential"][name]
        print(f"{name:<12}{row['wall_s']:>9.2f} s{row['round_trips']:>13}{speedup:>13.1f}x   {targets[name]}")


if __name__ == "__main__":
    main(sys.argv[1:])

"""Async fan-out: 1,000 GETs through one `AsyncKeitaro`, sequential vs `asyncio.gather` under a
concurrency cap (a semaphore), against the fake in its own process.

On loopback the fan-out can only overlap client and server CPU (two cores); the second pair of
figures adds 20 ms of injected latency per request, as a tracker on another continent would,
where the cap is what bounds the wall time.
"""

from __future__ import annotations

import asyncio
import time

from keitaro_ext import AsyncKeitaro

from .fakeproc import served_fake
from .report import Section, median, ratio

CAP = 20
LATENCY = 0.02


class _Clock:
    """Wall and client CPU seconds since creation."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def read(self) -> tuple[float, float]:
        return time.perf_counter() - self.wall, time.process_time() - self.cpu


async def _sequential(akt: AsyncKeitaro, ids: list[int]) -> tuple[float, float]:
    clock = _Clock()
    for entity_id in ids:
        await akt.offers.get(entity_id)
    return clock.read()


async def _fan_out(akt: AsyncKeitaro, ids: list[int], cap: int) -> tuple[float, float]:
    gate = asyncio.Semaphore(cap)

    async def one(entity_id: int) -> object:
        async with gate:
            return await akt.offers.get(entity_id)

    clock = _Clock()
    results = await asyncio.gather(*(one(entity_id) for entity_id in ids))
    assert len(results) == len(ids)
    return clock.read()


async def _run(url: str, key: str, calls: int, rounds: int) -> dict[str, list[tuple[float, float]]]:
    """Per mode, (wall, CPU) seconds of each round."""
    ids = [1 + n % 5 for n in range(calls)]
    times: dict[str, list[tuple[float, float]]] = {"sequential": [], "fan-out": []}
    async with AsyncKeitaro(url, key) as akt:
        await _fan_out(akt, ids[:100], CAP)  # warm up the pool
        for _ in range(rounds):
            times["sequential"].append(await _sequential(akt, ids))
            times["fan-out"].append(await _fan_out(akt, ids, CAP))
    return times


async def _run_latency(url: str, key: str, calls: int, sequential_calls: int) -> dict[str, float]:
    """Wall seconds per call of each mode."""
    ids = [1 + n % 5 for n in range(calls)]
    async with AsyncKeitaro(url, key) as akt:
        sequential = (await _sequential(akt, ids[:sequential_calls]))[0] / sequential_calls
        fan_out = (await _fan_out(akt, ids, CAP))[0] / calls
    return {"sequential": sequential, "fan-out": fan_out}


def main(calls: int = 1000, rounds: int = 3, sequential_latency_calls: int = 200) -> Section:
    with served_fake() as fake:
        times = asyncio.run(_run(fake.url, fake.api_key, calls, rounds))
        fake.add_fault(method="GET", path="/offers/*", latency=LATENCY)
        slow = asyncio.run(_run_latency(fake.url, fake.api_key, calls, sequential_latency_calls))
    seq, fan = (median([wall for wall, _ in times[mode]]) for mode in ("sequential", "fan-out"))
    seq_cpu, fan_cpu = (median([cpu for _, cpu in times[mode]]) for mode in ("sequential", "fan-out"))
    section = Section(
        "Async fan-out (AsyncKeitaro, GET /offers/{id})",
        f"{calls} GETs sequential vs gathered with a cap of {CAP} in flight, {rounds} alternating rounds, median; "
        f"then with {LATENCY * 1000:.0f} ms injected per request: {sequential_latency_calls} sequential GETs "
        f"(per-call time, to keep the run short) vs {calls} gathered.",
    )
    section.add(f"sequential, loopback: {calls:,} GETs", f"{seq:.2f} s (client CPU {seq_cpu:.2f} s)")
    section.add(f"fan-out (cap {CAP}), loopback: {calls:,} GETs", f"{fan:.2f} s (client CPU {fan_cpu:.2f} s)")
    section.add("speed-up on loopback (sequential / fan-out)", ratio(seq / fan))
    section.add(f"sequential, +{LATENCY * 1000:.0f} ms: per GET", f"{slow['sequential'] * 1000:.2f} ms")
    section.add(f"fan-out (cap {CAP}), +{LATENCY * 1000:.0f} ms: {calls:,} GETs", f"{slow['fan-out'] * calls:.2f} s")
    section.add(f"speed-up with {LATENCY * 1000:.0f} ms latency", ratio(slow["sequential"] / slow["fan-out"]))
    section.notes.append(
        "On loopback the client's CPU is the bottleneck (httpx's async stack costs more per request than its "
        "sync one, and more with more requests in flight), so fanning out gains little or nothing there; "
        f"with real latency the cap bounds the speed-up (at best {CAP}x)."
    )
    return section


if __name__ == "__main__":
    print(main().text())

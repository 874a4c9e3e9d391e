"""The fake tracker's own speed: GET requests per second beside a bare uvicorn ASGI app, and click-log rows per second.

- req/s: `GET /campaigns/1` on the fake (served by uvicorn in its own process) and on a bare ASGI
  app (same uvicorn, same process setup) that answers every request with the bytes the fake sent
  for that call. One pooled `httpx.Client` sends the same number of calls to each, after the same
  warm-up, in alternating chunks of 100 calls within each round: on a shared machine a burst of load
  then slows both alike instead of spoiling one side of a round.
- rows/s: pages of the click log computed by the fake in this process (its in-process transport),
  which is what a user's test suite waits on when it exports or pages through a big log.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from .fakeproc import served_fake
from .ratios import spread
from .report import Section, median

TARGET = 0.8


def bare_app(body: bytes) -> Callable[[dict[str, Any], Any, Any], Awaitable[None]]:
    """The least an ASGI app can do: read the request, answer `body` as JSON."""
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        while (await receive()).get("more_body"):
            pass
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    return app


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a process has used so far (Linux /proc)."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@contextmanager
def served_bare(body: bytes) -> Iterator[tuple[str, int]]:
    process = subprocess.Popen(
        [sys.executable, "-m", "bench.bench_fake", "--bare"], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    try:
        assert process.stdin is not None and process.stdout is not None
        process.stdin.write(len(body).to_bytes(8, "big") + body)
        process.stdin.flush()
        yield json.loads(process.stdout.readline())["url"], process.pid
    finally:
        if process.stdin is not None:
            process.stdin.close()
        process.wait(timeout=15)


def _serve_bare() -> None:
    from .stubserver import serve

    size = int.from_bytes(sys.stdin.buffer.read(8), "big")
    body = sys.stdin.buffer.read(size)
    server, port = serve(bare_app(body))
    print(json.dumps({"url": f"http://127.0.0.1:{port}"}), flush=True)
    sys.stdin.buffer.read()
    server.stop()


CHUNK = 100  # calls in a row to one server before the other's turn


def _rate(client: httpx.Client, url: str, calls: int, pid: int, cpu: list[float]) -> float:
    """Wall req/s of `calls` GETs; appends the server's CPU seconds per request to `cpu`."""
    start, used = time.perf_counter(), cpu_seconds(pid)
    for _ in range(calls):
        client.get(url).raise_for_status()
    cpu.append((cpu_seconds(pid) - used) / calls)
    return calls / (time.perf_counter() - start)


def _round(client: httpx.Client, servers: dict[str, tuple[str, int]], calls: int, number: int) -> dict[str, Any]:
    """`calls` GETs to each server, in alternating chunks of `CHUNK` (who starts rotates), so a burst of
    load elsewhere on the machine falls on both alike; each server's wall req/s and CPU seconds per request.
    """
    names = list(servers)
    wall = dict.fromkeys(names, 0.0)
    cpu = dict.fromkeys(names, 0.0)
    done = 0
    while done < calls:
        size = min(CHUNK, calls - done)
        turn = (number + done // CHUNK) % len(names)
        for name in names[turn:] + names[:turn]:
            url, pid = servers[name]
            used = cpu_seconds(pid)
            start = time.perf_counter()
            for _ in range(size):
                client.get(url).raise_for_status()
            wall[name] += time.perf_counter() - start
            cpu[name] += cpu_seconds(pid) - used
        done += size
    return {name: (calls / wall[name], cpu[name] / calls) for name in names}


def requests_per_second(calls: int, rounds: int) -> tuple[dict[str, list[float]], dict[str, list[float]], int]:
    samples: dict[str, list[float]] = {"fake": [], "bare": []}
    cpu: dict[str, list[float]] = {"fake": [], "bare": []}
    with served_fake(clicks=100) as fake, httpx.Client(headers={"Api-Key": fake.api_key}) as client:
        fake_url = f"{fake.api_url}/campaigns/1"
        body = client.get(fake_url).content
        with served_bare(body) as (bare, bare_pid):
            bare_url = f"{bare}/admin_api/v1/campaigns/1"
            assert client.get(bare_url).content == body
            servers = {"fake": (fake_url, fake.pid), "bare": (bare_url, bare_pid)}
            for url, pid in servers.values():  # the same warm start for both: connection, caches, code paths
                _rate(client, url, 200, pid, [])
            for number in range(rounds):
                for name, (rate, seconds) in _round(client, servers, calls, number).items():
                    samples[name].append(rate)
                    cpu[name].append(seconds)
    return samples, cpu, len(body)


def rows_per_second(rows: int, rounds: int) -> list[float]:
    from keitaro_ext.testing import FakeTracker

    fake = FakeTracker(api_key="bench-key-0123456789", clicks=rows)
    rates = []
    headers = {"Api-Key": fake.api_key}
    with httpx.Client(base_url="http://keitaro.fake", transport=fake.transport(), headers=headers) as client:
        for _ in range(rounds):
            start = time.perf_counter()
            got = offset = 0
            while offset < rows:
                body = {"range": {"interval": "all_time"}, "offset": offset, "limit": 10_000}
                got += len(client.post("/admin_api/v1/clicks/log", json=body).json()["rows"])
                offset += 10_000
            assert got == rows
            rates.append(rows / (time.perf_counter() - start))
    return rates


def main(calls: int = 1000, rounds: int = 7, rows: int = 100_000) -> Section:
    samples, cpu, size = requests_per_second(calls, rounds)
    rates = rows_per_second(rows, max(2, rounds // 2))
    section = Section(
        "The fake tracker: req/s vs a bare uvicorn app, click-log rows/s",
        f"{calls} sequential `GET /campaigns/1` per server per round on one pooled httpx.Client, sent in "
        f"alternating chunks of {CHUNK}, {rounds} rounds; the bare app answers the same {size} bytes. "
        "Ratio per round, median (min, max); "
        "the server CPU figure (from /proc) is steadier than wall time on a loaded machine. "
        f"Rows/s: the default click-log columns of {rows:,} clicks, 10,000 per page, in process.",
    )
    section.add("bare uvicorn ASGI app", f"{median(samples['bare']):,.0f} req/s")
    section.add("the fake", f"{median(samples['fake']):,.0f} req/s")
    ratio = spread(samples, "fake", "bare")
    section.add(
        "fake req/s / bare app req/s (wall, client included)", str(ratio), f">= {TARGET:.1f}x", ratio.median >= TARGET
    )
    per_request = spread(cpu, "bare", "fake")  # CPU per request inverted: server-side req/s per CPU second
    section.add(
        "fake / bare app, requests per server CPU second",
        f"{per_request} ({median(cpu['fake']) * 1e3:.2f} vs {median(cpu['bare']) * 1e3:.2f} ms CPU per request)",
    )
    section.add(
        "fake click-log rows/s (in process)",
        f"{median(rates):,.0f} (min {min(rates):,.0f}, max {max(rates):,.0f}, {len(rates)} rounds)",
    )
    return section


if __name__ == "__main__":
    if "--bare" in sys.argv:
        _serve_bare()
    else:
        print(main(*(int(arg) for arg in sys.argv[1:])).text())

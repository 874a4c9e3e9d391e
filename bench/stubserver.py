"""A payload stub: answers the click log and report calls with JSON bytes built once at start.

The fake tracker computes every row it sends (it is a tracker, with state and validation), so an
export from it measures the fake as much as the SDK. This server answers in microseconds: the
click log with one pre-encoded page of rows (the same rows for every offset, the right `total`,
a shorter last page) and `/report/build` with one pre-encoded report. What remains is the SDK.

    with served_stub(log_rows=1_000_000, page=10_000, report_rows=100_000) as stub:
        Keitaro(stub.url, stub.api_key).clicks.export("x.parquet", range="all_time", page_size=10_000)

Runs uvicorn in a process of its own; it prints its URL as one JSON line and stops when stdin closes.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

API_KEY = "stub-key-0123456789"
LOG_PATH = "/admin_api/v1/clicks/log"
REPORT_PATH = "/admin_api/v1/report/build"
COUNTRIES = ("US", "DE", "GB", "FR", "ES", "BR", "IN", "PL")
DEVICES = ("mobile", "desktop", "tablet")
BROWSERS = ("Chrome", "Safari", "Firefox", "Edge")


PAGE_MARK = "~page~~~"  # 8 characters in every sub_id, overwritten with the page number on the way out


def log_row(i: int) -> dict[str, Any]:
    """One click-log row with the default columns, numbers and flags as a tracker sends them."""
    revenue = (i % 7) * 0.35 if i % 11 == 0 else 0
    return {
        "datetime": f"2026-06-{1 + i % 28:02d} {i % 24:02d}:{i % 60:02d}:{(i * 7) % 60:02d}",
        "sub_id": f"{PAGE_MARK}{i * 2654435761 % 65536:04x}{i:x}",
        "campaign_id": 1 + i % 12,
        "stream_id": 1 + i % 40,
        "offer_id": 1 + i % 25 if i % 3 else None,
        "landing_id": 1 + i % 9 if i % 2 else None,
        "country": COUNTRIES[i % len(COUNTRIES)],
        "device_type": DEVICES[i % len(DEVICES)],
        "os": "Android" if i % 2 else "iOS",
        "browser": BROWSERS[i % len(BROWSERS)],
        "ip": f"{23 + i % 50}.{i % 256}.{(i >> 8) % 256}.{1 + i % 254}",
        "is_unique_campaign": 1 if i % 10 < 7 else 0,
        "is_bot": 1 if i % 32 == 0 else 0,
        "is_lead": 1 if i % 11 == 0 else 0,
        "is_sale": 1 if i % 33 == 0 else 0,
        "revenue": revenue,
        "cost": round(0.05 + (i % 4) * 0.01, 2),
    }


LOG_COLUMNS = list(log_row(0))


def report_row(i: int) -> dict[str, Any]:
    """One report row grouped by day, country and sub id: counts as ints, money and rates as floats."""
    clicks = 50 + i % 950
    conversions = clicks // 37
    revenue = round(conversions * 2.75, 2)
    cost = round(clicks * 0.04, 2)
    return {
        "day": f"2026-06-{1 + i % 28:02d}",
        "country": COUNTRIES[i % len(COUNTRIES)],
        "sub_id_1": f"cr{i}",
        "campaign_id": 1 + i % 12,
        "clicks": clicks,
        "campaign_unique_clicks": clicks * 7 // 10,
        "conversions": conversions,
        "leads": conversions - conversions // 3,
        "sales": conversions // 3,
        "revenue": revenue,
        "cost": cost,
        "profit": round(revenue - cost, 2),
        "cr": round(100 * conversions / clicks, 2),
        "epc": round(revenue / clicks, 4),
        "roi": round(100 * (revenue - cost) / cost, 2),
    }


REPORT_GROUPING = ["day", "country", "sub_id_1", "campaign_id"]
REPORT_METRICS = [name for name in report_row(0) if name not in REPORT_GROUPING]


class Payloads:
    """Every answer the stub gives, encoded once; log pages differ only in the page number stamped into sub_id.

    (A tracker's pages differ, and the SDK refuses a tracker that answers every offset with the same
    page, so the page number is written into the pre-encoded bytes at known places.)
    """

    def __init__(self, log_rows: int, page: int, report_rows: int) -> None:
        self.log_rows = log_rows
        self.page = page
        rows = [log_row(i) for i in range(page)]
        self._full = _Stamped(self._log(rows, log_rows))
        tail = log_rows % page
        self._tail = _Stamped(self._log(rows[:tail], log_rows)) if tail else self._full
        self._empty = self._log([], log_rows)
        report = [report_row(i) for i in range(report_rows)]
        self.report = json.dumps({"rows": report, "total": report_rows}).encode()

    @staticmethod
    def _log(rows: list[dict[str, Any]], total: int) -> bytes:
        return json.dumps({"rows": rows, "total": total}).encode()

    def log_page(self, offset: int) -> bytes:
        if offset >= self.log_rows:
            return self._empty
        page = self._tail if offset + self.page > self.log_rows else self._full
        return page.stamped(offset // self.page)


class _Stamped:
    """Encoded bytes with the places of PAGE_MARK found once."""

    def __init__(self, body: bytes) -> None:
        self.body = body
        mark = PAGE_MARK.encode()
        self.places: list[int] = []
        at = body.find(mark)
        while at != -1:
            self.places.append(at)
            at = body.find(mark, at + len(mark))

    def stamped(self, number: int) -> bytes:
        out = bytearray(self.body)
        token = f"{number:08x}".encode()
        for at in self.places:
            out[at : at + 8] = token
        return bytes(out)


Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]


def stub_app(payloads: Payloads, delay: float = 0.0) -> Callable[[dict[str, Any], Receive, Send], Awaitable[None]]:
    """The ASGI app: the log page for the request's offset (after `delay` seconds, a tracker's query time), the
    report, or 404."""

    async def app(scope: dict[str, Any], receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        if scope["path"] == LOG_PATH:
            offset = json.loads(body or b"{}").get("offset", 0)
            if delay:
                await asyncio.sleep(delay)
            status, payload = 200, payloads.log_page(int(offset))
        elif scope["path"] == REPORT_PATH:
            status, payload = 200, payloads.report
        else:
            status, payload = 404, b'{"error":"not served by the stub"}'
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": payload})

    return app


@dataclass(frozen=True)
class ServedStub:
    url: str
    api_key: str = API_KEY


@contextmanager
def served_stub(
    *, log_rows: int = 100_000, page: int = 10_000, report_rows: int = 1_000, delay: float = 0.0
) -> Iterator[ServedStub]:
    """Start the stub in a child process, yield its URL, stop it on exit."""
    process = subprocess.Popen(
        [sys.executable, "-m", "bench.stubserver", str(log_rows), str(page), str(report_rows), str(delay)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line:
            raise RuntimeError("the stub server process exited before it started")
        yield ServedStub(json.loads(line)["url"])
    finally:
        if process.stdin is not None:
            process.stdin.close()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def serve(app: Any) -> tuple[Any, int]:
    """Run `app` with uvicorn on a free loopback port in a thread, as the fake is served (TCP_NODELAY)."""
    from keitaro_ext.testing.server import ServerThread

    server = ServerThread(app)
    server.start()
    return server, server.port


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve pre-built click-log and report answers (stops on stdin EOF).")
    parser.add_argument("log_rows", type=int)
    parser.add_argument("page", type=int)
    parser.add_argument("report_rows", type=int)
    parser.add_argument("delay", type=float, nargs="?", default=0.0, help="seconds before each log page")
    args = parser.parse_args()
    server, port = serve(stub_app(Payloads(args.log_rows, args.page, args.report_rows), args.delay))
    print(json.dumps({"url": f"http://127.0.0.1:{port}"}), flush=True)
    sys.stdin.read()
    server.stop()


if __name__ == "__main__":
    main()

"""The fake tracker served by uvicorn in a process of its own, so that its CPU time and memory never
count against the client being measured.

    with served_fake(clicks=1_000_000) as fake:
        fake.add_fault(path="/offers/*", latency=0.02)
        Keitaro(fake.url, fake.api_key).offers.get(1)
        fake.request_count()

The child reads one JSON command per line on stdin and answers one JSON line on stdout;
closing stdin stops it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any

API_KEY = "bench-key-0123456789"


class ServedFake:
    """The parent's handle on the child: its URL and a few commands."""

    def __init__(self, process: subprocess.Popen[str], url: str, api_key: str) -> None:
        self._process = process
        self.url = url
        self.api_key = api_key

    @property
    def api_url(self) -> str:
        return self.url + "/admin_api/v1"

    @property
    def pid(self) -> int:
        return self._process.pid

    def _command(self, op: str, **args: Any) -> dict[str, Any]:
        assert self._process.stdin is not None and self._process.stdout is not None
        self._process.stdin.write(json.dumps({"op": op, "args": args}) + "\n")
        self._process.stdin.flush()
        answer: dict[str, Any] = json.loads(self._process.stdout.readline())
        if "error" in answer:
            raise RuntimeError(f"fake server: {answer['error']}")
        return answer

    def add_fault(self, **fault: Any) -> None:
        """`fake.faults.add(**fault)` in the server process."""
        self._command("fault", **fault)

    def clear_faults(self) -> None:
        self._command("clear")

    def request_count(self) -> int:
        """How many requests the server has received so far (the HTTP round trips)."""
        return int(self._command("count")["count"])


@contextmanager
def served_fake(*, clicks: int = 5000, seed: int = 0) -> Iterator[ServedFake]:
    """Start the fake in a child process, yield its handle, stop it on exit."""
    process = subprocess.Popen(
        [sys.executable, "-m", "bench.fakeproc", "--clicks", str(clicks), "--seed", str(seed)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line:
            raise RuntimeError("the fake server process exited before it started")
        hello = json.loads(line)
        yield ServedFake(process, hello["url"], hello["api_key"])
    finally:
        if process.stdin is not None:
            process.stdin.close()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _serve(commands: IO[str], answers: IO[str], clicks: int, seed: int) -> None:
    from keitaro_ext.testing import FakeTracker

    with FakeTracker(api_key=API_KEY, clicks=clicks, seed=seed) as fake:
        answers.write(json.dumps({"url": fake.url, "api_key": fake.api_key}) + "\n")
        answers.flush()
        for line in commands:
            command = json.loads(line)
            try:
                if command["op"] == "fault":
                    fake.faults.add(**command["args"])
                    answer: dict[str, Any] = {"ok": True}
                elif command["op"] == "clear":
                    fake.faults.clear()
                    answer = {"ok": True}
                elif command["op"] == "count":
                    answer = {"count": len(fake.requests)}
                else:
                    answer = {"error": f"unknown command {command['op']!r}"}
            except (TypeError, ValueError) as exc:
                answer = {"error": str(exc)}
            answers.write(json.dumps(answer) + "\n")
            answers.flush()


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve the fake tracker for the benchmarks (stops when stdin closes).")
    parser.add_argument("--clicks", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    _serve(sys.stdin, sys.stdout, args.clicks, args.seed)


if __name__ == "__main__":
    main()

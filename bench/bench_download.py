"""Memory of a streamed download and of hostile answers, each in a fresh client process.

- `kt.offers.download(id, to=path)` of a 200 MB zip from a loopback server, beside the same file
  fetched whole (`kt.offers.download(id)` with `max_response_size=None`, the old way: the body in
  memory, then written).
- A 5 MB gzip answer that inflates to 5 GB, and an endless chunked answer, read by a plain
  `kt.campaigns.list()` with the default `max_response_size` (128 MB): each must end in
  `UnexpectedResponseError`, and the process's peak RSS is what the figure shows.

Each case runs `repeats` times in its own `python -c` process (peak RSS is per process);
min/median/max over the repeats.
"""

from __future__ import annotations

import json
import os
import socketserver
import subprocess
import sys
import tempfile
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .report import Section, median

SIZE = 200 * 1024 * 1024
CHUNK = b"PK" + os.urandom(1024 * 1024 - 2)
KEY = "kt-BENCH-download-0123456789"


def _gzip_bomb(inflated: int = 5 * 1024**3) -> bytes:
    """A gzip body of ~5 MB that inflates to `inflated` bytes of zeros (built once, in pieces)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b"\0" * (16 * 1024 * 1024)
    parts = [compressor.compress(block) for _ in range(inflated // len(block))]
    parts.append(compressor.flush())
    return b"".join(parts)


class _Handler(socketserver.StreamRequestHandler):
    bomb = b""

    def handle(self) -> None:
        line = self.rfile.readline().decode("latin-1")
        while self.rfile.readline() not in (b"\r\n", b"\n", b""):
            pass
        path = line.split(" ")[1] if " " in line else ""
        try:
            if path.endswith("/download"):
                self._send(b"application/octet-stream", SIZE, self._zip())
            elif "bomb" in path:
                extra = b"Content-Encoding: gzip\r\n"
                self._send(b"application/json", len(self.bomb), iter([self.bomb]), extra)
            else:  # endless chunked JSON
                head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                self.wfile.write(head)
                piece = b" " * 65536
                while True:
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
        except (BrokenPipeError, ConnectionResetError):
            return

    def _zip(self) -> Iterator[bytes]:
        for _ in range(SIZE // len(CHUNK)):
            yield CHUNK

    def _send(self, kind: bytes, length: int, body: Iterator[bytes], extra: bytes = b"") -> None:
        self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n%s\r\n" % (kind, length, extra))
        for piece in body:
            self.wfile.write(piece)
        self.wfile.flush()


@contextmanager
def _server() -> Iterator[str]:
    _Handler.bomb = _gzip_bomb()

    class Server(socketserver.ThreadingTCPServer):
        daemon_threads = True
        allow_reuse_address = True

    with Server(("127.0.0.1", 0), _Handler) as server:
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}"
        finally:
            server.shutdown()


CLIENT = """
import json, resource, sys
from pathlib import Path
from keitaro_ext import Keitaro, UnexpectedResponseError
url, key, case, target = sys.argv[1:5]
outcome = "ok"
limit = None if case == "whole" else 128 << 20  # the whole body is more than the default allows
with Keitaro(url, key, timeout=120, max_retries=0, max_response_size=limit) as kt:
    if case == "stream":
        kt.offers.download(1, to=target)
        size = Path(target).stat().st_size
    elif case == "whole":
        data = kt.offers.download(1).payload.read()
        Path(target).write_bytes(data)
        size = len(data)
    else:
        try:
            kt.request("GET", "/bomb" if case == "bomb" else "/endless")
            size = -1
        except UnexpectedResponseError as exc:
            outcome, size = type(exc).__name__, 0
try:  # VmHWM: Linux carries ru_maxrss over an exec, so it would report the parent's peak
    status = Path("/proc/self/status").read_text()
    peak = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:")) / 1024
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"rss_mb": peak, "size": size, "outcome": outcome}))
"""


def _run(url: str, case: str, target: Path) -> dict[str, float | str]:
    done = subprocess.run(
        [sys.executable, "-c", CLIENT, url, KEY, case, str(target)], capture_output=True, text=True, check=True
    )
    result: dict[str, float | str] = json.loads(done.stdout.strip().splitlines()[-1])
    target.unlink(missing_ok=True)
    return result


def _spread(values: list[float]) -> str:
    return f"{min(values):.0f} / {median(values):.0f} / {max(values):.0f} MB"


def main(repeats: int = 3) -> Section:
    section = Section(
        "Streamed download and bounded reads (peak RSS of a fresh client process)",
        f"Each case run {repeats} times in its own process against a loopback server; min / median / max "
        "of the process's peak RSS (VmHWM; ru_maxrss where /proc is missing), which includes the interpreter "
        "and the imports.",
    )
    runs: dict[str, list[dict[str, float | str]]] = {}
    with _server() as url, tempfile.TemporaryDirectory() as scratch:
        target = Path(scratch) / "offer.zip"
        for _ in range(repeats):
            for case in ("stream", "whole", "bomb", "endless"):
                runs.setdefault(case, []).append(_run(url, case, target))
    rss = {case: [float(r["rss_mb"]) for r in results] for case, results in runs.items()}
    assert all(r["size"] == SIZE for r in runs["stream"] + runs["whole"]), runs
    stream_peak = max(rss["stream"])
    section.add("download 200 MB to disk (to=path): peak RSS", _spread(rss["stream"]), "< 60 MB", stream_peak < 60)
    section.add("download 200 MB whole in memory (no to=): peak RSS", _spread(rss["whole"]))
    ratios = [w / s for w, s in zip(rss["whole"], rss["stream"], strict=True)]
    section.add("whole / streamed peak RSS", f"{min(ratios):.2f}x / {median(ratios):.2f}x / {max(ratios):.2f}x")
    for case, label in (("bomb", "5 MB gzip inflating to 5 GB"), ("endless", "endless chunked body")):
        outcomes = {str(r["outcome"]) for r in runs[case]}
        peak = max(rss[case])
        section.add(
            f"{label}: outcome, peak RSS",
            f"{', '.join(sorted(outcomes))}; {_spread(rss[case])}",
            "< 300 MB",
            outcomes == {"UnexpectedResponseError"} and peak < 300,
        )
    return section


if __name__ == "__main__":
    print(main().text())

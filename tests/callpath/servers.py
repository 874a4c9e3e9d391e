"""Tiny HTTP servers on 127.0.0.1 for the tests that need real sockets: drips, bombs, proxies."""

from __future__ import annotations

import socket
import socketserver
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import BinaryIO, cast

Answer = Callable[[str, dict[str, str], BinaryIO, "Served"], None]


@dataclass
class Served:
    """What a server saw: request lines, and bytes of body it managed to send."""

    port: int = 0
    lines: list[str] = field(default_factory=list)
    sent: int = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


def read_head(rfile: BinaryIO) -> tuple[str, dict[str, str]]:
    line = rfile.readline().decode("latin-1").strip()
    headers: dict[str, str] = {}
    while (raw := rfile.readline()) not in (b"\r\n", b"\n", b""):
        name, _, value = raw.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()
    return line, headers


@contextmanager
def serve(answer: Answer) -> Iterator[Served]:
    served = Served()

    class Handler(socketserver.StreamRequestHandler):
        def handle(self) -> None:
            while True:
                line, headers = read_head(cast(BinaryIO, self.rfile))
                if not line:
                    return
                served.lines.append(line)
                length = int(headers.get("content-length", "0") or 0)
                if length:
                    self.rfile.read(length)
                try:
                    answer(line, headers, self.wfile, served)  # type: ignore[arg-type]
                except (BrokenPipeError, ConnectionResetError):
                    return
                if headers.get("connection", "").lower() == "close":
                    return

    class Server(socketserver.ThreadingTCPServer):
        daemon_threads = True
        allow_reuse_address = True

    with Server(("127.0.0.1", 0), Handler) as server:
        served.port = server.server_address[1]
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        thread.start()
        try:
            yield served
        finally:
            server.shutdown()


def json_answer(body: bytes = b"[]") -> Answer:
    def answer(line: str, headers: dict[str, str], wfile: BinaryIO, served: Served) -> None:
        wfile.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)
        )
        wfile.flush()

    return answer


def forward_proxy() -> Answer:
    """A forward proxy: absolute-form GETs are relayed to their target; CONNECT is recorded and refused."""

    def answer(line: str, headers: dict[str, str], wfile: BinaryIO, served: Served) -> None:
        method, target, _version = line.split(" ", 2)
        if method == "CONNECT":
            wfile.write(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
            wfile.flush()
            return
        rest = target.removeprefix("http://")
        hostport, _, path = rest.partition("/")
        host, _, port = hostport.partition(":")
        with socket.create_connection((host, int(port or 80)), timeout=5) as upstream:
            forwarded = [f"{method} /{path} HTTP/1.1", f"Host: {hostport}", "Connection: close"]
            forwarded += [
                f"{k}: {v}" for k, v in headers.items() if k not in ("host", "connection", "proxy-connection")
            ]
            upstream.sendall(("\r\n".join(forwarded) + "\r\n\r\n").encode("latin-1"))
            while chunk := upstream.recv(65536):
                wfile.write(chunk)
        wfile.flush()
        raise ConnectionResetError  # one request per proxied connection

    return answer

"""A misbehaving tracker on a loopback port: each request is answered by a function of the request.

Bounded by construction: answers are built in memory from small parts, the server thread is a
daemon, and `serve` stops it when the test ends.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Answer:
    status: int = 200
    body: bytes = b""
    content_type: str = "application/json"
    close: bool = False  # drop the connection without answering


@dataclass
class Seen:
    """What the hostile server received, for assertions on how many requests a client sent."""

    paths: list[str] = field(default_factory=list)
    bodies: list[Any] = field(default_factory=list)


Behaviour = Callable[[str, Any, Seen], Answer]


def json_answer(value: Any, status: int = 200) -> Answer:
    return Answer(status, json.dumps(value).encode())


@contextmanager
def serve(behaviour: Behaviour) -> Iterator[tuple[str, Seen]]:
    """(tracker root URL, what it saw) for a server answering with `behaviour(path, json_body, seen)`."""
    seen = Seen()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        wbufsize = 1 << 16  # head and body leave in one write (else ~40 ms of delayed ACK per answer)
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            return None

        def _handle(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            raw = self.rfile.read(min(length, 1 << 20)) if length else b""
            try:
                body = json.loads(raw) if raw else None
            except ValueError:
                body = None
            seen.paths.append(self.path)
            seen.bodies.append(body)
            answer = behaviour(self.path, body, seen)
            if answer.close:
                self.close_connection = True
                return
            self.send_response(answer.status)
            self.send_header("content-type", answer.content_type)
            self.send_header("content-length", str(len(answer.body)))
            self.end_headers()
            self.wfile.write(answer.body)

        do_GET = do_POST = do_PUT = do_DELETE = _handle  # noqa: N815 (http.server's names)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)

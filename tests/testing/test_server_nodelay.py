"""The served fake answers without Nagle delays: accepted sockets have TCP_NODELAY.

Without it an answer sent as two writes (headers, then body) waits for the client's delayed ACK,
~40 ms per request on Linux, which made every loopback test and benchmark 100x slower.
"""

from __future__ import annotations

import socket
from typing import Any

import httpx

from keitaro_ext.testing.server import ServerThread


def test_accepted_connections_have_tcp_nodelay() -> None:
    seen: list[int] = []

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        transport = receive.__self__.transport
        seen.append(transport.get_extra_info("socket").getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"2")]})
        await send({"type": "http.response.body", "body": b"{}"})

    server = ServerThread(app)
    server.start()
    try:
        with httpx.Client() as client:
            assert client.get(f"http://{server.host}:{server.port}/").status_code == 200
    finally:
        server.stop()
    assert len(seen) == 1
    assert seen[0] != 0

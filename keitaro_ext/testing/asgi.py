"""The fake as an ASGI application, for uvicorn or any ASGI server.

The key and a declared Content-Length are checked before the body is read (see `Dispatcher.guard`);
the body is then read into a bounded buffer, and a body past the limit is answered with 413 at once,
without reading the rest.

A dropped connection closes (or, for a reset, aborts) the socket without writing an answer.
The socket is reached through uvicorn's request cycle object behind `receive`; under a server
that offers no such handle the answer is started and the app raises, so the server closes the
connection mid-answer, which a client sees as a protocol error too.
"""

from __future__ import annotations

import asyncio
import socket
import struct
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any

from .core import JSON, Dispatcher, FakeOutcome
from .spec import keep

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
Process = Callable[[str, str, str, dict[str, str], bytes], FakeOutcome]


_JSON_TYPE = (b"content-type", JSON.encode("latin-1"))
_NAMES: dict[bytes, str] = {}  # a raw header name -> its lower-case text (the same few names come every time)
_NAMES_KEPT = 256


def _headers(raw: Iterable[tuple[bytes, bytes]]) -> dict[str, str]:
    """The request headers as text with lower-case names (the last of repeated names wins)."""
    names = _NAMES
    headers = {}
    for key, value in raw:
        name = names.get(key)
        if name is None:
            name = key.decode("latin-1").lower()
            keep(names, key, name, _NAMES_KEPT)
        headers[name] = value.decode("latin-1")
    return headers


class DroppedConnectionError(Exception):
    """Raised inside the server to cut an answer short when the socket cannot be closed directly."""


class FakeApp:
    """ASGI 3 callable serving one fake tracker."""

    def __init__(self, dispatcher: Dispatcher) -> None:
        self._dispatcher = dispatcher
        self._process: Process = dispatcher.process

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        headers = _headers(scope.get("headers", []))
        query = scope.get("query_string", b"").decode("latin-1")
        outcome = self._dispatcher.guard(scope["method"], scope["path"], query, headers)
        if outcome is None:
            body = await self._read_body(receive, self._dispatcher.max_body_bytes)
            if body is None:  # past the limit: the rest is not read
                outcome = self._dispatcher.refuse(scope["method"], scope["path"], query, headers)
            else:
                outcome = self._process(scope["method"], scope["path"], query, headers, body)
        if outcome.delay and not await self._wait(outcome.delay, receive):
            return  # the client gave up while the answer was delayed
        if outcome.drop:
            await self._drop(receive, send, abort=outcome.drop == "reset")
            return
        if outcome.headers or outcome.content_type != JSON:
            raw_headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in outcome.header_list()]
        else:  # the usual answer: what `header_list` gives for it, already encoded
            raw_headers = [_JSON_TYPE]
        raw_headers.append((b"content-length", str(len(outcome.body)).encode()))
        await send({"type": "http.response.start", "status": outcome.status, "headers": raw_headers})
        await send({"type": "http.response.body", "body": outcome.body})

    @staticmethod
    async def _read_body(receive: Receive, limit: int) -> bytes | None:
        """The whole body, or None as soon as it passes `limit` bytes (the rest is never read)."""
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                return None
            chunks.append(chunk)
            if not message.get("more_body"):
                return b"".join(chunks)

    @staticmethod
    async def _wait(seconds: float, receive: Receive) -> bool:
        """Sleep, unless the client disconnects first (then False)."""
        sleeper = asyncio.ensure_future(asyncio.sleep(seconds))
        listener = asyncio.ensure_future(receive())
        done, _ = await asyncio.wait({sleeper, listener}, return_when=asyncio.FIRST_COMPLETED)
        for task in (sleeper, listener):
            task.cancel()
        return sleeper in done and not (listener in done and listener.result().get("type") == "http.disconnect")

    @staticmethod
    async def _drop(receive: Receive, send: Send, *, abort: bool) -> None:
        transport = getattr(getattr(receive, "__self__", None), "transport", None)
        if transport is not None and hasattr(transport, "abort"):
            if abort:
                sock = transport.get_extra_info("socket")
                if sock is not None:  # linger 0: close with a TCP reset instead of a clean FIN
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                transport.abort()
            else:
                transport.close()
            await asyncio.sleep(0)
            return
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"100")]})
        raise DroppedConnectionError("connection dropped by an injected fault")

    @staticmethod
    async def _lifespan(receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return

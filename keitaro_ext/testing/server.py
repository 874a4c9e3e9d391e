"""Serving the fake with uvicorn on a loopback port, in a background thread; and serving it until stopped."""

from __future__ import annotations

import signal
import socket
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import uvicorn

if TYPE_CHECKING:
    from .tracker import FakeTracker


class ServerThread:
    """uvicorn on `host:port` (0: a free port) in a daemon thread; `start` returns once it accepts."""

    def __init__(self, app: Any, host: str = "127.0.0.1", port: int = 0) -> None:
        self.host = host
        # proto=IPPROTO_TCP matters: asyncio sets TCP_NODELAY only on sockets that say they are TCP.
        # Without it every answer (headers, then body) waits ~40 ms for the client's delayed ACK.
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind((host, port))
        self.port: int = self._socket.getsockname()[1]
        config = uvicorn.Config(
            app,
            log_level="warning",
            access_log=False,
            lifespan="off",
            timeout_keep_alive=5,
            timeout_graceful_shutdown=2,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._run, name=f"keitaro-fake:{self.port}", daemon=True)
        self._error: BaseException | None = None

    def _run(self) -> None:
        try:
            self._server.run(sockets=[self._socket])
        except BaseException as exc:  # reported by start()
            self._error = exc

    def start(self, timeout: float = 10.0) -> None:
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"the fake tracker did not start on {self.host}:{self.port}: {self._error!r}")
            time.sleep(0.01)
        with socket.create_connection((self.host, self.port), timeout=timeout):
            pass

    def stop(self, timeout: float = 10.0) -> None:
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout)
        self._socket.close()


class ListenError(OSError):
    """The fake could not listen on the address asked for."""


def serve_until_stopped(fake: FakeTracker, announce: Callable[[FakeTracker], None]) -> None:
    """Serve `fake` (`FakeTracker.start`), call `announce` once it accepts, and block until Ctrl+C or
    SIGTERM (containers and CI stop services with it; a background job may ignore SIGINT).

    The signal is armed before `announce`: whoever reads the first line may stop us at once.
    The one way both consoles (`keitaro-fake`, `keitaro fake serve`) serve the fake.
    """
    stop = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: stop.set())
    try:
        try:
            fake.start()
        except OSError as exc:
            raise ListenError(f"cannot listen on {fake.host}:{fake.port} ({exc.strerror or exc})") from None
        try:
            announce(fake)
            while not stop.wait(0.5):
                pass
        except KeyboardInterrupt:
            pass
        finally:
            fake.stop()
    finally:
        signal.signal(signal.SIGTERM, previous)

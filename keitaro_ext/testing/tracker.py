"""`FakeTracker`: a stateful, spec-validated Keitaro Admin API in memory.

fake = FakeTracker()                                  # in-process
client = httpx.Client(base_url=fake.api_url, transport=fake.transport(),
                      headers={"Api-Key": fake.api_key})
with FakeTracker(seed=7, clicks=100_000) as fake:     # served on 127.0.0.1:<free port>
    requests.get(fake.api_url + "/campaigns", headers={"Api-Key": fake.api_key})
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from types import TracebackType
from typing import Any

import httpx

from .asgi import FakeApp
from .core import DEFAULT_LOG_SIZE, DEFAULT_MAX_BODY, Dispatcher, FakeOutcome, RequestLog
from .data.clicks import ClickData
from .data.world import World, build_world
from .faults import Faults
from .reports.common import ReportSource
from .seed import seed_state
from .spec import API_PREFIX
from .state import TrackerState
from .transport import FakeTransport, Parts, to_response

DEFAULT_NOW = datetime(2026, 6, 15, 12, 0, 0, tzinfo=UTC)
DATA_DAYS = 30


def _parse_now(now: datetime | str | None) -> datetime:
    if now is None:
        return DEFAULT_NOW
    moment = datetime.fromisoformat(now) if isinstance(now, str) else now
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


class FakeTracker:
    """The whole tracker: state, synthetic data, faults, and three ways to reach it.

    `now` fixes the tracker's clock (default 2026-06-15 12:00 UTC) so named ranges such as
    `today` are deterministic; the clicks fill the 30 days before it. `timezone` is the
    tracker's zone, used when a report's range names none. `max_body_bytes` bounds a request body
    (413 past it; the key is checked before a body is read), `request_log_size` how many requests
    `requests` keeps (the oldest are dropped).
    """

    def __init__(
        self,
        *,
        api_key: str = "test-key",
        seed: int = 0,
        clicks: int = 5000,
        now: datetime | str | None = None,
        timezone: str = "UTC",
        host: str = "127.0.0.1",
        port: int = 0,
        max_body_bytes: int = DEFAULT_MAX_BODY,
        request_log_size: int = DEFAULT_LOG_SIZE,
    ) -> None:
        if not api_key:
            raise ValueError("api_key must not be empty")
        if clicks < 0:
            raise ValueError("clicks must be 0 or more")
        self.api_key = api_key
        self.seed = seed
        self.now = _parse_now(now)
        self.timezone = timezone
        self.world: World = build_world(seed)
        start = datetime.combine((self.now - timedelta(days=DATA_DAYS)).date(), datetime.min.time(), tzinfo=UTC)
        self.data = ClickData(
            self.world, seed=seed, count=clicks, start=int(start.timestamp()), end=int(self.now.timestamp())
        )
        self.state: TrackerState = seed_state(self.world, self.now)
        self.faults = Faults(seed)
        self._dispatcher = Dispatcher(
            self, api_key, self.faults, max_body_bytes=max_body_bytes, request_log_size=request_log_size
        )
        self.app = FakeApp(self._dispatcher)
        self.host = host  # where `start` listens; port 0: a free one, see `url` once served
        self.port = port
        self._server: Any = None

    # -- state and inspection -------------------------------------------------------------

    @property
    def requests(self) -> RequestLog:
        """Every request received, in order (method, API path, query, json, status, fault)."""
        return self._dispatcher.requests

    def report_source(self) -> ReportSource:
        state = self.state
        return ReportSource(self.data, self.now, self.timezone, state.names(), dict(state.labels), state.click_costs)

    def reset(self) -> None:
        """Back to the seeded state: entities, settings, faults and the request log."""
        self.state = seed_state(self.world, self.now)
        self.faults.clear()
        self.requests.clear()

    # -- in-process -----------------------------------------------------------------------

    def _guard(self, request: httpx.Request) -> tuple[FakeOutcome | None, Parts]:
        """The answer due before the body is read (no key, declared size too large), if any, and the
        request's parts, read once for the guard and the dispatcher."""
        headers = {k.lower(): v for k, v in request.headers.items()}
        query = request.url.query.decode("ascii") if isinstance(request.url.query, bytes) else str(request.url.query)
        return self._dispatcher.guard(request.method, request.url.path, query, headers), (query, headers)

    def _dispatch(self, request: httpx.Request, parts: Parts) -> FakeOutcome:
        """The answer to a request that passed the guard."""
        request.read()  # the async transport has read it already
        query, headers = parts
        return self._dispatcher.process(request.method, request.url.path, query, headers, request.content)

    def _process(self, request: httpx.Request) -> FakeOutcome:
        early, parts = self._guard(request)
        return early if early is not None else self._dispatch(request, parts)

    def handle(self, request: httpx.Request) -> httpx.Response:
        """The tracker as a synchronous function: `httpx.MockTransport(fake.handle)` works as is.

        Latency faults sleep here with `time.sleep`; a dropped connection raises the httpx error.
        """
        outcome = self._process(request)
        if outcome.delay:
            time.sleep(outcome.delay)
        return to_response(outcome, request)

    def transport(self) -> FakeTransport:
        """`httpx.MockTransport(fake.handle)` for `httpx.Client`; in `httpx.AsyncClient` it awaits latency."""
        return FakeTransport(self.handle, self._guard, self._dispatch)

    def client(self, **kwargs: Any) -> httpx.Client:
        """An httpx client already pointed at the in-process API with the key set."""
        kwargs.setdefault("headers", {"Api-Key": self.api_key})
        return httpx.Client(base_url=self.api_url_in_process, transport=self.transport(), **kwargs)

    @property
    def api_url_in_process(self) -> str:
        return "http://keitaro.fake" + API_PREFIX

    # -- served on loopback ---------------------------------------------------------------

    def start(self) -> FakeTracker:
        """Serve on host:port (0: a free port) with uvicorn in a background thread."""
        if self._server is not None:
            return self
        from .server import ServerThread

        server = ServerThread(self.app, self.host, self.port)
        server.start()
        self._server = server
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
            self._server = None

    def __enter__(self) -> FakeTracker:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    @property
    def url(self) -> str:
        """`http://127.0.0.1:<port>`, the tracker root, while served."""
        if self._server is None:
            raise RuntimeError("the fake is not served; use `with FakeTracker() as fake:` or fake.start()")
        return f"http://{self._server.host}:{self._server.port}"

    @property
    def api_url(self) -> str:
        """The API root: `fake.url + "/admin_api/v1"` when served, an in-process address otherwise."""
        return self.url + API_PREFIX if self._server is not None else self.api_url_in_process

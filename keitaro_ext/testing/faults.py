"""Fault injection: make chosen requests fail the way networks and overloaded trackers do.

    fake.faults.add(method="POST", path="/campaigns", status=503, times=2)
    fake.faults.add(path="/report/*", latency=0.5, probability=0.3)
    fake.faults.add(method="POST", path="/campaigns", drop=True, when="after")

Kinds: `status` (an error answer; `retry_after` adds a Retry-After header in seconds), `drop`
(the connection closes without an answer: httpx raises RemoteProtocolError), `reset` (the
connection is reset: httpx raises ReadError), `truncate` (the JSON body is cut in half),
`html` (an HTML page with status 200), and `latency` (seconds of delay, alone or with a kind).
`when="before"`: the tracker never sees the request; `when="after"`: the request is applied,
then the answer is lost or spoiled (the case that makes blind retries create duplicates).
Rules are tried in the order added; the first that matches fires. `path` is a glob over the
path below `/admin_api/v1` (`*` also crosses `/`). `times` caps how often a rule fires, `skip`
lets the first N matching requests through, `probability` fires at random from a seeded RNG.
"""

from __future__ import annotations

import fnmatch
import random
import threading
from dataclasses import dataclass, field
from typing import Literal

When = Literal["before", "after"]
HTML_PAGE = (
    b"<!DOCTYPE html><html><head><title>Just a moment...</title></head>"
    b"<body><h1>Checking your browser before accessing the tracker</h1></body></html>"
)


@dataclass
class Fault:
    """One rule; `fired` counts how often it has fired so far."""

    method: str | None = None
    path: str = "*"
    status: int | None = None
    retry_after: float | None = None
    drop: bool = False
    reset: bool = False
    truncate: bool = False
    html: bool = False
    latency: float = 0.0
    when: When = "before"
    times: int | None = None
    skip: int = 0
    probability: float = 1.0
    seen: int = field(default=0, init=False)
    fired: int = field(default=0, init=False)

    @property
    def kind(self) -> str:
        for name in ("drop", "reset", "truncate", "html"):
            if getattr(self, name):
                return name
        return "status" if self.status is not None else "latency"

    @property
    def breaks_answer(self) -> bool:
        """True unless the rule only adds latency."""
        return self.kind != "latency"

    def matches(self, method: str, path: str) -> bool:
        return (self.method is None or self.method == method) and fnmatch.fnmatchcase(path, self.path)

    def check(self) -> None:
        kinds = [self.status is not None, self.drop, self.reset, self.truncate, self.html]
        if sum(kinds) > 1:
            raise ValueError("a fault is one of: status, drop, reset, truncate, html (plus optional latency)")
        if sum(kinds) == 0 and self.latency <= 0:
            raise ValueError("a fault needs a kind (status, drop, reset, truncate, html) or a latency")
        if self.status is not None and not 400 <= self.status <= 599:
            raise ValueError(f"status must be an error status (400-599), got {self.status}")
        if self.retry_after is not None and (self.status is None or self.retry_after < 0):
            raise ValueError("retry_after goes with a status fault (usually 429 or 503) and must be >= 0")
        if self.when not in ("before", "after"):
            raise ValueError(f"when must be 'before' or 'after', got {self.when!r}")
        if self.times is not None and self.times < 1:
            raise ValueError("times must be at least 1 (None: no limit)")
        if not 0 < self.probability <= 1 or self.latency < 0 or self.skip < 0:
            raise ValueError("probability must be in (0, 1], latency and skip >= 0")


@dataclass(frozen=True)
class FiredFault:
    """A record of one fault firing: which rule, on which request."""

    fault: Fault
    method: str
    path: str


class Faults:
    """The fault rules of one fake tracker."""

    def __init__(self, seed: int = 0) -> None:
        self.rules: list[Fault] = []
        self.fired: list[FiredFault] = []
        self._rng = random.Random(f"keitaro-fake-faults-{seed}")  # noqa: S311 - reproducible, not secret
        self._lock = threading.Lock()

    def add(
        self,
        *,
        method: str | None = None,
        path: str = "*",
        status: int | None = None,
        retry_after: float | None = None,
        drop: bool = False,
        reset: bool = False,
        truncate: bool = False,
        html: bool = False,
        latency: float = 0.0,
        when: When | None = None,
        times: int | None = None,
        skip: int = 0,
        probability: float = 1.0,
    ) -> Fault:
        """Add a rule; `when` defaults to "after" for `truncate` and "before" otherwise."""
        if path != "*" and not path.startswith(("/", "*")):
            path = "/" + path
        fault = Fault(
            method=method.upper() if method else None,
            path=path,
            status=status,
            retry_after=retry_after,
            drop=drop,
            reset=reset,
            truncate=truncate,
            html=html,
            latency=latency,
            when=when or ("after" if truncate else "before"),
            times=times,
            skip=skip,
            probability=probability,
        )
        fault.check()
        with self._lock:
            self.rules.append(fault)
        return fault

    def clear(self) -> None:
        with self._lock:
            self.rules.clear()
            self.fired.clear()

    def pick(self, method: str, path: str) -> Fault | None:
        """The rule that fires for this request, if any (and count it)."""
        if not self.rules:  # no rules: nothing to count, no lock to take
            return None
        with self._lock:
            for fault in self.rules:
                if not fault.matches(method, path) or (fault.times is not None and fault.fired >= fault.times):
                    continue
                fault.seen += 1
                if fault.seen <= fault.skip:
                    continue
                if fault.probability < 1 and self._rng.random() >= fault.probability:
                    continue
                fault.fired += 1
                self.fired.append(FiredFault(fault, method, path))
                return fault
        return None

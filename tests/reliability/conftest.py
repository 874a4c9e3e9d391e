"""Every reliability test runs with all loggers captured at DEBUG; at teardown the API key must
appear in no record, no error and no repr the test handed to `leaks`."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Iterator
from typing import Any

import pytest

from keitaro_ext.testing import FakeTracker

from .support import API_KEY, SUMMARIES, Sleeps, Target

# Attributes every LogRecord has; anything else on a record came in through `extra=`.
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}


class Leaks(logging.Handler):
    """Collects log records and the texts of errors and objects, to search them for the key."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []
        self.texts: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def error(self, exc: BaseException) -> None:
        """Remember everything a user could see of `exc`: message, repr, traceback, attributes."""
        self.texts += [str(exc), repr(exc), "".join(traceback.format_exception(exc)), repr(vars(exc))]

    def obj(self, value: Any) -> None:
        self.texts += [repr(value), str(value)]

    def record_texts(self) -> Iterator[str]:
        formatter = logging.Formatter()
        for record in self.records:
            yield formatter.format(record)
            yield repr({k: v for k, v in vars(record).items() if k not in _STANDARD})


@pytest.fixture(autouse=True)
def leaks() -> Iterator[Leaks]:
    handler = Leaks()
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
    found = [text for text in [*handler.record_texts(), *handler.texts] if API_KEY in text]
    assert not found, f"the API key leaked into {len(found)} text(s), e.g. {found[0][:300]!r}"


@pytest.fixture
def sleeps(target: Target, monkeypatch: pytest.MonkeyPatch) -> Sleeps:
    """Retry waits recorded, not slept; after `target` so a served fake starts with real sleeps."""
    recorded = Sleeps()
    recorded.install(monkeypatch)
    return recorded


@pytest.fixture(params=["sync/in-process", "async/in-process", "sync/loopback", "async/loopback"])
def target(request: pytest.FixtureRequest, leaks: Leaks) -> Iterator[Target]:
    """The fake reached four ways; loopback means uvicorn on 127.0.0.1 (real sockets)."""
    mode, where = request.param.split("/")
    fake = FakeTracker(api_key=API_KEY, seed=5, clicks=200)
    if where == "loopback":
        with fake:
            yield Target(fake, mode, where, leaks)
    else:
        yield Target(fake, mode, where, leaks)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if SUMMARIES:
        terminalreporter.section("reliability")
        for line in SUMMARIES:
            terminalreporter.write_line(line)

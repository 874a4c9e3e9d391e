"""pytest fixtures for code that uses the SDK: `keitaro_fake` (in-process) and
`keitaro_fake_server` (served on loopback). Registered through the `pytest11` entry point.

Options per test: `@pytest.mark.keitaro_fake(seed=3, clicks=200, api_key="k")`.
Imports nothing beyond pytest until a fixture runs, so every pytest session stays fast.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from .tracker import FakeTracker


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "keitaro_fake(**options): options for the keitaro_fake fixtures (FakeTracker(...))"
    )


def _make(request: pytest.FixtureRequest) -> FakeTracker:
    try:
        from .tracker import FakeTracker
    except ImportError as exc:  # pragma: no cover - depends on the install
        pytest.fail(f"the keitaro_fake fixtures need: pip install 'keitaro-admin[testing]' ({exc})")
    marker = request.node.get_closest_marker("keitaro_fake")
    options: dict[str, Any] = dict(marker.kwargs) if marker else {}
    return FakeTracker(**options)


@pytest.fixture
def keitaro_fake(request: pytest.FixtureRequest) -> FakeTracker:
    """A fresh in-process fake; connect with `transport=keitaro_fake.transport()`."""
    return _make(request)


@pytest.fixture
def keitaro_fake_server(request: pytest.FixtureRequest) -> Iterator[FakeTracker]:
    """A fresh fake served on 127.0.0.1; connect to `keitaro_fake_server.url`."""
    fake = _make(request)
    with fake:
        yield fake

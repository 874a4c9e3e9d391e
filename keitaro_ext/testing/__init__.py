"""A fake Keitaro tracker for tests and demos: `FakeTracker`, fault injection, a pytest plugin.

Needs the `testing` extra (`pip install 'keitaro-admin[testing]'`). Names load lazily so that
the pytest plugin, which imports this package, costs nothing until a fixture is used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .core import RecordedRequest, RequestLog
    from .faults import Fault, Faults
    from .tracker import DEFAULT_NOW, FakeTracker

__all__ = ("DEFAULT_NOW", "FakeTracker", "Fault", "Faults", "RecordedRequest", "RequestLog")

_WHERE = {
    "FakeTracker": ".tracker",
    "DEFAULT_NOW": ".tracker",
    "Fault": ".faults",
    "Faults": ".faults",
    "RecordedRequest": ".core",
    "RequestLog": ".core",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(_WHERE[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

"""A fake Keitaro tracker for tests and demos: `FakeTracker`, fault injection, a pytest plugin.

Needs the `testing` extra (`pip install 'keitaro-admin[testing]'`). Names load lazily so that
the pytest plugin, which imports this package, costs nothing until a fixture is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_attributes

if TYPE_CHECKING:
    from .core import RecordedRequest, RequestLog
    from .faults import Fault, Faults
    from .tracker import DEFAULT_NOW, FakeTracker

__all__ = ("DEFAULT_NOW", "FakeTracker", "Fault", "Faults", "RecordedRequest", "RequestLog")

__getattr__ = lazy_attributes(
    __name__,
    {
        ".tracker": ("FakeTracker", "DEFAULT_NOW"),
        ".faults": ("Fault", "Faults"),
        ".core": ("RecordedRequest", "RequestLog"),
    },
)

"""Imports every handler module of this package so each registers itself; `HANDLERS` is then complete."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

from .base import HANDLERS, Handler

_HELPERS = {"base", "catalog", "crud"}  # the modules here that register nothing
MODULES = tuple(
    importlib.import_module(f"{__package__}.{info.name}")
    for info in sorted(pkgutil.iter_modules([str(Path(__file__).parent)]), key=lambda info: info.name)
    if info.name not in _HELPERS
)

__all__ = ("HANDLERS", "MODULES", "Handler")

"""Package attributes imported on first use: importing a package then costs only what is used."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_attributes(package: str, where: Mapping[str, tuple[str, ...]]) -> Callable[[str], Any]:
    """A module `__getattr__` that imports each name from its submodule (`where`: submodule -> names)."""
    modules = {name: module for module, names in where.items() for name in names}

    def attribute(name: str) -> Any:
        if name not in modules:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(modules[name], package), name)

    return attribute

"""Rich's Markdown renderer, loaded only if something renders Markdown.

typer's help formatter (`typer.rich_utils`) imports `rich.markdown` when it is itself imported, and
that brings in markdown-it and all its rules: 25-60 ms of every `keitaro --help` on 2 cores. Our
help texts are rich markup, never Markdown, so until a name of the module is used, `rich.markdown`
is a stand-in; the first use imports the real module in its place. Installed by the console
script only, and never over a `rich.markdown` that is already imported.
"""

from __future__ import annotations

import importlib
import sys
from types import ModuleType
from typing import Any

NAME = "rich.markdown"

__all__ = ["install"]


def _real() -> ModuleType:
    """The real `rich.markdown`, imported in the stand-in's place the first time it is needed."""
    module = sys.modules.get(NAME)
    if isinstance(module, _StandIn):
        del sys.modules[NAME]
        module = importlib.import_module(NAME)  # also sets `rich.markdown` on the package again
    return module if module is not None else importlib.import_module(NAME)


class _StandIn(ModuleType):
    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # what the import system probes (`__path__`, ...): a module has none
            raise AttributeError(name)
        return getattr(_real(), name)


class Markdown:
    """What `typer.rich_utils` imports by name: building one builds the real `rich.markdown.Markdown`."""

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        return _real().Markdown(*args, **kwargs)


def install() -> None:
    """Put the stand-in in place of `rich.markdown`, unless the real one is loaded already."""
    if NAME in sys.modules:
        return
    import rich

    stand_in = _StandIn(NAME, __doc__)
    stand_in.Markdown = Markdown  # type: ignore[attr-defined]
    sys.modules[NAME] = stand_in
    rich.markdown = stand_in

"""The resource command groups (`keitaro campaigns ...`), one per tag of the spec, built when first named.

Building a group resolves its methods' signatures and imports its models, so `keitaro report` or
`keitaro profile` never pay for the 15 groups they do not use.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import typer

from .commands.export import add_export
from .derive.build import resource_app
from .derive.spec import tags

__all__ = ["resource_group", "resource_names"]

# Commands that belong with a tag's derived ones but are not operations of the spec.
EXTRAS: dict[str, Callable[[typer.Typer], None]] = {
    "clicks": lambda app: add_export(app, "clicks"),
    "conversions": lambda app: add_export(app, "conversions"),
}


@functools.cache
def _by_name() -> dict[str, str]:
    return {tag.replace("_", "-"): tag for tag in tags()}


def resource_names() -> list[str]:
    return sorted(_by_name())


@functools.cache
def resource_group(name: str) -> Any:
    """The command group of `keitaro <name>` (typer's command class), or None when no tag has that name."""
    tag = _by_name().get(name)
    if tag is None:
        return None
    return typer.main.get_group(resource_app(tag, EXTRAS.get(tag)))

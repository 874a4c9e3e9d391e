"""The tool list as text (`keitaro mcp --list-tools`, and the README's table), without a tracker."""

from __future__ import annotations

from collections.abc import Sequence

from .registry import Registry
from .safety import Permissions

__all__ = ["tool_table"]


def tool_table(
    *, allow_write: bool = True, allow_destructive: bool = True, only: Sequence[str] = (), markdown: bool = False
) -> str:
    """One line per tool a server started with these switches lists: name, tier, title."""
    registry = Registry.build(Permissions(allow_write, allow_destructive), [], only)
    rows = [(entry.name, entry.tier, entry.tool.title or "") for entry in registry.allowed()]
    if markdown:
        return "\n".join(
            ["| tool | tier | what it does |", "|---|---|---|", *(f"| `{n}` | {t} | {d} |" for n, t, d in rows)]
        )
    width = max(len(name) for name, _, _ in rows)
    return "\n".join(f"{name.ljust(width)}  {tier.ljust(11)}  {title}" for name, tier, title in rows)

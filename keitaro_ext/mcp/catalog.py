"""The tool table: one tool per operation of the spec, from the facade's `OPERATIONS` and the tool
table `make regen` renders (facade/mcp_tools.py: input schemas, arguments, answer shapes), so
start-up parses no YAML; nothing here names a resource or an operation.

One tool per operation (not one per resource with an `action` argument) because MCP clients ask
for approval, show annotations and offer "always allow" per tool: a `campaigns` tool mixing `get`
and `delete` could only be marked destructive as a whole, and its schema would have to be a union
that clients render poorly. Per-operation tools keep each schema flat and exact, and the hidden
ones (writes on a read-only server) cost the model's context nothing.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any, Literal

from keitaro_admin_client.facade import OPERATIONS, Operation
from keitaro_admin_client.facade.mcp_tools import TOOLS

from .safety import Tier, tier_of

__all__ = [
    "PAGE_DEFAULT",
    "PAGE_MAX",
    "Argument",
    "OperationTool",
    "operation_tools",
    "tool_name",
]

#: Items of a list answer shown by default, and at most, in one tool result.
PAGE_DEFAULT = 50
PAGE_MAX = 500

Location = Literal["path", "query", "body"]


@dataclass(frozen=True)
class Argument:
    """One tool argument: its name in the schema (the API's), and the facade keyword it becomes."""

    wire: str
    python: str
    location: Location


@dataclass(frozen=True)
class OperationTool:
    """A tool that calls one facade method."""

    name: str
    operation: Operation
    tier: Tier
    title: str
    description: str
    input_schema: dict[str, Any] = field(repr=False)
    arguments: tuple[Argument, ...]
    returns_list: bool
    returns_file: bool


def tool_name(operation: Operation) -> str:
    """`campaigns_list`, `streams_list_for_campaign`: the namespace and the method, as in `kt.campaigns.list`."""
    return f"{operation.tag}_{operation.name}"


def _description(operation: Operation, text: str, tier: Tier) -> str:
    text = " ".join(part for part in (operation.summary + ".", text) if part)
    where = f"{operation.method} {operation.path}"
    what = operation.summary[:1].lower() + operation.summary[1:]
    effect = {
        "read": f"Read-only ({where}).",
        "write": f"Changes the tracker ({where}): {what}.",
        "destructive": f"DESTRUCTIVE ({where}): {what}; this may lose data or change live traffic.",
    }[tier]
    return f"{text}\n\n{effect}"


def _build(operation: Operation) -> OperationTool:
    description, input_schema, arguments, returns_list, returns_file = TOOLS[operation.operation_id]
    tier = tier_of(operation)
    return OperationTool(
        name=tool_name(operation),
        operation=operation,
        tier=tier,
        title=operation.summary,
        description=_description(operation, description, tier),
        input_schema=input_schema,
        arguments=tuple(Argument(*argument) for argument in arguments),
        returns_list=returns_list,
        returns_file=returns_file,
    )


@functools.cache
def operation_tools() -> tuple[OperationTool, ...]:
    """Every operation as a tool, sorted by name."""
    return tuple(sorted((_build(op) for op in OPERATIONS.values()), key=lambda tool: tool.name))

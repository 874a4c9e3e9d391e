"""The tools one server offers: the operation tools and the curated ones, each with its tier, its
MCP description (`Tool`) and how to run it, shaped by the server's trackers and permissions.
"""

from __future__ import annotations

import copy
import difflib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from mcp_types import CallToolResult, Tool

from ..client import Keitaro
from ..errors import ConfigurationError
from .catalog import PAGE_DEFAULT, PAGE_MAX, OperationTool, operation_tools
from .curated import CURATED, CuratedTool
from .results import file_result, json_result, page
from .safety import Permissions, Tier, annotations_for

__all__ = ["Registry", "ToolEntry"]

Runner = Callable[[Keitaro, Mapping[str, Any], Callable[[str], str]], CallToolResult]

_PAGING = {
    "result_offset": {
        "type": "integer",
        "minimum": 0,
        "default": 0,
        "description": "Skip this many items of the answer (for the next page of a long list).",
    },
    "result_limit": {
        "type": "integer",
        "minimum": 1,
        "maximum": PAGE_MAX,
        "default": PAGE_DEFAULT,
        "description": f"At most this many items in the result (default {PAGE_DEFAULT}).",
    },
}


@dataclass(frozen=True)
class ToolEntry:
    tier: Tier
    tool: Tool
    run: Runner = field(repr=False)
    namespace: str | None = None  # the SDK namespace of an operation tool; None for the curated ones

    @property
    def name(self) -> str:
        return self.tool.name


def _with_tracker(schema: dict[str, Any], trackers: list[str]) -> dict[str, Any]:
    if not trackers:
        return schema
    schema = copy.deepcopy(schema)
    schema["properties"] = {
        "tracker": {"type": "string", "enum": trackers, "description": "Which tracker (profile) to call."},
        **schema["properties"],
    }
    schema["required"] = ["tracker", *schema.get("required", [])]
    return schema


def _operation_runner(tool: OperationTool) -> Runner:
    def run(kt: Keitaro, args: Mapping[str, Any], redact: Callable[[str], str]) -> CallToolResult:
        kwargs = {arg.python: args[arg.wire] for arg in tool.arguments if arg.wire in args}
        result = getattr(getattr(kt, tool.operation.tag), tool.operation.name)(**kwargs)
        if tool.returns_file:
            uri = "keitaro:" + tool.operation.path.format(**{a.wire: args.get(a.wire) for a in tool.arguments})
            return file_result(result, uri, redact)
        if tool.returns_list and isinstance(result, list):
            offset, limit = int(args.get("result_offset", 0)), int(args.get("result_limit", PAGE_DEFAULT))
            return json_result(page(result, offset, limit), redact)
        return json_result(result, redact)

    return run


def _operation_entry(tool: OperationTool, trackers: list[str]) -> ToolEntry:
    schema = tool.input_schema
    if tool.returns_list:
        schema = {**schema, "properties": {**schema["properties"], **_PAGING}}
    annotations = annotations_for(
        tool.tier,
        title=tool.title,
        idempotent=tool.operation.retry_safe,
        overwrites=tool.operation.method == "PUT",
    )
    mcp_tool = Tool(
        name=tool.name,
        title=tool.title,
        description=tool.description,
        input_schema=_with_tracker(schema, trackers),
        annotations=annotations,
    )
    return ToolEntry(tool.tier, mcp_tool, _operation_runner(tool), tool.operation.tag)


def _curated_entry(tool: CuratedTool, trackers: list[str]) -> ToolEntry:
    def run(kt: Keitaro, args: Mapping[str, Any], redact: Callable[[str], str]) -> CallToolResult:
        return json_result(tool.run(kt, args), redact)

    annotations = annotations_for("read", title=tool.title, idempotent=True, overwrites=False)
    mcp_tool = Tool(
        name=tool.name,
        title=tool.title,
        description=tool.description,
        input_schema=_with_tracker(tool.input_schema, trackers),
        annotations=annotations,
    )
    return ToolEntry("read", mcp_tool, run)


def namespaces() -> list[str]:
    """The SDK namespaces (`campaigns`, `streams`, ...) that `--only` takes."""
    return sorted({tool.operation.tag for tool in operation_tools()})


def _check_only(only: Sequence[str]) -> frozenset[str]:
    known = namespaces()
    for name in only:
        if name not in known:
            close = difflib.get_close_matches(name, known, n=1)
            hint = f" Did you mean {close[0]!r}?" if close else ""
            raise ConfigurationError(f"--only {name!r} is not a namespace.{hint} Known: {', '.join(known)}.")
    return frozenset(only)


@dataclass(frozen=True)
class Registry:
    """Every tool by name; `listed` are the ones the permissions (and `--only`) allow; the others are
    refused, with the reason, if a client calls them anyway."""

    entries: dict[str, ToolEntry]
    permissions: Permissions
    only: frozenset[str] = frozenset()

    @classmethod
    def build(cls, permissions: Permissions, trackers: list[str], only: Sequence[str] = ()) -> Registry:
        entries = [_curated_entry(tool, trackers) for tool in CURATED]
        entries += [_operation_entry(tool, trackers) for tool in operation_tools()]
        return cls({entry.name: entry for entry in entries}, permissions, _check_only(only))

    def served(self, entry: ToolEntry) -> bool:
        return not self.only or entry.namespace is None or entry.namespace in self.only

    def allowed(self) -> list[ToolEntry]:
        return [entry for entry in self.entries.values() if self.served(entry) and self.permissions.allows(entry.tier)]

    def listed(self) -> list[Tool]:
        return [entry.tool for entry in self.allowed()]

    def refusal(self, entry: ToolEntry) -> str | None:
        """Why this server may not run a tool, or None."""
        if not self.served(entry):
            return (
                f"Refused: {entry.name} is not served: this server was started with --only "
                f"{', '.join(sorted(self.only))}. Ask the user to restart it with --only {entry.namespace} too."
            )
        if not self.permissions.allows(entry.tier):
            return self.permissions.refusal(entry.name, entry.tier)
        return None

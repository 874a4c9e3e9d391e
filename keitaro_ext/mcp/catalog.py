"""The tool table: one tool per operation of the spec, built at start-up from the shipped document
and the facade's `OPERATIONS`; nothing here names a resource or an operation.

One tool per operation (not one per resource with an `action` argument) because MCP clients ask
for approval, show annotations and offer "always allow" per tool: a `campaigns` tool mixing `get`
and `delete` could only be marked destructive as a whole, and its schema would have to be a union
that clients render poorly. Per-operation tools keep each schema flat and exact, and the hidden
ones (writes on a read-only server) cost the model's context nothing.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from keitaro_admin_client.facade import OPERATIONS, Operation

from .safety import Tier, tier_of
from .schemas import json_schema, resolve
from .spec import SpecOperation, load_spec, spec_operations

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


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _python_name(wire: str, accepted: Mapping[str, inspect.Parameter]) -> str:
    for candidate in (wire, f"{wire}_", _snake(wire), f"{_snake(wire)}_"):
        if candidate in accepted:
            return candidate
    raise LookupError(f"the facade has no parameter for the spec's {wire!r}")


def _facade_parameters(operation: Operation) -> dict[str, inspect.Parameter]:
    module = importlib.import_module(f"keitaro_admin_client.facade.{operation.tag}")
    cls = getattr(module, "".join(part.title() for part in operation.tag.split("_")) + "Resource")
    parameters = dict(inspect.signature(getattr(cls, operation.name)).parameters)
    parameters.pop("self", None)
    parameters.pop("extra_body", None)
    return parameters


def _success_schema(spec: Mapping[str, Any], op: SpecOperation) -> tuple[str | None, dict[str, Any]]:
    codes = sorted(code for code in op.raw["responses"] if str(code).startswith("2"))
    response = resolve(spec, op.raw["responses"][codes[0]])
    for content_type, media in (response.get("content") or {}).items():
        return content_type, resolve(spec, media.get("schema", {}))
    return None, {}


def _description(operation: Operation, op: SpecOperation, tier: Tier) -> str:
    text = " ".join(part for part in (operation.summary + ".", op.raw.get("description", "")) if part)
    where = f"{operation.method} {operation.path}"
    what = operation.summary[:1].lower() + operation.summary[1:]
    effect = {
        "read": f"Read-only ({where}).",
        "write": f"Changes the tracker ({where}): {what}.",
        "destructive": f"DESTRUCTIVE ({where}): {what}; this may lose data or change live traffic.",
    }[tier]
    return f"{text}\n\n{effect}"


def _build(operation: Operation) -> OperationTool:
    spec = load_spec()
    op = spec_operations()[operation.operation_id]
    accepted = _facade_parameters(operation)
    properties: dict[str, Any] = {}
    required: list[str] = []
    arguments: list[Argument] = []

    def add(wire: str, schema: dict[str, Any], location: Location, needed: bool) -> None:
        if wire in properties:
            raise LookupError(f"{operation.operation_id}: {wire!r} is both a parameter and a body field")
        properties[wire] = schema
        arguments.append(Argument(wire, _python_name(wire, accepted), location))
        if needed:
            required.append(wire)

    for raw in op.parameters:
        parameter = resolve(spec, raw)
        schema = json_schema(spec, parameter.get("schema", {}))
        if parameter.get("description"):
            schema = {**schema, "description": parameter["description"]}
        add(parameter["name"], schema, parameter["in"], bool(parameter.get("required")))
    body = op.raw.get("requestBody")
    if body is not None:
        body = resolve(spec, body)
        schema = json_schema(spec, body["content"]["application/json"]["schema"])
        for wire, sub in schema.get("properties", {}).items():
            add(wire, sub, "body", bool(body.get("required")) and wire in schema.get("required", ()))
    content_type, answer = _success_schema(spec, op)
    tier = tier_of(operation)
    input_schema: dict[str, Any] = {"type": "object", "properties": properties, "additionalProperties": False}
    if required:
        input_schema["required"] = required
    return OperationTool(
        name=tool_name(operation),
        operation=operation,
        tier=tier,
        title=operation.summary,
        description=_description(operation, op, tier),
        input_schema=input_schema,
        arguments=tuple(arguments),
        returns_list=answer.get("type") == "array",
        returns_file=content_type is not None and not content_type.endswith("json"),
    )


@functools.cache
def operation_tools() -> tuple[OperationTool, ...]:
    """Every operation as a tool, sorted by name."""
    return tuple(sorted((_build(op) for op in OPERATIONS.values()), key=lambda tool: tool.name))

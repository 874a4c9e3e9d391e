"""Command descriptions read from the generated facade: `OPERATIONS` says which operations exist, the
namespace methods' signatures say their parameters. Nothing here names a resource or an operation.

`keitaro` builds its specs from the command table `scripts/gen_facade.py` renders with the facade
(`operation_specs`), without reflection; `live_operation_specs` reads the same from the signatures,
so tests/cli can check that both agree.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from keitaro_admin_client.facade import OPERATIONS, Operation
from keitaro_admin_client.types import File

from .kinds import ValueKind, kind_of

__all__ = [
    "RESERVED_FLAGS",
    "FieldSpec",
    "OperationSpec",
    "group_doc",
    "live_operation_specs",
    "operation_specs",
    "option_flag",
    "resource_class",
    "spec_of",
    "spec_tags",
    "tags",
]

# Options every derived command has; a field with one of these names gets `--<name>-field` instead.
RESERVED_FLAGS = frozenset({"--format", "--fields", "--json", "--output", "--help", "--allow-unknown"})


@dataclass(frozen=True)
class FieldSpec:
    """One parameter: its Python name, the name the API uses, and how the command line takes it."""

    name: str  # as in the facade signature: `type_`, `campaign_id`
    wire: str  # as in the request: `type`, `campaign_id`
    value: ValueKind
    required: bool
    positional: bool  # a path parameter, given as an argument
    flag: str  # the option spelling, e.g. `--campaign-id`
    default: Any = None  # a real default of the signature (not UNSET), shown in help and sent
    # What the spec says the field is (its first sentence), for the option's help; only the generated
    # table has it (not compared).
    description: str = field(default="", compare=False)


@dataclass(frozen=True)
class OperationSpec:
    """One command: which namespace method it calls and what it takes."""

    operation: Operation
    fields: tuple[FieldSpec, ...]
    has_body: bool  # the method takes `extra_body`, so a whole body may come from --json
    returns_file: bool  # a download: the answer is written to --output
    doc: str
    command_name: str = ""  # set by aliases; otherwise the method name with dashes
    # The command's help: `doc` without the Python arguments (the options describe them); only the
    # generated table has it (not compared), `doc` stands in for it.
    help: str = field(default="", compare=False)

    @property
    def tag(self) -> str:
        return self.operation.tag

    @property
    def method(self) -> str:
        return self.operation.name

    @property
    def command(self) -> str:
        return self.command_name or self.operation.name.replace("_", "-")


class _FacadeNames(dict[str, Any]):
    """Names the facade imports only for type checkers, found on first use (models load lazily)."""

    def __missing__(self, name: str) -> Any:
        from keitaro_admin_client import models
        from keitaro_admin_client import types as generated_types
        from keitaro_admin_client.facade import types as public_types

        for module in (generated_types, public_types, models):
            try:
                return getattr(module, name)
            except AttributeError:
                continue
        raise KeyError(name)


def spec_tags() -> list[str]:
    """Every tag of the spec, in order, as the facade has them."""
    return sorted({op.tag for op in OPERATIONS.values()})


def _module(tag: str) -> ModuleType:
    return importlib.import_module(f"keitaro_admin_client.facade.{tag}")


def resource_class(tag: str) -> type:
    """The generated sync namespace class of a tag, e.g. `CampaignsResource` for `campaigns`."""
    name = "".join(part.title() for part in tag.split("_")) + "Resource"
    found = getattr(_module(tag), name, None)
    if not isinstance(found, type):
        raise LookupError(f"the facade module of {tag!r} has no class {name}")
    return found


# Per-call options every facade method takes (issue 11); not fields of the operation.
PER_CALL_OPTIONS = frozenset({"extra_query", "extra_headers", "timeout", "max_retries"})


def _wire_name(name: str) -> str:
    return name[:-1] if name.endswith("_") else name


def option_flag(wire: str) -> str:
    """`--campaign-id` for `campaign_id`; a name the command already uses gets `--<name>-field`."""
    flag = "--" + wire.replace("_", "-")
    return f"{flag}-field" if flag in RESERVED_FLAGS else flag


def spec_of(operation: Operation, method: Callable[..., Any], module: ModuleType) -> OperationSpec:
    """The command description of one namespace method."""
    hints = typing.get_type_hints(method, globalns=vars(module), localns=_FacadeNames())
    fields = []
    has_body = False
    for parameter in list(inspect.signature(method).parameters.values())[1:]:  # skip self
        if parameter.name == "extra_body":
            has_body = True
            continue
        if parameter.name in PER_CALL_OPTIONS or parameter.name == "allow_unknown":  # set once per command
            continue
        given = parameter.default is not inspect.Parameter.empty
        real_default = given and type(parameter.default).__name__ != "Unset"
        fields.append(
            FieldSpec(
                name=parameter.name,
                wire=_wire_name(parameter.name),
                value=kind_of(hints[parameter.name]),
                required=not given,
                positional=parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD,
                flag=option_flag(_wire_name(parameter.name)),
                default=parameter.default if real_default else None,
            )
        )
    returns = hints.get("return")
    return OperationSpec(
        operation=operation,
        fields=tuple(fields),
        has_body=has_body,
        returns_file=returns is File,
        doc=inspect.getdoc(method) or operation.summary,
    )


def live_operation_specs(tag: str) -> tuple[OperationSpec, ...]:
    """The commands of one tag, by method name, read from the facade's signatures (at generation)."""
    cls = resource_class(tag)
    module = _module(tag)
    found = [op for op in OPERATIONS.values() if op.tag == tag]
    return tuple(spec_of(op, getattr(cls, op.name), module) for op in sorted(found, key=lambda op: op.name))


def tags() -> list[str]:
    """Every tag of the spec, in order (from the generated command table)."""
    from keitaro_admin_client.facade.cli_commands import GROUPS

    return sorted(GROUPS)


def group_doc(tag: str) -> str:
    """The docstring of a tag's namespace class (from the generated command table)."""
    from keitaro_admin_client.facade.cli_commands import GROUPS

    return GROUPS[tag]


_ITEMS: dict[str, type] = {"int": int, "float": float, "str": str}


def _field(row: tuple[Any, ...]) -> FieldSpec:
    name, kind, nullable, choices, item, required, positional, default, description = row
    wire = _wire_name(name)
    value = ValueKind(kind, nullable, choices, _ITEMS[item])
    return FieldSpec(name, wire, value, required, positional, option_flag(wire), default, description)


@functools.cache
def operation_specs(tag: str) -> tuple[OperationSpec, ...]:
    """The commands of one tag, by method name, from the command table `make regen` wrote."""
    from keitaro_admin_client.facade.cli_commands import COMMANDS

    return tuple(
        OperationSpec(OPERATIONS[op_id], tuple(_field(row) for row in fields), has_body, returns_file, doc, help=help_)
        for op_id, fields, has_body, returns_file, doc, help_ in COMMANDS[tag]
    )

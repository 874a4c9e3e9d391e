"""Typer commands made from `OperationSpec`s: one generic function with a signature built per operation."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Literal

import typer
from rich.markup import escape

from ..output import OutputFormat
from .aliases import alias_specs
from .run import run_operation
from .spec import FieldSpec, OperationSpec, group_doc, operation_specs

__all__ = ["command_function", "command_names", "resource_app"]

_PYTHON_TYPES: dict[str, Any] = {"int": int, "float": float, "bool": bool, "list": list[str]}


def _help(field: FieldSpec, body: bool) -> str:
    """The spec's description, then only what the type shown beside the option does not say already."""
    notes = [field.description] if field.description else []
    if field.value.kind == "json":
        notes.append("JSON, or @file.json")
    if field.value.kind == "list":
        notes.append("repeat, or separate with commas")
    if field.required and body and not field.positional:
        notes.append("required (here or in --json)")
    if field.value.nullable and body:
        notes.append("null: through --json")
    return escape("; ".join(notes))


def _python_type(field: FieldSpec) -> Any:
    """The annotation typer turns into the option's type; an enum becomes a Literal of its (text) values."""
    if field.value.kind == "choice":
        return Literal[tuple(str(choice) for choice in field.value.choices)]
    return _PYTHON_TYPES.get(field.value.kind, str)


def _parameter(field: FieldSpec, body: bool) -> inspect.Parameter:
    python_type = _python_type(field)
    keyword = inspect.Parameter.KEYWORD_ONLY
    if field.positional:
        argument = typer.Argument(metavar=field.wire.upper(), help=_help(field, body))
        return inspect.Parameter(field.name, keyword, annotation=Annotated[python_type, argument])
    required = field.required and not body  # with --json, presence is checked after merging
    flag = field.flag
    decls = f"{flag}/--no-{flag[2:]}" if field.value.kind == "bool" else flag
    option = typer.Option(decls, help=_help(field, body))
    if required:
        return inspect.Parameter(field.name, keyword, annotation=Annotated[python_type, option])
    return inspect.Parameter(
        field.name, keyword, annotation=Annotated[python_type | None, option], default=field.default
    )


def _own_parameters(spec: OperationSpec) -> list[inspect.Parameter]:
    keyword = inspect.Parameter.KEYWORD_ONLY
    own = [
        inspect.Parameter("ctx", keyword, annotation=typer.Context),
        inspect.Parameter(
            "_format",
            keyword,
            annotation=Annotated[OutputFormat, typer.Option("--format", help="table, json or csv")],
            default="table",
        ),
        inspect.Parameter(
            "_fields",
            keyword,
            annotation=Annotated[
                str | None, typer.Option("--fields", help="fields to show in table and csv, comma-separated")
            ],
            default=None,
        ),
    ]
    if spec.has_body:
        help_text = "the request body as a JSON object, @file.json or @- (stdin); options override its fields"
        own.append(
            inspect.Parameter(
                "_json", keyword, annotation=Annotated[str | None, typer.Option("--json", help=help_text)], default=None
            )
        )
        unknown_help = "send --json fields that look like typos of known ones (one edit away) as given"
        own.append(
            inspect.Parameter(
                "_allow_unknown",
                keyword,
                annotation=Annotated[bool, typer.Option("--allow-unknown", help=unknown_help)],
                default=False,
            )
        )
    if spec.returns_file:
        option = typer.Option("--output", "-o", help="file to write the download to", dir_okay=False)
        own.append(inspect.Parameter("_output", keyword, annotation=Annotated[Path, option]))
    return own


def command_function(spec: OperationSpec) -> Callable[..., None]:
    """A function typer can register: its signature lists the operation's parameters and the output options."""

    def command(ctx: typer.Context, **values: Any) -> None:
        run_operation(ctx, spec, values)

    parameters = [_parameter(field, spec.has_body) for field in spec.fields] + _own_parameters(spec)
    command.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    command.__name__ = spec.method
    return command


def _command_specs(tag: str) -> list[OperationSpec]:
    specs = operation_specs(tag)
    return [*specs, *alias_specs(tag, specs)]


def command_names(tag: str) -> list[str]:
    """The derived command names of a tag in the order typer lists them (registration order)."""
    return list(dict.fromkeys(spec.command for spec in _command_specs(tag)))


def resource_app(tag: str, extras: Callable[[typer.Typer], None] | None = None, only: str | None = None) -> typer.Typer:
    """The command group of one tag: every operation of the tag, its aliases, and `extras` (e.g. export).

    With `only`, just that derived command is made (running one command need not build the others)
    and `extras` are left out.
    """
    app = typer.Typer(name=tag.replace("_", "-"), help=escape(group_doc(tag)), no_args_is_help=True)
    for spec in _command_specs(tag):
        if only is not None and spec.command != only:
            continue
        method = f"{spec.operation.method} {spec.operation.path}"
        short = escape(f"{spec.operation.summary} ({method})")
        app.command(spec.command, help=escape(spec.help or spec.doc), short_help=short)(command_function(spec))
    if extras is not None and only is None:
        extras(app)
    return app

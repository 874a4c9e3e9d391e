"""From what the user typed to the facade method's arguments: typed options, JSON fields, `--json` bodies."""

from __future__ import annotations

import difflib
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import typer
from keitaro_admin_client.types import closest

from ..exit_codes import CommandLineError
from .spec import FieldSpec, OperationSpec

__all__ = ["call_arguments", "read_json"]


def read_json(text: str, option: str) -> Any:
    """A JSON value given inline, as `@file.json`, or as `@-` (standard input)."""
    source = text
    if text.startswith("@"):
        name = text[1:]
        try:
            source = typer.get_text_stream("stdin").read() if name == "-" else Path(name).read_text(encoding="utf-8")
        except OSError as exc:
            raise typer.BadParameter(f"cannot read {name}: {exc.strerror or exc}", param_hint=option) from None
    try:
        return json.loads(source)
    except json.JSONDecodeError as exc:
        raise typer.BadParameter(f'not valid JSON ({exc}); e.g. \'{{"name": "X"}}\'', param_hint=option) from None


def _listed(field: FieldSpec, given: Any) -> list[Any]:
    items = [part.strip() for value in given for part in str(value).split(",") if part.strip()]
    try:
        return [field.value.item(item) for item in items]
    except ValueError:
        kind = "whole numbers" if field.value.item is int else "numbers"
        raise typer.BadParameter(f"expects {kind}, got {', '.join(items)!r}", param_hint=field.flag) from None


def convert(field: FieldSpec, given: Any) -> Any:
    """The API value of one option as typer parsed it."""
    kind = field.value.kind
    if kind == "choice":
        return {str(choice): choice for choice in field.value.choices}[str(given)]
    if kind == "list":
        return _listed(field, given)
    if kind == "json":
        return read_json(given, field.flag)
    return given


def _absent(given: Any) -> bool:
    return given is None or (isinstance(given, list | tuple) and not given)


def _body_fields(spec: OperationSpec, text: str) -> tuple[dict[str, Any], dict[str, Any]]:
    body = read_json(text, "--json")
    if not isinstance(body, Mapping):
        raise typer.BadParameter('must be a JSON object, e.g. \'{"name": "X"}\'', param_hint="--json")
    by_wire = {field.wire: field for field in spec.fields if not field.positional}
    known: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in body.items():
        if key in by_wire:
            known[by_wire[key].name] = value
            continue
        extra[key] = value
        if closest(key, by_wire) is not None:
            continue  # a likely typo: the SDK refuses it unless --allow-unknown is given
        close = difflib.get_close_matches(key, list(by_wire), n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        typer.echo(f"Note: sending field {key!r}{hint}, which this SDK does not know, as it is.", err=True)
    return known, extra


def call_arguments(
    spec: OperationSpec, values: Mapping[str, Any], body: str | None
) -> tuple[list[Any], dict[str, Any]]:
    """Positional and keyword arguments for the namespace method; options override fields of --json."""
    kwargs, extra = _body_fields(spec, body) if body is not None else ({}, {})
    args = []
    for field in spec.fields:
        given = values.get(field.name)
        if field.positional:
            args.append(convert(field, given))
        elif not _absent(given):
            kwargs[field.name] = convert(field, given)
    missing = [
        field.flag for field in spec.fields if field.required and not field.positional and field.name not in kwargs
    ]
    if missing:
        where = " (or give it in --json)" if spec.has_body else ""
        message = f"Missing option {', '.join(repr(flag) for flag in missing)}{where}."
        raise CommandLineError(message)
    if extra:
        kwargs["extra_body"] = extra
    return args, kwargs

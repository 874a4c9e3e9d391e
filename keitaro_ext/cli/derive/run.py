"""Running a derived command: arguments from the command line, one call of the namespace method, the output."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import typer
from keitaro_admin_client.types import File, InvalidArgumentError

from ...errors import KeitaroError
from ..exit_codes import CommandLineError
from ..output import OutputFormat, print_result
from ..plain import to_plain
from ..session import current_session
from .spec import OperationSpec
from .values import call_arguments

__all__ = ["run_operation"]

# What building a request from unsuitable --json values raises inside the generated models.
_BAD_INPUT = (TypeError, ValueError, KeyError, AttributeError)


def _write_file(result: File, path: Path) -> None:
    data = result.payload.read()
    path.write_bytes(data)
    typer.echo(f"Wrote {len(data):,} bytes to {path}.", err=True)


def run_operation(ctx: typer.Context, spec: OperationSpec, values: Mapping[str, Any]) -> None:
    """Call `kt.<tag>.<method>(...)` with the given values and print its answer."""
    options = dict(values)
    format: OutputFormat = options.pop("_format", "table")
    fields_text: str | None = options.pop("_fields", None)
    output: Path | None = options.pop("_output", None)
    allow_unknown = bool(options.pop("_allow_unknown", False))
    args, kwargs = call_arguments(spec, options, options.pop("_json", None))
    if allow_unknown:
        kwargs["allow_unknown"] = True
    with current_session(ctx).client() as kt:
        method = getattr(getattr(kt, spec.tag), spec.method)
        try:
            result = method(*args, **kwargs)
        except InvalidArgumentError as exc:
            message = exc.message.replace("pass allow_unknown=True", "add --allow-unknown")
            raise CommandLineError(f"Cannot build the request: {message} See `{ctx.command_path} --help`.") from None
        except _BAD_INPUT as exc:
            if isinstance(exc, KeitaroError):
                raise
            raise CommandLineError(
                f"Cannot build the request from the values given ({type(exc).__name__}: {exc}); "
                f"compare them with `{ctx.command_path} --help`."
            ) from exc
    if isinstance(result, File):
        if output is None:  # pragma: no cover - the option is required for downloads
            raise CommandLineError("Give --output FILE for a download.")
        _write_file(result, output)
        return
    fields = [name.strip() for name in fields_text.split(",") if name.strip()] if fields_text else None
    print_result(to_plain(result), format, fields)

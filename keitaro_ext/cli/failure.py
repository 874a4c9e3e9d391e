"""Turning any failure into one line on stderr (a traceback first only with --debug) and an exit code."""

from __future__ import annotations

import traceback

import typer

from ..errors import AuthenticationError, KeitaroError
from .exit_codes import ExitCode, exit_code_for
from .session import Session, Target

__all__ = ["report_failure"]


def _message(exc: BaseException, target: Target | None) -> str:
    from ..reports.names import UnknownNameError  # here: importing the report builder costs every command ~25 ms

    if isinstance(exc, typer.TyperException):
        message = exc.format_message()
        context = getattr(exc, "ctx", None)  # typer's usage errors know their command
        if context is not None:
            message += f" (see `{context.command_path} --help`)"
        return message
    if isinstance(exc, UnknownNameError):
        return exc.explain("add --allow-unknown")  # the SDK's remedy is for Python callers
    if isinstance(exc, AuthenticationError) and target is not None:
        return f"{exc} (the key came from {target.key_source})"
    if isinstance(exc, KeitaroError | OSError) or type(exc).__module__.startswith("keitaro_ext"):
        return str(exc)
    return f"unexpected {type(exc).__name__}: {exc} (run with --debug for the traceback)"


def report_failure(exc: BaseException, session: Session) -> int:
    """Print what went wrong and return the exit code; the key never appears, not even with --debug."""
    code = exit_code_for(exc)
    if code == ExitCode.INTERRUPTED:
        typer.echo("Interrupted.", err=True)
        return code
    if session.debug and code != ExitCode.USAGE:
        typer.echo(session.redact("".join(traceback.format_exception(exc))).rstrip(), err=True)
    if isinstance(exc, typer.TyperException) and not exc.format_message():
        return code  # `keitaro` or `keitaro campaigns` alone: typer has printed the help
    message = " ".join(_message(exc, session.last_target).split())
    typer.echo(f"Error: {session.redact(message)}", err=True)
    return code

"""Exit codes of the `keitaro` command: scripts and cron jobs branch on the kind of failure, not on text."""

from __future__ import annotations

from enum import IntEnum

import typer

from ..errors import (
    APIConnectionError,
    APIError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    KeitaroError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    ValidationError,
)

__all__ = ["CommandLineError", "ExitCode", "exit_code_for"]


class ExitCode(IntEnum):
    """What went wrong, as a number. The README lists the same table."""

    OK = 0
    ERROR = 1  # anything else: tracker 5xx, rate limit, HTML instead of JSON, repeated pages, a file not writable
    USAGE = 2  # bad command line: unknown option, bad value, unknown metric or column, bad date, filter or --json
    CONFIG = 3  # no or malformed tracker URL or key, unknown profile, unreadable config file
    AUTH = 4  # the tracker refused the key (401), the edition has no Admin API (402), or the user may not (403)
    NOT_FOUND = 5  # no such entity, or a URL that does not lead to the Admin API (404)
    VALIDATION = 6  # the tracker rejected the request or its fields (400, 406, 422)
    CONNECTION = 7  # the tracker could not be reached: DNS, refused connection, TLS, timeout
    INTERRUPTED = 130  # Ctrl+C


class CommandLineError(typer.TyperException):
    """A command line that cannot work (a missing option, values that do not fit): exit code 2, like typer's own."""

    exit_code = 2


# Most specific first: ConfigurationError and the input errors are ValueErrors too.
_API_CODES: tuple[tuple[type[APIError], ExitCode], ...] = (
    (AuthenticationError, ExitCode.AUTH),
    (PaymentRequiredError, ExitCode.AUTH),
    (PermissionDeniedError, ExitCode.AUTH),
    (NotFoundError, ExitCode.NOT_FOUND),
    (ValidationError, ExitCode.VALIDATION),
    (BadRequestError, ExitCode.VALIDATION),
    (APIConnectionError, ExitCode.CONNECTION),  # APITimeoutError included
)


def exit_code_for(exc: BaseException) -> ExitCode:
    """The exit code of a failure that reached the top of the command."""
    if isinstance(exc, KeyboardInterrupt | typer.Abort):
        return ExitCode.INTERRUPTED
    if isinstance(exc, typer.TyperException):  # typer's usage errors carry exit_code 2, like CommandLineError
        return ExitCode.USAGE if exc.exit_code == ExitCode.USAGE else ExitCode.ERROR
    if isinstance(exc, ConfigurationError):
        return ExitCode.CONFIG
    if isinstance(exc, APIError):
        for kind, code in _API_CODES:
            if isinstance(exc, kind):
                return code
        return ExitCode.ERROR
    if isinstance(exc, OSError):  # a file that cannot be read or written (ExportFileError included)
        return ExitCode.ERROR
    if isinstance(exc, KeitaroError):
        # Raised before anything was sent: the SDK refused a name, date, filter, sort or format given to it.
        return ExitCode.USAGE
    return ExitCode.ERROR

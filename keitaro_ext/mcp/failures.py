"""What a failed tool call tells the model: the SDK's own message (what went wrong, what to do), never a traceback."""

from __future__ import annotations

import logging
from collections.abc import Callable

from ..errors import AuthenticationError, KeitaroError
from ..reports.names import UnknownNameError

__all__ = ["failure_message"]

logger = logging.getLogger("keitaro_ext.mcp")

# What building a request from unsuitable values raises inside the generated models.
_BAD_INPUT = (TypeError, ValueError, KeyError, AttributeError)


def failure_message(exc: BaseException, tool: str, key_source: str | None, redact: Callable[[str], str]) -> str:
    """The message of a failed call, keys removed; unexpected failures are also logged (redacted)."""
    return redact(_message(exc, tool, key_source, redact))


def _message(exc: BaseException, tool: str, key_source: str | None, redact: Callable[[str], str]) -> str:
    if isinstance(exc, UnknownNameError):
        return exc.explain("pass allow_unknown: true")  # the SDK's remedy is for Python callers
    if isinstance(exc, AuthenticationError) and key_source:
        return f"{exc} (the key came from {key_source}; fix it there and restart the server)"
    if isinstance(exc, KeitaroError):
        return str(exc)
    if isinstance(exc, _BAD_INPUT):
        return (
            f"Cannot build the request of {tool} from the arguments given ({type(exc).__name__}: {exc}); "
            "compare them with the tool's input schema."
        )
    # The traceback only with --debug, whose handler redacts; the line itself is redacted here.
    logger.error(redact(f"{tool} failed: {type(exc).__name__}: {exc}"), exc_info=logger.isEnabledFor(logging.DEBUG))
    return f"Unexpected {type(exc).__name__} in {tool}: {exc}. The server's log (stderr, --debug) has the details."

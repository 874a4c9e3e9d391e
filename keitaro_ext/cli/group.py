"""The root command group: finds the resource groups lazily and turns every failure into one line and an exit code."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Sequence
from typing import Any

from typer.core import TyperGroup

from .failure import report_failure
from .resources import resource_group, resource_names
from .session import Session

__all__ = ["KeitaroGroup"]


def _degrade_output() -> None:
    """A character the terminal's encoding lacks prints as '?' instead of failing mid-output.

    With a non-UTF-8 locale (cp1252, latin-1, PYTHONIOENCODING=ascii) a campaign name in another
    script would raise UnicodeEncodeError half-way through a CSV.
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and getattr(stream, "errors", None) == "strict":
            with contextlib.suppress(ValueError, OSError):  # a closed or detached stream: nothing to protect
                reconfigure(errors="replace")


class KeitaroGroup(TyperGroup):
    """`keitaro`: the hand-written commands plus one group per tag of the spec."""

    # The context and command classes are typer's internal (vendored click) ones, hence Any.
    def list_commands(self, ctx: Any) -> list[str]:
        return sorted({*super().list_commands(ctx), *resource_names()})

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        return super().get_command(ctx, cmd_name) or resource_group(cmd_name)

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        """Run, print any failure as one line (a traceback first only with --debug) and exit with its code."""
        session = extra.pop("obj", None) or Session()
        _degrade_output()
        try:
            result = super().main(args, prog_name, complete_var, standalone_mode=False, obj=session, **extra)
            code = result if isinstance(result, int) and not isinstance(result, bool) else 0
        except SystemExit as exc:  # shell completion exits by itself
            code = exc.code if isinstance(exc.code, int) else 0
        except BaseException as exc:
            code = report_failure(exc, session)
        finally:
            session.close()
        if standalone_mode:
            sys.exit(code)
        return code

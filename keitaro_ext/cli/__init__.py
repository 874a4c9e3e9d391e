"""The `keitaro` command line (the `cli` extra: typer and rich). The core package never imports it.

Resource commands are derived from the spec (see `derive`); reports, exports, profiles and the fake
tracker have hand-written commands (see `commands`). Exit codes are in `exit_codes`; the typer
application is `keitaro_ext.cli.app.app`.
"""

from __future__ import annotations

import sys

__all__ = ["main"]


def main() -> None:
    """The `keitaro` console script; says which extra to install when typer or rich is missing."""
    try:
        from .app import main as run
    except ImportError as exc:
        if (exc.name or "").split(".")[0] not in ("typer", "rich"):
            raise
        sys.stderr.write("Error: the keitaro command needs the cli extra: pip install 'keitaro-admin[cli]'\n")
        raise SystemExit(1) from None
    run()

"""How big the reliability runs are: small in `make test`, full with KEITARO_RELIABILITY=full
(`make reliability`)."""

from __future__ import annotations

import os

FULL = os.environ.get("KEITARO_RELIABILITY", "").lower() == "full"


def count(full: int, fast: int) -> int:
    """`full` under `make reliability`, `fast` otherwise."""
    return full if FULL else fast

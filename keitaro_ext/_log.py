"""KEITARO_LOG=debug|info: the `keitaro_ext` logger to stderr, like OPENAI_LOG and STRIPE_LOG.

Log lines carry methods, paths (never query strings), statuses, attempts and waits: never the
API key, which only ever lives in the auth object.
"""

from __future__ import annotations

import logging
import os
import sys

__all__ = ["configure_from_environment"]

LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_MARK = "keitaro_log_handler"


def configure_from_environment() -> None:
    """Attach one stderr handler to the `keitaro_ext` logger if KEITARO_LOG asks for it (idempotent)."""
    wanted = os.environ.get("KEITARO_LOG", "").strip().lower()
    if wanted not in LEVELS:
        return
    logger = logging.getLogger("keitaro_ext")
    logger.setLevel(LEVELS[wanted])
    if any(getattr(handler, _MARK, False) for handler in logger.handlers):
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("[%(asctime)s %(levelname)s %(name)s] %(message)s"))
    setattr(handler, _MARK, True)
    logger.addHandler(handler)

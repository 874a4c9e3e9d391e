"""Imports every handler module so each registers itself; `HANDLERS` is then complete."""

from __future__ import annotations

from . import campaigns, directory, files, offers, reporting, settings, streams
from .base import HANDLERS, Handler

MODULES = (campaigns, directory, files, offers, reporting, settings, streams)

__all__ = ("HANDLERS", "MODULES", "Handler")

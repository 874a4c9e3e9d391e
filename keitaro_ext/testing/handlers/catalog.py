"""Imports every handler module so each registers itself; `HANDLERS` is then complete."""

from __future__ import annotations

from . import (
    bot_list,
    campaigns,
    domains,
    files,
    groups,
    integrations,
    logs,
    networks,
    offers,
    reporting,
    sources,
    streams,
    users,
)
from .base import HANDLERS, Handler

MODULES = (
    bot_list,
    campaigns,
    domains,
    files,
    groups,
    integrations,
    logs,
    networks,
    offers,
    reporting,
    sources,
    streams,
    users,
)

__all__ = ("HANDLERS", "MODULES", "Handler")

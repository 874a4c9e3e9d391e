"""`kt.conversions`: the generated calls plus the conversion log (`iter_log`, `export`)."""

from __future__ import annotations

from keitaro_admin_client.facade.conversions import (
    AsyncConversionsResource,
    ConversionsResource,
    prepare_get_conversion_log,
)

from .logs import AsyncLogMethods, LogMethods

__all__ = ["AsyncConversions", "Conversions"]


class Conversions(LogMethods, ConversionsResource):
    _log_kind = "conversions"
    _prepare_log = staticmethod(prepare_get_conversion_log)


class AsyncConversions(AsyncLogMethods, AsyncConversionsResource):
    _log_kind = "conversions"
    _prepare_log = staticmethod(prepare_get_conversion_log)

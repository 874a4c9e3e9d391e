"""Clicks and conversions: the generated calls plus paged log reading and export."""

from __future__ import annotations

from keitaro_admin_client.facade.clicks import AsyncClicksResource, ClicksResource, prepare_get_click_log
from keitaro_admin_client.facade.conversions import (
    AsyncConversionsResource,
    ConversionsResource,
    prepare_get_conversion_log,
)

from ..reports.logs import AsyncLogMethods, LogMethods

__all__ = ["AsyncClicks", "AsyncConversions", "Clicks", "Conversions"]


class Clicks(LogMethods, ClicksResource):
    _log_kind = "clicks"
    _prepare_log = staticmethod(prepare_get_click_log)


class AsyncClicks(AsyncLogMethods, AsyncClicksResource):
    _log_kind = "clicks"
    _prepare_log = staticmethod(prepare_get_click_log)


class Conversions(LogMethods, ConversionsResource):
    _log_kind = "conversions"
    _prepare_log = staticmethod(prepare_get_conversion_log)


class AsyncConversions(AsyncLogMethods, AsyncConversionsResource):
    _log_kind = "conversions"
    _prepare_log = staticmethod(prepare_get_conversion_log)

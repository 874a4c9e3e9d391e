"""Clicks and conversions: the generated calls plus paged log reading, export and typed cost updates."""

from __future__ import annotations

from keitaro_admin_client.facade.clicks import AsyncClicksResource, ClicksResource, prepare_get_click_log
from keitaro_admin_client.facade.conversions import (
    AsyncConversionsResource,
    ConversionsResource,
    prepare_get_conversion_log,
)

from ..costs import AsyncClickCostMethods, ClickCostMethods
from ..reports.logs import AsyncLogMethods, LogMethods

__all__ = ["AsyncClicks", "AsyncConversions", "Clicks", "Conversions"]


class Clicks(ClickCostMethods, LogMethods, ClicksResource):
    _log_kind = "clicks"
    _prepare_log = staticmethod(prepare_get_click_log)


class AsyncClicks(AsyncClickCostMethods, AsyncLogMethods, AsyncClicksResource):
    _log_kind = "clicks"
    _prepare_log = staticmethod(prepare_get_click_log)


class Conversions(LogMethods, ConversionsResource):
    _log_kind = "conversions"
    _prepare_log = staticmethod(prepare_get_conversion_log)


class AsyncConversions(AsyncLogMethods, AsyncConversionsResource):
    _log_kind = "conversions"
    _prepare_log = staticmethod(prepare_get_conversion_log)

"""The generated namespace mixins, with the tags that have handwritten additions swapped in."""

from __future__ import annotations

from functools import cached_property

from keitaro_admin_client.facade import AsyncNamespaces, SyncNamespaces

from ..batch.factory import AsyncBatchFactory, BatchFactory
from ..reports.query import Dialect
from .campaigns import AsyncCampaigns, Campaigns
from .logs import AsyncClicks, AsyncConversions, Clicks, Conversions
from .reports import AsyncReports, Reports
from .streams import AsyncStreams, Streams

__all__ = ["AsyncClientNamespaces", "ClientNamespaces"]


class ClientNamespaces(SyncNamespaces):
    """Sync namespaces; the host also sets `_report_dialect`."""

    _report_dialect: Dialect
    batch: BatchFactory  # the client's `batch` method, for the bulk helpers

    @cached_property
    def campaigns(self) -> Campaigns:
        """Campaigns: the entry points that receive traffic and route it to flows."""
        return Campaigns(self._caller, self.batch)

    @cached_property
    def clicks(self) -> Clicks:
        """The click log (paged, exportable), click costs and statistics cleaning."""
        return Clicks(self._caller)

    @cached_property
    def conversions(self) -> Conversions:
        """The conversion log (paged, exportable)."""
        return Conversions(self._caller)

    @cached_property
    def reports(self) -> Reports:
        """Typed reports (`build`, `iter_rows`), the raw call and report labels."""
        return Reports(self._caller, self._report_dialect)

    @cached_property
    def streams(self) -> Streams:
        """Flows (streams in the API), plus `update_many`."""
        return Streams(self._caller, self.batch)


class AsyncClientNamespaces(AsyncNamespaces):
    """Async namespaces; the host also sets `_report_dialect`."""

    _report_dialect: Dialect
    batch: AsyncBatchFactory  # the client's `batch` method, for the bulk helpers

    @cached_property
    def campaigns(self) -> AsyncCampaigns:
        """Campaigns: the entry points that receive traffic and route it to flows."""
        return AsyncCampaigns(self._caller, self.batch)

    @cached_property
    def clicks(self) -> AsyncClicks:
        """The click log (paged, exportable), click costs and statistics cleaning."""
        return AsyncClicks(self._caller)

    @cached_property
    def conversions(self) -> AsyncConversions:
        """The conversion log (paged, exportable)."""
        return AsyncConversions(self._caller)

    @cached_property
    def reports(self) -> AsyncReports:
        """Typed reports (`build`, `iter_rows`), the raw call and report labels."""
        return AsyncReports(self._caller, self._report_dialect)

    @cached_property
    def streams(self) -> AsyncStreams:
        """Flows (streams in the API), plus `update_many`."""
        return AsyncStreams(self._caller, self.batch)

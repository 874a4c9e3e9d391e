"""The generated namespace mixins, with the tags that have handwritten additions swapped in.

Like the generated ones, each namespace module loads on first access, so creating a client does
not import report, export or batch machinery it may never use.
"""

from __future__ import annotations

from datetime import tzinfo
from functools import cached_property
from typing import TYPE_CHECKING, TypeVar

from keitaro_admin_client.facade import AsyncNamespaces, SyncNamespaces

if TYPE_CHECKING:
    from ..batch.factory import AsyncBatchFactory, BatchFactory
    from ..reports.query import Dialect
    from .campaigns import AsyncCampaigns, Campaigns
    from .clicks import AsyncClicks, Clicks
    from .conversions import AsyncConversions, Conversions
    from .downloads import AsyncLandingPages, AsyncOffers, LandingPages, Offers
    from .reports import AsyncReports, Reports
    from .streams import AsyncStreams, Streams

__all__ = ["AsyncClientNamespaces", "ClientNamespaces"]

_Z = TypeVar("_Z")


def _zoned(namespace: _Z, zone: tzinfo | None) -> _Z:
    """Gives a report or log namespace the client's tracker_timezone (its default is None)."""
    if zone is not None:
        namespace._tracker_zone = zone  # type: ignore[attr-defined]
    return namespace


class ClientNamespaces(SyncNamespaces):
    """Sync namespaces; the host also sets `_report_dialect` and `_tracker_zone`."""

    _report_dialect: Dialect
    _tracker_zone: tzinfo | None
    batch: BatchFactory  # the client's `batch` method, for the bulk helpers

    @cached_property
    def campaigns(self) -> Campaigns:
        """Campaigns: the entry points that receive traffic and route it to flows."""
        from .campaigns import Campaigns

        return Campaigns(self._caller, self.batch)

    @cached_property
    def clicks(self) -> Clicks:
        """The click log (paged, exportable), click costs and statistics cleaning."""
        from .clicks import Clicks

        return _zoned(Clicks(self._caller), self._tracker_zone)

    @cached_property
    def conversions(self) -> Conversions:
        """The conversion log (paged, exportable)."""
        from .conversions import Conversions

        return _zoned(Conversions(self._caller), self._tracker_zone)

    @cached_property
    def reports(self) -> Reports:
        """Typed reports (`build`, `iter_rows`), the raw call and report labels."""
        from .reports import Reports

        return _zoned(Reports(self._caller, self._report_dialect), self._tracker_zone)

    @cached_property
    def streams(self) -> Streams:
        """Flows (streams in the API), plus `update_many`."""
        from .streams import Streams

        return Streams(self._caller, self.batch)

    @cached_property
    def offers(self) -> Offers:
        """Offers: the pages that convert; `download(id, to=path)` streams the zip to disk."""
        from .downloads import Offers

        return Offers(self._caller)

    @cached_property
    def landing_pages(self) -> LandingPages:
        """Landing pages; `download(id, to=path)` streams the zip to disk."""
        from .downloads import LandingPages

        return LandingPages(self._caller)


class AsyncClientNamespaces(AsyncNamespaces):
    """Async namespaces; the host also sets `_report_dialect` and `_tracker_zone`."""

    _report_dialect: Dialect
    _tracker_zone: tzinfo | None
    batch: AsyncBatchFactory  # the client's `batch` method, for the bulk helpers

    @cached_property
    def campaigns(self) -> AsyncCampaigns:
        """Campaigns: the entry points that receive traffic and route it to flows."""
        from .campaigns import AsyncCampaigns

        return AsyncCampaigns(self._caller, self.batch)

    @cached_property
    def clicks(self) -> AsyncClicks:
        """The click log (paged, exportable), click costs and statistics cleaning."""
        from .clicks import AsyncClicks

        return _zoned(AsyncClicks(self._caller), self._tracker_zone)

    @cached_property
    def conversions(self) -> AsyncConversions:
        """The conversion log (paged, exportable)."""
        from .conversions import AsyncConversions

        return _zoned(AsyncConversions(self._caller), self._tracker_zone)

    @cached_property
    def reports(self) -> AsyncReports:
        """Typed reports (`build`, `iter_rows`), the raw call and report labels."""
        from .reports import AsyncReports

        return _zoned(AsyncReports(self._caller, self._report_dialect), self._tracker_zone)

    @cached_property
    def streams(self) -> AsyncStreams:
        """Flows (streams in the API), plus `update_many`."""
        from .streams import AsyncStreams

        return AsyncStreams(self._caller, self.batch)

    @cached_property
    def offers(self) -> AsyncOffers:
        """Offers: the pages that convert; `download(id, to=path)` streams the zip to disk."""
        from .downloads import AsyncOffers

        return AsyncOffers(self._caller)

    @cached_property
    def landing_pages(self) -> AsyncLandingPages:
        """Landing pages; `download(id, to=path)` streams the zip to disk."""
        from .downloads import AsyncLandingPages

        return AsyncLandingPages(self._caller)

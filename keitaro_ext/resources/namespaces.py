"""The generated namespace mixins, with the tags that have handwritten additions swapped in.

Like the generated ones, each namespace module loads on first access, so creating a client does
not import report, export or batch machinery it may never use. One table serves both clients: the
sync one gets `resources.<module>.<Name>`, the async one `Async<Name>` from the same module.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from keitaro_admin_client.facade import AsyncNamespaces, SyncNamespaces

from ._twins import AsyncFlavour, SyncFlavour

if TYPE_CHECKING:
    from datetime import tzinfo

    from ..batch.factory import AsyncBatchFactory, BatchFactory
    from ..reports.query import Dialect
    from .campaigns import AsyncCampaigns, Campaigns
    from .clicks import AsyncClicks, Clicks
    from .conversions import AsyncConversions, Conversions
    from .downloads import AsyncLandingPages, AsyncOffers, LandingPages, Offers
    from .reports import AsyncReports, Reports
    from .streams import AsyncStreams, Streams

__all__ = ["AsyncClientNamespaces", "ClientNamespaces"]

S = TypeVar("S")
A = TypeVar("A")


class _Namespace(Generic[S, A]):
    """`kt.<tag>`: built on first access from the client's caller (and `takes`), then kept on the client.

    `zoned` namespaces (reports and logs) get the client's tracker_timezone; their default is None.
    """

    def __init__(self, module: str, name: str, doc: str, *takes: str, zoned: bool = False) -> None:
        self._module, self._name, self._takes, self._zoned = module, name, takes, zoned
        self.__doc__ = doc

    def __set_name__(self, owner: type[Any], attribute: str) -> None:
        self._attribute = attribute

    @overload
    def __get__(self, host: None, owner: type[Any]) -> _Namespace[S, A]: ...
    @overload
    def __get__(self, host: AsyncFlavour, owner: type[Any]) -> A: ...
    @overload
    def __get__(self, host: SyncFlavour, owner: type[Any]) -> S: ...
    def __get__(self, host: Any, owner: type[Any]) -> Any:
        if host is None:
            return self
        module = importlib.import_module(f".{self._module}", __package__)
        flavour = "Async" if isinstance(host, AsyncFlavour) else ""
        namespace = getattr(module, flavour + self._name)(host._caller, *(getattr(host, name) for name in self._takes))
        if self._zoned and host._tracker_zone is not None:
            namespace._tracker_zone = host._tracker_zone
        host.__dict__[self._attribute] = namespace  # found there from now on, like a cached_property
        return namespace


class _Handwritten:
    """The namespaces with handwritten additions, for both clients."""

    _report_dialect: Dialect
    _tracker_zone: tzinfo | None

    campaigns: _Namespace[Campaigns, AsyncCampaigns] = _Namespace(
        "campaigns", "Campaigns", "Campaigns: the entry points that receive traffic and route it to flows.", "batch"
    )
    clicks: _Namespace[Clicks, AsyncClicks] = _Namespace(
        "clicks", "Clicks", "The click log (paged, exportable), click costs and statistics cleaning.", zoned=True
    )
    conversions: _Namespace[Conversions, AsyncConversions] = _Namespace(
        "conversions", "Conversions", "The conversion log (paged, exportable).", zoned=True
    )
    reports: _Namespace[Reports, AsyncReports] = _Namespace(
        "reports",
        "Reports",
        "Typed reports (`build`, `iter_rows`), the raw call and report labels.",
        "_report_dialect",
        zoned=True,
    )
    streams: _Namespace[Streams, AsyncStreams] = _Namespace(
        "streams", "Streams", "Flows (streams in the API), plus `update_many`.", "batch"
    )
    offers: _Namespace[Offers, AsyncOffers] = _Namespace(
        "downloads", "Offers", "Offers: the pages that convert; `download(id, to=path)` streams the zip to disk."
    )
    landing_pages: _Namespace[LandingPages, AsyncLandingPages] = _Namespace(
        "downloads", "LandingPages", "Landing pages; `download(id, to=path)` streams the zip to disk."
    )


class ClientNamespaces(_Handwritten, SyncFlavour, SyncNamespaces):
    """Sync namespaces; the host also sets `_report_dialect` and `_tracker_zone`."""

    batch: BatchFactory  # the client's `batch` method, for the bulk helpers


class AsyncClientNamespaces(_Handwritten, AsyncFlavour, AsyncNamespaces):
    """Async namespaces; the host also sets `_report_dialect` and `_tracker_zone`."""

    batch: AsyncBatchFactory  # the client's `batch` method, for the bulk helpers

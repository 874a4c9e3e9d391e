"""Offers and landing pages, whose `download(id, to=path)` streams the zip to disk in constant memory.

Without `to=` the generated method runs as before and returns the whole archive as a `File`.
With it, the answer is written in 1 MB chunks to a temporary file beside `to` and renamed into
place when complete, so a failed download leaves no partial file. Either way the request says
`Accept: application/octet-stream`, what the tracker sends (spec: downloadOffer, downloadLandingPage).
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, TypeVar, overload

import httpx
from keitaro_admin_client.facade import PreparedCall, RequestOptions
from keitaro_admin_client.facade.landing_pages import (
    AsyncLandingPagesResource,
    LandingPagesResource,
    prepare_download_landing_page,
)
from keitaro_admin_client.facade.offers import AsyncOffersResource, OffersResource, prepare_download_offer

from ._twins import AsyncFlavour, Plan, Save, Send, SyncFlavour, twin

if TYPE_CHECKING:
    from keitaro_admin_client.types import File

__all__ = ["AsyncLandingPages", "AsyncOffers", "Download", "LandingPages", "Offers"]

FileT = TypeVar("FileT", covariant=True)
PathT = TypeVar("PathT", covariant=True)


class Download(Protocol[FileT, PathT]):
    """The type of `download`: the archive without `to`, the path written with it (or awaitables of them)."""

    @overload
    def __call__(
        self,
        id: int,
        *,
        to: None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> FileT: ...

    @overload
    def __call__(
        self,
        id: int,
        *,
        to: str | Path,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PathT: ...


class _Downloads:
    """`download` of both flavours; the host class names the generated request builder."""

    _prepare_download: ClassVar[Callable[..., PreparedCall]]

    @twin
    def download(
        self,
        id: int,
        *,
        to: str | Path | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Plan[File | Path]:
        """The zip archive: written to `to` (returns its path), or returned whole as a `File` without it."""
        prepared = type(self)._prepare_download(id, extra_query=extra_query)
        prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return Plan(Send(prepared) if to is None else Save(prepared, to), _answer)


def _answer(answer: File | Path) -> File | Path:
    return answer


class Offers(_Downloads, SyncFlavour, OffersResource):
    download: Download[File, Path]  # type: ignore[assignment]  # the twin, typed per `to` (overloads)
    _prepare_download = staticmethod(prepare_download_offer)


class AsyncOffers(_Downloads, AsyncFlavour, AsyncOffersResource):
    download: Download[Coroutine[Any, Any, File], Coroutine[Any, Any, Path]]  # type: ignore[assignment]
    _prepare_download = staticmethod(prepare_download_offer)


class LandingPages(_Downloads, SyncFlavour, LandingPagesResource):
    download: Download[File, Path]  # type: ignore[assignment]
    _prepare_download = staticmethod(prepare_download_landing_page)


class AsyncLandingPages(_Downloads, AsyncFlavour, AsyncLandingPagesResource):
    download: Download[Coroutine[Any, Any, File], Coroutine[Any, Any, Path]]  # type: ignore[assignment]
    _prepare_download = staticmethod(prepare_download_landing_page)

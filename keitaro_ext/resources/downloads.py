"""Offers and landing pages, whose `download(id, to=path)` streams the zip to disk in constant memory.

Without `to=` the generated method runs as before and returns the whole archive as a `File`.
With it, the answer is written in 1 MB chunks to a temporary file beside `to` and renamed into
place when complete, so a failed download leaves no partial file. Either way the request says
`Accept: application/octet-stream`, what the tracker sends (spec: downloadOffer, downloadLandingPage).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, cast, overload

import httpx
from keitaro_admin_client.facade import AsyncCaller, PreparedCall, RequestOptions, SyncCaller
from keitaro_admin_client.facade.landing_pages import (
    AsyncLandingPagesResource,
    LandingPagesResource,
    prepare_download_landing_page,
)
from keitaro_admin_client.facade.offers import AsyncOffersResource, OffersResource, prepare_download_offer

if TYPE_CHECKING:
    from keitaro_admin_client.types import File

    from .._caller import AsyncHTTPCaller, HTTPCaller

__all__ = ["AsyncLandingPages", "AsyncOffers", "LandingPages", "Offers"]


def _prepared(
    prepare: Callable[..., PreparedCall],
    id: int,
    extra_query: Mapping[str, Any] | None,
    extra_headers: Mapping[str, str] | None,
    timeout: float | httpx.Timeout | None,
    max_retries: int | None,
) -> PreparedCall:
    return prepare(id, extra_query=extra_query)._replace(options=RequestOptions(timeout, max_retries, extra_headers))


class _Download:
    _caller: SyncCaller  # the client's HTTPCaller: the one caller that can also stream
    _prepare_download: ClassVar[Callable[..., PreparedCall]]

    @overload
    def download(
        self,
        id: int,
        *,
        to: None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> File: ...

    @overload
    def download(
        self,
        id: int,
        *,
        to: str | Path,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Path: ...

    def download(
        self,
        id: int,
        *,
        to: str | Path | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> File | Path:
        """The zip archive: written to `to` (returns its path), or returned whole as a `File` without it."""
        prepared = _prepared(type(self)._prepare_download, id, extra_query, extra_headers, timeout, max_retries)
        if to is None:
            result: File = self._caller.call(prepared)
            return result
        with cast("HTTPCaller", self._caller).stream(prepared) as response:
            return response.write_to(to)


class _AsyncDownload:
    _caller: AsyncCaller
    _prepare_download: ClassVar[Callable[..., PreparedCall]]

    @overload
    async def download(
        self,
        id: int,
        *,
        to: None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> File: ...

    @overload
    async def download(
        self,
        id: int,
        *,
        to: str | Path,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Path: ...

    async def download(
        self,
        id: int,
        *,
        to: str | Path | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> File | Path:
        """The zip archive: written to `to` (returns its path), or returned whole as a `File` without it."""
        prepared = _prepared(type(self)._prepare_download, id, extra_query, extra_headers, timeout, max_retries)
        if to is None:
            result: File = await self._caller.call(prepared)
            return result
        async with cast("AsyncHTTPCaller", self._caller).stream(prepared) as response:
            return await response.write_to(to)


class Offers(_Download, OffersResource):
    _prepare_download = staticmethod(prepare_download_offer)


class AsyncOffers(_AsyncDownload, AsyncOffersResource):
    _prepare_download = staticmethod(prepare_download_offer)


class LandingPages(_Download, LandingPagesResource):
    _prepare_download = staticmethod(prepare_download_landing_page)


class AsyncLandingPages(_AsyncDownload, AsyncLandingPagesResource):
    _prepare_download = staticmethod(prepare_download_landing_page)

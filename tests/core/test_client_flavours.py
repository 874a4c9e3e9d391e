"""Keitaro and AsyncKeitaro are one constructor and one set of views over two flavours (issue 16).

The types a user's checker sees are asserted with `assert_type` (mypy runs over tests/ in
`make typecheck`); the calls below also run, so the flavours are checked at run time too.
"""

from __future__ import annotations

import asyncio
import inspect
from typing import Any, assert_type

import httpx
import pytest

from keitaro_ext import AsyncKeitaro, ConfigurationError, Keitaro
from keitaro_ext.batch import AsyncBatch, Batch
from keitaro_ext.client import AsyncRawClient, AsyncStreamingClient, RawClient, StreamingClient

URL = "https://tracker.example.com"


def _answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"path": request.url.path})


def test_both_constructors_take_the_same_parameters_with_the_same_defaults() -> None:
    def shape(cls: type[Any]) -> list[tuple[str, Any, Any]]:
        return [(p.name, p.kind, p.default) for p in inspect.signature(cls).parameters.values()]

    assert shape(Keitaro) == shape(AsyncKeitaro)
    assert [name for name, _, _ in shape(Keitaro)][:2] == ["base_url", "api_key"]


def test_the_sync_client_is_built_from_sync_pieces() -> None:
    with Keitaro(URL, "kt-SECRET-flavour-1", transport=httpx.MockTransport(_answer)) as kt:
        assert_type(kt.with_raw_response, RawClient)
        assert_type(kt.with_streaming_response, StreamingClient)
        assert_type(kt.batch(), Batch)
        assert_type(kt.with_options(max_retries=0), Keitaro)
        assert isinstance(kt._http, httpx.Client)
        assert kt.request("GET", "/domains/ip", params={"a": "1"}) == {"path": "/admin_api/v1/domains/ip"}
        with kt.with_streaming_response.campaigns.get(1) as response:
            assert response.read() == b'{"path":"/admin_api/v1/campaigns/1"}'


def test_the_async_client_is_built_from_async_pieces() -> None:
    async def main() -> None:
        async with AsyncKeitaro(URL, "kt-SECRET-flavour-2", transport=httpx.MockTransport(_answer)) as akt:
            assert_type(akt.with_raw_response, AsyncRawClient)
            assert_type(akt.with_streaming_response, AsyncStreamingClient)
            assert_type(akt.batch(), AsyncBatch)
            assert_type(akt.with_options(max_retries=0), AsyncKeitaro)
            assert isinstance(akt._http, httpx.AsyncClient)
            assert await akt.request("GET", "/domains/ip") == {"path": "/admin_api/v1/domains/ip"}
            async with akt.with_streaming_response.campaigns.get(1) as response:
                assert await response.read() == b'{"path":"/admin_api/v1/campaigns/1"}'

    asyncio.run(main())


@pytest.mark.parametrize(
    ("cls", "other", "says"),
    [
        (Keitaro, httpx.AsyncClient, "must be an httpx.Client (use AsyncKeitaro for an httpx.AsyncClient)"),
        (AsyncKeitaro, httpx.Client, "must be an httpx.AsyncClient (use Keitaro for an httpx.Client)"),
    ],
)
def test_the_other_flavours_http_client_is_refused_naming_the_right_client(
    cls: type[Any], other: type[Any], says: str
) -> None:
    client = other()
    with pytest.raises(ConfigurationError, match=r"http_client " + says.replace("(", r"\(").replace(")", r"\)")):
        cls(URL, "kt-SECRET-flavour-3", http_client=client)

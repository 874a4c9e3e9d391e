"""KeitaroAuth signs each request in one step, sync and async, and a subclass's own flow still runs."""

from __future__ import annotations

import asyncio
from collections.abc import Generator

import httpx

from keitaro_ext import KeitaroAuth

KEY = "k" * 32


def _seen(auth: httpx.Auth) -> tuple[httpx.Headers, httpx.Headers]:
    """The headers a sync and an async client sent with `auth`."""
    seen: list[httpx.Headers] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers)
        return httpx.Response(200, json={})

    with httpx.Client(transport=httpx.MockTransport(answer), auth=auth) as client:
        client.get("https://tracker.example.com/admin_api/v1/campaigns")

    async def run() -> None:
        async with httpx.AsyncClient(transport=httpx.MockTransport(answer), auth=auth) as client:
            await client.get("https://tracker.example.com/admin_api/v1/campaigns")

    asyncio.run(run())
    return seen[0], seen[1]


def test_the_key_header_of_each_scheme_sync_and_async() -> None:
    for headers in _seen(KeitaroAuth(KEY)):
        assert headers["Api-Key"] == KEY
        assert "Authorization" not in headers
    for headers in _seen(KeitaroAuth(KEY, "bearer")):
        assert headers["Authorization"] == f"Bearer {KEY}"
        assert "Api-Key" not in headers


class _Tagged(KeitaroAuth):
    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["X-Tag"] = "mine"
        yield from super().auth_flow(request)


def test_a_subclass_with_its_own_auth_flow_keeps_it() -> None:
    for headers in _seen(_Tagged(KEY)):
        assert headers["X-Tag"] == "mine"
        assert headers["Api-Key"] == KEY

"""A redirect whose Location httpx cannot parse gives the typed redirect error, not httpx.InvalidURL.

Found by the fuzz suite: httpx builds the next request of every redirect even when it does not
follow it, and raised InvalidURL (not a KeitaroError) out of every call answered `301 Location: A:0`.
"""

from __future__ import annotations

import asyncio

import httpx
import pytest

from keitaro_ext import APIStatusError, AsyncKeitaro, Keitaro

from .conftest import Leaks
from .support import API_KEY

BAD_LOCATIONS = ["A:0", "http://[broken", "https://", f"x:{API_KEY}", "http://a b/\x7f"]


def _redirect(location: str) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(301, headers={"location": location}))


@pytest.mark.parametrize("location", BAD_LOCATIONS)
def test_sync_unparsable_location(location: str, leaks: Leaks) -> None:
    kt = Keitaro("https://tracker.example.com", API_KEY, transport=_redirect(location))
    with kt, pytest.raises(APIStatusError) as caught:
        kt.campaigns.get(1)
    leaks.error(caught.value)
    assert caught.value.status_code == 301
    assert "redirects to" in str(caught.value)


@pytest.mark.parametrize("location", BAD_LOCATIONS)
def test_async_unparsable_location(location: str, leaks: Leaks) -> None:
    async def run() -> None:
        async with AsyncKeitaro("https://tracker.example.com", API_KEY, transport=_redirect(location)) as akt:
            await akt.campaigns.get(1)

    with pytest.raises(APIStatusError) as caught:
        asyncio.run(run())
    leaks.error(caught.value)
    assert caught.value.status_code == 301


def test_a_parsable_location_is_shown_as_sent(leaks: Leaks) -> None:
    kt = Keitaro("https://tracker.example.com", API_KEY, transport=_redirect("https://new.example.com/"))
    with kt, pytest.raises(APIStatusError) as caught:
        kt.campaigns.get(1)
    assert "redirects to https://new.example.com/" in str(caught.value)

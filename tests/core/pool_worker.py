"""Functions a ProcessPoolExecutor runs in a fresh process (spawned: they must be importable)."""

from __future__ import annotations

import httpx

from keitaro_ext import Keitaro
from tests import answers

KEY = "kt-POOL-SECRET-0123456789"


def _answer(request: httpx.Request) -> httpx.Response:
    campaign = int(request.url.path.rsplit("/", 1)[-1])
    if campaign == 13:
        return httpx.Response(404, json={"error": "Campaign 13 not found"})
    if campaign == 14:
        return httpx.Response(422, json={"name": ["is taken"]})
    return httpx.Response(200, json=answers.campaign(campaign, f"C{campaign}"))


def campaign_name(campaign: int) -> str:
    """Fetch one campaign from a scripted tracker; 13 and 14 fail like a tracker would."""
    with Keitaro("https://tracker.example.com", KEY, transport=httpx.MockTransport(_answer), max_retries=0) as kt:
        return str(kt.campaigns.get(campaign).name)

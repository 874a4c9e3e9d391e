"""`GET /offers` (list_offers): request builder and success parser.

Public on purpose: callers (the facade, a batch, your own code) build the request with
`build_request(...)`, send it with any httpx client, and turn a 2xx answer into its model with
`parse_response(response)`. Error answers are the caller's to interpret.
"""

from typing import Any

import httpx

from ...models.offer import Offer
from ...types import list_answer

__all__ = ("build_request", "parse_response")


def build_request() -> dict[str, Any]:
    """The arguments of `httpx.Client.request` for this operation (URL relative to the API root)."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/offers",
    }

    return _kwargs


def parse_response(response: httpx.Response) -> list[Offer]:
    """The model of a success answer (any 2xx status: trackers differ on 200 and 201)."""
    # A list of models: built in types.py with the cyclic collector paused (see list_answer).
    return list_answer(response, Offer.from_dict)

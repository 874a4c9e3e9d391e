"""`POST /traffic_sources` (create_traffic_source): request builder and success parser.

Public on purpose: callers (the facade, a batch, your own code) build the request with
`build_request(...)`, send it with any httpx client, and turn a 2xx answer into its model with
`parse_response(response)`. Error answers are the caller's to interpret.
"""

from typing import Any

import httpx

from ...models.traffic_source import TrafficSource
from ...models.traffic_source_create import TrafficSourceCreate

__all__ = ("build_request", "parse_response")


def build_request(
    *,
    body: TrafficSourceCreate,
) -> dict[str, Any]:
    """The arguments of `httpx.Client.request` for this operation (URL relative to the API root)."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/traffic_sources",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> TrafficSource:
    """The model of a success answer (any 2xx status: trackers differ on 200 and 201)."""
    response_200 = TrafficSource.from_dict(response.json())

    return response_200

"""`PUT /campaigns/{id}` (update_campaign): request builder and success parser.

Public on purpose: callers (the facade, a batch, your own code) build the request with
`build_request(...)`, send it with any httpx client, and turn a 2xx answer into its model with
`parse_response(response)`. Error answers are the caller's to interpret.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.campaign import Campaign
from ...models.campaign_update import CampaignUpdate

__all__ = ("build_request", "parse_response")


def build_request(
    id: int,
    *,
    body: CampaignUpdate,
) -> dict[str, Any]:
    """The arguments of `httpx.Client.request` for this operation (URL relative to the API root)."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/campaigns/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> Campaign:
    """The model of a success answer (any 2xx status: trackers differ on 200 and 201)."""
    response_200 = Campaign.from_dict(response.json())

    return response_200

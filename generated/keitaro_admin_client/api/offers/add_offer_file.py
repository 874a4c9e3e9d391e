"""`POST /offers/{id}/add_file` (add_offer_file): request builder and success parser.

Public on purpose: callers (the facade, a batch, your own code) build the request with
`build_request(...)`, send it with any httpx client, and turn a 2xx answer into its model with
`parse_response(response)`. Error answers are the caller's to interpret.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.file_path import FilePath
from ...types import UNSET

__all__ = ("build_request", "parse_response")


def build_request(
    id: int,
    *,
    path: str,
) -> dict[str, Any]:
    """The arguments of `httpx.Client.request` for this operation (URL relative to the API root)."""

    params: dict[str, Any] = {}

    params["path"] = path

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/offers/{id}/add_file".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> FilePath:
    """The model of a success answer (any 2xx status: trackers differ on 200 and 201)."""
    response_200 = FilePath.from_dict(response.json())

    return response_200

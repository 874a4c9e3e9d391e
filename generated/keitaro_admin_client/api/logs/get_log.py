"""`GET /logs/{type_}` (get_log): request builder and success parser.

Public on purpose: callers (the facade, a batch, your own code) build the request with
`build_request(...)`, send it with any httpx client, and turn a 2xx answer into its model with
`parse_response(response)`. Error answers are the caller's to interpret.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.log_entry import LogEntry
from ...models.log_type import LogType
from ...types import UNSET, Unset, list_answer

__all__ = ("build_request", "parse_response")


def build_request(
    type_: LogType,
    *,
    limit: int,
    offset: int | Unset = UNSET,
    query: str | Unset = UNSET,
) -> dict[str, Any]:
    """The arguments of `httpx.Client.request` for this operation (URL relative to the API root)."""

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["query"] = query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/logs/{type_}".format(
            type_=quote(str(type_), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> list[LogEntry]:
    """The model of a success answer (any 2xx status: trackers differ on 200 and 201)."""
    # A list of models: built in types.py with the cyclic collector paused (see list_answer).
    return list_answer(response, LogEntry.from_dict)

"""`GET /report/labels` (get_report_labels): request builder and success parser.

Public on purpose: callers (the facade, a batch, your own code) build the request with
`build_request(...)`, send it with any httpx client, and turn a 2xx answer into its model with
`parse_response(response)`. Error answers are the caller's to interpret.
"""

from typing import Any

import httpx

from ...models.get_report_labels_label_name import GetReportLabelsLabelName
from ...models.label_ref_name import LabelRefName
from ...models.labels import Labels
from ...types import UNSET

__all__ = ("build_request", "parse_response")


def build_request(
    *,
    campaign_id: int,
    label_name: GetReportLabelsLabelName,
    ref_name: LabelRefName,
) -> dict[str, Any]:
    """The arguments of `httpx.Client.request` for this operation (URL relative to the API root)."""

    params: dict[str, Any] = {}

    params["campaign_id"] = campaign_id

    json_label_name: str = label_name
    params["label_name"] = json_label_name

    json_ref_name: str = ref_name
    params["ref_name"] = json_ref_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/report/labels",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> Labels:
    """The model of a success answer (any 2xx status: trackers differ on 200 and 201)."""
    response_200 = Labels.from_dict(response.json())

    return response_200

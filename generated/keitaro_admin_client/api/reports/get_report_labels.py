from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_report_labels_label_name import GetReportLabelsLabelName
from ...models.label_ref_name import LabelRefName
from ...models.labels import Labels
from ...types import UNSET, Response


def _get_kwargs(
    *,
    campaign_id: int,
    label_name: GetReportLabelsLabelName,
    ref_name: LabelRefName,
) -> dict[str, Any]:

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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Labels | None:
    if response.status_code == 200:
        response_200 = Labels.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = Error.from_dict(response.json())

        return response_402

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Labels]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    campaign_id: int,
    label_name: GetReportLabelsLabelName,
    ref_name: LabelRefName,
) -> Response[Error | Labels]:
    """Read the labels of a campaign

    Args:
        campaign_id (int):
        label_name (GetReportLabelsLabelName):
        ref_name (LabelRefName): Column a label list applies to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Labels]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        label_name=label_name,
        ref_name=ref_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    campaign_id: int,
    label_name: GetReportLabelsLabelName,
    ref_name: LabelRefName,
) -> Error | Labels | None:
    """Read the labels of a campaign

    Args:
        campaign_id (int):
        label_name (GetReportLabelsLabelName):
        ref_name (LabelRefName): Column a label list applies to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Labels
    """

    return sync_detailed(
        client=client,
        campaign_id=campaign_id,
        label_name=label_name,
        ref_name=ref_name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    campaign_id: int,
    label_name: GetReportLabelsLabelName,
    ref_name: LabelRefName,
) -> Response[Error | Labels]:
    """Read the labels of a campaign

    Args:
        campaign_id (int):
        label_name (GetReportLabelsLabelName):
        ref_name (LabelRefName): Column a label list applies to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Labels]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        label_name=label_name,
        ref_name=ref_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    campaign_id: int,
    label_name: GetReportLabelsLabelName,
    ref_name: LabelRefName,
) -> Error | Labels | None:
    """Read the labels of a campaign

    Args:
        campaign_id (int):
        label_name (GetReportLabelsLabelName):
        ref_name (LabelRefName): Column a label list applies to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Labels
    """

    return (
        await asyncio_detailed(
            client=client,
            campaign_id=campaign_id,
            label_name=label_name,
            ref_name=ref_name,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.avscan_key import AvscanKey
from ...models.error import Error
from ...models.validation_errors import ValidationErrors
from ...types import UNSET, Response


def _get_kwargs(
    *,
    avscan_key: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["avscan_key"] = avscan_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/integrations/avscan",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AvscanKey | Error | ValidationErrors | None:
    if response.status_code == 200:
        response_200 = AvscanKey.from_dict(response.json())

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

    if response.status_code == 406:
        response_406 = ValidationErrors.from_dict(response.json())

        return response_406

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AvscanKey | Error | ValidationErrors]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    avscan_key: str,
) -> Response[AvscanKey | Error | ValidationErrors]:
    """Set the AVScan key

     The key travels as a query parameter, not in a body.

    Args:
        avscan_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AvscanKey | Error | ValidationErrors]
    """

    kwargs = _get_kwargs(
        avscan_key=avscan_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    avscan_key: str,
) -> AvscanKey | Error | ValidationErrors | None:
    """Set the AVScan key

     The key travels as a query parameter, not in a body.

    Args:
        avscan_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AvscanKey | Error | ValidationErrors
    """

    return sync_detailed(
        client=client,
        avscan_key=avscan_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    avscan_key: str,
) -> Response[AvscanKey | Error | ValidationErrors]:
    """Set the AVScan key

     The key travels as a query parameter, not in a body.

    Args:
        avscan_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AvscanKey | Error | ValidationErrors]
    """

    kwargs = _get_kwargs(
        avscan_key=avscan_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    avscan_key: str,
) -> AvscanKey | Error | ValidationErrors | None:
    """Set the AVScan key

     The key travels as a query parameter, not in a body.

    Args:
        avscan_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AvscanKey | Error | ValidationErrors
    """

    return (
        await asyncio_detailed(
            client=client,
            avscan_key=avscan_key,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.imklo_url import ImkloUrl
from ...models.validation_errors import ValidationErrors
from ...types import UNSET, Response


def _get_kwargs(
    *,
    imklo_api_url: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["imklo_api_url"] = imklo_api_url

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/integrations/imklo",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ImkloUrl | ValidationErrors | None:
    if response.status_code == 200:
        response_200 = ImkloUrl.from_dict(response.json())

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
) -> Response[Error | ImkloUrl | ValidationErrors]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    imklo_api_url: str,
) -> Response[Error | ImkloUrl | ValidationErrors]:
    """Set the IMKLO address

     The address travels as a query parameter, not in a body.

    Args:
        imklo_api_url (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ImkloUrl | ValidationErrors]
    """

    kwargs = _get_kwargs(
        imklo_api_url=imklo_api_url,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    imklo_api_url: str,
) -> Error | ImkloUrl | ValidationErrors | None:
    """Set the IMKLO address

     The address travels as a query parameter, not in a body.

    Args:
        imklo_api_url (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ImkloUrl | ValidationErrors
    """

    return sync_detailed(
        client=client,
        imklo_api_url=imklo_api_url,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    imklo_api_url: str,
) -> Response[Error | ImkloUrl | ValidationErrors]:
    """Set the IMKLO address

     The address travels as a query parameter, not in a body.

    Args:
        imklo_api_url (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ImkloUrl | ValidationErrors]
    """

    kwargs = _get_kwargs(
        imklo_api_url=imklo_api_url,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    imklo_api_url: str,
) -> Error | ImkloUrl | ValidationErrors | None:
    """Set the IMKLO address

     The address travels as a query parameter, not in a body.

    Args:
        imklo_api_url (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ImkloUrl | ValidationErrors
    """

    return (
        await asyncio_detailed(
            client=client,
            imklo_api_url=imklo_api_url,
        )
    ).parsed

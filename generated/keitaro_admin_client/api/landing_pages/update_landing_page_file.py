from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.file_path import FilePath
from ...models.validation_errors import ValidationErrors
from ...types import UNSET, Response


def _get_kwargs(
    id: int,
    *,
    path: str,
    data: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["path"] = path

    params["data"] = data

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/landing_pages/{id}/update_file".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | FilePath | ValidationErrors | None:
    if response.status_code == 200:
        response_200 = FilePath.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

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
) -> Response[Error | FilePath | ValidationErrors]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    path: str,
    data: str,
) -> Response[Error | FilePath | ValidationErrors]:
    """Replace the content of a file of a local landing page

     The content travels in the query string, so large files may exceed URL limits.

    Args:
        id (int):
        path (str):
        data (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FilePath | ValidationErrors]
    """

    kwargs = _get_kwargs(
        id=id,
        path=path,
        data=data,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    path: str,
    data: str,
) -> Error | FilePath | ValidationErrors | None:
    """Replace the content of a file of a local landing page

     The content travels in the query string, so large files may exceed URL limits.

    Args:
        id (int):
        path (str):
        data (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FilePath | ValidationErrors
    """

    return sync_detailed(
        id=id,
        client=client,
        path=path,
        data=data,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    path: str,
    data: str,
) -> Response[Error | FilePath | ValidationErrors]:
    """Replace the content of a file of a local landing page

     The content travels in the query string, so large files may exceed URL limits.

    Args:
        id (int):
        path (str):
        data (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FilePath | ValidationErrors]
    """

    kwargs = _get_kwargs(
        id=id,
        path=path,
        data=data,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    path: str,
    data: str,
) -> Error | FilePath | ValidationErrors | None:
    """Replace the content of a file of a local landing page

     The content travels in the query string, so large files may exceed URL limits.

    Args:
        id (int):
        path (str):
        data (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FilePath | ValidationErrors
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            path=path,
            data=data,
        )
    ).parsed

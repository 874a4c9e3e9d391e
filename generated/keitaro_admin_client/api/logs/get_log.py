from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.log_entry import LogEntry
from ...models.log_type import LogType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    type_: LogType,
    *,
    limit: int,
    offset: int | Unset = UNSET,
    query: str | Unset = UNSET,
) -> dict[str, Any]:

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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[LogEntry] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = LogEntry.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[LogEntry]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    type_: LogType,
    *,
    client: AuthenticatedClient | Client,
    limit: int,
    offset: int | Unset = UNSET,
    query: str | Unset = UNSET,
) -> Response[Error | list[LogEntry]]:
    """Read a tracker log

    Args:
        type_ (LogType): Tracker log names.
        limit (int):
        offset (int | Unset):
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[LogEntry]]
    """

    kwargs = _get_kwargs(
        type_=type_,
        limit=limit,
        offset=offset,
        query=query,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    type_: LogType,
    *,
    client: AuthenticatedClient | Client,
    limit: int,
    offset: int | Unset = UNSET,
    query: str | Unset = UNSET,
) -> Error | list[LogEntry] | None:
    """Read a tracker log

    Args:
        type_ (LogType): Tracker log names.
        limit (int):
        offset (int | Unset):
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[LogEntry]
    """

    return sync_detailed(
        type_=type_,
        client=client,
        limit=limit,
        offset=offset,
        query=query,
    ).parsed


async def asyncio_detailed(
    type_: LogType,
    *,
    client: AuthenticatedClient | Client,
    limit: int,
    offset: int | Unset = UNSET,
    query: str | Unset = UNSET,
) -> Response[Error | list[LogEntry]]:
    """Read a tracker log

    Args:
        type_ (LogType): Tracker log names.
        limit (int):
        offset (int | Unset):
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[LogEntry]]
    """

    kwargs = _get_kwargs(
        type_=type_,
        limit=limit,
        offset=offset,
        query=query,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    type_: LogType,
    *,
    client: AuthenticatedClient | Client,
    limit: int,
    offset: int | Unset = UNSET,
    query: str | Unset = UNSET,
) -> Error | list[LogEntry] | None:
    """Read a tracker log

    Args:
        type_ (LogType): Tracker log names.
        limit (int):
        offset (int | Unset):
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[LogEntry]
    """

    return (
        await asyncio_detailed(
            type_=type_,
            client=client,
            limit=limit,
            offset=offset,
            query=query,
        )
    ).parsed

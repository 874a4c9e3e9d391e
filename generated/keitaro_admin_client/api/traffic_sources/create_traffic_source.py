from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.traffic_source import TrafficSource
from ...models.traffic_source_create import TrafficSourceCreate
from ...models.validation_errors import ValidationErrors
from ...types import Response


def _get_kwargs(
    *,
    body: TrafficSourceCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/traffic_sources",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | TrafficSource | ValidationErrors | None:
    if response.status_code == 200:
        response_200 = TrafficSource.from_dict(response.json())

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
) -> Response[Error | TrafficSource | ValidationErrors]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TrafficSourceCreate,
) -> Response[Error | TrafficSource | ValidationErrors]:
    """Create a traffic source

    Args:
        body (TrafficSourceCreate): Fields accepted when creating a traffic source; `name` is
            required. The 2022 document marks nothing required, but a name is needed in practice
            (public Keitaro clients send it on every create; a guess, medium-low confidence), and
            every other create of this API requires its name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TrafficSource | ValidationErrors]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TrafficSourceCreate,
) -> Error | TrafficSource | ValidationErrors | None:
    """Create a traffic source

    Args:
        body (TrafficSourceCreate): Fields accepted when creating a traffic source; `name` is
            required. The 2022 document marks nothing required, but a name is needed in practice
            (public Keitaro clients send it on every create; a guess, medium-low confidence), and
            every other create of this API requires its name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TrafficSource | ValidationErrors
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TrafficSourceCreate,
) -> Response[Error | TrafficSource | ValidationErrors]:
    """Create a traffic source

    Args:
        body (TrafficSourceCreate): Fields accepted when creating a traffic source; `name` is
            required. The 2022 document marks nothing required, but a name is needed in practice
            (public Keitaro clients send it on every create; a guess, medium-low confidence), and
            every other create of this API requires its name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TrafficSource | ValidationErrors]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TrafficSourceCreate,
) -> Error | TrafficSource | ValidationErrors | None:
    """Create a traffic source

    Args:
        body (TrafficSourceCreate): Fields accepted when creating a traffic source; `name` is
            required. The 2022 document marks nothing required, but a name is needed in practice
            (public Keitaro clients send it on every create; a guess, medium-low confidence), and
            every other create of this API requires its name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TrafficSource | ValidationErrors
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.stream import Stream
from ...types import Response


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/streams/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Stream | None:
    if response.status_code == 200:
        response_200 = Stream.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Stream]:
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
) -> Response[Error | Stream]:
    """Archive a flow

     Moves the flow to the archive; `restoreStream` brings it back. Answer shapes (x-keitaro-answers):
    the object; a list holding only it (unwrapped); or an empty body, then the SDK returns None.
    Evidence: Keitaro's published document declares bodiless answers for the sibling calls `DELETE
    /traffic_sources/{id}` (200) and `DELETE /users/{id}` (201), and wirgen/keitaro src/Keitaro.php
    reads nothing from archive and restore answers (low confidence for this operation: tolerated, not
    seen). The status may be 200 or 201 whatever the document says: wirgen/keitaro treats any status but
    200 as a failure and still archives campaigns, where the published document says 201 (medium
    confidence).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Stream]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Error | Stream | None:
    """Archive a flow

     Moves the flow to the archive; `restoreStream` brings it back. Answer shapes (x-keitaro-answers):
    the object; a list holding only it (unwrapped); or an empty body, then the SDK returns None.
    Evidence: Keitaro's published document declares bodiless answers for the sibling calls `DELETE
    /traffic_sources/{id}` (200) and `DELETE /users/{id}` (201), and wirgen/keitaro src/Keitaro.php
    reads nothing from archive and restore answers (low confidence for this operation: tolerated, not
    seen). The status may be 200 or 201 whatever the document says: wirgen/keitaro treats any status but
    200 as a failure and still archives campaigns, where the published document says 201 (medium
    confidence).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Stream
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Stream]:
    """Archive a flow

     Moves the flow to the archive; `restoreStream` brings it back. Answer shapes (x-keitaro-answers):
    the object; a list holding only it (unwrapped); or an empty body, then the SDK returns None.
    Evidence: Keitaro's published document declares bodiless answers for the sibling calls `DELETE
    /traffic_sources/{id}` (200) and `DELETE /users/{id}` (201), and wirgen/keitaro src/Keitaro.php
    reads nothing from archive and restore answers (low confidence for this operation: tolerated, not
    seen). The status may be 200 or 201 whatever the document says: wirgen/keitaro treats any status but
    200 as a failure and still archives campaigns, where the published document says 201 (medium
    confidence).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Stream]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Error | Stream | None:
    """Archive a flow

     Moves the flow to the archive; `restoreStream` brings it back. Answer shapes (x-keitaro-answers):
    the object; a list holding only it (unwrapped); or an empty body, then the SDK returns None.
    Evidence: Keitaro's published document declares bodiless answers for the sibling calls `DELETE
    /traffic_sources/{id}` (200) and `DELETE /users/{id}` (201), and wirgen/keitaro src/Keitaro.php
    reads nothing from archive and restore answers (low confidence for this operation: tolerated, not
    seen). The status may be 200 or 201 whatever the document says: wirgen/keitaro treats any status but
    200 as a failure and still archives campaigns, where the published document says 201 (medium
    confidence).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Stream
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed

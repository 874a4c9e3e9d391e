"""People who may log in to the panel, and their rights.

Generated from openapi/keitaro.yaml by scripts/gen_facade.py; do not edit.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import TYPE_CHECKING, Any, cast

import httpx

from ..types import UNSET, Unset
from . import operations as _ops
from ._protocols import (
    AsyncCaller,
    AsyncRawCaller,
    AsyncStreamedResponse,
    AsyncStreamingCaller,
    BatchCaller,
    BatchHandle,
    PreparedCall,
    RawCaller,
    RawResponse,
    RequestOptions,
    StreamedResponse,
    StreamingCaller,
    SyncCaller,
    build_body,
    with_query,
)

if TYPE_CHECKING:
    from ..api.users import create_user as _ep_create_user
    from ..api.users import delete_user as _ep_delete_user
    from ..api.users import get_user as _ep_get_user
    from ..api.users import list_users as _ep_list_users
    from ..api.users import update_user as _ep_update_user
    from ..api.users import update_user_access as _ep_update_user_access
    from ..models.user import User
    from ..models.user_access_input import UserAccessInput
    from ..models.user_preferences import UserPreferences
    from ..models.user_type import UserType

__all__ = (
    "UsersResource",
    "AsyncUsersResource",
    "BatchUsersResource",
    "RawUsersResource",
    "AsyncRawUsersResource",
    "StreamingUsersResource",
    "AsyncStreamingUsersResource",
    "prepare_create_user",
    "prepare_delete_user",
    "prepare_get_user",
    "prepare_list_users",
    "prepare_update_user",
    "prepare_update_user_access",
)


def prepare_create_user(
    *,
    login: str,
    new_password: str,
    new_password_confirmation: str,
    type_: UserType,
    preferences: UserPreferences | Mapping[str, Any] | Unset = UNSET,
    extra_body: Mapping[str, Any] | None = None,
    allow_unknown: bool = False,
    extra_query: Mapping[str, Any] | None = None,
) -> PreparedCall:
    """The request of `create` (`POST /users`), ready for any caller."""
    global _ep_create_user  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_create_user
    except NameError:
        from ..api.users import create_user as _ep_create_user

        endpoint = _ep_create_user
    from ..models.user_create import UserCreate

    body = build_body(
        UserCreate,
        {
            "login": login,
            "new_password": new_password,
            "new_password_confirmation": new_password_confirmation,
            "type": type_,
            "preferences": preferences,
        },
        extra_body,
        allow_unknown,
        "users.create",
    )
    request = endpoint.build_request(body=body)
    return PreparedCall(_ops.CREATE_USER, with_query(request, extra_query), endpoint.parse_response)


def prepare_delete_user(id: int, *, extra_query: Mapping[str, Any] | None = None) -> PreparedCall:
    """The request of `delete` (`DELETE /users/{id}`), ready for any caller."""
    global _ep_delete_user  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_delete_user
    except NameError:
        from ..api.users import delete_user as _ep_delete_user

        endpoint = _ep_delete_user
    request = endpoint.build_request(
        id=id,
    )
    return PreparedCall(_ops.DELETE_USER, with_query(request, extra_query), endpoint.parse_response)


def prepare_get_user(id: int, *, extra_query: Mapping[str, Any] | None = None) -> PreparedCall:
    """The request of `get` (`GET /users/{id}`), ready for any caller."""
    global _ep_get_user  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_get_user
    except NameError:
        from ..api.users import get_user as _ep_get_user

        endpoint = _ep_get_user
    request = endpoint.build_request(
        id=id,
    )
    return PreparedCall(_ops.GET_USER, with_query(request, extra_query), endpoint.parse_response)


def prepare_list_users(*, extra_query: Mapping[str, Any] | None = None) -> PreparedCall:
    """The request of `list` (`GET /users`), ready for any caller."""
    global _ep_list_users  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_list_users
    except NameError:
        from ..api.users import list_users as _ep_list_users

        endpoint = _ep_list_users
    request = endpoint.build_request()
    return PreparedCall(_ops.LIST_USERS, with_query(request, extra_query), endpoint.parse_response)


def prepare_update_user(
    id: int,
    *,
    login: str | Unset = UNSET,
    new_password: str | Unset = UNSET,
    new_password_confirmation: str | Unset = UNSET,
    type_: UserType | Unset = UNSET,
    key_count: int | Unset = UNSET,
    preferences: UserPreferences | Mapping[str, Any] | Unset = UNSET,
    extra_body: Mapping[str, Any] | None = None,
    allow_unknown: bool = False,
    extra_query: Mapping[str, Any] | None = None,
) -> PreparedCall:
    """The request of `update` (`PUT /users/{id}`), ready for any caller."""
    global _ep_update_user  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_update_user
    except NameError:
        from ..api.users import update_user as _ep_update_user

        endpoint = _ep_update_user
    from ..models.user_update import UserUpdate

    body = build_body(
        UserUpdate,
        {
            "login": login,
            "new_password": new_password,
            "new_password_confirmation": new_password_confirmation,
            "type": type_,
            "keyCount": key_count,
            "preferences": preferences,
        },
        extra_body,
        allow_unknown,
        "users.update",
    )
    request = endpoint.build_request(id=id, body=body)
    return PreparedCall(_ops.UPDATE_USER, with_query(request, extra_query), endpoint.parse_response)


def prepare_update_user_access(
    id: int,
    *,
    access_data: UserAccessInput | Mapping[str, Any] | Unset = UNSET,
    extra_body: Mapping[str, Any] | None = None,
    allow_unknown: bool = False,
    extra_query: Mapping[str, Any] | None = None,
) -> PreparedCall:
    """The request of `update_access` (`PUT /users/{id}/access`), ready for any caller."""
    global _ep_update_user_access  # the endpoint module, imported on the first call (an import statement per call costs ~1 us)
    try:
        endpoint = _ep_update_user_access
    except NameError:
        from ..api.users import update_user_access as _ep_update_user_access

        endpoint = _ep_update_user_access
    from ..models.user_access_update import UserAccessUpdate

    body = build_body(
        UserAccessUpdate,
        {
            "access_data": access_data,
        },
        extra_body,
        allow_unknown,
        "users.update_access",
    )
    request = endpoint.build_request(id=id, body=body)
    return PreparedCall(_ops.UPDATE_USER_ACCESS, with_query(request, extra_query), endpoint.parse_response)


class UsersResource:
    """People who may log in to the panel, and their rights."""

    def __init__(self, caller: SyncCaller) -> None:
        self._caller = caller

    def create(
        self,
        *,
        login: str,
        new_password: str,
        new_password_confirmation: str,
        type_: UserType,
        preferences: UserPreferences | Mapping[str, Any] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> User:
        """Create a panel user.

        Args:
            login: Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G). Required.
            new_password: New password. Format: password. Required.
            new_password_confirmation: The same password again. Format: password. Required.
            type_: Role of a user. One of: 'USER', 'ADMIN'. Required.
            preferences: Personal settings of a user.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            User

        `POST /users` (createUser)."""
        prepared = prepare_create_user(
            login=login,
            new_password=new_password,
            new_password_confirmation=new_password_confirmation,
            type_=type_,
            preferences=preferences,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("User", self._caller.call(prepared))

    def delete(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Delete a panel user.

        Irreversible; answers 201 with no body.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        `DELETE /users/{id}` (deleteUser)."""
        prepared = prepare_delete_user(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("None", self._caller.call(prepared))

    def get(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> User:
        """Get one panel user.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            User

        `GET /users/{id}` (getUser)."""
        prepared = prepare_get_user(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("User", self._caller.call(prepared))

    def list(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> builtins.list[User]:
        """List panel users.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            builtins.list[User]

        `GET /users` (listUsers)."""
        prepared = prepare_list_users(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("builtins.list[User]", self._caller.call(prepared))

    def update(
        self,
        id: int,
        *,
        login: str | Unset = UNSET,
        new_password: str | Unset = UNSET,
        new_password_confirmation: str | Unset = UNSET,
        type_: UserType | Unset = UNSET,
        key_count: int | Unset = UNSET,
        preferences: UserPreferences | Mapping[str, Any] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> User:
        """Change a panel user.

        Args:
            id: Id of the entity.
            login: Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G).
            new_password: New password. Format: password.
            new_password_confirmation: The same password again. Format: password.
            type_: Role of a user. One of: 'USER', 'ADMIN'.
            key_count: Number of Admin API keys of the user.
            preferences: Personal settings of a user.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            User

        `PUT /users/{id}` (updateUser)."""
        prepared = prepare_update_user(
            id,
            login=login,
            new_password=new_password,
            new_password_confirmation=new_password_confirmation,
            type_=type_,
            key_count=key_count,
            preferences=preferences,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("User", self._caller.call(prepared))

    def update_access(
        self,
        id: int,
        *,
        access_data: UserAccessInput | Mapping[str, Any] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> User:
        """Change what a user may access.

        Args:
            id: Id of the entity.
            access_data: New access rights of a user.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            User

        `PUT /users/{id}/access` (updateUserAccess)."""
        prepared = prepare_update_user_access(
            id, access_data=access_data, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("User", self._caller.call(prepared))


class AsyncUsersResource:
    """People who may log in to the panel, and their rights."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def create(
        self,
        *,
        login: str,
        new_password: str,
        new_password_confirmation: str,
        type_: UserType,
        preferences: UserPreferences | Mapping[str, Any] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> User:
        """Create a panel user.

        Args:
            login: Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G). Required.
            new_password: New password. Format: password. Required.
            new_password_confirmation: The same password again. Format: password. Required.
            type_: Role of a user. One of: 'USER', 'ADMIN'. Required.
            preferences: Personal settings of a user.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            User

        `POST /users` (createUser)."""
        prepared = prepare_create_user(
            login=login,
            new_password=new_password,
            new_password_confirmation=new_password_confirmation,
            type_=type_,
            preferences=preferences,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("User", await self._caller.call(prepared))

    async def delete(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Delete a panel user.

        Irreversible; answers 201 with no body.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        `DELETE /users/{id}` (deleteUser)."""
        prepared = prepare_delete_user(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("None", await self._caller.call(prepared))

    async def get(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> User:
        """Get one panel user.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            User

        `GET /users/{id}` (getUser)."""
        prepared = prepare_get_user(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("User", await self._caller.call(prepared))

    async def list(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> builtins.list[User]:
        """List panel users.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            builtins.list[User]

        `GET /users` (listUsers)."""
        prepared = prepare_list_users(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("builtins.list[User]", await self._caller.call(prepared))

    async def update(
        self,
        id: int,
        *,
        login: str | Unset = UNSET,
        new_password: str | Unset = UNSET,
        new_password_confirmation: str | Unset = UNSET,
        type_: UserType | Unset = UNSET,
        key_count: int | Unset = UNSET,
        preferences: UserPreferences | Mapping[str, Any] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> User:
        """Change a panel user.

        Args:
            id: Id of the entity.
            login: Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G).
            new_password: New password. Format: password.
            new_password_confirmation: The same password again. Format: password.
            type_: Role of a user. One of: 'USER', 'ADMIN'.
            key_count: Number of Admin API keys of the user.
            preferences: Personal settings of a user.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            User

        `PUT /users/{id}` (updateUser)."""
        prepared = prepare_update_user(
            id,
            login=login,
            new_password=new_password,
            new_password_confirmation=new_password_confirmation,
            type_=type_,
            key_count=key_count,
            preferences=preferences,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("User", await self._caller.call(prepared))

    async def update_access(
        self,
        id: int,
        *,
        access_data: UserAccessInput | Mapping[str, Any] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> User:
        """Change what a user may access.

        Args:
            id: Id of the entity.
            access_data: New access rights of a user.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            User

        `PUT /users/{id}/access` (updateUserAccess)."""
        prepared = prepare_update_user_access(
            id, access_data=access_data, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("User", await self._caller.call(prepared))


class BatchUsersResource:
    """People who may log in to the panel, and their rights. Calls are recorded and run when the batch ends."""

    def __init__(self, caller: BatchCaller) -> None:
        self._caller = caller

    def create(
        self,
        *,
        login: str,
        new_password: str,
        new_password_confirmation: str,
        type_: UserType,
        preferences: UserPreferences | Mapping[str, Any] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[User]:
        """Create a panel user.

        Args:
            login: Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G). Required.
            new_password: New password. Format: password. Required.
            new_password_confirmation: The same password again. Format: password. Required.
            type_: Role of a user. One of: 'USER', 'ADMIN'. Required.
            preferences: Personal settings of a user.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            User

        `POST /users` (createUser)."""
        prepared = prepare_create_user(
            login=login,
            new_password=new_password,
            new_password_confirmation=new_password_confirmation,
            type_=type_,
            preferences=preferences,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[User]", self._caller.call(prepared))

    def delete(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[None]:
        """Delete a panel user.

        Irreversible; answers 201 with no body.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        `DELETE /users/{id}` (deleteUser)."""
        prepared = prepare_delete_user(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[None]", self._caller.call(prepared))

    def get(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[User]:
        """Get one panel user.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            User

        `GET /users/{id}` (getUser)."""
        prepared = prepare_get_user(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[User]", self._caller.call(prepared))

    def list(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[builtins.list[User]]:
        """List panel users.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            builtins.list[User]

        `GET /users` (listUsers)."""
        prepared = prepare_list_users(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[builtins.list[User]]", self._caller.call(prepared))

    def update(
        self,
        id: int,
        *,
        login: str | Unset = UNSET,
        new_password: str | Unset = UNSET,
        new_password_confirmation: str | Unset = UNSET,
        type_: UserType | Unset = UNSET,
        key_count: int | Unset = UNSET,
        preferences: UserPreferences | Mapping[str, Any] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[User]:
        """Change a panel user.

        Args:
            id: Id of the entity.
            login: Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G).
            new_password: New password. Format: password.
            new_password_confirmation: The same password again. Format: password.
            type_: Role of a user. One of: 'USER', 'ADMIN'.
            key_count: Number of Admin API keys of the user.
            preferences: Personal settings of a user.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            User

        `PUT /users/{id}` (updateUser)."""
        prepared = prepare_update_user(
            id,
            login=login,
            new_password=new_password,
            new_password_confirmation=new_password_confirmation,
            type_=type_,
            key_count=key_count,
            preferences=preferences,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[User]", self._caller.call(prepared))

    def update_access(
        self,
        id: int,
        *,
        access_data: UserAccessInput | Mapping[str, Any] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchHandle[User]:
        """Change what a user may access.

        Args:
            id: Id of the entity.
            access_data: New access rights of a user.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            User

        `PUT /users/{id}/access` (updateUserAccess)."""
        prepared = prepare_update_user_access(
            id, access_data=access_data, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("BatchHandle[User]", self._caller.call(prepared))


class RawUsersResource:
    """People who may log in to the panel, and their rights. Each call returns the raw response; `.parse()` gives the model."""

    def __init__(self, caller: RawCaller) -> None:
        self._caller = caller

    def create(
        self,
        *,
        login: str,
        new_password: str,
        new_password_confirmation: str,
        type_: UserType,
        preferences: UserPreferences | Mapping[str, Any] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[User]:
        """Create a panel user.

        Args:
            login: Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G). Required.
            new_password: New password. Format: password. Required.
            new_password_confirmation: The same password again. Format: password. Required.
            type_: Role of a user. One of: 'USER', 'ADMIN'. Required.
            preferences: Personal settings of a user.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            User

        `POST /users` (createUser)."""
        prepared = prepare_create_user(
            login=login,
            new_password=new_password,
            new_password_confirmation=new_password_confirmation,
            type_=type_,
            preferences=preferences,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[User]", self._caller.call(prepared))

    def delete(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """Delete a panel user.

        Irreversible; answers 201 with no body.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        `DELETE /users/{id}` (deleteUser)."""
        prepared = prepare_delete_user(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[None]", self._caller.call(prepared))

    def get(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[User]:
        """Get one panel user.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            User

        `GET /users/{id}` (getUser)."""
        prepared = prepare_get_user(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[User]", self._caller.call(prepared))

    def list(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[builtins.list[User]]:
        """List panel users.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            builtins.list[User]

        `GET /users` (listUsers)."""
        prepared = prepare_list_users(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[builtins.list[User]]", self._caller.call(prepared))

    def update(
        self,
        id: int,
        *,
        login: str | Unset = UNSET,
        new_password: str | Unset = UNSET,
        new_password_confirmation: str | Unset = UNSET,
        type_: UserType | Unset = UNSET,
        key_count: int | Unset = UNSET,
        preferences: UserPreferences | Mapping[str, Any] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[User]:
        """Change a panel user.

        Args:
            id: Id of the entity.
            login: Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G).
            new_password: New password. Format: password.
            new_password_confirmation: The same password again. Format: password.
            type_: Role of a user. One of: 'USER', 'ADMIN'.
            key_count: Number of Admin API keys of the user.
            preferences: Personal settings of a user.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            User

        `PUT /users/{id}` (updateUser)."""
        prepared = prepare_update_user(
            id,
            login=login,
            new_password=new_password,
            new_password_confirmation=new_password_confirmation,
            type_=type_,
            key_count=key_count,
            preferences=preferences,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[User]", self._caller.call(prepared))

    def update_access(
        self,
        id: int,
        *,
        access_data: UserAccessInput | Mapping[str, Any] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[User]:
        """Change what a user may access.

        Args:
            id: Id of the entity.
            access_data: New access rights of a user.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            User

        `PUT /users/{id}/access` (updateUserAccess)."""
        prepared = prepare_update_user_access(
            id, access_data=access_data, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[User]", self._caller.call(prepared))


class AsyncRawUsersResource:
    """People who may log in to the panel, and their rights. Each call returns the raw response."""

    def __init__(self, caller: AsyncRawCaller) -> None:
        self._caller = caller

    async def create(
        self,
        *,
        login: str,
        new_password: str,
        new_password_confirmation: str,
        type_: UserType,
        preferences: UserPreferences | Mapping[str, Any] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[User]:
        """Create a panel user.

        Args:
            login: Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G). Required.
            new_password: New password. Format: password. Required.
            new_password_confirmation: The same password again. Format: password. Required.
            type_: Role of a user. One of: 'USER', 'ADMIN'. Required.
            preferences: Personal settings of a user.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            User

        `POST /users` (createUser)."""
        prepared = prepare_create_user(
            login=login,
            new_password=new_password,
            new_password_confirmation=new_password_confirmation,
            type_=type_,
            preferences=preferences,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[User]", await self._caller.call(prepared))

    async def delete(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """Delete a panel user.

        Irreversible; answers 201 with no body.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        `DELETE /users/{id}` (deleteUser)."""
        prepared = prepare_delete_user(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[None]", await self._caller.call(prepared))

    async def get(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[User]:
        """Get one panel user.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            User

        `GET /users/{id}` (getUser)."""
        prepared = prepare_get_user(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[User]", await self._caller.call(prepared))

    async def list(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[builtins.list[User]]:
        """List panel users.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            builtins.list[User]

        `GET /users` (listUsers)."""
        prepared = prepare_list_users(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[builtins.list[User]]", await self._caller.call(prepared))

    async def update(
        self,
        id: int,
        *,
        login: str | Unset = UNSET,
        new_password: str | Unset = UNSET,
        new_password_confirmation: str | Unset = UNSET,
        type_: UserType | Unset = UNSET,
        key_count: int | Unset = UNSET,
        preferences: UserPreferences | Mapping[str, Any] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[User]:
        """Change a panel user.

        Args:
            id: Id of the entity.
            login: Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G).
            new_password: New password. Format: password.
            new_password_confirmation: The same password again. Format: password.
            type_: Role of a user. One of: 'USER', 'ADMIN'.
            key_count: Number of Admin API keys of the user.
            preferences: Personal settings of a user.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            User

        `PUT /users/{id}` (updateUser)."""
        prepared = prepare_update_user(
            id,
            login=login,
            new_password=new_password,
            new_password_confirmation=new_password_confirmation,
            type_=type_,
            key_count=key_count,
            preferences=preferences,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[User]", await self._caller.call(prepared))

    async def update_access(
        self,
        id: int,
        *,
        access_data: UserAccessInput | Mapping[str, Any] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[User]:
        """Change what a user may access.

        Args:
            id: Id of the entity.
            access_data: New access rights of a user.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            User

        `PUT /users/{id}/access` (updateUserAccess)."""
        prepared = prepare_update_user_access(
            id, access_data=access_data, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("RawResponse[User]", await self._caller.call(prepared))


class StreamingUsersResource:
    """People who may log in to the panel, and their rights. Each call is a context manager over the unread answer."""

    def __init__(self, caller: StreamingCaller) -> None:
        self._caller = caller

    def create(
        self,
        *,
        login: str,
        new_password: str,
        new_password_confirmation: str,
        type_: UserType,
        preferences: UserPreferences | Mapping[str, Any] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[User]]:
        """Create a panel user.

        Args:
            login: Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G). Required.
            new_password: New password. Format: password. Required.
            new_password_confirmation: The same password again. Format: password. Required.
            type_: Role of a user. One of: 'USER', 'ADMIN'. Required.
            preferences: Personal settings of a user.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            User

        `POST /users` (createUser)."""
        prepared = prepare_create_user(
            login=login,
            new_password=new_password,
            new_password_confirmation=new_password_confirmation,
            type_=type_,
            preferences=preferences,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[User]]", self._caller.call(prepared))

    def delete(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[None]]:
        """Delete a panel user.

        Irreversible; answers 201 with no body.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        `DELETE /users/{id}` (deleteUser)."""
        prepared = prepare_delete_user(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[None]]", self._caller.call(prepared))

    def get(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[User]]:
        """Get one panel user.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            User

        `GET /users/{id}` (getUser)."""
        prepared = prepare_get_user(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[User]]", self._caller.call(prepared))

    def list(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[builtins.list[User]]]:
        """List panel users.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            builtins.list[User]

        `GET /users` (listUsers)."""
        prepared = prepare_list_users(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[builtins.list[User]]]", self._caller.call(prepared))

    def update(
        self,
        id: int,
        *,
        login: str | Unset = UNSET,
        new_password: str | Unset = UNSET,
        new_password_confirmation: str | Unset = UNSET,
        type_: UserType | Unset = UNSET,
        key_count: int | Unset = UNSET,
        preferences: UserPreferences | Mapping[str, Any] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[User]]:
        """Change a panel user.

        Args:
            id: Id of the entity.
            login: Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G).
            new_password: New password. Format: password.
            new_password_confirmation: The same password again. Format: password.
            type_: Role of a user. One of: 'USER', 'ADMIN'.
            key_count: Number of Admin API keys of the user.
            preferences: Personal settings of a user.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            User

        `PUT /users/{id}` (updateUser)."""
        prepared = prepare_update_user(
            id,
            login=login,
            new_password=new_password,
            new_password_confirmation=new_password_confirmation,
            type_=type_,
            key_count=key_count,
            preferences=preferences,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[User]]", self._caller.call(prepared))

    def update_access(
        self,
        id: int,
        *,
        access_data: UserAccessInput | Mapping[str, Any] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[StreamedResponse[User]]:
        """Change what a user may access.

        Args:
            id: Id of the entity.
            access_data: New access rights of a user.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            User

        `PUT /users/{id}/access` (updateUserAccess)."""
        prepared = prepare_update_user_access(
            id, access_data=access_data, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractContextManager[StreamedResponse[User]]", self._caller.call(prepared))


class AsyncStreamingUsersResource:
    """People who may log in to the panel, and their rights. Each call is an async context manager over the unread answer."""

    def __init__(self, caller: AsyncStreamingCaller) -> None:
        self._caller = caller

    def create(
        self,
        *,
        login: str,
        new_password: str,
        new_password_confirmation: str,
        type_: UserType,
        preferences: UserPreferences | Mapping[str, Any] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[User]]:
        """Create a panel user.

        Args:
            login: Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G). Required.
            new_password: New password. Format: password. Required.
            new_password_confirmation: The same password again. Format: password. Required.
            type_: Role of a user. One of: 'USER', 'ADMIN'. Required.
            preferences: Personal settings of a user.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            User

        `POST /users` (createUser)."""
        prepared = prepare_create_user(
            login=login,
            new_password=new_password,
            new_password_confirmation=new_password_confirmation,
            type_=type_,
            preferences=preferences,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractAsyncContextManager[AsyncStreamedResponse[User]]", self._caller.call(prepared))

    def delete(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[None]]:
        """Delete a panel user.

        Irreversible; answers 201 with no body.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        `DELETE /users/{id}` (deleteUser)."""
        prepared = prepare_delete_user(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractAsyncContextManager[AsyncStreamedResponse[None]]", self._caller.call(prepared))

    def get(
        self,
        id: int,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[User]]:
        """Get one panel user.

        Args:
            id: Id of the entity.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            User

        `GET /users/{id}` (getUser)."""
        prepared = prepare_get_user(id, extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractAsyncContextManager[AsyncStreamedResponse[User]]", self._caller.call(prepared))

    def list(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[builtins.list[User]]]:
        """List panel users.

        Args:
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            builtins.list[User]

        `GET /users` (listUsers)."""
        prepared = prepare_list_users(extra_query=extra_query)
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast(
            "AbstractAsyncContextManager[AsyncStreamedResponse[builtins.list[User]]]", self._caller.call(prepared)
        )

    def update(
        self,
        id: int,
        *,
        login: str | Unset = UNSET,
        new_password: str | Unset = UNSET,
        new_password_confirmation: str | Unset = UNSET,
        type_: UserType | Unset = UNSET,
        key_count: int | Unset = UNSET,
        preferences: UserPreferences | Mapping[str, Any] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[User]]:
        """Change a panel user.

        Args:
            id: Id of the entity.
            login: Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G).
            new_password: New password. Format: password.
            new_password_confirmation: The same password again. Format: password.
            type_: Role of a user. One of: 'USER', 'ADMIN'.
            key_count: Number of Admin API keys of the user.
            preferences: Personal settings of a user.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            User

        `PUT /users/{id}` (updateUser)."""
        prepared = prepare_update_user(
            id,
            login=login,
            new_password=new_password,
            new_password_confirmation=new_password_confirmation,
            type_=type_,
            key_count=key_count,
            preferences=preferences,
            extra_body=extra_body,
            allow_unknown=allow_unknown,
            extra_query=extra_query,
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractAsyncContextManager[AsyncStreamedResponse[User]]", self._caller.call(prepared))

    def update_access(
        self,
        id: int,
        *,
        access_data: UserAccessInput | Mapping[str, Any] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        allow_unknown: bool = False,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncStreamedResponse[User]]:
        """Change what a user may access.

        Args:
            id: Id of the entity.
            access_data: New access rights of a user.
            extra_body: More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a known field is refused as a likely typo.
            allow_unknown: Send `extra_body` and nested keys that look like typos of known fields anyway.
            extra_query: More query parameters for this call, added to (and overriding) the generated ones.
            extra_headers: More headers for this call (the API key cannot be changed here).
            timeout: Deadline of this call in seconds (retries and waits included), or an httpx.Timeout.
            max_retries: Retries for this call instead of the client's setting.

        Returns:
            User

        `PUT /users/{id}/access` (updateUserAccess)."""
        prepared = prepare_update_user_access(
            id, access_data=access_data, extra_body=extra_body, allow_unknown=allow_unknown, extra_query=extra_query
        )
        if timeout is not None or max_retries is not None or extra_headers is not None:
            prepared = prepared._replace(options=RequestOptions(timeout, max_retries, extra_headers))
        return cast("AbstractAsyncContextManager[AsyncStreamedResponse[User]]", self._caller.call(prepared))

"""keitaro_ext: a typed client for the Keitaro tracker Admin API.

from keitaro_ext import Keitaro
kt = Keitaro()  # KEITARO_URL and KEITARO_API_KEY from the environment
campaign = kt.campaigns.create(name="Summer", alias="summer")
"""

from typing import TYPE_CHECKING, Any

from ._version import sdk_version
from .auth import KeitaroAuth
from .client import AsyncKeitaro, Keitaro
from .errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    KeitaroError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnexpectedResponseError,
    ValidationError,
)
from .pagination import PagingError
from .retry import RetryPolicy

if TYPE_CHECKING:
    from .batch import BatchError, BatchNotRunError, BatchStateError, OutcomeUnknownError


_BATCH_ERRORS = ("BatchError", "BatchNotRunError", "BatchStateError", "OutcomeUnknownError")


def __getattr__(name: str) -> Any:
    if name == "__version__":
        return sdk_version()
    if name in _BATCH_ERRORS:  # loaded on first use with the batch machinery
        from . import batch

        return getattr(batch, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncKeitaro",
    "AuthenticationError",
    "BadRequestError",
    "BatchError",
    "BatchNotRunError",
    "BatchStateError",
    "ConfigurationError",
    "Keitaro",
    "KeitaroAuth",
    "KeitaroError",
    "NotFoundError",
    "OutcomeUnknownError",
    "PagingError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "RetryPolicy",
    "ServerError",
    "UnexpectedResponseError",
    "ValidationError",
    "__version__",
]

"""keitaro_ext: a typed client for the Keitaro tracker Admin API.

from keitaro_ext import Keitaro
kt = Keitaro()  # KEITARO_URL and KEITARO_API_KEY from the environment
campaign = kt.campaigns.create(name="Summer", alias="summer")
"""

from typing import TYPE_CHECKING, Any

from keitaro_admin_client.types import UNSET, Unset

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
    InvalidArgumentError,
    KeitaroError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnexpectedResponseError,
    ValidationError,
)
from .retry import RetryPolicy

if TYPE_CHECKING:
    from .batch import BatchError, BatchNotRunError, BatchStateError, OutcomeUnknownError
    from .costs import CostError, CostPeriod
    from .pagination import PagingError


_BATCH_ERRORS = ("BatchError", "BatchNotRunError", "BatchStateError", "OutcomeUnknownError")


def __getattr__(name: str) -> Any:
    if name == "__version__":
        return sdk_version()
    if name in _BATCH_ERRORS:  # loaded on first use with the batch machinery
        from . import batch

        return getattr(batch, name)
    if name in ("CostPeriod", "CostError"):  # loaded on first use with the cost helpers
        from . import costs

        return getattr(costs, name)
    if name == "PagingError":  # loaded on first use with the pagers (list_all, iter_pages)
        from .pagination import PagingError

        return PagingError
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "UNSET",
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
    "CostError",
    "CostPeriod",
    "InvalidArgumentError",
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
    "Unset",
    "ValidationError",
    "__version__",
]

"""keitaro_ext: a typed client for the Keitaro tracker Admin API.

from keitaro_ext import Keitaro
kt = Keitaro()  # KEITARO_URL and KEITARO_API_KEY from the environment
campaign = kt.campaigns.create(name="Summer", alias="summer")
"""

from ._version import __version__
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
from .retry import RetryPolicy

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncKeitaro",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "Keitaro",
    "KeitaroAuth",
    "KeitaroError",
    "NotFoundError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "RetryPolicy",
    "ServerError",
    "UnexpectedResponseError",
    "ValidationError",
    "__version__",
]

"""Resource namespaces over the generated endpoint functions, one module per tag.

Generated from openapi/keitaro.yaml by scripts/gen_facade.py; do not edit.
"""

from ._protocols import (
    NO_OPTIONS,
    AsyncCaller,
    AsyncRawCaller,
    AsyncStreamedResponse,
    AsyncStreamingCaller,
    BatchCaller,
    BatchHandle,
    Operation,
    PreparedCall,
    RawCaller,
    RawResponse,
    RequestOptions,
    StreamedResponse,
    StreamingCaller,
    SyncCaller,
)
from .namespaces import (
    AsyncNamespaces,
    AsyncRawNamespaces,
    AsyncStreamingNamespaces,
    BatchNamespaces,
    RawNamespaces,
    StreamingNamespaces,
    SyncNamespaces,
)
from .operations import OPERATIONS

__all__ = (
    "NO_OPTIONS",
    "OPERATIONS",
    "AsyncCaller",
    "AsyncRawCaller",
    "AsyncStreamedResponse",
    "AsyncStreamingCaller",
    "BatchCaller",
    "BatchHandle",
    "Operation",
    "PreparedCall",
    "RawCaller",
    "RawResponse",
    "RequestOptions",
    "StreamedResponse",
    "StreamingCaller",
    "SyncCaller",
    "SyncNamespaces",
    "AsyncNamespaces",
    "BatchNamespaces",
    "RawNamespaces",
    "AsyncRawNamespaces",
    "StreamingNamespaces",
    "AsyncStreamingNamespaces",
)

"""Resource namespaces over the generated endpoint functions, one module per tag.

Written by hand as openapi/runtime/facade_init.py (nothing here varies with the spec) and copied into
the facade by scripts/gen_facade.py; edit it there, never in generated/.
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
    "AsyncNamespaces",
    "AsyncRawCaller",
    "AsyncRawNamespaces",
    "AsyncStreamedResponse",
    "AsyncStreamingCaller",
    "AsyncStreamingNamespaces",
    "BatchCaller",
    "BatchHandle",
    "BatchNamespaces",
    "Operation",
    "PreparedCall",
    "RawCaller",
    "RawNamespaces",
    "RawResponse",
    "RequestOptions",
    "StreamedResponse",
    "StreamingCaller",
    "StreamingNamespaces",
    "SyncCaller",
    "SyncNamespaces",
)

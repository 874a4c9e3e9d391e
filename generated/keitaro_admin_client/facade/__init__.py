"""Resource namespaces over the generated endpoint functions, one module per tag.

Generated from openapi/keitaro.yaml by scripts/gen_facade.py; do not edit.
"""

from ._protocols import AsyncCaller, BatchCaller, BatchHandle, Operation, PreparedCall, SyncCaller
from .namespaces import AsyncNamespaces, BatchNamespaces, SyncNamespaces
from .operations import OPERATIONS

__all__ = (
    "OPERATIONS",
    "AsyncCaller",
    "AsyncNamespaces",
    "BatchCaller",
    "BatchHandle",
    "BatchNamespaces",
    "Operation",
    "PreparedCall",
    "SyncCaller",
    "SyncNamespaces",
)

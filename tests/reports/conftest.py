"""Reuse the sync/async harness of the core tests."""

from tests.core.conftest import harness

__all__ = ["harness"]

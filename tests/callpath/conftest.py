"""Fixtures of the call-path tests: the core harness (sync and async twins over a scripted transport)."""

from tests.core.conftest import harness

__all__ = ["harness"]

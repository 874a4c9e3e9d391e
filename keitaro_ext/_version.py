"""The installed distribution's version, read on first use: importlib.metadata costs ~20 ms to import."""

from __future__ import annotations

import functools


@functools.cache
def sdk_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("keitaro-admin")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0"

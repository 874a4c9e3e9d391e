"""Keyword options declared once as a TypedDict, so a sync method and its async twin share one list.

`**options: Unpack[SomeOptions]` types the keywords for mypy and editors; `checked` keeps the runtime
answer to a misspelt keyword what a plain signature gives: a `TypeError` naming it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["checked"]


def checked(options: Mapping[str, Any], declared: type, method: str) -> dict[str, Any]:
    """`options` as a dict, or `TypeError` for a keyword `declared` (a TypedDict) does not list."""
    known = declared.__required_keys__ | declared.__optional_keys__  # type: ignore[attr-defined]
    for name in options:
        if name not in known:
            raise TypeError(f"{method}() got an unexpected keyword argument {name!r}")
    return dict(options)

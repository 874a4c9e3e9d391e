"""Results as plain data: models become their `to_dict()`, nested objects flatten to dotted columns for CSV."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

__all__ = ["flatten", "json_default", "simple_keys", "to_plain"]

FIRST = ("id", "name", "alias", "login", "state", "status", "type")


def to_plain(value: Any) -> Any:
    """JSON-ready data of a facade result (attrs models, lists of them, plain values)."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list | tuple):
        return [to_plain(item) for item in value]
    if isinstance(value, Mapping):
        return {str(key): to_plain(item) for key, item in value.items()}
    return value


def json_default(value: Any) -> Any:
    """For json.dumps: dates as ISO 8601, decimals as numbers, anything else as text."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return str(value)


def flatten(row: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """`{"a": {"b": 1}, "c": [1]}` -> `{"a.b": 1, "c": "[1]"}`: one cell per leaf, lists as JSON text."""
    flat: dict[str, Any] = {}
    for key, value in row.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping) and value:
            flat.update(flatten(value, f"{name}."))
        elif isinstance(value, list | Mapping):
            flat[name] = json.dumps(value, ensure_ascii=False, default=json_default)
        else:
            flat[name] = value
    return flat


def simple_keys(rows: list[dict[str, Any]]) -> list[str]:
    """Top-level keys that hold a plain value (no object or list) and are filled in at least one row.

    Names that identify an entity and say whether it is on come first, whatever the resource.
    """
    keys: dict[str, None] = dict.fromkeys(key for key in FIRST if any(key in row for row in rows))
    for row in rows:
        keys.update(dict.fromkeys(row))
    return [
        key
        for key in keys
        if all(not isinstance(row.get(key), Mapping | list) for row in rows)
        and any(row.get(key) not in (None, "") for row in rows)
    ]

"""Whole columns made to fit one Parquet type: typed like `RowTyper` types cells, anything else None.

One odd cell must not abort a million-row export, so a value that cannot be the column's type
becomes null. The function for a column is chosen once per export; the common case (the value
already has the type) is one `type(v) is t` test inside a list comprehension.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, tzinfo
from typing import Any

from .typing_rows import converters, to_int

__all__ = ["column_cleaner"]

Cleaner = Callable[[list[Any]], list[Any]]


def _int_or_none(value: Any) -> Any:
    typed = to_int(value) if value is not None else None
    return typed if type(typed) is int else None


def _float_or_none(value: Any) -> Any:
    if value is None or isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        return float(value)
    except ValueError:
        return None


def _bool_or_none(value: Any) -> Any:
    return value in (1, "1") if value in (0, 1, "0", "1") else None


def _text(values: list[Any]) -> list[Any]:
    return [v if v is None or type(v) is str else str(v) for v in values]


def _ints(values: list[Any]) -> list[Any]:
    return [v if type(v) is int else _int_or_none(v) for v in values]


def _floats(values: list[Any]) -> list[Any]:
    return [v if type(v) is float else _float_or_none(v) for v in values]


def _bools(values: list[Any]) -> list[Any]:
    return [v if type(v) is bool else _bool_or_none(v) for v in values]


def _temporal(convert: Callable[[Any], Any], wanted: type) -> Cleaner:
    def one(value: Any) -> Any:
        if value is None:
            return None
        typed = convert(value)
        if isinstance(typed, datetime) and wanted is date:
            return typed.date()
        return typed if isinstance(typed, wanted) else None

    def clean(values: list[Any]) -> list[Any]:
        return [one(v) for v in values]

    return clean


def column_cleaner(kind: str, zone: tzinfo | None) -> Cleaner:
    """The function that makes a list of one column's values fit its Parquet type (see `column_kind`)."""
    if kind == "int":
        return _ints
    if kind == "float":
        return _floats
    if kind == "bool":
        return _bools
    if kind in ("date", "datetime"):
        return _temporal(converters(zone)[kind], date if kind == "date" else datetime)
    return _text

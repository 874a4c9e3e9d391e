"""Whole columns made into Arrow arrays of one Parquet type: typed like `RowTyper` types cells, else null.

One odd cell must not abort a million-row export, so a value that cannot be the column's type
becomes null. The function for a column is chosen once per export; the common case (the value
already has the type, or is null) is one `type(v) is t` test inside a list comprehension, and the
tracker's datetimes are parsed by Arrow itself (`strptime`), with Python's parser only for a column
holding some other spelling.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, tzinfo
from typing import Any

from .typing_rows import converters, to_int

__all__ = ["column_cleaner"]

Cleaner = Callable[[Sequence[Any]], Any]  # values -> pyarrow.Array
TRACKER_DATETIME = "%Y-%m-%d %H:%M:%S"


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


def _text(values: Sequence[Any]) -> list[Any]:
    return [v if v is None or type(v) is str else str(v) for v in values]


def _ints(values: Sequence[Any]) -> list[Any]:
    return [v if type(v) is int or v is None else _int_or_none(v) for v in values]


def _floats(values: Sequence[Any]) -> list[Any]:
    # Arrow turns ints into doubles itself; bools (also ints) are not numbers here.
    return [v if type(v) is float or type(v) is int or v is None else _float_or_none(v) for v in values]


_BOOLS: dict[Any, bool] = {0: False, 1: True, "0": False, "1": True}  # True and 1 are one key, as are 0.0 and 0


def _bools(values: Sequence[Any]) -> list[Any]:
    try:
        return [_BOOLS.get(v) for v in values]
    except TypeError:  # a list or an object in a flag column
        return [_bool_or_none(v) if isinstance(v, int | float | str) else None for v in values]


def _python_temporal(convert: Callable[[Any], Any], wanted: type) -> Callable[[Sequence[Any]], list[Any]]:
    def one(value: Any) -> Any:
        if value is None:
            return None
        typed = convert(value)
        if isinstance(typed, datetime) and wanted is date:
            return typed.date()
        return typed if isinstance(typed, wanted) else None

    def clean(values: Sequence[Any]) -> list[Any]:
        return [one(v) for v in values]

    return clean


def _datetimes(pa: Any, arrow_type: Any, zone: tzinfo | None) -> Cleaner:
    import pyarrow.compute as pc

    slow = _python_temporal(converters(zone)["datetime"], datetime)

    def clean(values: Sequence[Any]) -> Any:
        if all(type(v) is str or v is None for v in values):
            text = pa.array(values, type=pa.string())
            parsed = pc.strptime(text, format=TRACKER_DATETIME, unit="s", error_is_null=True)
            if parsed.null_count == text.null_count:  # every value in the tracker's own spelling
                if zone is None:
                    return parsed
                # Wall times in the zone; an hour repeated by a DST change is its first occurrence,
                # as datetime(..., tzinfo=zone) with fold=0 reads it.
                return pc.assume_timezone(parsed, timezone=str(zone), ambiguous="earliest", nonexistent="earliest")
        return pa.array(slow(values), type=arrow_type)

    return clean


def column_cleaner(kind: str, zone: tzinfo | None, pa: Any, arrow_type: Any) -> Cleaner:
    """The function that turns one column's values into an Arrow array of `arrow_type` (see `column_kind`)."""
    if kind == "datetime":
        return _datetimes(pa, arrow_type, zone)
    python: Callable[[Sequence[Any]], list[Any]]
    if kind == "date":
        python = _python_temporal(converters(zone)["date"], date)
    else:
        python = {"int": _ints, "float": _floats, "bool": _bools}.get(kind, _text)

    def clean(values: Sequence[Any]) -> Any:
        return pa.array(python(values), type=arrow_type)

    return clean

"""Whole columns made into Arrow arrays of one Parquet type: typed like `RowTyper` types cells, else null.

One odd cell must not abort a million-row export, so a value that cannot be the column's type
becomes null. The function for a column is chosen once per export. The common case, a column whose
values all have the type already (or are null), is found by the set of the values' types (built in
C) and handed to Arrow as it is, with no Python work per cell: the result is the same, since the
Python cleaners keep such values unchanged. Flags sent as 0/1 are converted by Arrow once their
range is checked. The tracker's datetimes are parsed by Arrow itself (`strptime`), with Python's
parser only for a column holding some other spelling. Any other column goes through the Python
cleaners cell by cell.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, tzinfo
from typing import Any

from .typing_rows import converters, to_int

__all__ = ["arrow_cleaner", "column_cleaner", "text_cleaner"]

Cleaner = Callable[[Sequence[Any]], Any]  # values -> pyarrow.Array
TRACKER_DATETIME = "%Y-%m-%d %H:%M:%S"
# Zone files list offsets up to 2037 and give a rule for later years; Arrow reads the list only (a
# summer time in 2038 came out an hour off), Python's zoneinfo the rule too: later times go the Python way.
RULES_ONLY = int(datetime(2037, 1, 1, tzinfo=UTC).timestamp())


INT64 = range(-(2**63), 2**63)  # `in` is a bounds check for ints


def _int_or_none(value: Any) -> Any:
    typed = to_int(value) if value is not None else None
    return typed if type(typed) is int and typed in INT64 else None


def _float_or_none(value: Any) -> Any:
    if value is None or isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        return float(value)
    except (ValueError, OverflowError):  # an int beyond a double's range
        return None


def _bool_or_none(value: Any) -> Any:
    return value in (1, "1") if value in (0, 1, "0", "1") else None


def _text(values: Sequence[Any]) -> list[Any]:
    return [v if v is None or type(v) is str else str(v) for v in values]


def _ints(values: Sequence[Any]) -> list[Any]:
    return [v if v is None or (type(v) is int and v in INT64) else _int_or_none(v) for v in values]


def _floats(values: Sequence[Any]) -> list[Any]:
    # Bools (also ints) are not numbers here; ints become doubles as Arrow makes them.
    return [v if type(v) is float or v is None else _float_or_none(v) for v in values]


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


# Types whose values a column's Python cleaner keeps unchanged: such a column goes to Arrow as it is.
_KEPT: dict[str, frozenset[type]] = {
    "int": frozenset({int, type(None)}),  # bool is a subclass, not the type: it is not kept
    "float": frozenset({float, int, type(None)}),
    "str": frozenset({str, type(None)}),
}
_TEXT = _KEPT["str"]
_FLAG_INTS = _KEPT["int"]
_FLAGS = frozenset({bool, type(None)})


def _kept(python: Callable[[Sequence[Any]], list[Any]], kept: frozenset[type], pa: Any, arrow_type: Any) -> Cleaner:
    """`python`'s result, without calling it when every value's type is one it keeps as it is."""

    def clean(values: Sequence[Any]) -> Any:
        if kept.issuperset(map(type, values)):
            try:
                return pa.array(values, type=arrow_type)
            except (OverflowError, pa.ArrowException):  # an int beyond 64 bits: null, by the Python way
                pass
        return pa.array(python(values), type=arrow_type)

    return clean


def _zero_one(pa: Any, values: Sequence[Any]) -> Any:
    """The ints (or nulls) as an Arrow bool array when every one is 0 or 1; else None."""
    try:
        numbers = pa.array(values, type=pa.int64())
    except OverflowError:  # an int beyond 64 bits: not a flag
        return None
    return _zero_one_array(pa, numbers)


def _zero_one_array(pa: Any, numbers: Any) -> Any:
    """An Arrow int64 array as bools when every value is 0, 1 or null; else None."""
    import pyarrow.compute as pc

    bounds = pc.min_max(numbers).as_py()
    if bounds["min"] is not None and (bounds["min"] < 0 or bounds["max"] > 1):
        return None
    return numbers.cast(pa.bool_())


def _flags(pa: Any) -> Cleaner:
    """0/1 (or true/false) columns through Arrow; `_bools` for anything else (2, "1", 1.0, lists)."""

    def clean(values: Sequence[Any]) -> Any:
        types = set(map(type, values))
        if _FLAGS.issuperset(types):
            return pa.array(values, type=pa.bool_())
        flags = _zero_one(pa, values) if _FLAG_INTS.issuperset(types) else None
        return flags if flags is not None else pa.array(_bools(values), type=pa.bool_())

    return clean


def _datetimes(pa: Any, arrow_type: Any, zone: tzinfo | None) -> tuple[Cleaner, Cleaner]:
    """The cleaner of a datetime column's values, and of the same values as an Arrow string array."""
    import pyarrow.compute as pc

    slow = _python_temporal(converters(zone)["datetime"], datetime)

    def from_text(text: Any, values: Sequence[Any] | None = None) -> Any:
        parsed = pc.strptime(text, format=TRACKER_DATETIME, unit="s", error_is_null=True)
        if parsed.null_count == text.null_count and _as_written(pa, text, parsed):  # the tracker's own spelling
            if zone is None:
                return parsed
            latest = pc.max(parsed).value  # seconds, as wall time
            if latest is None or latest < RULES_ONLY:
                # Wall times in the zone; an hour repeated by a DST change is its first occurrence,
                # as datetime(..., tzinfo=zone) with fold=0 reads it.
                return pc.assume_timezone(parsed, timezone=str(zone), ambiguous="earliest", nonexistent="earliest")
        return pa.array(slow(text.to_pylist() if values is None else values), type=arrow_type)

    def clean(values: Sequence[Any]) -> Any:
        if _TEXT.issuperset(map(type, values)):
            return from_text(pa.array(values, type=pa.string()), values)
        return pa.array(slow(values), type=arrow_type)

    return clean, from_text


# Seconds since the epoch of 0001-01-01: Arrow's `strptime` reads year 0, which Python's datetime has not.
_YEAR_ONE = int(datetime(1, 1, 1, tzinfo=UTC).timestamp())


def _as_written(pa: Any, text: Any, parsed: Any) -> bool:
    """Whether every parsed time is what Python's parser reads from its text. Arrow's `strptime` is
    laxer: it rolls a day past the month's end over (`2026-02-30` is March 2), reads `:60` as the
    next minute, takes year 0 and unpadded or space-padded numbers (`2026-6-1`, `2026- 6-01`); it
    refuses a month, hour or minute out of range. So: every text 19 bytes with its one space, and
    the day and second read back as written (a failed check sends the page the Python way)."""
    import pyarrow.compute as pc

    def differ(values: Any, other: Any) -> bool:
        return bool(pc.any(pc.not_equal(values, other)).as_py())

    if differ(pc.binary_length(text), 19) or differ(pc.count_substring(text, " "), 1):
        return False
    earliest = pc.min(parsed).value
    if earliest is not None and earliest < _YEAR_ONE:
        return False
    try:
        written = [pc.cast(pc.utf8_slice_codeunits(text, at, at + 2), "int64") for at in (8, 17)]
    except pa.ArrowInvalid:  # not digits where the day or the second is
        return False
    return not (differ(pc.day(parsed), written[0]) or differ(pc.second(parsed), written[1]))


def text_cleaner(kind: str, zone: tzinfo | None, pa: Any, arrow_type: Any) -> Cleaner | None:
    """For a text or datetime column, the function that takes its cells as an Arrow string array
    (every cell a str or null); None for other kinds."""
    if kind == "datetime":
        return _datetimes(pa, arrow_type, zone)[1]
    if kind == "str":
        return lambda text: text
    return None


def column_cleaner(kind: str, zone: tzinfo | None, pa: Any, arrow_type: Any) -> Cleaner:
    """The function that turns one column's values into an Arrow array of `arrow_type` (see `column_kind`)."""
    if kind == "datetime":
        return _datetimes(pa, arrow_type, zone)[0]
    if kind == "bool":
        return _flags(pa)
    if kind == "date":
        dates = _python_temporal(converters(zone)["date"], date)
        return lambda values: pa.array(dates(values), type=arrow_type)
    python = {"int": _ints, "float": _floats}.get(kind, _text)
    return _kept(python, _KEPT.get(kind, _TEXT), pa, arrow_type)


def arrow_cleaner(kind: str, zone: tzinfo | None, pa: Any, arrow_type: Any) -> Cleaner:
    """For a column of a page Arrow decoded (`arrow_pages`): its Arrow array -> the array `column_cleaner` makes of
    the same values. Arrays already of the type are kept, nulls made the type's, text handed to `text_cleaner`,
    ints to a flag or float column converted by Arrow; any other column goes through `column_cleaner` with the
    array's Python values (for the types `arrow_pages` lets through, the values orjson gives)."""
    python = column_cleaner(kind, zone, pa, arrow_type)
    from_text = text_cleaner(kind, zone, pa, arrow_type)

    def clean(array: Any) -> Any:
        kind_of = array.type
        if kind_of == arrow_type:
            return array
        if pa.types.is_null(kind_of):
            return pa.nulls(len(array), type=arrow_type)
        if from_text is not None and pa.types.is_string(kind_of):
            return from_text(array)
        if pa.types.is_int64(kind_of):
            if kind == "float":  # as Python's float(int): round to nearest, for any int64
                return array.cast(arrow_type, safe=False)
            if kind == "bool" and (flags := _zero_one_array(pa, array)) is not None:
                return flags
        return python(array.to_pylist())

    return clean

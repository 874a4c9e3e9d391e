"""The lake's tables: which log columns they hold by default and the Arrow type of each column.

Types come from the same column kinds the typed rows use (`reports.typing_rows.column_kind`):
ids and counts int64, money float64, flags bool, datetimes timestamp[ms] in the lake's zone
(naive wall-clock time when the tracker's own, unknown zone is used), everything else string.
A column the SDK does not know (asked for with `allow_unknown`, or sent unasked by a newer
tracker) is a string column, so an odd value never aborts a day. Every file also carries a
`tracker` string column, so lakes of several trackers can be read as one table by any engine;
the day is the hive partition (`day=YYYY-MM-DD`), not a column in the file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from typing import Any, Literal, TypeAlias

from ..errors import ConfigurationError
from ..reports.names import COLUMNS, CONVERSION_COLUMNS
from ..reports.typing_rows import column_kind

__all__ = ["DEFAULT_TABLE_COLUMNS", "TABLES", "Table", "arrow_schema", "check_columns", "to_arrow"]

Table: TypeAlias = Literal["clicks", "conversions"]
TABLES: tuple[Table, ...] = ("clicks", "conversions")
RESERVED = ("day", "tracker")

DEFAULT_TABLE_COLUMNS: dict[Table, tuple[str, ...]] = {
    "clicks": (
        "datetime", "click_id", "sub_id", "visitor_code", "campaign_id", "stream_id", "offer_id", "landing_id",
        "ts_id", "country_code", "region", "city", "language", "device_type", "os", "browser", "connection_type",
        "isp", "ip", "source", "keyword", "external_id", "creative_id", "ad_campaign_id",
        "sub_id_1", "sub_id_2", "sub_id_3", "sub_id_4", "sub_id_5",
        "is_unique_campaign", "is_unique_stream", "is_bot", "is_using_proxy", "is_lead", "is_sale", "is_rejected",
        "revenue", "cost",
    ),
    "conversions": (
        "postback_datetime", "click_datetime", "conversion_id", "click_id", "sub_id", "tid", "campaign_id",
        "stream_id", "offer_id", "landing_id", "ts_id", "country_code", "status", "previous_status",
        "original_status", "sale_datetime", "revenue", "cost",
    ),
}  # fmt: skip
#: The column a table's rows are sorted by (stable paging) and placed in days by.
TIME_COLUMN: dict[Table, str] = {"clicks": "datetime", "conversions": "postback_datetime"}


def check_columns(table: Table, columns: Sequence[str] | None) -> list[str]:
    """The columns to sync for a table: the defaults, or the caller's, without the reserved names."""
    chosen = list(DEFAULT_TABLE_COLUMNS[table] if columns is None else columns)
    clash = [name for name in chosen if name in RESERVED]
    if clash:
        raise ConfigurationError(
            f"{', '.join(clash)} cannot be a synced column: the lake adds 'tracker' to every row and keeps "
            "the day in the folder name (day=YYYY-MM-DD). Leave it out of columns."
        )
    if TIME_COLUMN[table] not in chosen:
        chosen.insert(0, TIME_COLUMN[table])
    return list(dict.fromkeys(chosen))


def known(table: Table, name: str) -> bool:
    return name in (COLUMNS if table == "clicks" else CONVERSION_COLUMNS)


def type_name(table: Table, name: str, timezone: str | None) -> str:
    """The Arrow type of a column as text (what the state file records)."""
    if not known(table, name):
        return "string"
    return {
        "int": "int64",
        "float": "double",
        "bool": "bool",
        "date": "date32[day]",
        "datetime": f"timestamp[ms, tz={timezone}]" if timezone else "timestamp[ms]",
        "str": "string",
    }[column_kind(name)]


def arrow_schema(table: Table, columns: Iterable[str], timezone: str | None) -> Any:
    """The pyarrow schema of one day's file: `tracker`, then the columns in order."""
    import pyarrow as pa

    kinds = {
        "int64": pa.int64(),
        "double": pa.float64(),
        "bool": pa.bool_(),
        "date32[day]": pa.date32(),
        "string": pa.string(),
    }
    fields = [pa.field("tracker", pa.string(), nullable=False)]
    for name in columns:
        kind = type_name(table, name, timezone)
        arrow = kinds.get(kind) or pa.timestamp("ms", tz=timezone)
        fields.append(pa.field(name, arrow))
    return pa.schema(fields)


def _plain(value: Any, kind: type | tuple[type, ...]) -> Any:
    return value if isinstance(value, kind) and not isinstance(value, bool) else None


_FITS: dict[str, Callable[[Any], Any]] = {
    "string": lambda value: value if isinstance(value, str) else str(value),
    "double": lambda value: None if _plain(value, (int, float)) is None else float(value),
    "int64": lambda value: _plain(value, int),
    "bool": lambda value: value if isinstance(value, bool) else None,
}


def _fit(value: Any, kind: str) -> Any:
    """A value that fits the column type, or None: one odd cell must not lose a day."""
    if value is None:
        return None
    fit = _FITS.get(kind)
    if fit is not None:
        return fit(value)
    if kind.startswith("date32"):
        return value if isinstance(value, date) and not isinstance(value, datetime) else None
    return value if isinstance(value, datetime) else None


def to_arrow(rows: Sequence[dict[str, Any]], schema: Any, tracker: str) -> Any:
    """One page of typed rows as a pyarrow table of `schema`."""
    import pyarrow as pa

    data: dict[str, list[Any]] = {"tracker": [tracker] * len(rows)}
    for field in schema:
        if field.name == "tracker":
            continue
        kind = str(field.type) if not pa.types.is_timestamp(field.type) else "timestamp"
        name = field.name
        data[name] = [_fit(row.get(name), kind) for row in rows]
    return pa.table(data, schema=schema)


def require_pyarrow() -> None:
    """Fail early, with the install line, when pyarrow is missing."""
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        raise ConfigurationError(
            "The lake sync writes Parquet and needs pyarrow: pip install 'keitaro-admin[parquet]'"
        ) from None

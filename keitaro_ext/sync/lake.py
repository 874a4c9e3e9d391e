"""`keitaro lake query`: DuckDB over the lake, with the views `clicks` and `conversions` ready.

Each view reads every tracker's partitions (`DIR/*/<table>/day=*/*.parquet`) with hive
partitioning, so `day` is a DATE column; `union_by_name` lets days written with different
column sets (a schema change) be read together, missing columns as NULL.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import KeitaroError
from .schema import TABLES

__all__ = ["connect", "query"]


def _duckdb() -> Any:
    try:
        import duckdb
    except ImportError:
        raise KeitaroError("Querying the lake needs DuckDB: pip install 'keitaro-admin[lake]'") from None
    return duckdb


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def connect(directory: str | Path) -> Any:
    """An in-memory DuckDB connection with a view per table that has at least one day in the lake."""
    duckdb = _duckdb()
    root = Path(directory)
    if not root.is_dir():
        raise KeitaroError(f"{root} is not a folder; give the DIR you synced into (`keitaro sync DIR`).")
    connection = duckdb.connect()
    for table in TABLES:
        if next(root.glob(f"*/{table}/day=*/*.parquet"), None) is None:
            continue
        pattern = str(root / "*" / table / "day=*" / "*.parquet")
        # The view name is one of ours and the path a quoted literal: nothing of the user's is spliced in.
        statement = f"CREATE VIEW {table} AS SELECT * FROM read_parquet({_literal(pattern)}, "  # noqa: S608
        connection.execute(statement + "hive_partitioning = true, union_by_name = true)")
    return connection


def query(directory: str | Path, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run one SQL statement over the lake; its column names and rows."""
    duckdb = _duckdb()
    connection = connect(directory)
    try:
        cursor = connection.execute(sql)
        columns = [d[0] for d in cursor.description or []]
        return columns, cursor.fetchall()
    except duckdb.Error as exc:
        raise KeitaroError(f"DuckDB could not run the query: {exc}") from None
    finally:
        connection.close()

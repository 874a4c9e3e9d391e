"""The click and conversion lake: `kt.sync(DIR)` writes hive-partitioned Parquet that DuckDB,
Spark, Trino, BigQuery and Athena read directly; `kt.sync_verify(DIR)` reconciles it with the
tracker's reports; `lake.connect(DIR)` opens it in DuckDB.

Layout: `DIR/<tracker>/<clicks|conversions>/day=YYYY-MM-DD/part-0.parquet` plus
`DIR/<tracker>/_keitaro_sync.json` (the state). Modules: `engine` (the sync plan), `verify`,
`steps` (the sync and async drivers), `days`, `schema`, `files`, `state`, `lake`, `summary`.
"""

from .summary import SyncProgress, SyncSummary, TableSummary

__all__ = ["SyncProgress", "SyncSummary", "TableSummary"]

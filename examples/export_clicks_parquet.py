"""Export last week's clicks to a Parquet file, page by page, then read it back with pyarrow.

    python examples/export_clicks_parquet.py [clicks-last-week.parquet]

Reads KEITARO_URL and KEITARO_API_KEY; needs `pip install 'keitaro-admin[parquet]'`. Only one page
of the click log is in memory at a time, and the file appears only once the export is complete.
"""

from __future__ import annotations

import sys

import pyarrow.parquet as pq

from keitaro_ext import Keitaro

COLUMNS = ["datetime", "campaign_id", "sub_id", "country", "is_unique_campaign", "is_lead", "revenue"]


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    path = args[0] if args else "clicks-last-week.parquet"

    def progress(written: int, total: int | None) -> None:
        print(f"\r{written:,} of {total:,} clicks" if total else f"\r{written:,} clicks", end="", file=sys.stderr)

    with Keitaro() as kt:
        result = kt.clicks.export(path, "7_days_ago", columns=COLUMNS, page_size=2000, progress=progress)
    print(file=sys.stderr)
    table = pq.read_table(path)
    print(f"Wrote {result.rows:,} clicks to {path}: {table.num_rows:,} rows, columns {', '.join(table.column_names)}")
    revenue = sum(value for value in table.column("revenue").to_pylist() if value)
    print(f"Revenue in the file: {revenue:,.2f}")


if __name__ == "__main__":
    main()

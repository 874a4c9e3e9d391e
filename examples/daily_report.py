"""Yesterday's report by campaign and country, to a CSV file and to a pandas pivot table.

    python examples/daily_report.py [daily-report.csv]

Reads KEITARO_URL and KEITARO_API_KEY; needs `pip install 'keitaro-admin[pandas]'`. The rows are
typed (numbers are numbers), so the DataFrame needs no conversion.
"""

from __future__ import annotations

import sys

from keitaro_ext import Keitaro


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    path = args[0] if args else "daily-report.csv"
    with Keitaro() as kt:
        report = kt.reports.build(
            "yesterday",
            group_by=["campaign", "country"],
            metrics=["clicks", "conversions", "cost", "revenue", "profit"],
            sort="revenue:desc",
            summary=True,
        )
    report.to_csv(path)
    print(f"Wrote {len(report)} rows to {path}")

    frame = report.to_pandas()
    by_campaign = frame.pivot_table(index="campaign", values=["clicks", "revenue", "profit"], aggfunc="sum")
    print(by_campaign.sort_values("revenue", ascending=False).round(2).to_string())
    if report.summary:
        print(f"Total revenue {report.summary['revenue']:.2f}, profit {report.summary['profit']:.2f}")


if __name__ == "__main__":
    main()

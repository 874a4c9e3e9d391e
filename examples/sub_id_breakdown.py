"""Which sub_id_1 values (creatives, placements) earn, for one campaign and a few countries.

    python examples/sub_id_breakdown.py CAMPAIGN_ID [--country US --country GB] [--min-clicks 20]

Reads KEITARO_URL and KEITARO_API_KEY. Filters are built with `F`, checked against the spec's
column and operator names before anything is sent; the report is sorted on the tracker.
"""

from __future__ import annotations

import argparse

from keitaro_ext import Keitaro
from keitaro_ext.reports import F


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("campaign_id", type=int)
    parser.add_argument("--country", action="append", default=[], help="ISO code; repeat for several")
    parser.add_argument("--min-clicks", type=int, default=20)
    parser.add_argument("--days", default="7_days_ago", help="a Keitaro interval name")
    args = parser.parse_args(argv)

    filters = [F("campaign_id").eq(args.campaign_id), F("clicks").gte(args.min_clicks)]
    if args.country:
        filters.append(F("country_code").in_(args.country))
    with Keitaro() as kt:
        report = kt.reports.build(
            args.days,
            group_by="sub_id_1",
            metrics=["clicks", "conversions", "cr", "revenue", "epc"],
            filters=filters,
            sort="revenue:desc",
            limit=20,
        )
    print(f"{report.total} sub_id_1 values with at least {args.min_clicks} clicks in campaign #{args.campaign_id}")
    print(report.table())


if __name__ == "__main__":
    main()

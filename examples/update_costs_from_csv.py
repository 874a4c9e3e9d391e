"""Set campaign costs from an ad network's daily spend export.

    python examples/update_costs_from_csv.py [examples/data/ad_network_spend.csv] [--timezone Europe/Madrid]

Reads KEITARO_URL and KEITARO_API_KEY. Each CSV row (date, campaign_alias, spend, currency)
becomes one `campaigns.set_cost` call spreading that day's spend over the day's clicks. Amounts
stay `Decimal` from the file to the request, so no cent is lost to float rounding. Rows whose
campaign the tracker does not know are listed, not guessed.
"""

from __future__ import annotations

import argparse
import csv
from decimal import Decimal
from pathlib import Path

from keitaro_ext import Keitaro

SAMPLE = Path(__file__).resolve().parent / "data" / "ad_network_spend.csv"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", nargs="?", type=Path, default=SAMPLE)
    parser.add_argument("--timezone", default="UTC", help="the time zone the network's days are in")
    args = parser.parse_args(argv)

    with args.csv.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    with Keitaro() as kt:
        ids = {campaign.alias: campaign.id for campaign in kt.campaigns.iter()}
        unknown = []
        for row in rows:
            campaign_id = ids.get(row["campaign_alias"])
            if campaign_id is None:
                unknown.append(row["campaign_alias"])
                continue
            spend = Decimal(row["spend"])
            kt.campaigns.set_cost(
                campaign_id, row["date"], row["date"], spend, currency=row["currency"], timezone=args.timezone
            )
            print(f"{row['date']} campaign #{campaign_id} ({row['campaign_alias']}): {spend} {row['currency']}")
    if unknown:
        print(f"Skipped {len(unknown)} rows for campaigns the tracker does not have: {', '.join(sorted(set(unknown)))}")


if __name__ == "__main__":
    main()

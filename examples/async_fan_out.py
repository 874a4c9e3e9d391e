"""Fetch every campaign's flows and yesterday's figures concurrently with AsyncKeitaro.

    python examples/async_fan_out.py [--concurrency 8]

Reads KEITARO_URL and KEITARO_API_KEY. One pooled connection serves every request; a semaphore
keeps at most `--concurrency` campaigns in flight so a big account does not flood the tracker.
"""

from __future__ import annotations

import argparse
import asyncio
from typing import Any

from keitaro_admin_client.models import Campaign

from keitaro_ext import AsyncKeitaro
from keitaro_ext.reports import F


async def campaign_summary(kt: AsyncKeitaro, campaign: Campaign, limit: asyncio.Semaphore) -> dict[str, Any]:
    async with limit:
        flows, report = await asyncio.gather(
            kt.streams.list_for_campaign(campaign.id),
            kt.reports.build(
                "yesterday", metrics=["clicks", "revenue", "profit"], filters=[F("campaign_id").eq(campaign.id)]
            ),
        )
    totals = report.rows[0] if report.rows else {"clicks": 0, "revenue": 0.0, "profit": 0.0}
    active = sum(1 for flow in flows if flow.state == "active")
    return {"id": campaign.id, "name": campaign.name, "flows": len(flows), "active": active, **totals}


async def main_async(concurrency: int) -> list[dict[str, Any]]:
    async with AsyncKeitaro() as kt:
        campaigns = await kt.campaigns.list()
        limit = asyncio.Semaphore(concurrency)
        return list(await asyncio.gather(*(campaign_summary(kt, c, limit) for c in campaigns)))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args(argv)
    rows = asyncio.run(main_async(args.concurrency))
    for row in sorted(rows, key=lambda r: r["revenue"], reverse=True):
        print(
            f"#{row['id']:<3} {row['name']:<20} {row['active']}/{row['flows']} flows active  "
            f"{row['clicks']:>5} clicks  revenue {row['revenue']:>8.2f}  profit {row['profit']:>8.2f}"
        )


if __name__ == "__main__":
    main()

"""Quick start: an offer, a campaign with two flows, several changes in one batch, a report by country.

    make demo                        # installs what it needs, starts the fake tracker, runs this
    python examples/quickstart.py    # the same, once `pip install -e '.[testing]'` is done

With KEITARO_URL and KEITARO_API_KEY set it runs against that tracker instead (and creates real
entities there). Without them it serves the fake tracker from `keitaro_ext.testing` on a free
loopback port, so every call below is real HTTP.
"""

from __future__ import annotations

import os
import sys
import time

from keitaro_ext import Keitaro


def run(kt: Keitaro, alias: str) -> None:
    offer = kt.offers.create(
        name="Quickstart offer",
        action_type="http",
        action_payload="https://offers.example.com/landing?click={subid}",
        payout_value=24.0,
        payout_currency="USD",
    )
    campaign = kt.campaigns.create(name="Quickstart", alias=alias, cost_type="CPC", cost_value=0.2)
    print(f"Created offer #{offer.id} and campaign #{campaign.id} ({campaign.alias})")
    flow_ids = []
    for name, countries in (("US and UK", ["US", "GB"]), ("Everyone else", [])):
        flow = kt.streams.create(
            campaign_id=campaign.id,
            type_="regular" if countries else "default",
            schema="redirect",
            name=name,
            action_type="http",
            filters=[{"name": "country", "mode": "accept", "payload": countries}] if countries else [],
            offers=[{"offer_id": offer.id, "share": 100}],
        )
        flow_ids.append(flow.id)
        print(f"  flow #{flow.id} {flow.name!r} -> offer #{offer.id}")

    # Several changes at once: recorded in a batch, sent together when the block ends, each with
    # its own result (or its own typed error).
    with kt.batch() as batch:
        renamed = batch.campaigns.update(
            campaign.id, name="Quickstart (EN traffic)", cost_value=0.35, notes="from examples/quickstart.py"
        )
        repriced = batch.offers.update(offer.id, payout_value=27.5, country=["US", "GB"])
        paused = batch.streams.disable(flow_ids[-1])
    campaign, offer = renamed.result(), repriced.result()
    print(f"Campaign now {campaign.name!r} at {campaign.cost_value} per click; offer pays {offer.payout_value}")
    print(f"Flow #{paused.result().id} is now {paused.result().state}")
    flows = kt.streams.list_for_campaign(campaign.id)
    print("Flows:", ", ".join(f"{f.name} ({f.state})" for f in flows))

    report = kt.reports.build(
        "7_days_ago",
        group_by="country",
        metrics=["clicks", "conversions", "revenue", "cost", "profit", "roi"],
        sort="revenue:desc",
        summary=True,
    )
    print(f"\nLast 7 days by country ({report.total} rows):\n")
    print(report.table())
    if report.summary:
        totals = {name: value for name, value in report.summary.items() if value is not None}
        print(
            "\nTotal: "
            + ", ".join(
                f"{name} {value:,.2f}" if isinstance(value, float) else f"{name} {value}"
                for name, value in totals.items()
            )
        )


def main() -> int:
    url, key = os.environ.get("KEITARO_URL"), os.environ.get("KEITARO_API_KEY")
    alias = f"quickstart-{int(time.time())}"
    if url and key:
        with Keitaro(url, key) as kt:
            run(kt, alias)
        return 0
    try:
        from keitaro_ext.testing import FakeTracker
    except ImportError:
        print("The fake tracker needs the testing extra: pip install -e '.[testing]'", file=sys.stderr)
        return 2
    with FakeTracker() as fake, Keitaro(fake.url, fake.api_key) as kt:
        print(f"Fake Keitaro tracker at {fake.url} (seeded data, fixed clock {fake.now:%Y-%m-%d %H:%M} UTC)\n")
        run(kt, "quickstart")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Launch a campaign that splits its traffic 70/30 between two offers.

    python examples/launch_split_campaign.py

Reads KEITARO_URL and KEITARO_API_KEY (try it on the fake: `keitaro-fake --port 8000` and
KEITARO_URL=http://127.0.0.1:8000 KEITARO_API_KEY=test-key). Creates two offers, a campaign and
one flow whose offers share the traffic 70/30, then reads the flow back to show the split.
"""

from __future__ import annotations

from keitaro_ext import Keitaro


def launch(kt: Keitaro, alias: str = "summer-split") -> int:
    """Create the campaign and its split flow; return the flow's id."""
    main_offer = kt.offers.create(
        name="Summer offer A", action_type="http", action_payload="https://a.example.com/?click={subid}"
    )
    challenger = kt.offers.create(
        name="Summer offer B", action_type="http", action_payload="https://b.example.com/?click={subid}"
    )
    campaign = kt.campaigns.create(name="Summer split test", alias=alias, cost_type="CPC", cost_value=0.05)
    flow = kt.streams.create(
        campaign_id=campaign.id,
        type_="default",
        schema="redirect",
        name="70/30 offer split",
        action_type="http",
        offers=[{"offer_id": main_offer.id, "share": 70}, {"offer_id": challenger.id, "share": 30}],
    )
    print(f"Campaign #{campaign.id} {campaign.alias!r}: flow #{flow.id} {flow.name!r}")
    return flow.id


def main() -> None:
    with Keitaro() as kt:
        flow_id = launch(kt)
        for link in kt.streams.get(flow_id).offers or []:
            print(f"  offer #{link.offer_id}: {link.share}% of the traffic")


if __name__ == "__main__":
    main()

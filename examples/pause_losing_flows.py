"""Pause every flow whose ROI fell below a threshold yesterday.

    python examples/pause_losing_flows.py --roi -50 --min-clicks 10 [--dry-run]

Reads KEITARO_URL and KEITARO_API_KEY. One report groups yesterday's traffic by flow; flows with
enough clicks to judge and an ROI under the threshold are disabled together with `update_many`
(one call per flow, sent concurrently, every failure reported by id).
"""

from __future__ import annotations

import argparse

from keitaro_ext import Keitaro


def losing_flows(kt: Keitaro, *, roi_below: float, min_clicks: int) -> dict[int, float]:
    """Flow id -> yesterday's ROI, for the flows to pause."""
    report = kt.reports.build(
        "yesterday",
        group_by="stream_id",
        metrics=["clicks", "cost", "revenue", "roi"],
        filters=[f"clicks >= {min_clicks}", "stream_id is set"],
    )
    return {row["stream_id"]: row["roi"] for row in report if row["roi"] is not None and row["roi"] < roi_below}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--roi", type=float, default=-50.0, help="pause flows with an ROI (percent) below this")
    parser.add_argument("--min-clicks", type=int, default=10, help="ignore flows with fewer clicks yesterday")
    parser.add_argument("--dry-run", action="store_true", help="list the flows, change nothing")
    args = parser.parse_args(argv)
    with Keitaro() as kt:
        losers = losing_flows(kt, roi_below=args.roi, min_clicks=args.min_clicks)
        for flow_id, roi in sorted(losers.items()):
            print(f"flow #{flow_id}: ROI {roi:.1f}% yesterday")
        if not losers:
            print(f"No flow with at least {args.min_clicks} clicks had an ROI below {args.roi}% yesterday.")
        elif args.dry_run:
            print(f"Dry run: {len(losers)} flows would be paused.")
        else:
            paused = kt.streams.update_many(sorted(losers), state="disabled")
            print(f"Paused {len(paused)} flows: {', '.join(f'#{i}' for i in paused)}")


if __name__ == "__main__":
    main()

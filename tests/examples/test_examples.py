"""Every script in examples/ runs against the fake and does what its docstring promises."""

from __future__ import annotations

import csv
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pyarrow.parquet as pq

from keitaro_ext import Keitaro
from keitaro_ext.testing import FakeTracker

from .conftest import EXAMPLES, RunExample

TESTED = {
    "quickstart",  # tests/testing/test_quickstart.py
    "launch_split_campaign",
    "pause_losing_flows",
    "daily_report",
    "sub_id_breakdown",
    "update_costs_from_csv",
    "bulk_rename",
    "export_clicks_parquet",
    "async_fan_out",
    "test_own_code_with_fake",
    "raw_responses_and_retries",
}


def test_every_example_has_a_test_here() -> None:
    assert {path.stem for path in EXAMPLES.glob("*.py")} == TESTED


def test_launch_splits_the_flow_70_30_between_two_new_offers(
    run_example: RunExample, tracker: FakeTracker, kt: Keitaro
) -> None:
    offers_before = set(tracker.state.offers.keys())
    out = run_example("launch_split_campaign")
    campaign = next(c for c in kt.campaigns.list() if c.alias == "summer-split")
    (flow,) = kt.streams.list_for_campaign(campaign.id)
    shares = {link.offer_id: link.share for link in flow.offers or []}
    new_offers = set(tracker.state.offers.keys()) - offers_before
    assert set(shares) == new_offers and len(new_offers) == 2
    assert set(shares.values()) == {30, 70}
    assert f"offer #{min(new_offers)}: 70% of the traffic" in out
    assert f"offer #{max(new_offers)}: 30% of the traffic" in out


def _roi_by_flow(kt: Keitaro, min_clicks: int) -> dict[int, float]:
    """ROI computed here from clicks, cost and revenue, not taken from the tracker's `roi`."""
    report = kt.reports.build("yesterday", group_by="stream_id", metrics=["clicks", "cost", "revenue"])
    return {
        row["stream_id"]: (row["revenue"] - row["cost"]) / row["cost"] * 100
        for row in report
        if row["clicks"] >= min_clicks and row["cost"]
    }


def test_pause_disables_exactly_the_flows_below_the_threshold(
    run_example: RunExample, tracker: FakeTracker, kt: Keitaro
) -> None:
    roi = _roi_by_flow(kt, min_clicks=5)
    losers = {flow for flow, value in roi.items() if value < 100}
    winners = set(roi) - losers
    assert losers and winners, "the seeded data must hold both kinds for this test to mean anything"

    dry = run_example("pause_losing_flows", "--roi", "100", "--min-clicks", "5", "--dry-run")
    assert f"Dry run: {len(losers)} flows would be paused." in dry
    assert all(tracker.state.streams[flow]["state"] == "active" for flow in losers)

    out = run_example("pause_losing_flows", "--roi", "100", "--min-clicks", "5")
    assert {flow for flow in roi if tracker.state.streams[flow]["state"] == "disabled"} == losers
    assert all(tracker.state.streams[flow]["state"] == "active" for flow in winners)
    assert f"Paused {len(losers)} flows" in out


def test_pause_with_a_low_threshold_changes_nothing(run_example: RunExample, tracker: FakeTracker) -> None:
    out = run_example("pause_losing_flows", "--roi", "-1000")
    assert "No flow with at least 10 clicks had an ROI below -1000.0% yesterday." in out
    assert tracker.requests.calls("PUT", "/streams/*") == []


def test_daily_report_writes_csv_and_a_pandas_pivot(run_example: RunExample, kt: Keitaro, tmp_path: Path) -> None:
    out = run_example("daily_report", "report.csv")
    with (tmp_path / "report.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ["campaign", "country", "clicks", "conversions", "cost", "revenue", "profit"]
    by_campaign = kt.reports.build("yesterday", group_by="campaign", metrics=["clicks", "revenue"])
    for row in by_campaign:
        in_file = sum(int(r["clicks"]) for r in rows if r["campaign"] == row["campaign"])
        assert in_file == row["clicks"]
    top = max(by_campaign, key=lambda r: r["revenue"])["campaign"]
    pivot_lines = out.split("\n", 1)[1].splitlines()
    assert pivot_lines[2].startswith(top)  # header, index name, then the best campaign
    total = sum(Decimal(r["revenue"]) for r in rows)
    assert f"Total revenue {total:.2f}" in out


def test_sub_id_breakdown_filters_on_the_tracker(run_example: RunExample, tracker: FakeTracker) -> None:
    out = run_example("sub_id_breakdown", "1", "--country", "US", "--country", "GB", "--min-clicks", "3")
    (request,) = tracker.requests.calls("POST", "/report/build")
    filters = {f["name"]: (f["operator"], f["expression"]) for f in request.json["filters"]}
    assert filters == {
        "campaign_id": ("EQUALS", 1),
        "clicks": ("EQUALS_OR_GREATER_THAN", 3),
        "country_code": ("IN_LIST", ["US", "GB"]),
    }
    table = out.split("\n")[3:]
    clicks = [int(line.split()[1]) for line in table if line.strip()]
    assert clicks and all(value >= 3 for value in clicks)


def test_costs_from_csv_send_each_day_exactly(run_example: RunExample, tracker: FakeTracker) -> None:
    out = run_example("update_costs_from_csv")
    aliases = {record["alias"]: record["id"] for record in tracker.state.campaigns.values()}
    with (EXAMPLES / "data" / "ad_network_spend.csv").open(newline="", encoding="utf-8") as handle:
        expected = [
            (aliases[row["campaign_alias"]], row["date"], row["date"], Decimal(row["spend"]), row["currency"])
            for row in csv.DictReader(handle)
            if row["campaign_alias"] in aliases
        ]
    sent = [
        (u["campaign_id"], u["start_date"][:10], u["end_date"][:10], Decimal(u["cost"]), u["currency"])
        for u in tracker.state.campaign_cost_updates
    ]
    assert sent == expected and len(sent) == 5
    assert "Skipped 1 rows for campaigns the tracker does not have: no-such-campaign" in out


def test_bulk_rename_changes_only_matching_names_once(run_example: RunExample, tracker: FakeTracker) -> None:
    before = {r["id"]: r["name"] for r in tracker.state.campaigns.values()}
    matching = {i for i, name in before.items() if "crypto" in name.lower()}
    assert matching and len(matching) < len(before)
    out = run_example("bulk_rename", "--match", "CRYPTO", "--prefix", "[Q3] ")
    after = {r["id"]: r["name"] for r in tracker.state.campaigns.values()}
    assert after == {i: ("[Q3] " + name if i in matching else name) for i, name in before.items()}
    assert f"Renamed {len(matching)} of {len(matching)}" in out
    again = run_example("bulk_rename", "--match", "crypto", "--prefix", "[Q3] ")
    assert "Renamed 0 of 0" in again
    assert {r["id"]: r["name"] for r in tracker.state.campaigns.values()} == after


def test_export_writes_every_click_of_the_week_to_parquet(run_example: RunExample, kt: Keitaro, tmp_path: Path) -> None:
    out = run_example("export_clicks_parquet", "week.parquet")
    clicks = kt.reports.build("7_days_ago", metrics="clicks").rows[0]["clicks"]
    table = pq.read_table(tmp_path / "week.parquet")
    assert table.num_rows == clicks > 0
    assert table.column_names[:3] == ["datetime", "campaign_id", "sub_id"]
    assert f"Wrote {clicks:,} clicks to week.parquet" in out
    assert not list(tmp_path.glob("*.tmp*")), "no partial file is left behind"


def test_async_fan_out_reports_every_campaign(run_example: RunExample, kt: Keitaro) -> None:
    out = run_example("async_fan_out", "--concurrency", "2")
    clicks = {
        row["campaign_id"]: row["clicks"]
        for row in kt.reports.build("yesterday", group_by="campaign_id", metrics="clicks")
    }
    lines = {int(line.split()[0][1:]): line for line in out.splitlines()}
    assert set(lines) == {c.id for c in kt.campaigns.list()}
    for campaign_id, line in lines.items():
        assert f" {clicks.get(campaign_id, 0)} clicks" in line


def test_the_pytest_example_passes_as_a_user_runs_it() -> None:
    result = subprocess.run(  # a separate pytest session, as `pytest examples/...` would be
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(EXAMPLES / "test_own_code_with_fake.py")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 passed" in result.stdout


def test_retries_recover_from_a_flaky_tracker_and_the_raw_answer_shows(
    run_example: RunExample, tracker: FakeTracker
) -> None:
    tracker.faults.add(method="GET", path="/campaigns", status=503, times=2)
    out = run_example("raw_responses_and_retries")
    assert len(tracker.requests.calls("GET", "/campaigns")) == 3
    assert f"{len(tracker.state.campaigns.where())} campaigns: HTTP 200, application/json" in out
    assert "from /admin_api/v1/campaigns" in out
    assert len(tracker.requests.calls("GET", "/campaigns/999999")) == 1, "max_retries=0 for that call"
    assert "Not found, as expected: 404" in out
    assert "days of clicks" in out

"""`keitaro report`: the report builder from the command line, checked against the SDK's own answer."""

from __future__ import annotations

import csv
import io
import json

from keitaro_ext import Keitaro
from keitaro_ext.testing import FakeTracker

from .conftest import API_KEY, FAKE_URL, Cli

QUERY = ("--range", "2026-06-01..2026-06-10", "--timezone", "UTC", "--group-by", "country_code,campaign")
METRICS = ("--metrics", "clicks,conversions,revenue")


def expected_rows(fake: FakeTracker) -> list[dict[str, object]]:
    with Keitaro(FAKE_URL, API_KEY, transport=fake.transport()) as kt:
        report = kt.reports.build(
            ("2026-06-01", "2026-06-10"),
            timezone="UTC",
            group_by=["country_code", "campaign"],
            metrics=["clicks", "conversions", "revenue"],
            filters=["country_code in US,DE"],
            sort="revenue:desc",
        )
    return report.to_dicts()


def test_json_rows_match_the_sdk(cli: Cli, env_tracker: FakeTracker) -> None:
    result = cli.run(
        "report", *QUERY, *METRICS, "--filter", "country_code in US,DE", "--sort", "revenue:desc", "--format", "json"
    )
    assert result.exit_code == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["rows"] == expected_rows(env_tracker)
    assert payload["rows"] and {row["country_code"] for row in payload["rows"]} <= {"US", "DE"}
    assert payload["columns"] == ["country_code", "campaign", "clicks", "conversions", "revenue"]
    revenues = [row["revenue"] for row in payload["rows"]]
    assert revenues == sorted(revenues, reverse=True)


def test_csv_has_a_header_and_every_row(cli: Cli, env_tracker: FakeTracker) -> None:
    result = cli.run(
        "report", *QUERY, *METRICS, "--filter", "country_code in US,DE", "--sort", "revenue:desc", "--format", "csv"
    )
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    expected = expected_rows(env_tracker)
    assert [row["campaign"] for row in rows] == [row["campaign"] for row in expected]
    assert [int(row["clicks"]) for row in rows] == [row["clicks"] for row in expected]


def test_table_with_summary_and_limit(cli: Cli, env_tracker: FakeTracker) -> None:
    result = cli.run("report", *QUERY, *METRICS, "--limit", "3", "--summary")
    assert result.exit_code == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert lines[0].split()[:3] == ["country_code", "┃", "campaign"]
    assert lines[-1].split()[0] == "total"
    body = [line for line in lines[2:-2] if "│" in line]
    assert len(body) == 3
    with Keitaro(FAKE_URL, API_KEY, transport=env_tracker.transport()) as kt:
        total = kt.reports.build(("2026-06-01", "2026-06-10"), timezone="UTC", metrics="clicks").rows[0]["clicks"]
    assert f"{total}" in lines[-1].replace(",", "")


def test_unknown_metric_names_the_likely_one(cli: Cli, env_tracker: FakeTracker) -> None:
    result = cli.run("report", "--metrics", "clikcs")
    assert result.exit_code == 2
    assert "Unknown metric 'clikcs'" in result.stderr
    assert "Did you mean 'clicks'" in result.stderr
    assert "--allow-unknown" in result.stderr and "allow_unknown=True" not in result.stderr
    assert len(env_tracker.requests) == 0


def test_bad_date_range_filter_sort_and_zone_are_usage_errors(cli: Cli, env_tracker: FakeTracker) -> None:
    cases = {
        ("--range", "2026-13-01"): "Cannot read date",
        ("--range", "yesterdy"): "Did you mean 'yesterday'",
        ("--range", "2026-06-10..2026-06-01"): "start",
        ("--filter", "country_code in"): "no value after 'in'",
        ("--filter", "revenue between 1"): "BETWEEN needs exactly two values",
        ("--sort", "revenue:sideways"): "asc or desc",
        ("--timezone", "Europe/Madird"): "Europe/Madrid",
    }
    for args, text in cases.items():
        result = cli.run("report", *args)
        assert result.exit_code == 2, (args, result.stderr)
        assert text in result.stderr, (args, result.stderr)
        assert result.stderr.count("\n") == 1, "one line"
    assert len(env_tracker.requests) == 0


def test_allow_unknown_sends_the_name(cli: Cli, env_tracker: FakeTracker) -> None:
    cli.run("report", "--metrics", "clicks,brand_new_metric", "--allow-unknown")
    assert env_tracker.requests[-1].json["metrics"] == ["clicks", "brand_new_metric"]

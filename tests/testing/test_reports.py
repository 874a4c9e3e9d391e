"""Reports and logs checked against aggregates computed here, from the click rows themselves,
with this file's own grouping and formulas (not the fake's report code)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

from keitaro_ext.testing import FakeTracker
from keitaro_ext.testing.data.clicks import Click

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)


def all_clicks(fake: FakeTracker) -> list[Click]:
    return [fake.data.click(i) for i in range(fake.data.count)]


def ts(text: str, tz: str = "UTC") -> int:
    return int(datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(tz)).timestamp())


def report(client: httpx.Client, body: dict[str, Any]) -> dict[str, Any]:
    response = client.post("/report/build", json=body)
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


def totals(clicks: list[Click]) -> dict[str, float]:
    """This test's own sums and formulas."""
    count = Counter(c.conversion.status for c in clicks if c.conversion)
    revenue = sum(c.conversion.payout_cents for c in clicks if c.conversion and c.conversion.status != "rejected")
    cost = sum(c.cost_cents for c in clicks)
    n = len(clicks)
    conversions = count["lead"] + count["sale"] + count["rejected"]
    return {
        "clicks": n,
        "conversions": conversions,
        "leads": count["lead"],
        "sales": count["sale"],
        "rejected": count["rejected"],
        "revenue": revenue / 100,
        "cost": cost / 100,
        "profit": (revenue - cost) / 100,
        "roi": (revenue - cost) / cost * 100 if cost else 0,
        "cr": conversions / n * 100 if n else 0,
        "epc": revenue / 100 / n if n else 0,
        "cpc": cost / 100 / n if n else 0,
        "campaign_unique_clicks": sum(c.unique_campaign for c in clicks),
        "bots": sum(c.bot for c in clicks),
    }


METRICS = list(totals([]))


def test_a_click_row_is_a_pure_function_of_seed_and_index() -> None:
    a, b, other = FakeTracker(seed=4, clicks=100), FakeTracker(seed=4, clicks=100), FakeTracker(seed=5, clicks=100)
    assert [a.data.click(i) for i in range(100)] == [b.data.click(i) for i in range(100)]
    assert [a.data.click(i).country for i in range(100)] != [other.data.click(i).country for i in range(100)]
    assert all(a.data.click(i).ts <= a.data.click(i + 1).ts for i in range(99))


def test_grouping_by_country_matches_independent_aggregates(fake: FakeTracker, client: httpx.Client) -> None:
    result = report(client, {"grouping": ["country"], "metrics": METRICS, "range": {"interval": "all_time"}})
    groups: dict[str, list[Click]] = defaultdict(list)
    for click in all_clicks(fake):
        groups[click.country.name].append(click)
    assert result["total"] == len(groups) == len(result["rows"])
    assert [row["country"] for row in result["rows"]] == sorted(groups)
    for row in result["rows"]:
        expected = totals(groups[row["country"]])
        assert row == pytest.approx({"country": row["country"], **expected}, abs=1e-3)
    assert sum(row["clicks"] for row in result["rows"]) == fake.data.count
    assert sum(row["conversions"] for row in result["rows"]) > 0


def test_both_dialects_give_the_same_report(client: httpx.Client) -> None:
    old = report(client, {"grouping": ["campaign_id", "device_type"], "metrics": ["clicks", "sales"]})
    new = report(client, {"dimensions": ["campaign_id", "device_type"], "measures": ["clicks", "sales"]})
    assert old["rows"] == new["rows"] and old["total"] == new["total"] > 4
    mixed = client.post("/report/build", json={"grouping": ["country"], "dimensions": ["os"], "metrics": ["clicks"]})
    assert mixed.status_code == 406 and list(mixed.json()) == ["dimensions"]


def test_sort_limit_offset_total_and_summary(fake: FakeTracker, client: httpx.Client) -> None:
    body = {
        "grouping": ["country_code"],
        "metrics": ["clicks", "revenue"],
        "sort": [{"name": "clicks", "order": "DESC"}],
        "limit": 3,
        "offset": 1,
        "summary": True,
    }
    result = report(client, body)
    counts = Counter(c.country.code for c in all_clicks(fake))
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    assert [(r["country_code"], r["clicks"]) for r in result["rows"]] == ranked[1:4]
    assert result["total"] == len(counts)
    expected = totals(all_clicks(fake))
    assert result["summary"] == pytest.approx(
        {"country_code": None, "clicks": fake.data.count, "revenue": expected["revenue"]}
    )
    assert result["meta"]["count"] == 3
    assert "summary" not in report(client, {"grouping": ["country_code"], "metrics": ["clicks"]})


def test_no_grouping_gives_one_row_of_totals(fake: FakeTracker, client: httpx.Client) -> None:
    result = report(client, {"metrics": ["clicks", "cost", "roi", "campaign_unique_clicks"]})
    expected = totals(all_clicks(fake))
    assert result["total"] == 1
    assert result["rows"][0] == pytest.approx(
        {k: expected[k] for k in ("clicks", "cost", "roi", "campaign_unique_clicks")}, abs=1e-3
    )


@pytest.mark.parametrize(
    ("interval", "tz", "start", "end"),
    [
        ("today", "UTC", "2026-06-15 00:00", "2026-06-16 00:00"),
        ("yesterday", "UTC", "2026-06-14 00:00", "2026-06-15 00:00"),
        ("7_days_ago", "UTC", "2026-06-08 00:00", "2026-06-16 00:00"),
        ("first_day_of_this_month", "UTC", "2026-06-01 00:00", "2026-06-16 00:00"),
        ("first_day_of_this_week", "UTC", "2026-06-15 00:00", "2026-06-16 00:00"),
        ("today", "Europe/Berlin", "2026-06-15 00:00", "2026-06-16 00:00"),
        ("yesterday", "America/New_York", "2026-06-14 00:00", "2026-06-15 00:00"),
    ],
)
def test_named_intervals_are_relative_to_the_fixed_now(
    fake: FakeTracker, client: httpx.Client, interval: str, tz: str, start: str, end: str
) -> None:
    assert fake.now == NOW
    low, high = ts(start, tz), ts(end, tz)
    expected = sum(1 for c in all_clicks(fake) if low <= c.ts < high)
    result = report(client, {"metrics": ["clicks"], "range": {"interval": interval, "timezone": tz}})
    assert result["rows"][0]["clicks"] == expected > 0
    assert result["meta"]["from"] == start + ":00" and result["meta"]["timezone"] == tz


def test_from_and_to_dates_include_the_whole_last_day(fake: FakeTracker, client: httpx.Client) -> None:
    low, high = ts("2026-06-01 00:00"), ts("2026-06-04 00:00")
    expected = sum(1 for c in all_clicks(fake) if low <= c.ts < high)
    result = report(client, {"metrics": ["clicks"], "range": {"from": "2026-06-01", "to": "2026-06-03"}})
    assert result["rows"][0]["clicks"] == expected
    timed = report(client, {"metrics": ["clicks"], "range": {"from": "2026-06-01 00:00", "to": "2026-06-03 23:59:59"}})
    assert timed["rows"][0]["clicks"] == expected


def test_grouping_by_day_uses_the_range_time_zone(fake: FakeTracker, client: httpx.Client) -> None:
    zone = ZoneInfo("Asia/Tokyo")
    days = Counter(datetime.fromtimestamp(c.ts, zone).strftime("%Y-%m-%d") for c in all_clicks(fake))
    hours = Counter(datetime.fromtimestamp(c.ts, zone).hour for c in all_clicks(fake))
    by_day = report(client, {"grouping": ["day"], "metrics": ["clicks"], "range": {"timezone": "Asia/Tokyo"}})
    assert {r["day"]: r["clicks"] for r in by_day["rows"]} == days
    by_hour = report(client, {"grouping": ["hour"], "metrics": ["clicks"], "range": {"timezone": "Asia/Tokyo"}})
    assert {r["hour"]: r["clicks"] for r in by_hour["rows"]} == hours


FILTERS: list[tuple[str, str, Any, Callable[[Click], bool]]] = [
    ("country_code", "EQUALS", "US", lambda c: c.country.code == "US"),
    ("country_code", "NOT_EQUAL", "US", lambda c: c.country.code != "US"),
    ("cost", "EQUALS_OR_GREATER_THAN", 0.4, lambda c: c.cost_cents >= 40),
    ("cost", "EQUALS_OR_LESS_THAN", "0.4", lambda c: c.cost_cents <= 40),
    ("campaign_id", "GREATER_THAN", 2, lambda c: c.campaign.id > 2),
    ("campaign_id", "LESS_THAN", 2, lambda c: c.campaign.id < 2),
    ("browser", "MATCH_REGEXP", "^Chrome", lambda c: c.browser[0].startswith("Chrome")),
    ("browser", "NOT_MATCH_REGEXP", "Mobile$", lambda c: not c.browser[0].endswith("Mobile")),
    ("os", "BEGINS_WITH", "Win", lambda c: c.os[0].startswith("Win")),
    ("browser", "ENDS_WITH", "Mobile", lambda c: c.browser[0].endswith("Mobile")),
    ("keyword", "CONTAINS", "dat", lambda c: "dat" in c.keyword),
    ("keyword", "NOT_CONTAIN", "a", lambda c: "a" not in c.keyword),
    ("country_code", "IN_LIST", ["US", "DE"], lambda c: c.country.code in ("US", "DE")),
    ("campaign_id", "NOT_IN_LIST", [1, 4], lambda c: c.campaign.id not in (1, 4)),
    ("campaign_id", "BETWEEN", [2, 3], lambda c: 2 <= c.campaign.id <= 3),
    ("offer_id", "IS_SET", None, lambda c: c.offer is not None),
    ("offer_id", "IS_NOT_SET", None, lambda c: c.offer is None),
    ("keyword", "IS_SET", None, lambda c: c.keyword != ""),
    ("is_bot", "IS_TRUE", None, lambda c: c.bot),
    ("is_bot", "IS_FALSE", None, lambda c: not c.bot),
]


@pytest.mark.parametrize(("name", "operator", "expression", "keep"), FILTERS, ids=[f"{f[1]}-{f[0]}" for f in FILTERS])
def test_each_filter_operator_in_reports_and_logs(
    fake: FakeTracker, client: httpx.Client, name: str, operator: str, expression: Any, keep: Callable[[Click], bool]
) -> None:
    expected = sum(1 for c in all_clicks(fake) if keep(c))
    assert 0 < expected < fake.data.count
    flt = {"name": name, "operator": operator, "expression": expression}
    assert report(client, {"metrics": ["clicks"], "filters": [flt]})["rows"][0]["clicks"] == expected
    log = client.post("/clicks/log", json={"limit": 0, "filters": [flt]}).json()
    assert log["total"] == expected and log["rows"] == []


def test_label_filters_use_the_labels_set_through_the_api(fake: FakeTracker, client: httpx.Client) -> None:
    items = {"google": "whitelist", "facebook": "blacklist"}
    assert client.post("/report/labels", json={"campaign_id": 1, "ref_name": "source", "items": items}).json() == {
        "success": True
    }
    labels = client.get("/report/labels", params={"campaign_id": 1, "label_name": "whitelist", "ref_name": "source"})
    assert labels.json() == {"google": "whitelist"}
    clicks = all_clicks(fake)
    for operator, expression, keep in [
        ("HAS_LABEL", "whitelist", lambda c: c.campaign.id == 1 and c.referrer.source == "google"),
        ("HAS_LABEL", "blacklist", lambda c: c.campaign.id == 1 and c.referrer.source == "facebook"),
        ("NOT_HAS_LABEL", "blacklist", lambda c: not (c.campaign.id == 1 and c.referrer.source == "facebook")),
    ]:
        flt = {"name": "source", "operator": operator, "expression": expression}
        assert report(client, {"metrics": ["clicks"], "filters": [flt]})["rows"][0]["clicks"] == sum(map(keep, clicks))
    by_label = report(
        client,
        {
            "grouping": ["label"],
            "metrics": ["clicks"],
            "filters": [{"name": "campaign_id", "operator": "EQUALS", "expression": 1}],
        },
    )
    assert {r["label"] for r in by_label["rows"]} == {None, "whitelist", "blacklist"}
    client.post("/report/labels", json={"campaign_id": 1, "ref_name": "source", "items": {"google": None}})
    assert (
        client.get("/report/labels", params={"campaign_id": 1, "label_name": "whitelist", "ref_name": "source"}).json()
        == {}
    )


def test_metric_filters_apply_to_grouped_rows(fake: FakeTracker, client: httpx.Client) -> None:
    counts = Counter(c.country.code for c in all_clicks(fake))
    flt = {"name": "clicks", "operator": "GREATER_THAN", "expression": 300}
    result = report(client, {"grouping": ["country_code"], "metrics": ["clicks"], "filters": [flt], "summary": True})
    assert {r["country_code"]: r["clicks"] for r in result["rows"]} == {k: v for k, v in counts.items() if v > 300}
    assert result["total"] == len(result["rows"]) and result["summary"]["clicks"] == sum(
        v for v in counts.values() if v > 300
    )


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"metrics": ["clicks", "clickz"]}, "metrics.1"),
        ({"grouping": ["cuntry"]}, "grouping.0"),
        ({"measures": ["nope"]}, "measures.0"),
        ({"filters": [{"name": "nope", "operator": "EQUALS", "expression": 1}]}, "filters.0.name"),
        ({"filters": [{"name": "country", "operator": "IN_LIST", "expression": "US"}]}, "filters.0.expression"),
        (
            {"filters": [{"name": "campaign_id", "operator": "BETWEEN", "expression": [1, 2, 3]}]},
            "filters.0.expression",
        ),
        ({"filters": [{"name": "campaign_id", "operator": "EQUALS", "expression": "one"}]}, "filters.0.expression"),
        ({"filters": [{"name": "country", "operator": "IS_SET", "expression": "x"}]}, "filters.0.expression"),
        ({"filters": [{"name": "country", "operator": "MATCH_REGEXP", "expression": "("}]}, "filters.0.expression"),
        (
            {"filters": [{"name": "country", "operator": "HAS_LABEL", "expression": "whitelist"}]},
            "filters.0.expression",
        ),
        ({"filters": [{"name": "source", "operator": "HAS_LABEL", "expression": "greylist"}]}, "filters.0.expression"),
        ({"sort": [{"name": "os", "order": "ASC"}], "grouping": ["country"]}, "sort.0.name"),
        ({"range": {"timezone": "Mars/Olympus"}}, "range.timezone"),
        ({"range": {"interval": "last_week"}}, "range.interval"),
        ({"range": {"from": "15/06/2026"}}, "range.from"),
        ({"range": {"from": "2026-06-03", "to": "2026-06-01"}}, "range.to"),
        ({"limit": -1}, "limit"),
    ],
)
def test_bad_report_requests_get_406_naming_the_field(client: httpx.Client, body: dict[str, Any], field: str) -> None:
    response = client.post("/report/build", json=body)
    assert response.status_code == 406
    assert list(response.json()) == [field]


def test_click_log_pages_cover_every_row_once(fake: FakeTracker, client: httpx.Client) -> None:
    seen: list[int] = []
    for offset in range(0, fake.data.count, 700):
        page = client.post(
            "/clicks/log", json={"limit": 700, "offset": offset, "columns": ["click_id", "country_code"]}
        )
        body = page.json()
        assert body["total"] == fake.data.count
        seen += [row["click_id"] for row in body["rows"]]
        assert [r["country_code"] for r in body["rows"]] == [
            fake.data.click(r["click_id"] - 1).country.code for r in body["rows"]
        ]
    assert seen == list(range(1, fake.data.count + 1))


def test_click_log_range_sort_and_default_columns(fake: FakeTracker, client: httpx.Client) -> None:
    low, high = ts("2026-06-10 00:00"), ts("2026-06-11 00:00")
    inside = [c for c in all_clicks(fake) if low <= c.ts < high]
    body = {
        "range": {"from": "2026-06-10", "to": "2026-06-10"},
        "sort": [{"name": "cost", "order": "DESC"}],
        "limit": 5,
    }
    result = client.post("/clicks/log", json=body).json()
    assert result["total"] == len(inside)
    assert [r["cost"] for r in result["rows"]] == sorted((c.cost_cents / 100 for c in inside), reverse=True)[:5]
    assert set(result["rows"][0]) == {
        "datetime",
        "click_id",
        "sub_id",
        "campaign",
        "stream",
        "offer",
        "country_code",
        "cost",
    }
    assert client.post("/clicks/log", json={"columns": ["datetime"]}).json() == {
        "limit": ["Give 'limit' or 'range' (or both)."]
    }
    assert list(client.post("/clicks/log", json={"limit": 1, "columns": ["status"]}).json()) == ["columns.0"]


def test_a_page_deep_in_a_million_clicks_is_computed_alone() -> None:
    fake = FakeTracker(clicks=1_000_000)
    with fake.client() as http:
        body = http.post("/clicks/log", json={"limit": 10, "offset": 999_990, "columns": ["click_id"]}).json()
    assert body["total"] == 1_000_000
    assert [r["click_id"] for r in body["rows"]] == list(range(999_991, 1_000_001))


def test_conversion_log_statuses_filters_and_sort(fake: FakeTracker, client: httpx.Client) -> None:
    converted = [c for c in all_clicks(fake) if c.conversion]
    everything = client.post(
        "/conversions/log", json={"limit": 10_000, "columns": ["conversion_id", "status", "revenue"]}
    ).json()
    assert everything["total"] == len(converted)
    assert {r["status"] for r in everything["rows"]} == {"lead", "sale", "rejected"}
    sales = [c for c in converted if c.conversion and c.conversion.status == "sale"]
    body = {
        "limit": 3,
        "columns": ["conversion_id", "status", "revenue", "sale_datetime", "click_datetime"],
        "filters": [{"name": "status", "operator": "EQUALS", "expression": "sale"}],
        "sort": [{"name": "revenue", "order": "DESC"}],
    }
    top = client.post("/conversions/log", json=body).json()
    assert top["total"] == len(sales)
    assert [r["revenue"] for r in top["rows"]] == sorted(
        (c.conversion.payout_cents / 100 for c in sales if c.conversion), reverse=True
    )[:3]
    assert all(r["sale_datetime"] > r["click_datetime"] for r in top["rows"])


def test_conversions_are_placed_in_a_range_by_postback_time(fake: FakeTracker, client: httpx.Client) -> None:
    low, high = ts("2026-06-12 00:00"), ts("2026-06-13 00:00")
    expected = sum(1 for c in all_clicks(fake) if c.conversion and low <= c.conversion.ts < high)
    body = {"range": {"from": "2026-06-12", "to": "2026-06-12"}, "columns": ["postback_datetime"]}
    result = client.post("/conversions/log", json=body).json()
    assert result["total"] == expected > 0
    assert all(r["postback_datetime"].startswith("2026-06-12") for r in result["rows"])


def test_report_names_follow_renames(client: httpx.Client) -> None:
    client.put("/campaigns/2", json={"name": "Renamed campaign"})
    names = {r["campaign"] for r in report(client, {"grouping": ["campaign"], "metrics": ["clicks"]})["rows"]}
    assert "Renamed campaign" in names and "Social - Crypto" not in names

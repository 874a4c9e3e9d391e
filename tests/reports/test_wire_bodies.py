"""The JSON that reaches the tracker equals a body written by hand: `range` plus exactly what the caller set.

The expected bodies are typed out here, not computed, in the shapes real callers send (the panel's
`columns: []`, `summary`, `limit`/`offset`; see `ReportRequest` in openapi/keitaro.yaml).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from keitaro_ext import Keitaro
from keitaro_ext.reports import F
from tests.core.conftest import Script, reply

REPORT = {"rows": [], "total": 0, "meta": {}}

# (arguments of kt.reports.build, the body in the grouping/metrics dialect)
REPORT_CASES: list[tuple[dict[str, Any], dict[str, Any]]] = [
    (
        {"range": "today", "metrics": ["clicks"]},
        {"range": {"interval": "today"}, "metrics": ["clicks"]},
    ),
    (
        {"range": "yesterday", "group_by": "country", "metrics": "clicks"},
        {"range": {"interval": "yesterday"}, "grouping": ["country"], "metrics": ["clicks"]},
    ),
    (
        {"range": "7_days_ago", "timezone": "Europe/Moscow", "group_by": ["campaign", "sub_id_1"],
         "metrics": ["clicks", "campaign_unique_clicks", "conversions", "sales", "revenue"]},
        {"range": {"interval": "7_days_ago", "timezone": "Europe/Moscow"}, "grouping": ["campaign", "sub_id_1"],
         "metrics": ["clicks", "campaign_unique_clicks", "conversions", "sales", "revenue"]},
    ),
    (
        {"range": ("2026-01-01", "2026-01-31"), "timezone": "Europe/Madrid", "group_by": ["day"],
         "metrics": ["cost", "revenue", "profit", "roi"]},
        {"range": {"from": "2026-01-01", "to": "2026-01-31", "timezone": "Europe/Madrid"}, "grouping": ["day"],
         "metrics": ["cost", "revenue", "profit", "roi"]},
    ),
    (
        {"range": "today", "group_by": ["campaign"], "metrics": ["clicks"], "columns": [], "summary": True},
        {"range": {"interval": "today"}, "grouping": ["campaign"], "metrics": ["clicks"], "columns": [],
         "summary": True},
    ),
    (
        {"range": "today", "group_by": ["campaign"], "metrics": ["clicks", "revenue"],
         "filters": [F("campaign_id").eq("123")], "sort": "revenue:desc", "summary": True, "limit": 100, "offset": 0},
        {"range": {"interval": "today"}, "grouping": ["campaign"], "metrics": ["clicks", "revenue"],
         "filters": [{"name": "campaign_id", "operator": "EQUALS", "expression": "123"}],
         "sort": [{"name": "revenue", "order": "DESC"}], "summary": True, "limit": 100, "offset": 0},
    ),
    (
        {"range": "all_time", "group_by": ["sub_id_4"], "metrics": ["clicks", "conversions", "roi_confirmed"],
         "filters": ["country in US,DE", F("revenue").gt(0)], "sort": ["-conversions", "clicks"]},
        {"range": {"interval": "all_time"}, "grouping": ["sub_id_4"],
         "metrics": ["clicks", "conversions", "roi_confirmed"],
         "filters": [{"name": "country", "operator": "IN_LIST", "expression": ["US", "DE"]},
                     {"name": "revenue", "operator": "GREATER_THAN", "expression": 0}],
         "sort": [{"name": "conversions", "order": "DESC"}, {"name": "clicks", "order": "ASC"}]},
    ),
    (
        {"range": "today", "metrics": ["clicks"], "summary": False},
        {"range": {"interval": "today"}, "metrics": ["clicks"], "summary": False},
    ),
    (
        {"range": "today", "group_by": ["ip"], "metrics": ["clicks"], "filters": [F("ip").has_label("blacklist")]},
        {"range": {"interval": "today"}, "grouping": ["ip"], "metrics": ["clicks"],
         "filters": [{"name": "ip", "operator": "HAS_LABEL", "expression": "blacklist"}]},
    ),
    (
        {"range": "yesterday", "group_by": [], "metrics": ["clicks", "bots"], "filters": [], "sort": []},
        {"range": {"interval": "yesterday"}, "grouping": [], "metrics": ["clicks", "bots"], "filters": [],
         "sort": []},
    ),
    (
        {"range": "1_month_ago", "group_by": ["offer"], "columns": ["offer_id"], "metrics": ["conversions"],
         "limit": 50},
        {"range": {"interval": "1_month_ago"}, "grouping": ["offer"], "columns": ["offer_id"],
         "metrics": ["conversions"], "limit": 50},
    ),
    (
        {"range": "today", "group_by": ["hour"], "metrics": ["clicks"], "filters": [F("is_bot").is_false()],
         "sort": {"name": "hour", "order": "asc"}},
        {"range": {"interval": "today"}, "grouping": ["hour"], "metrics": ["clicks"],
         "filters": [{"name": "is_bot", "operator": "IS_FALSE"}], "sort": [{"name": "hour", "order": "ASC"}]},
    ),
]  # fmt: skip

RENAMED = {"grouping": "dimensions", "metrics": "measures"}


def in_dimensions_dialect(body: dict[str, Any]) -> dict[str, Any]:
    return {RENAMED.get(key, key): value for key, value in body.items()}


def wire(kt: Keitaro, script: Script, arguments: dict[str, Any]) -> Any:
    kt.reports.build(**arguments)
    return json.loads(script.requests[-1].content)


@pytest.mark.parametrize(("arguments", "expected"), REPORT_CASES)
def test_report_body_is_exactly_what_was_asked_grouping_dialect(
    arguments: dict[str, Any], expected: dict[str, Any]
) -> None:
    script = Script([reply(200, REPORT)])
    with Keitaro("https://t.example.com", "key", transport=_transport(script)) as kt:
        assert wire(kt, script, arguments) == expected


@pytest.mark.parametrize(("arguments", "expected"), REPORT_CASES)
def test_report_body_is_exactly_what_was_asked_dimensions_dialect(
    arguments: dict[str, Any], expected: dict[str, Any]
) -> None:
    script = Script([reply(200, REPORT)])
    with Keitaro("https://t.example.com", "key", transport=_transport(script), report_dialect="dimensions") as kt:
        assert wire(kt, script, arguments) == in_dimensions_dialect(expected)


def test_a_plain_report_sends_no_sort_summary_or_empty_grouping() -> None:
    script = Script([reply(200, REPORT)])
    with Keitaro("https://t.example.com", "key", transport=_transport(script)) as kt:
        body = wire(kt, script, {"range": "today", "metrics": ["clicks"]})
    assert set(body) == {"range", "metrics"}


LOG_CASES: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
    (
        "clicks",
        {"range": "today", "columns": ["datetime", "sub_id", "country"]},
        {"range": {"interval": "today"}, "columns": ["datetime", "sub_id", "country"], "offset": 0, "limit": 1000},
    ),
    (
        "conversions",
        {"range": "yesterday", "timezone": "UTC", "columns": ["postback_datetime", "status", "revenue"],
         "filters": [F("status").eq("sale")], "sort": "postback_datetime:desc"},
        {"range": {"interval": "yesterday", "timezone": "UTC"}, "columns": ["postback_datetime", "status", "revenue"],
         "filters": [{"name": "status", "operator": "EQUALS", "expression": "sale"}],
         "sort": [{"name": "postback_datetime", "order": "DESC"}], "offset": 0, "limit": 1000},
    ),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "arguments", "expected"), LOG_CASES)
def test_log_body_is_exactly_what_was_asked(kind: str, arguments: dict[str, Any], expected: dict[str, Any]) -> None:
    script = Script([reply(200, {"rows": [], "total": 0})])
    with Keitaro("https://t.example.com", "key", transport=_transport(script)) as kt:
        log = kt.clicks if kind == "clicks" else kt.conversions
        assert list(log.iter_log(page_size=1000, **arguments)) == []
    assert json.loads(script.requests[0].content) == expected


def _transport(script: Script) -> Any:
    import httpx

    return httpx.MockTransport(script.handle)

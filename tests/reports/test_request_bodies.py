"""What reaches the tracker, byte for byte, for every operator and both dialects."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

import pytest

from keitaro_ext import Keitaro
from keitaro_ext.reports import F, Filter, FilterError, UnknownNameError
from tests.core.conftest import Harness, Script, reply

REPORT = {"rows": [], "total": 0, "meta": {}}


def sent(script: Script) -> bytes:
    return script.requests[-1].content


def compact(value: object) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()


OPERATOR_CASES: list[tuple[Filter, dict[str, Any]]] = [
    (F("campaign_id").eq(12), {"name": "campaign_id", "operator": "EQUALS", "expression": 12}),
    (F("country").ne("US"), {"name": "country", "operator": "NOT_EQUAL", "expression": "US"}),
    (F("revenue").gt(0), {"name": "revenue", "operator": "GREATER_THAN", "expression": 0}),
    (F("revenue").gte(1.5), {"name": "revenue", "operator": "EQUALS_OR_GREATER_THAN", "expression": 1.5}),
    (F("clicks").lt(10), {"name": "clicks", "operator": "LESS_THAN", "expression": 10}),
    (F("clicks").lte(10), {"name": "clicks", "operator": "EQUALS_OR_LESS_THAN", "expression": 10}),
    (F("keyword").matches("^buy"), {"name": "keyword", "operator": "MATCH_REGEXP", "expression": "^buy"}),
    (F("keyword").not_matches("free$"), {"name": "keyword", "operator": "NOT_MATCH_REGEXP", "expression": "free$"}),
    (F("referrer").begins_with("https://"), {"name": "referrer", "operator": "BEGINS_WITH", "expression": "https://"}),
    (F("referrer").ends_with(".ru"), {"name": "referrer", "operator": "ENDS_WITH", "expression": ".ru"}),
    (F("user_agent").contains("Chrome"), {"name": "user_agent", "operator": "CONTAINS", "expression": "Chrome"}),
    (F("user_agent").not_contains("bot"), {"name": "user_agent", "operator": "NOT_CONTAIN", "expression": "bot"}),
    (F("country").in_(["US", "DE"]), {"name": "country", "operator": "IN_LIST", "expression": ["US", "DE"]}),
    (F("offer_id").not_in([1, 2]), {"name": "offer_id", "operator": "NOT_IN_LIST", "expression": [1, 2]}),
    (
        F("datetime").between(datetime(2026, 1, 1, 0, 0), datetime(2026, 1, 31, 23, 59, 59)),
        {"name": "datetime", "operator": "BETWEEN", "expression": ["2026-01-01 00:00:00", "2026-01-31 23:59:59"]},
    ),
    (
        F("day").between(date(2026, 1, 1), "2026-01-31"),
        {"name": "day", "operator": "BETWEEN", "expression": ["2026-01-01", "2026-01-31"]},
    ),
    (F("sub_id_1").is_set(), {"name": "sub_id_1", "operator": "IS_SET"}),
    (F("sub_id_2").is_not_set(), {"name": "sub_id_2", "operator": "IS_NOT_SET"}),
    (F("is_bot").is_true(), {"name": "is_bot", "operator": "IS_TRUE"}),
    (F("is_bot").is_false(), {"name": "is_bot", "operator": "IS_FALSE"}),
    (F("ip").has_label("blacklist"), {"name": "ip", "operator": "HAS_LABEL", "expression": "blacklist"}),
    (F("ip").not_has_label("whitelist"), {"name": "ip", "operator": "NOT_HAS_LABEL", "expression": "whitelist"}),
]


def test_every_operator_of_the_spec_is_covered() -> None:
    from keitaro_ext.reports.names import OPERATORS

    assert {expected["operator"] for _, expected in OPERATOR_CASES} == OPERATORS


@pytest.mark.parametrize(("condition", "expected"), OPERATOR_CASES, ids=lambda v: getattr(v, "operator", ""))
@pytest.mark.parametrize("dialect", ["grouping", "dimensions"])
def test_report_body_for_each_operator_and_dialect(
    harness: Harness, condition: Filter, expected: dict[str, object], dialect: str
) -> None:
    script = Script([reply(200, REPORT)])
    kt = harness.client(script, report_dialect=dialect)
    harness.run(
        kt.reports.build(
            ("2026-01-01", "2026-01-31"),
            group_by=["country"],
            metrics=["clicks", "revenue"],
            filters=[condition],
            sort="revenue:desc",
            timezone="Europe/Madrid",
            summary=True,
            limit=50,
            offset=100,
        )
    )
    keys = ("grouping", "metrics") if dialect == "grouping" else ("dimensions", "measures")
    assert sent(script) == compact(
        {
            "range": {"from": "2026-01-01", "to": "2026-01-31", "timezone": "Europe/Madrid"},
            keys[0]: ["country"],
            keys[1]: ["clicks", "revenue"],
            "filters": [expected],
            "sort": [{"name": "revenue", "order": "DESC"}],
            "summary": True,
            "limit": 50,
            "offset": 100,
        }
    )
    assert script.requests[-1].url.path == "/admin_api/v1/report/build"


def test_text_filters_equal_builder_filters() -> None:
    assert Filter.parse("country in US,DE") == F("country").in_(["US", "DE"])
    assert Filter.parse("revenue >= 1.5") == F("revenue").gte(1.5)
    assert Filter.parse("ip not has label whitelist") == F("ip").not_has_label("whitelist")
    assert Filter.parse("sub_id_1 = 00123").expression == "00123"
    assert Filter.parse("keyword contains 'a b'") == F("keyword").contains("a b")


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: F("country").in_("US"), "not a single string"),
        (lambda: F("country").in_([]), "non-empty list"),
        (lambda: Filter("day", "BETWEEN", ("2026-01-01",)), "exactly two values"),
        (lambda: F("ip").has_label("red"), "'whitelist' or 'blacklist'"),
        (lambda: Filter("x", "IS_SET", "y"), "takes no expression"),
        (lambda: F("x").eq(True), "Booleans"),
        (lambda: Filter.parse("country"), "Cannot read filter"),
        (lambda: Filter.parse("x is set 5"), "takes no value"),
    ],
)
def test_malformed_filters_fail_before_sending(build: object, message: str) -> None:
    with pytest.raises(FilterError, match=message):
        build()  # type: ignore[operator]


def test_unknown_names_suggest_the_closest_and_can_be_allowed(harness: Harness) -> None:
    script = Script([reply(200, REPORT)])
    kt = harness.client(script)
    with pytest.raises(UnknownNameError, match=r"Unknown metric 'revenu'\. Did you mean 'revenue'") as caught:
        harness.run(kt.reports.build("today", metrics=["revenu"]))
    assert caught.value.suggestions[0] == "revenue"
    with pytest.raises(UnknownNameError, match="Unknown grouping column 'contry'"):
        harness.run(kt.reports.build("today", group_by=["contry"], metrics=["clicks"]))
    with pytest.raises(UnknownNameError, match="Unknown filter column"):
        harness.run(kt.reports.build("today", metrics=["clicks"], filters=["cuntry in US"]))
    assert script.requests == []
    harness.run(kt.reports.build("today", metrics=["clicks", "new_metric"], extra_names=["new_metric"]))
    harness.run(kt.reports.build("today", group_by=["sub_id_27"], metrics=["ltv"], allow_unknown=True))
    assert json.loads(sent(script))["metrics"] == ["ltv"]


def test_sort_spellings() -> None:
    from keitaro_ext.reports.query import report_body

    body = report_body(
        metrics=["clicks", "revenue", "cr"],
        sort=["-revenue", "clicks", ("cr", "asc"), {"name": "clicks", "order": "desc"}],
    )
    assert body["sort"] == [
        {"name": "revenue", "order": "DESC"},
        {"name": "clicks", "order": "ASC"},
        {"name": "cr", "order": "ASC"},
        {"name": "clicks", "order": "DESC"},
    ]


def test_log_bodies(harness: Harness) -> None:
    script = Script([reply(200, {"rows": [], "total": 0})])
    kt = harness.client(script)
    iterator: Any = kt.clicks.iter_log(
        "yesterday", columns=["datetime", "sub_id"], filters=["country = US"], sort="-datetime", page_size=500
    )
    if harness.mode == "sync":
        list(iterator)
    else:
        harness.run(_drain(iterator))
    assert sent(script) == compact(
        {
            "range": {"interval": "yesterday"},
            "limit": 500,
            "offset": 0,
            "columns": ["datetime", "sub_id"],
            "filters": [{"name": "country", "operator": "EQUALS", "expression": "US"}],
            "sort": [{"name": "datetime", "order": "DESC"}],
        }
    )
    with pytest.raises(UnknownNameError, match="conversions log column 'statuss'"):
        kt.conversions.iter_log(columns=["statuss"])


async def _drain(iterator: object) -> list[object]:
    return [row async for row in iterator]  # type: ignore[attr-defined]


def test_a_report_needs_something_to_measure() -> None:
    kt = Keitaro("https://t.example.com", "k")
    with pytest.raises(Exception, match="at least one metric"):
        kt.reports.build("today")

"""Cost updates reach the tracker in its formats, and bad amounts, periods or filters never leave."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal

import pytest

from keitaro_ext.costs import CostError, CostPeriod
from tests.core.conftest import Harness, Script, reply


def test_campaign_cost_is_sent_as_the_tracker_reads_it(harness: Harness) -> None:
    script = Script([reply(200, raw=b"")])
    kt = harness.client(script)
    harness.run(
        kt.campaigns.set_cost(
            7,
            date(2026, 1, 1),
            "2026-01-31",
            0.1 + 0.2,
            currency="usd",
            timezone="Europe/Madrid",
            filters={"sub_id_3": "fb"},
        )
    )
    request = script.requests[0]
    assert request.url.path == "/admin_api/v1/campaigns/7/update_costs"
    assert json.loads(request.content) == {
        "start_date": "2026-01-01 00:00",
        "end_date": "2026-01-31 23:59",
        "timezone": "Europe/Madrid",
        "cost": "0.3",
        "currency": "USD",
        "only_campaign_uniques": False,
        "filters": {"sub_id_3": "fb"},
    }


def test_click_costs_for_several_periods(harness: Harness) -> None:
    script = Script([reply(200, {"success": True})])
    kt = harness.client(script)
    periods = [
        CostPeriod(datetime(2026, 1, 1, 10, 0), datetime(2026, 1, 1, 11, 30), Decimal("12.50")),
        CostPeriod("2026-01-02", "2026-01-02", 7, currency="eur", filters={"source": "google"}),
    ]
    assert harness.run(kt.clicks.set_costs([1, 2], periods, currency="USD", timezone="UTC", only_unique=True)) is True
    assert json.loads(script.requests[0].content) == {
        "campaign_ids": [1, 2],
        "costs": [
            {"start_date": "2026-01-01 10:00", "end_date": "2026-01-01 11:30", "cost": "12.5"},
            {
                "start_date": "2026-01-02 00:00",
                "end_date": "2026-01-02 23:59",
                "cost": "7",
                "currency": "EUR",
                "filters": {"source": "google"},
            },
        ],
        "timezone": "UTC",
        "currency": "USD",
        "only_campaign_uniques": 1,
    }


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"cost": -1}, ">= 0"),
        ({"cost": "abc"}, "Cannot read cost"),
        ({"cost": float("nan")}, "finite"),
        ({"cost": True}, "not a boolean"),
        ({"start": "2026-02-01", "end": "2026-01-01"}, "Impossible period"),
        ({"start": "01/02/2026"}, "Cannot read date"),
        ({"currency": "dollars"}, "three-letter"),
        ({"filters": {"subid_1": "x"}}, "Did you mean 'sub_id_1'"),
    ],
)
def test_bad_cost_input_is_refused_before_sending(harness: Harness, kwargs: dict[str, object], message: str) -> None:
    script = Script([reply(200, raw=b"")])
    kt = harness.client(script)
    arguments: dict[str, object] = {"start": "2026-01-01", "end": "2026-01-02", "cost": 1, "currency": "USD", **kwargs}
    with pytest.raises(CostError, match=message):
        harness.run(kt.campaigns.set_cost(1, **arguments))  # type: ignore[arg-type]
    assert script.requests == []


def test_click_costs_need_campaigns_and_periods(harness: Harness) -> None:
    kt = harness.client(Script([reply(200, {"success": True})]))
    with pytest.raises(CostError, match="at least one campaign"):
        harness.run(kt.clicks.set_costs([], [CostPeriod("2026-01-01", "2026-01-01", 1)]))

"""Handwritten methods are written once (`@twin`): both clients show the same parameters, docs and checks."""

from __future__ import annotations

import inspect
from typing import Any

import pytest

from keitaro_ext import AsyncKeitaro, Keitaro
from keitaro_ext.resources._twins import AsyncFlavour, Plan, Send, SyncFlavour, twin
from tests.answers import campaign
from tests.core.conftest import API_KEY, BASE, Harness, Script, reply

TWINS = [
    ("campaigns", "get_many"),
    ("campaigns", "update_costs"),
    ("campaigns", "set_cost"),
    ("streams", "update_many"),
    ("clicks", "set_costs"),
    ("reports", "build"),
    ("offers", "download"),
    ("landing_pages", "download"),
]


@pytest.mark.parametrize(("tag", "name"), TWINS)
def test_both_clients_show_one_signature_and_docstring(tag: str, name: str) -> None:
    sync = getattr(getattr(Keitaro(BASE, API_KEY), tag), name)
    aio = getattr(getattr(AsyncKeitaro(BASE, API_KEY), tag), name)
    assert inspect.signature(sync) == inspect.signature(aio)
    assert sync.__doc__ and sync.__doc__ == aio.__doc__
    assert sync.__name__ == aio.__name__ == name
    assert inspect.iscoroutinefunction(aio) and not inspect.iscoroutinefunction(sync)
    assert "Plan" not in str(inspect.signature(sync).return_annotation)


def test_signatures_are_the_declared_ones() -> None:
    kt = Keitaro(BASE, API_KEY)
    costs = inspect.signature(kt.campaigns.update_costs)
    assert list(costs.parameters) == [
        "id",
        "start_date",
        "end_date",
        "timezone",
        "cost",
        "currency",
        "only_campaign_uniques",
        "filters",
        "extra_body",
        "allow_unknown",
        "extra_query",
        "extra_headers",
        "timeout",
        "max_retries",
    ]
    assert costs.parameters["id"].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    assert costs.parameters["start_date"].default is inspect.Parameter.empty
    assert costs.return_annotation == "None"
    assert inspect.signature(kt.streams.update_many).return_annotation == "dict[int, Stream]"
    assert inspect.signature(kt.offers.download).return_annotation == "File | Path"


def test_a_misspelt_keyword_fails_naming_the_method_and_sends_nothing(harness: Harness) -> None:
    script = Script([reply(200, {})])
    kt = harness.client(script)
    with pytest.raises(TypeError, match=r"^Campaigns\.update_costs\(\) got an unexpected keyword argument 'cots'"):
        harness.run(
            kt.campaigns.update_costs(  # type: ignore[call-arg]  # a type checker catches it too
                7, start_date="2026-06-01", end_date="2026-06-02", timezone="UTC", cots=1, currency="USD"
            )
        )
    assert script.requests == []


def test_update_costs_sends_the_tracker_format_with_per_call_options(harness: Harness) -> None:
    script = Script([reply(200, {})])
    kt = harness.client(script)
    result = harness.run(
        kt.campaigns.update_costs(
            7,
            start_date="2026-06-01",
            end_date="2026-06-02",
            timezone="Europe/Madrid",
            cost=0.1 + 0.2,
            currency="usd",
            filters={"source": "google"},
            extra_headers={"X-Trace": "t-1"},
        )
    )
    assert result is None
    sent = script.requests[0]
    assert (sent.method, sent.url.path) == ("POST", "/admin_api/v1/campaigns/7/update_costs")
    assert sent.headers["x-trace"] == "t-1"
    assert script.bodies()[0] == {
        "start_date": "2026-06-01 00:00",
        "end_date": "2026-06-02 23:59",
        "timezone": "Europe/Madrid",
        "cost": "0.3",
        "currency": "USD",
        "filters": {"source": "google"},
    }


def test_a_plan_must_say_what_it_returns() -> None:
    def build(self: Any) -> None:
        return None

    with pytest.raises(TypeError, match=r"must be annotated `-> Plan\[\.\.\.\]`"):
        twin(build)  # type: ignore[arg-type]


def test_a_plan_runs_in_either_flavour(harness: Harness) -> None:
    class Probe:
        def __init__(self, caller: Any) -> None:
            self._caller = caller

        @twin
        def campaign_name(self, campaign_id: int) -> Plan[str]:
            from keitaro_admin_client.facade.campaigns import prepare_get_campaign

            return Plan(Send(prepare_get_campaign(campaign_id)), lambda campaign: campaign.name)

    script = Script([reply(200, campaign(4, "Summer"))])
    kt = harness.client(script)
    flavour = AsyncFlavour if harness.mode == "async" else SyncFlavour
    host = type("Host", (Probe, flavour), {})(kt._caller)
    assert harness.run(host.campaign_name(4)) == "Summer"
    assert script.requests[0].url.path == "/admin_api/v1/campaigns/4"


def test_namespaces_are_made_once_per_client_in_its_flavour() -> None:
    kt, akt = Keitaro(BASE, API_KEY), AsyncKeitaro(BASE, API_KEY)
    assert kt.campaigns is kt.campaigns
    assert (type(kt.campaigns).__name__, type(akt.campaigns).__name__) == ("Campaigns", "AsyncCampaigns")
    assert (type(kt.landing_pages).__name__, type(akt.landing_pages).__name__) == ("LandingPages", "AsyncLandingPages")
    clone = kt.with_options(timeout=3)
    assert clone.campaigns is not kt.campaigns
    assert clone.campaigns._caller is clone._caller

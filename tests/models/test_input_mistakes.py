"""Every input mistake of the newcomer trial is a KeitaroError before anything is sent, with its field path."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest

from keitaro_ext import CostPeriod, InvalidArgumentError, Keitaro, KeitaroError
from keitaro_ext.testing import FakeTracker

FLOW: dict[str, Any] = {"campaign_id": 1, "type_": "regular", "schema": "redirect", "name": "F", "action_type": "http"}


@pytest.fixture
def fake() -> FakeTracker:
    return FakeTracker()


@pytest.fixture
def kt(fake: FakeTracker) -> Keitaro:
    return Keitaro(fake.api_url_in_process, fake.api_key, transport=fake.transport())


def refused(fake: FakeTracker, call: object) -> InvalidArgumentError:
    before = len(fake.requests)
    with pytest.raises(InvalidArgumentError) as caught:
        call()  # type: ignore[operator]
    assert len(fake.requests) == before, "nothing may be sent"
    error = caught.value
    assert isinstance(error, KeitaroError) and isinstance(error, ValueError) and isinstance(error, TypeError)
    return error


def test_a_misspelt_nested_field_is_named_with_a_suggestion(kt: Keitaro, fake: FakeTracker) -> None:
    error = refused(fake, lambda: kt.streams.create(**FLOW, offers=[{"ofer_id": 1, "share": 100}]))
    assert "offers[0]: unknown field 'ofer_id' (did you mean 'offer_id'?); missing 'offer_id'" in str(error)
    assert error.path == "offers[0]"


def test_a_trigger_without_stream_id_is_named(kt: Keitaro, fake: FakeTracker) -> None:
    trigger = {"condition": "not_respond", "target": "stream", "action": "disable"}
    error = refused(fake, lambda: kt.streams.create(**FLOW, triggers=[trigger]))
    assert "triggers[0]: missing 'stream_id'" in str(error)


def test_extra_body_is_sent_as_given_without_a_key_error(kt: Keitaro, fake: FakeTracker) -> None:
    trigger = {"condition": "not_respond", "target": "stream", "action": "disable"}
    with pytest.raises(KeitaroError):  # the tracker (here the fake) decides; no KeyError on our side
        kt.streams.create(**FLOW, extra_body={"triggers": [trigger]})
    assert fake.requests[-1].json["triggers"] == [trigger]


def test_a_tuple_where_a_model_is_wanted(kt: Keitaro, fake: FakeTracker) -> None:
    error = refused(fake, lambda: kt.streams.create(**FLOW, offers=[(1, 100)]))  # type: ignore[list-item]
    assert "offers[0]: expected an object (StreamOfferInput or a mapping), got tuple" in str(error)


def test_a_wrong_scalar_type(kt: Keitaro, fake: FakeTracker) -> None:
    error = refused(fake, lambda: kt.campaigns.create(name=5, alias="a"))  # type: ignore[arg-type]
    assert "campaigns.create: name: expected a string, got int 5" in str(error)
    assert error.path == "name"


def test_one_object_where_a_list_is_wanted(kt: Keitaro, fake: FakeTracker) -> None:
    cost = {"start_date": "2026-06-01 00:00", "end_date": "2026-06-02 00:00", "cost": "1"}
    error = refused(fake, lambda: kt.clicks.update_costs(campaign_ids=[1], costs=cost))  # type: ignore[arg-type]
    assert "costs: expected a list, got dict" in str(error)


def test_an_extra_body_key_one_edit_from_a_known_field_is_refused(kt: Keitaro, fake: FakeTracker) -> None:
    error = refused(fake, lambda: kt.campaigns.create(name="N", alias="n", extra_body={"cost_vale": 0.1}))
    assert "unknown field 'cost_vale' (did you mean 'cost_value'?)" in str(error)
    assert "allow_unknown=True" in str(error)


def test_allow_unknown_sends_the_near_miss_and_far_keys_always_go(kt: Keitaro, fake: FakeTracker) -> None:
    kt.campaigns.create(name="N", alias="n", extra_body={"cost_vale": 0.1}, allow_unknown=True)
    assert fake.requests[-1].json["cost_vale"] == 0.1
    kt.campaigns.create(name="M", alias="m", extra_body={"uniqueness_ttl": 24})
    assert fake.requests[-1].json["uniqueness_ttl"] == 24


def test_extra_body_overrides_a_typed_argument(kt: Keitaro, fake: FakeTracker) -> None:
    kt.campaigns.create(name="N", alias="n", notes="typed", extra_body={"notes": "raw"})
    assert fake.requests[-1].json["notes"] == "raw"


def test_a_misspelt_key_in_a_nested_dict_is_refused(kt: Keitaro, fake: FakeTracker) -> None:
    offers = [{"offer_id": 1, "share": 100, "stat": "active"}]
    error = refused(fake, lambda: kt.streams.create(**FLOW, offers=offers))
    assert "'offers[0].stat' (did you mean 'state'?)" in str(error)


def test_comma_separated_metrics_are_split(kt: Keitaro, fake: FakeTracker) -> None:
    kt.reports.build(metrics="clicks,revenue", group_by="campaign", range="today")
    assert fake.requests[-1].json["metrics"] == ["clicks", "revenue"]


def test_update_costs_takes_dates_datetimes_and_numbers(kt: Keitaro, fake: FakeTracker) -> None:
    kt.campaigns.update_costs(
        1, start_date=date(2026, 6, 1), end_date=datetime(2026, 6, 2, 18, 30), timezone="UTC", cost=12.5, currency="USD"
    )
    sent = fake.requests[-1].json
    assert (sent["start_date"], sent["end_date"], sent["cost"]) == ("2026-06-01 00:00", "2026-06-02 18:30", "12.5")
    kt.campaigns.update_costs(
        1, start_date="2026-06-01", end_date="2026-06-01", timezone="UTC", cost=Decimal("3"), currency="usd"
    )
    assert (fake.requests[-1].json["end_date"], fake.requests[-1].json["currency"]) == ("2026-06-01 23:59", "USD")


def test_set_costs_takes_plain_tuples_and_a_single_period(kt: Keitaro, fake: FakeTracker) -> None:
    assert kt.clicks.set_costs([1, 3], [("2026-06-01", "2026-06-02", 10)], currency="USD")
    assert fake.requests[-1].json["costs"] == [
        {"start_date": "2026-06-01 00:00", "end_date": "2026-06-02 23:59", "cost": "10"}
    ]
    assert kt.clicks.set_costs([1], CostPeriod("2026-06-01", "2026-06-02", 5), currency="USD")
    assert len(fake.requests[-1].json["costs"]) == 1


def test_set_costs_names_a_period_it_cannot_read(kt: Keitaro, fake: FakeTracker) -> None:
    error = refused(fake, lambda: kt.clicks.set_costs([1], [("2026-06-01",)], currency="USD"))
    assert error.path == "periods[0]"


def test_traffic_sources_create_requires_name(kt: Keitaro) -> None:
    with pytest.raises(TypeError, match="name"):
        kt.traffic_sources.create()  # type: ignore[call-arg]

"""Models behave like values: round trips, JSON, mapping access, equality, quiet reprs, real timestamps."""

from __future__ import annotations

import json
import pickle
from datetime import datetime

import pytest
from keitaro_admin_client.models import Campaign, Stream, StreamOffer
from keitaro_admin_client.types import UNSET, DecodeError

from tests.answers import campaign, stream

FLOW = stream(
    4,
    offers=[{"id": 9, "stream_id": 4, "offer_id": 2, "state": "active", "share": 100}],
    filters=[{"id": 1, "stream_id": 4, "name": "country", "mode": "accept", "payload": ["US"]}],
    action_options={"x": 1},
)


@pytest.mark.parametrize("raw", [campaign(1, brand_new_field=[1]), campaign(2, parameters=None, notes="n")])
def test_campaign_round_trips(raw: dict[str, object]) -> None:
    model = Campaign.from_dict(raw)
    assert Campaign.from_dict(model.to_dict()) == model
    assert json.loads(model.to_json()) == model.to_dict() == raw
    assert pickle.loads(pickle.dumps(model)) == model


def test_a_flow_with_offers_round_trips_and_its_offers_are_models() -> None:
    flow = Stream.from_dict(FLOW)
    assert [offer.offer_id for offer in flow.offers] == [2]
    assert isinstance(flow.offers[0], StreamOffer)
    assert Stream.from_dict(flow.to_dict()) == flow
    assert json.loads(flow.to_json()) == FLOW


def test_timestamps_are_naive_datetimes_and_print_back_as_the_tracker_does() -> None:
    model = Campaign.from_dict(campaign(1, created_at="2026-05-01 10:00:00", updated_at="2026-05-02T11:30:00"))
    assert model.created_at == datetime(2026, 5, 1, 10, 0, 0)
    assert model.created_at.tzinfo is None
    assert model.updated_at == datetime(2026, 5, 2, 11, 30)
    assert model.to_dict()["created_at"] == "2026-05-01 10:00:00"


def test_known_and_unknown_fields_read_like_a_mapping() -> None:
    model = Campaign.from_dict(campaign(1, brand_new_field="x"))
    assert model["alias"] == "c1"
    assert model["brand_new_field"] == "x"
    assert "cost_value" in model and "brand_new_field" in model
    assert "token" not in model  # not sent, so absent
    with pytest.raises(KeyError):
        model["token"]
    assert model.get("token", "none") == "none"
    model["notes"] = "changed"
    assert model.notes == "changed"


def test_equality_compares_every_field_including_unknown_ones() -> None:
    assert Campaign.from_dict(campaign(1)) == Campaign.from_dict(campaign(1))
    assert Campaign.from_dict(campaign(1)) != Campaign.from_dict(campaign(1, name="other"))
    assert Campaign.from_dict(campaign(1)) != Campaign.from_dict(campaign(1, extra=1))


def test_repr_shows_set_fields_only() -> None:
    text = repr(StreamOffer(id=1, stream_id=2, offer_id=3, state="active", share=100))
    assert text == "StreamOffer(id=1, stream_id=2, offer_id=3, state='active', share=100)"
    assert "UNSET" not in repr(Campaign.from_dict(campaign(1)))


def test_numeric_strings_become_numbers_exactly() -> None:
    big = 2**60 + 1
    model = Campaign.from_dict(campaign(str(big), cost_value="0.25", position="12", cost_auto="1"))  # type: ignore[arg-type]
    assert model.id == big and type(model.id) is int
    assert model.position == 12
    assert model.cost_value == 0.25
    assert model.cost_auto is True


def test_integer_costs_stay_integers() -> None:
    assert Campaign.from_dict(campaign(1, cost_value=3)).to_dict()["cost_value"] == 3


@pytest.mark.parametrize(
    ("raw", "path", "problem"),
    [
        (campaign("not-an-int"), "id", "expected an integer, got str 'not-an-int'"),  # type: ignore[arg-type]
        (campaign(1, name=5), "name", "expected a string, got int 5"),  # type: ignore[arg-type]
        (campaign(1, created_at="yesterday"), "created_at", "expected a timestamp"),
        (campaign(1, postbacks=[{"url": 5}]), "postbacks[0].url", "expected a string"),
        (campaign(1, cost_auto="maybe"), "cost_auto", "expected a boolean"),
    ],
)
def test_a_value_that_cannot_be_what_the_spec_says_names_its_path(
    raw: dict[str, object], path: str, problem: str
) -> None:
    with pytest.raises(DecodeError) as caught:
        Campaign.from_dict(raw)
    assert caught.value.path == path
    assert problem in str(caught.value)


def test_a_missing_required_field_is_named_not_a_key_error() -> None:
    raw = campaign(1)
    del raw["alias"]
    with pytest.raises(DecodeError, match="missing 'alias'") as caught:
        Campaign.from_dict(raw)
    assert not isinstance(caught.value, KeyError)


def test_a_nested_missing_field_has_the_full_path() -> None:
    raw = dict(FLOW, offers=[{"id": 9, "stream_id": 4, "state": "active", "share": 100}])
    with pytest.raises(DecodeError, match=r"^offers\[0\]: missing 'offer_id'$"):
        Stream.from_dict(raw)


def test_unset_is_one_object_and_fields_really_absent_read_as_unset() -> None:
    model = Campaign.from_dict(campaign(1))
    assert model.token is UNSET
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET

"""List answers and the fast `from_dict`: same models as before, the collector left as it was found."""

from __future__ import annotations

import gc
import json
import pickle
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import attrs
import httpx
import pytest
from keitaro_admin_client.api.campaigns import list_campaigns
from keitaro_admin_client.models import Campaign, S2SPostback, SourceParameter, SourceParameters, TrafficSource
from keitaro_admin_client.types import UNSET, DecodeError, list_answer

from keitaro_ext import Keitaro, UnexpectedResponseError
from tests.answers import STAMP, campaign

PARAMETERS = {"keyword": {"name": "kw", "placeholder": "{keyword}"}, "sub_id_1": None, "mine": {"x": 1}}


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def answer(body: object) -> httpx.Response:
    return httpx.Response(200, content=json.dumps(body).encode())


class Recorder:
    """A parse_item that notes whether the collector ran while each item was built."""

    def __init__(self, fail_at: int = -1) -> None:
        self.states: list[bool] = []
        self.fail_at = fail_at

    def __call__(self, item: Any) -> Any:
        self.states.append(gc.isenabled())
        if len(self.states) - 1 == self.fail_at:
            raise DecodeError("no good")
        return item


@pytest.mark.usefixtures("collector_on")
def test_the_collector_is_paused_while_a_list_is_built_and_on_again_afterwards() -> None:
    record = Recorder()
    assert list_answer(answer([1, 2, 3]), record) == [1, 2, 3]
    assert record.states == [False, False, False]
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_the_collector_is_on_again_after_a_failing_item_or_bad_json() -> None:
    with pytest.raises(DecodeError, match="no good") as failed:
        list_answer(answer([1, 2, 3]), Recorder(fail_at=1))
    assert failed.value.path == "[1]" and str(failed.value) == "[1]: no good"
    assert gc.isenabled()
    with pytest.raises(json.JSONDecodeError):
        list_answer(httpx.Response(200, content=b"[1, 2"), Recorder())
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_program_stays_off() -> None:
    was = gc.isenabled()
    gc.disable()
    try:
        list_answer(answer([1]), Recorder())
        with pytest.raises(DecodeError):
            list_answer(answer([1]), Recorder(fail_at=0))
        assert not gc.isenabled()
    finally:
        if was:
            gc.enable()


def test_an_object_where_a_list_is_expected_is_a_decode_error_naming_it() -> None:
    with pytest.raises(DecodeError, match=r"expected a list, got dict \{'id': 1"):
        list_campaigns.parse_response(answer(campaign(1)))
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=campaign(1)))
    kt = Keitaro("https://tracker.example.com", "kt-SECRET-list-9z", transport=transport, max_retries=0)
    with pytest.raises(UnexpectedResponseError, match="expected a list"):
        kt.campaigns.list()


def test_models_from_a_list_answer_equal_those_built_by_hand() -> None:
    sent = [campaign(1, parameters=PARAMETERS, position="7", extra="kept"), campaign(2, postbacks=[{"id": 3}])]
    first, second = list_campaigns.parse_response(answer(sent))
    assert first.position == 7
    expected = SourceParameters(keyword=SourceParameter(name="kw", placeholder="{keyword}"), sub_id_1=None)
    expected["mine"] = {"x": 1}
    assert first.parameters == expected
    assert first.additional_properties == {"extra": "kept"}
    assert second.postbacks == [S2SPostback(id=3)]
    assert second.additional_properties == {}
    assert second.parameters is UNSET
    by_hand = Campaign.from_dict(campaign(2, postbacks=[{"id": 3}]))
    assert second == by_hand
    assert repr(second) == repr(by_hand)
    assert "UNSET" not in repr(second)


def test_each_model_gets_its_own_extra_fields_dict() -> None:
    one, two = (Campaign.from_dict(campaign(i)) for i in (1, 2))
    one["note"] = "only here"
    assert "note" not in two
    assert two.additional_properties == {}


def test_parsed_models_pickle_round_trip_and_serialise_as_sent() -> None:
    sent = campaign(1, parameters=PARAMETERS, postbacks=[{"id": 3, "statuses": ["sale"]}], extra=1)
    got = Campaign.from_dict(sent)
    assert pickle.loads(pickle.dumps(got)) == got
    assert Campaign.from_dict(got.to_dict()) == got
    assert json.loads(got.to_json())["extra"] == 1
    assert not hasattr(got, "__dict__")  # slotted attrs classes, as before


def test_a_subclass_with_its_own_init_still_has_it_called() -> None:
    calls: list[dict[str, Any]] = []

    class Noted(Campaign):
        def __init__(self, **fields: Any) -> None:
            calls.append(fields)
            super().__init__(**fields)

    got = Noted.from_dict(campaign(5, extra="x"))
    assert type(got) is Noted
    assert calls and calls[0]["alias"] == "c5" and calls[0]["notes"] is None
    assert got.additional_properties == {"extra": "x"}
    again = Noted(**{attr: getattr(got, attr) for attr in Campaign._fields.values()})
    again["extra"] = "x"
    assert got == again


def test_an_attrs_subclass_with_another_field_gets_its_default() -> None:
    @attrs.define
    class Tagged(TrafficSource):
        tag: str = "none"

    sent = {"id": 1, "name": "Source", "state": "active", "created_at": STAMP, "updated_at": STAMP}
    got = Tagged.from_dict({**sent, "parameters": PARAMETERS})
    assert (got.tag, got.id, type(got.parameters)) == ("none", 1, SourceParameters)


def test_a_nested_model_module_imported_first_in_a_fresh_interpreter_works() -> None:
    # Models that refer to others import them after their own class; any import order must work.
    code = (
        "from keitaro_admin_client.models.source_parameters import SourceParameters\n"
        "p = SourceParameters.from_dict({'keyword': {'name': 'k'}})\n"
        "assert p.keyword.name == 'k', p\n"
        "from keitaro_admin_client.models.file_tree import FileTree\n"
        "print(type(p.keyword).__name__, FileTree.__name__)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["SourceParameter", "FileTree"]


def test_the_client_decodes_list_answers_like_report_pages_with_the_same_values() -> None:
    from keitaro_admin_client import types as generated_types

    from keitaro_ext.reports import decoding

    # 2**70 is beyond what orjson reads: the standard library's json takes over, exactly. The answer
    # is big enough (over 256 KB) for the client to pick its decoder.
    sent = [campaign(2**70, name="Ünïcode ✓"), campaign(2, cost_value=0.1, notes="\\u00e9")]
    sent += [campaign(i) for i in range(3, 1200)]
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=sent))
    kt = Keitaro("https://tracker.example.com", "kt-SECRET-list-8y", transport=transport, max_retries=0)
    first, second, *_ = got = kt.campaigns.list()
    assert len(json.dumps(sent)) > 262_144
    assert generated_types.json_loads is decoding.loads
    assert (first.id, first.name, second.cost_value, second.notes) == (2**70, "Ünïcode ✓", 0.1, "\\u00e9")
    assert [c.to_dict() for c in got] == [Campaign.from_dict(item).to_dict() for item in sent]


def test_a_small_list_answer_decodes_without_loading_the_reports_decoder(monkeypatch: pytest.MonkeyPatch) -> None:
    from keitaro_admin_client import types as generated_types

    from keitaro_ext import _responses

    monkeypatch.setattr(generated_types, "json_loads", _responses._list_json)
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=[campaign(1), campaign(2**70)]))
    kt = Keitaro("https://tracker.example.com", "kt-SECRET-list-7x", transport=transport, max_retries=0)
    assert [c.id for c in kt.campaigns.list()] == [1, 2**70]
    assert generated_types.json_loads is _responses._list_json  # still undecided: the answer was small

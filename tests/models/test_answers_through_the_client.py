"""A 200 answer that does not fit the spec is an UnexpectedResponseError naming the field."""

from __future__ import annotations

import httpx
import pytest

from keitaro_ext import Keitaro, UnexpectedResponseError
from tests.answers import campaign


def client(body: object) -> Keitaro:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    return Keitaro("https://tracker.example.com", "kt-SECRET-models-1a2b", transport=transport, max_retries=0)


def test_a_wrong_type_in_an_answer_names_the_field() -> None:
    with pytest.raises(UnexpectedResponseError, match=r"id: expected an integer, got str 'not-an-int'"):
        client({"id": "not-an-int", "name": 5}).campaigns.get(1)


def test_a_wrong_item_in_a_list_answer_names_its_index_and_the_missing_field() -> None:
    with pytest.raises(UnexpectedResponseError, match=r"DecodeError: \[1\]: missing 'alias'"):
        client([campaign(1), {"id": 2}]).campaigns.list()


def test_a_wrong_value_deep_in_a_list_answer_names_the_item_and_the_field() -> None:
    items = [campaign(n) for n in range(1, 5)]
    items[3]["id"] = "x"
    with pytest.raises(UnexpectedResponseError, match=r"DecodeError: \[3\]\.id: expected an integer, got str 'x'"):
        client(items).campaigns.list()
    items[3]["id"], items[0]["id"] = 4, "y"
    with pytest.raises(UnexpectedResponseError, match=r"DecodeError: \[0\]\.id: expected an integer, got str 'y'"):
        client(items).campaigns.list()


def test_numeric_strings_in_an_answer_are_read_as_numbers() -> None:
    got = client(campaign("12", position="3")).campaigns.get(12)  # type: ignore[arg-type]
    assert (got.id, got.position) == (12, 3)

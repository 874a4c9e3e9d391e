"""Errors cross process boundaries whole: pickled and unpickled with every attribute (issue 14)."""

from __future__ import annotations

import importlib
import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import httpx
import pytest

from keitaro_ext import KeitaroError, NotFoundError, ValidationError
from tests.core import pool_worker


def _error_classes() -> list[type[KeitaroError]]:
    """Every error class of the SDK, the lazily loaded ones included (batches, reports, costs, exports)."""
    importlib.import_module("keitaro_ext.batch")
    importlib.import_module("keitaro_ext.reports")
    importlib.import_module("keitaro_ext.costs")
    found: set[type[KeitaroError]] = set()
    todo: list[type[KeitaroError]] = [KeitaroError]
    while todo:
        cls = todo.pop()
        if cls.__module__.startswith(("keitaro_ext", "keitaro_admin_client")) and cls not in found:
            found.add(cls)
            todo += cls.__subclasses__()
    assert len(found) > 15
    return sorted(found, key=lambda cls: (cls.__module__, cls.__qualname__))


def _make(cls: type[KeitaroError]) -> KeitaroError:
    """An instance built without calling its constructor's signature, with attributes of every kind."""
    error = cls.__new__(cls, "something failed")
    Exception.__init__(error, "something failed")
    vars(error).update(
        message="something failed",
        status_code=418,
        body={"error": "teapot", "nested": [1, {"a": None}]},
        headers={"x-request-id": "r-1"},
        errors={"name": ["is taken"]},
        retry_after=2.5,
        method="GET",
        path="/campaigns/{id}",
        operation_id="getCampaign",
        attribute_added_later=("any", "value"),  # an attribute a future version adds must pickle too
    )
    return error


@pytest.mark.parametrize("cls", _error_classes(), ids=lambda cls: cls.__name__)
def test_every_error_class_pickles_with_all_its_attributes(cls: type[KeitaroError]) -> None:
    error = _make(cls)
    error.add_note("a note")
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is cls
    assert copy.args == error.args
    assert str(copy) == str(error)
    assert vars(copy) == vars(error)


def test_errors_made_by_the_client_pickle_with_their_attributes() -> None:
    with pytest.raises(ValidationError) as caught:
        pool_worker.campaign_name(14)
    copy = pickle.loads(pickle.dumps(caught.value))
    exchange = ("request", "response")  # httpx objects (issue 11): equal by content, not identity
    assert {k: v for k, v in vars(copy).items() if k not in exchange} == {
        k: v for k, v in vars(caught.value).items() if k not in exchange
    }
    assert copy.request is not None and caught.value.request is not None
    assert str(copy.request.url) == str(caught.value.request.url)
    assert copy.response is not None and copy.response.status_code == 422
    assert copy.errors == {"name": ["is taken"]}
    assert copy.status_code == 422


def test_httpx_objects_among_the_attributes_pickle_without_the_key() -> None:
    request = httpx.Request("GET", "https://t.example.com/admin_api/v1/x", headers={"Api-Key": "SECRET-KEY-123456"})
    response = httpx.Response(500, request=request, content=b"boom", headers={"set-cookie": "s=1", "x-a": "b"})
    error = _make(KeitaroError)
    vars(error).update(request=request, response=response)
    data = pickle.dumps(error)
    assert b"SECRET-KEY-123456" not in data
    copy: Any = pickle.loads(data)
    assert copy.request.url == request.url
    assert copy.request.headers["api-key"] == "[redacted]"
    assert copy.response.status_code == 500
    assert copy.response.headers["x-a"] == "b"
    assert "set-cookie" not in copy.response.headers


def test_a_failed_call_in_a_process_pool_does_not_break_the_pool() -> None:
    context = multiprocessing.get_context("spawn")  # no fork of a threaded test process
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        futures = {campaign: pool.submit(pool_worker.campaign_name, campaign) for campaign in (1, 13, 2, 14, 3)}
        results = {campaign: future.exception() or future.result() for campaign, future in futures.items()}
    assert results[1] == "C1" and results[2] == "C2" and results[3] == "C3"
    missing = results[13]
    assert isinstance(missing, NotFoundError)
    assert missing.status_code == 404
    assert missing.body == {"error": "Campaign 13 not found"}
    assert missing.method == "GET" and missing.operation_id
    assert "Campaign 13 not found" in str(missing)
    rejected = results[14]
    assert isinstance(rejected, ValidationError)
    assert rejected.errors == {"name": ["is taken"]}
    for error in (missing, rejected):
        assert pool_worker.KEY not in repr(vars(error)) + str(error)

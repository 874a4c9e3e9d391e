"""Every operation of the spec is a method of Keitaro, AsyncKeitaro and batches, and sends the right request."""

from __future__ import annotations

import inspect
import re
from typing import Any

import pytest
from keitaro_admin_client.facade import OPERATIONS, AsyncNamespaces, BatchNamespaces, SyncNamespaces

from keitaro_ext import AsyncKeitaro, Keitaro
from tests.answers import campaign, minimal, stream
from tests.core.conftest import Harness, Script, reply
from tests.spec import spec_operations

SPEC = {op["operationId"]: (method, path, op) for method, path, op in spec_operations()}


def dummy(annotation: str) -> Any:
    """A valid value for a required argument, chosen from its annotation."""
    first = annotation.split("|")[0].strip()
    if first.startswith(("builtins.list", "list", "Sequence")):
        return []
    if first == "Moment":  # keitaro_ext.costs: datetime | date | str
        return "2026-06-01"
    if first == "Amount":
        return "1.5"
    if first == "int":
        return 3
    if first == "float":
        return 1.5
    if first == "bool":
        return True
    if first in ("str",) or first.endswith(("Type", "Name", "Interval", "Schema")):
        return {"LogType": "system", "GroupType": "offers", "LabelRefName": "ip"}.get(first, "x")
    return {}


def arguments(method: Any) -> tuple[list[Any], dict[str, Any]]:
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for param in inspect.signature(method).parameters.values():
        if param.default is not inspect.Parameter.empty:
            continue
        value = "USD" if param.name == "currency" else dummy(str(param.annotation))
        if param.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
            args.append(value)
        else:
            kwargs[param.name] = value
    return args, kwargs


def test_operations_table_matches_the_spec() -> None:
    assert set(OPERATIONS) == set(SPEC)
    for op_id, operation in OPERATIONS.items():
        method, path, raw = SPEC[op_id]
        assert (operation.method, operation.path, operation.tag) == (method, path, raw["tags"][0])
        assert operation.name == raw["x-sdk-method"]
        assert operation.retry_safe == (method in ("GET", "PUT", "DELETE") or bool(raw.get("x-keitaro-retry-safe")))


@pytest.mark.parametrize("namespaces", [SyncNamespaces, AsyncNamespaces, BatchNamespaces])
def test_every_operation_is_reachable_in_every_flavour(namespaces: type) -> None:
    for operation in OPERATIONS.values():
        namespace = getattr(namespaces, operation.tag).func(type("Host", (), {"_caller": None})())
        method = getattr(namespace, operation.name)
        assert callable(method)
        assert inspect.iscoroutinefunction(method) == (namespaces is AsyncNamespaces)
        assert operation.operation_id in (method.__doc__ or "")


def test_clients_are_namespace_hosts() -> None:
    assert issubclass(Keitaro, SyncNamespaces)
    assert issubclass(AsyncKeitaro, AsyncNamespaces)


@pytest.mark.parametrize("op_id", sorted(SPEC))
def test_each_method_sends_its_method_and_path(harness: Harness, op_id: str) -> None:
    operation = OPERATIONS[op_id]
    method_name, path, raw = SPEC[op_id]
    success = str(operation.success_status)
    has_body = "content" in raw["responses"][success]
    schema = raw["responses"][success].get("content", {}).get("application/json", {}).get("schema", {})
    body: Any = minimal(schema)
    script = Script([reply(operation.success_status, body) if has_body else reply(operation.success_status, raw=b"")])
    kt = harness.client(script)
    bound = getattr(getattr(kt, operation.tag), operation.name)
    args, kwargs = arguments(bound)
    result = harness.run(bound(*args, **kwargs))
    sent = script.requests[0]
    expected_path = "/admin_api/v1" + re.sub(r"\{id\}", "3", path).replace("{type}", "system")
    assert (sent.method, sent.url.path) == (method_name, expected_path)
    if not has_body:
        assert result is None
    elif schema.get("type") == "array":
        assert result == []
    if "requestBody" in raw:
        assert sent.headers["content-type"] == "application/json"


def test_bodies_carry_only_the_fields_given_and_accept_dicts_models_and_extras(harness: Harness) -> None:
    from keitaro_admin_client.models import S2SPostback

    script = Script([reply(200, campaign(7))])
    kt = harness.client(script)
    harness.run(
        kt.campaigns.update(
            7,
            name="Renamed",
            group_id=None,
            parameters={"keyword": {"name": "kw", "placeholder": "{keyword}"}},
            postbacks=[
                S2SPostback(url="https://pb.example.com", method="GET"),
                {"url": "https://b", "statuses": ["sale"]},
            ],
            extra_body={"uniqueness_method": "ip"},
        )
    )
    assert script.bodies()[0] == {
        "name": "Renamed",
        "group_id": None,
        "parameters": {"keyword": {"name": "kw", "placeholder": "{keyword}"}},
        "postbacks": [{"url": "https://pb.example.com", "method": "GET"}, {"url": "https://b", "statuses": ["sale"]}],
        "uniqueness_method": "ip",
    }


def test_json_field_names_that_are_python_keywords_are_mapped(harness: Harness) -> None:
    script = Script([reply(200, {"rows": [], "total": 0}), reply(200, stream(1))])
    kt = harness.client(script)
    harness.run(kt.reports.build_raw(range_={"from": "2026-01-01", "to": "2026-01-31", "timezone": "UTC"}))
    harness.run(kt.streams.create(campaign_id=1, schema="redirect", type_="regular", name="f", action_type="http"))
    assert script.bodies()[0] == {"range": {"from": "2026-01-01", "to": "2026-01-31", "timezone": "UTC"}}
    assert script.bodies()[1]["type"] == "regular"

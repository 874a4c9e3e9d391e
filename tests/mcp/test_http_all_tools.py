"""`keitaro --debug mcp --http 0 --allow-write --allow-destructive`: streamable HTTP on loopback, every
operation a tool, the request log on stderr (without the key)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from jsonschema import Draft202012Validator
from keitaro_admin_client.facade import OPERATIONS
from mcp import Client

from keitaro_ext.testing import FakeTracker

from .conftest import API_KEY, McpConnection, http_server, text_of


@pytest.fixture(scope="module")
def server(fake: FakeTracker, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[McpConnection, Path, str]]:
    tmp = tmp_path_factory.mktemp("mcp-http")
    with http_server(fake, tmp, "--allow-write", "--allow-destructive", options=("--debug",)) as (url, stderr):
        assert url.startswith("http://127.0.0.1:") and url.endswith("/mcp")
        connection = McpConnection(lambda: Client(url), (API_KEY,))
        try:
            yield connection, stderr, url
        finally:
            connection.close()


@pytest.fixture
def mcp(server: tuple[McpConnection, Path, str], fake: FakeTracker) -> McpConnection:
    fake.reset()
    return server[0]


def test_every_operation_of_the_spec_is_a_tool_with_a_valid_schema(mcp: McpConnection) -> None:
    tools = {tool.name: tool for tool in mcp.list_tools()}
    expected = {f"{op.tag}_{op.name}" for op in OPERATIONS.values()} | {"report", "find", "campaign_overview"}
    assert set(tools) == expected and len(OPERATIONS) == 108
    for tool in tools.values():
        Draft202012Validator.check_schema(tool.input_schema)
        assert tool.input_schema.get("additionalProperties") is False


def test_annotations_follow_the_http_method_and_retry_safety(mcp: McpConnection) -> None:
    tools = {tool.name: tool for tool in mcp.list_tools()}
    for op in OPERATIONS.values():
        hints = tools[f"{op.tag}_{op.name}"].annotations
        assert hints is not None
        if op.method == "DELETE":
            assert hints.read_only_hint is False and hints.destructive_hint is True, op.operation_id
        if op.method == "GET":
            assert hints.read_only_hint is True, op.operation_id
        if hints.read_only_hint is False:
            assert hints.idempotent_hint is op.retry_safe, op.operation_id
    for name in ("clicks_clean", "campaigns_clean_archive", "bot_list_add", "bot_list_replace", "clicks_update_costs"):
        hints = tools[name].annotations
        assert hints is not None and hints.destructive_hint is True, name
        assert (tools[name].description or "").count("DESTRUCTIVE") == 1


def test_reads_and_the_report_check_work_over_http(mcp: McpConnection) -> None:
    listed = json.loads(text_of(mcp.call("offers_list", {})))
    assert listed["count"] >= 1 and all("id" in offer for offer in listed["items"])
    wrong = mcp.call("report", {"group_by": ["countyr"], "metrics": ["clicks"]})
    assert wrong.is_error and "Did you mean 'country'" in text_of(wrong)


def test_a_destructive_tool_runs_with_both_flags(mcp: McpConnection) -> None:
    target = json.loads(text_of(mcp.call("campaigns_list", {})))["items"][-1]
    archived = mcp.call("campaigns_delete", {"id": target["id"]})
    assert not archived.is_error, text_of(archived)
    deleted = json.loads(text_of(mcp.call("campaigns_list_deleted", {})))
    assert target["id"] in [campaign["id"] for campaign in deleted["items"]]
    remaining = json.loads(text_of(mcp.call("campaigns_list", {})))
    assert target["id"] not in [campaign["id"] for campaign in remaining["items"]]


def test_another_host_name_is_refused_dns_rebinding(server: tuple[McpConnection, Path, str]) -> None:
    _, _, url = server
    body = {"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": {}}
    headers = {"Host": "attacker.example", "Accept": "application/json, text/event-stream"}
    answer = httpx.post(url, json=body, headers=headers, timeout=10)
    assert 400 <= answer.status_code < 500


def test_the_key_never_appears_in_answers_or_on_stderr(server: tuple[McpConnection, Path, str]) -> None:
    connection, stderr, _ = server
    assert connection.texts
    assert all(API_KEY not in text for text in connection.texts)
    log = stderr.read_text(encoding="utf-8")
    assert "debug: keitaro_ext" in log and "/campaigns" in log, "--debug logs each request"
    assert API_KEY not in log

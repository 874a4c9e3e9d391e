"""`keitaro mcp` (no flags) over stdio: reads work, writes and destructive tools are hidden and refused."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from keitaro_admin_client.facade import OPERATIONS

from keitaro_ext.testing import FakeTracker

from .conftest import API_KEY, McpConnection, stdio_connection, text_of


@pytest.fixture(scope="module")
def server(fake: FakeTracker, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[McpConnection, Path]]:
    with stdio_connection(fake, tmp_path_factory.mktemp("mcp-ro")) as connection:
        yield connection


@pytest.fixture
def mcp(server: tuple[McpConnection, Path], fake: FakeTracker) -> McpConnection:
    fake.reset()
    return server[0]


def test_lists_only_read_tools_each_with_a_valid_schema_and_read_only_hint(mcp: McpConnection) -> None:
    tools = {tool.name: tool for tool in mcp.list_tools()}
    assert {"report", "find", "campaign_overview", "campaigns_list", "campaigns_get", "clicks_log"} <= set(tools)
    assert "campaigns_create" not in tools and "campaigns_delete" not in tools
    reads = {
        f"{op.tag}_{op.name}"
        for op in OPERATIONS.values()
        if op.method == "GET" or (op.retry_safe and op.method == "POST")
    }
    assert reads <= set(tools)
    for tool in tools.values():
        Draft202012Validator.check_schema(tool.input_schema)
        assert tool.input_schema["type"] == "object"
        assert tool.annotations is not None and tool.annotations.read_only_hint is True, tool.name
        assert tool.description


def test_get_and_list_return_the_trackers_json_with_pages(mcp: McpConnection) -> None:
    everything = json.loads(text_of(mcp.call("campaigns_list", {"result_limit": 500})))
    assert everything["count"] == len(everything["items"]) >= 3 and "truncated" not in everything
    first = json.loads(text_of(mcp.call("campaigns_list", {"result_limit": 2})))
    assert first["count"] == everything["count"] and len(first["items"]) == 2 and first["truncated"] is True
    assert "result_offset=2" in first["hint"]
    second = json.loads(text_of(mcp.call("campaigns_list", {"result_limit": 2, "result_offset": 2})))
    assert [c["id"] for c in first["items"] + second["items"]] == [c["id"] for c in everything["items"][:4]]
    wanted = everything["items"][0]
    one = json.loads(text_of(mcp.call("campaigns_get", {"id": wanted["id"]})))
    assert one["id"] == wanted["id"] and one["name"] == wanted["name"] and one["alias"] == wanted["alias"]


def test_report_rows_add_up_to_the_totals(mcp: McpConnection) -> None:
    result = mcp.call(
        "report", {"range": "7_days_ago", "group_by": ["country"], "metrics": ["clicks", "revenue"], "limit": 1000}
    )
    assert not result.is_error, text_of(result)
    answer = json.loads(text_of(result))
    assert answer["total"] == len(answer["rows"]) > 1
    assert sum(row["clicks"] for row in answer["rows"]) == answer["summary"]["clicks"] > 0
    assert answer["table"].splitlines()[0].split() == ["country", "clicks", "revenue"]


def test_a_misspelled_metric_gets_the_suggestion_and_no_request(mcp: McpConnection, fake: FakeTracker) -> None:
    result = mcp.call("report", {"range": "yesterday", "metrics": ["clicks", "revnue"]})
    assert result.is_error
    assert "Unknown metric 'revnue'" in text_of(result) and "'revenue'" in text_of(result)
    assert "allow_unknown: true" in text_of(result)
    assert fake.requests.calls("POST", "/report/build") == []


def test_writes_are_refused_and_never_reach_the_tracker(mcp: McpConnection, fake: FakeTracker) -> None:
    created = mcp.call("campaigns_create", {"name": "Agent", "alias": "agent"})
    assert created.is_error and "--allow-write" in text_of(created)
    deleted = mcp.call("campaigns_delete", {"id": 1})
    assert deleted.is_error and "--allow-write --allow-destructive" in text_of(deleted)
    assert not [r for r in fake.requests if r.method != "GET"]


def test_tool_errors_carry_the_sdks_message_not_a_traceback(mcp: McpConnection) -> None:
    missing = mcp.call("campaigns_get", {"id": 987654})
    assert missing.is_error and "404" in text_of(missing) and "Check the id" in text_of(missing)
    wrong_type = mcp.call("campaigns_get", {"id": "seven"})
    assert wrong_type.is_error and "'seven' is not of type 'integer'" in text_of(wrong_type)
    misspelled = mcp.call("campaigns_list", {"limt": 5})
    assert misspelled.is_error and "Did you mean 'limit'?" in text_of(misspelled)
    unknown = mcp.call("campaign_list", {})
    assert unknown.is_error and "campaigns_list" in text_of(unknown)
    for result in (missing, wrong_type, misspelled, unknown):
        assert "Traceback" not in text_of(result)


def test_find_and_campaign_overview(mcp: McpConnection) -> None:
    campaigns = json.loads(text_of(mcp.call("campaigns_list", {})))["items"]
    target = campaigns[0]
    found = json.loads(text_of(mcp.call("find", {"query": target["alias"].upper()})))
    assert found["matches"][0] == {**found["matches"][0], "resource": "campaigns", "id": target["id"]}
    overview = json.loads(text_of(mcp.call("campaign_overview", {"campaign": target["alias"]})))
    assert overview["campaign"]["id"] == target["id"]
    flows = json.loads(text_of(mcp.call("streams_list_for_campaign", {"id": target["id"], "result_limit": 500})))
    assert [flow["id"] for flow in overview["flows"]] == [flow["id"] for flow in flows["items"]]
    per_flow = sum(flow["stats"]["clicks"] for flow in overview["flows"])
    assert per_flow == (overview["totals"] or {}).get("clicks", 0)
    nothing = json.loads(text_of(mcp.call("find", {"query": target["name"][:-1] + "#"})))
    assert nothing["count"] == 0 and target["name"] in nothing["hint"]


def test_the_key_never_appears_in_answers_or_on_stderr(server: tuple[McpConnection, Path]) -> None:
    connection, stderr = server
    assert connection.texts, "no answers were checked"
    assert all(API_KEY not in text for text in connection.texts)
    assert API_KEY not in stderr.read_text(encoding="utf-8")

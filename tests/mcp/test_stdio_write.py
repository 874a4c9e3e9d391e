"""`keitaro mcp --allow-write` over stdio: write tools work and say what they change; destructive ones stay refused."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from keitaro_ext.testing import FakeTracker

from .conftest import API_KEY, McpConnection, stdio_connection, text_of


@pytest.fixture(scope="module")
def server(fake: FakeTracker, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[McpConnection, Path]]:
    with stdio_connection(fake, tmp_path_factory.mktemp("mcp-write"), "--allow-write") as connection:
        yield connection


@pytest.fixture
def mcp(server: tuple[McpConnection, Path], fake: FakeTracker) -> McpConnection:
    fake.reset()
    return server[0]


def test_write_tools_are_listed_with_what_they_change_but_destructive_ones_are_not(mcp: McpConnection) -> None:
    tools = {tool.name: tool for tool in mcp.list_tools()}
    create, update = tools["campaigns_create"], tools["campaigns_update"]
    assert create.annotations is not None and create.annotations.read_only_hint is False
    assert create.annotations.destructive_hint is False and create.annotations.idempotent_hint is False
    assert create.description is not None and "Changes the tracker (POST /campaigns)" in create.description
    assert create.input_schema["required"] == ["alias", "name"]
    assert update.annotations is not None and update.annotations.idempotent_hint is True
    for name in (
        "campaigns_delete",
        "campaigns_clean_archive",
        "clicks_clean",
        "bot_list_add",
        "campaigns_update_costs",
    ):
        assert name not in tools


def test_a_create_reaches_the_tracker_and_reads_back(mcp: McpConnection, fake: FakeTracker) -> None:
    result = mcp.call("campaigns_create", {"name": "Agent made", "alias": "agent-made", "cost_value": 0.25})
    assert not result.is_error, text_of(result)
    created = json.loads(text_of(result))
    assert created["name"] == "Agent made" and isinstance(created["id"], int)
    assert [r.json for r in fake.requests.calls("POST", "/campaigns")] == [
        {"name": "Agent made", "alias": "agent-made", "cost_value": 0.25}
    ]
    again = json.loads(text_of(mcp.call("campaigns_get", {"id": created["id"]})))
    assert again["alias"] == "agent-made" and again["cost_value"] == 0.25


def test_a_create_missing_a_required_field_is_refused_before_any_request(mcp: McpConnection, fake: FakeTracker) -> None:
    result = mcp.call("campaigns_create", {"name": "No alias"})
    assert result.is_error and "'alias' is a required property" in text_of(result)
    assert fake.requests.calls("POST", "/campaigns") == []


def test_destructive_tools_need_allow_destructive_too(mcp: McpConnection, fake: FakeTracker) -> None:
    result = mcp.call("campaigns_delete", {"id": 1})
    assert result.is_error and "--allow-destructive" in text_of(result)
    cost = mcp.call("campaigns_update_costs", {"id": 1})
    assert cost.is_error and "destructive" in text_of(cost)
    assert not [r for r in fake.requests if r.method == "DELETE" or "update_costs" in r.path]


def test_the_key_never_appears_in_answers_or_on_stderr(server: tuple[McpConnection, Path]) -> None:
    connection, stderr = server
    assert connection.texts
    assert all(API_KEY not in text for text in connection.texts)
    assert API_KEY not in stderr.read_text(encoding="utf-8")

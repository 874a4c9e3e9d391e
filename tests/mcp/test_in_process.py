"""The server's tool table and rules, through the `mcp` client connected in-process (no subprocess):
every operation reachable, the tiers, several trackers, failures that name the key's source."""

from __future__ import annotations

import base64
import io
import json
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from keitaro_admin_client.facade import OPERATIONS
from mcp import Client
from mcp_types import BlobResourceContents, EmbeddedResource
from typer.testing import CliRunner

from keitaro_ext.cli import session as cli_session
from keitaro_ext.cli.app import app
from keitaro_ext.cli.profiles import Profile, ProfileStore
from keitaro_ext.errors import ConfigurationError
from keitaro_ext.mcp.catalog import operation_tools
from keitaro_ext.mcp.safety import Permissions
from keitaro_ext.mcp.server import build_server
from keitaro_ext.mcp.trackers import Trackers
from keitaro_ext.testing import FakeTracker

from .conftest import text_of

KEY_A, KEY_B = "kt-a-SECRET-71c3e09d5b", "kt-b-SECRET-2f8a6d14c0"
ALL = Permissions(allow_write=True, allow_destructive=True)


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    for name in ("KEITARO_URL", "KEITARO_API_KEY", "KEITARO_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    config = tmp_path / "config.toml"
    monkeypatch.setenv("KEITARO_CONFIG", str(config))
    return config


def _example(schema: dict[str, Any]) -> Any:
    """A value the schema accepts: the first enum value, the minimum, one item, the required fields."""
    if "enum" in schema:
        return next(value for value in schema["enum"] if value is not None)
    for combinator in ("anyOf", "oneOf"):
        if combinator in schema:
            return _example(next(s for s in schema[combinator] if s.get("type") != "null"))
    kind = schema.get("type", "object")
    kind = next(k for k in kind if k != "null") if isinstance(kind, list) else kind
    if kind == "integer":
        return max(1, schema.get("minimum", 1))
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    if kind == "array":
        return [_example(schema.get("items", {"type": "string"}))] * max(1, schema.get("minItems", 1))
    if kind == "object":
        properties = schema.get("properties", {})
        return {name: _example(properties.get(name, {"type": "string"})) for name in schema.get("required", [])}
    formats = {"date": "2026-06-01", "date-time": "2026-06-01T00:00:00Z"}
    if "pattern" in schema:  # the spec's patterns: non-blank names, `YYYY-MM-DD HH:MM` dates, file paths
        return next(text for text in ("x", "2026-06-01 00:00", "12.5", "USD") if re.search(schema["pattern"], text))
    return formats.get(schema.get("format", ""), "x")


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeTracker:
    tracker = FakeTracker(api_key=KEY_A, seed=5, clicks=300)
    monkeypatch.setattr(cli_session, "TEST_TRANSPORT", tracker.transport())
    monkeypatch.setenv("KEITARO_URL", "http://keitaro.fake")
    monkeypatch.setenv("KEITARO_API_KEY", KEY_A)
    return tracker


@pytest.fixture
def trackers(fake: FakeTracker) -> Iterator[Trackers]:
    opened = Trackers.open([], timeout=10, retries=0)
    yield opened
    opened.close()


async def test_every_operation_is_reachable_through_its_tool(fake: FakeTracker, trackers: Trackers) -> None:
    """Each tool, called with arguments made from its own schema, sends its operation to the tracker."""
    async with Client(build_server(trackers, ALL)) as client:
        for tool in operation_tools():
            fake.requests.clear()
            result = await client.call_tool(tool.name, _example(tool.input_schema))
            sent = {request.operation_id for request in fake.requests}
            assert sent == {tool.operation.operation_id}, f"{tool.name}: {text_of(result)}"
            assert "Traceback" not in text_of(result)
    assert len(operation_tools()) == len(OPERATIONS)


def test_tiers_follow_the_issue_and_the_spec() -> None:
    tiers = {tool.name: tool.tier for tool in operation_tools()}
    post_reads = {t.name for t in operation_tools() if t.tier == "read" and t.operation.method == "POST"}
    assert post_reads == {"clicks_log", "conversions_log", "reports_build_raw", "logs_list_types"}
    destructive = {name for name, tier in tiers.items() if tier == "destructive"}
    assert {
        "campaigns_delete",
        "offers_delete",
        "campaigns_clean_archive",
        "clicks_clean",
        "bot_list_add",
        "bot_list_remove",
        "bot_list_replace",
        "bot_list_clear",
        "campaigns_update_costs",
        "clicks_update_costs",
        "logs_clear",
    } <= destructive
    assert all(tiers[f"{op.tag}_{op.name}"] == "destructive" for op in OPERATIONS.values() if op.method == "DELETE")
    assert tiers["campaigns_create"] == tiers["campaigns_update"] == tiers["streams_enable"] == "write"


def _profiles(config: Path, **urls_keys: tuple[str, str]) -> None:
    profiles = {name: Profile(name, url, key) for name, (url, key) in urls_keys.items()}
    ProfileStore(config, profiles, next(iter(profiles))).save()


async def test_several_profiles_make_tracker_a_required_argument(isolated: Path) -> None:
    with FakeTracker(api_key=KEY_A, seed=1, clicks=50) as a, FakeTracker(api_key=KEY_B, seed=2, clicks=50) as b:
        _profiles(isolated, prod=(a.url, KEY_A), test=(b.url, KEY_B))
        opened = Trackers.open(["prod", "test"], timeout=10, retries=0)
        try:
            async with Client(build_server(opened, Permissions())) as client:
                tools = {tool.name: tool for tool in (await client.list_tools()).tools}
                schema = tools["campaigns_list"].input_schema
                assert schema["properties"]["tracker"]["enum"] == ["prod", "test"] and "tracker" in schema["required"]
                missing = await client.call_tool("campaigns_list", {})
                assert missing.is_error and "'tracker' is a required property" in text_of(missing)
                await client.call_tool("campaigns_list", {"tracker": "test"})
                assert len(b.requests) == 1 and len(a.requests) == 0
                await client.call_tool("report", {"tracker": "prod", "range": "yesterday"})
                assert len(a.requests) == 1 and len(b.requests) == 1
                assert "prod: http://127.0.0.1" in (client.instructions or "")
        finally:
            opened.close()


def test_several_profiles_refuse_an_environment_override(isolated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _profiles(isolated, prod=("https://a.example", KEY_A), test=("https://b.example", KEY_B))
    monkeypatch.setenv("KEITARO_URL", "https://other.example")
    with pytest.raises(ConfigurationError, match="unset them"):
        Trackers.open(["prod", "test"], timeout=None, retries=0)


async def test_a_wrong_key_says_where_it_came_from_and_not_what_it_is(
    fake: FakeTracker, monkeypatch: pytest.MonkeyPatch
) -> None:
    wrong = "kt-WRONG-SECRET-8d1e44b7aa"
    monkeypatch.setenv("KEITARO_API_KEY", wrong)
    opened = Trackers.open([], timeout=10, retries=0)
    try:
        async with Client(build_server(opened, Permissions())) as client:
            result = await client.call_tool("campaigns_list", {})
    finally:
        opened.close()
    assert result.is_error and "401" in text_of(result) and "the key came from KEITARO_API_KEY" in text_of(result)
    assert wrong not in result.model_dump_json()


def test_the_command_line_checks_its_flags_and_prints_the_tool_list(fake: FakeTracker) -> None:
    refused = CliRunner().invoke(app, ["mcp", "--allow-destructive"])
    assert refused.exit_code == 2 and "needs --allow-write" in refused.stderr
    listed = CliRunner().invoke(app, ["mcp", "--list-tools"])
    assert listed.exit_code == 0
    names = [line.split()[0] for line in listed.stdout.splitlines()]
    assert names[:3] == ["report", "find", "campaign_overview"] and "campaigns_create" not in names
    everything = CliRunner().invoke(app, ["mcp", "--list-tools", "--allow-write", "--allow-destructive"])
    assert len(everything.stdout.splitlines()) == len(OPERATIONS) + 3


def test_no_tracker_configured_is_a_clear_error(isolated: Path) -> None:
    result = CliRunner().invoke(app, ["mcp"])
    assert result.exit_code != 0 and "No tracker configured" in result.stderr
    assert json.dumps(result.stderr).count("Traceback") == 0


async def test_a_download_comes_back_as_an_embedded_zip(trackers: Trackers) -> None:
    async with Client(build_server(trackers, ALL)) as client:
        offer = json.loads(text_of(await client.call_tool("offers_list", {})))["items"][0]["id"]
        await client.call_tool("offers_add_file", {"id": offer, "path": "index.html"})
        await client.call_tool("offers_update_file", {"id": offer, "path": "index.html", "data": "<h1>hi</h1>"})
        result = await client.call_tool("offers_download", {"id": offer})
    assert not result.is_error, text_of(result)
    blobs = [block.resource for block in result.content if isinstance(block, EmbeddedResource)]
    assert len(blobs) == 1 and isinstance(blobs[0], BlobResourceContents)
    assert str(blobs[0].uri) == f"keitaro:/offers/{offer}/download"
    with zipfile.ZipFile(io.BytesIO(base64.b64decode(blobs[0].blob))) as archive:
        assert archive.read("index.html") == b"<h1>hi</h1>"
    assert "bytes of" in text_of(result)


async def test_only_limits_the_operation_tools_to_some_namespaces(fake: FakeTracker, trackers: Trackers) -> None:
    async with Client(build_server(trackers, Permissions(), ["campaigns", "reports"])) as client:
        names = {tool.name for tool in (await client.list_tools()).tools}
        refused = await client.call_tool("streams_list_for_campaign", {"id": 1})
    assert {"report", "find", "campaign_overview", "campaigns_list", "reports_get_labels"} <= names
    assert not [name for name in names if name.startswith(("streams_", "offers_"))]
    assert refused.is_error and "--only streams" in text_of(refused)
    assert len(fake.requests) == 0


def test_only_checks_the_namespace_names(fake: FakeTracker) -> None:
    listed = CliRunner().invoke(app, ["mcp", "--list-tools", "--only", "campaigns,streams"])
    assert listed.exit_code == 0 and "streams_list_for_campaign" in listed.stdout and "offers_list" not in listed.stdout
    wrong = CliRunner().invoke(app, ["mcp", "--only", "campains"])
    assert wrong.exit_code == 3 and "Did you mean 'campaigns'?" in wrong.stderr

"""Resource commands derived from the spec, run against the fake: list, get, create, update, enable, disable..."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from keitaro_ext import Keitaro
from keitaro_ext.testing import FakeTracker

from .conftest import API_KEY, FAKE_URL, Cli


def test_list_as_json_matches_the_fake(cli: Cli, env_tracker: FakeTracker) -> None:
    with Keitaro(FAKE_URL, API_KEY, transport=env_tracker.transport()) as kt:
        expected = [campaign.to_dict() for campaign in kt.campaigns.list()]
    assert cli.json("campaigns", "list") == expected
    assert len(expected) >= 2


def test_list_as_table_shows_identity_and_state_first(cli: Cli, env_tracker: FakeTracker) -> None:
    result = cli.run("campaigns", "list")
    assert result.exit_code == 0
    header = result.stdout.splitlines()[0].split()
    assert header[:4] == ["id", "┃", "name", "┃"]
    assert "state" in header and "alias" in header
    assert "search-nutra" in result.stdout


def test_get_prints_one_object_with_nested_fields_dotted(cli: Cli, env_tracker: FakeTracker) -> None:
    result = cli.run("campaigns", "get", "1")
    assert result.exit_code == 0
    assert "parameters.keyword.name" in result.stdout
    assert cli.json("campaigns", "get", "1")["id"] == 1


def test_csv_flattens_nested_objects_and_lists(cli: Cli, env_tracker: FakeTracker) -> None:
    result = cli.run("streams", "list-for-campaign", "1", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and all(row["campaign_id"] == "1" for row in rows)
    assert isinstance(json.loads(rows[0]["offers"]), list)


def test_fields_pick_columns_and_unknown_field_is_a_usage_error(cli: Cli, env_tracker: FakeTracker) -> None:
    result = cli.run("offers", "list", "--format", "csv", "--fields", "id,name")
    assert result.stdout.splitlines()[0] == "id,name"
    wrong = cli.run("offers", "list", "--fields", "id,nmae")
    assert wrong.exit_code == 2
    assert "Did you mean 'name'" in wrong.stderr


def test_disable_and_enable_change_the_state(cli: Cli, env_tracker: FakeTracker) -> None:
    assert cli.json("campaigns", "disable", "2")["state"] == "disabled"
    assert cli.json("campaigns", "get", "2")["state"] == "disabled"
    assert cli.json("campaigns", "enable", "2")["state"] == "active"


def test_streams_list_alias_is_list_for_campaign(cli: Cli, env_tracker: FakeTracker) -> None:
    assert cli.json("streams", "list", "--campaign", "1") == cli.json("streams", "list-for-campaign", "1")
    assert cli.run("streams", "list").exit_code == 2  # --campaign is required


def test_create_with_typed_options(cli: Cli, env_tracker: FakeTracker) -> None:
    made = cli.json(
        "campaigns", "create", "--name", "Summer", "--alias", "summer", "--state", "disabled", "--cost-auto"
    )
    assert (made["name"], made["alias"], made["state"], made["cost_auto"]) == ("Summer", "summer", "disabled", True)
    sent = env_tracker.requests[-1].json
    assert sent == {"name": "Summer", "alias": "summer", "state": "disabled", "cost_auto": True}


def test_list_option_takes_commas_or_repeats(cli: Cli, env_tracker: FakeTracker) -> None:
    cli.json("offers", "create", "--name", "Promo", "--country", "US,DE", "--country", "FR", "--payout-value", "2.5")
    assert env_tracker.requests[-1].json == {"name": "Promo", "country": ["US", "DE", "FR"], "payout_value": 2.5}


def test_json_body_inline_and_from_file_options_override(cli: Cli, env_tracker: FakeTracker, tmp_path: Path) -> None:
    body = tmp_path / "campaign.json"
    body.write_text(json.dumps({"name": "From file", "alias": "from-file", "parameters": {}}))
    made = cli.json("campaigns", "create", "--json", f"@{body}", "--name", "Override")
    assert (made["name"], made["alias"]) == ("Override", "from-file")
    inline = cli.json("campaigns", "create", "--json", '{"name": "Inline", "alias": "inline", "group_id": null}')
    assert inline["alias"] == "inline"
    assert env_tracker.requests[-1].json == {"name": "Inline", "alias": "inline", "group_id": None}


def test_a_json_field_one_edit_from_a_known_one_is_refused(cli: Cli, env_tracker: FakeTracker) -> None:
    before = len(env_tracker.requests)
    result = cli.run("campaigns", "create", "--json", '{"name": "N", "alias": "n", "nmae": "typo"}')
    assert result.exit_code == 2
    assert "'nmae' (did you mean 'name'?)" in result.stderr
    assert "--allow-unknown" in result.stderr
    assert len(env_tracker.requests) == before, "nothing was sent"


def test_allow_unknown_sends_the_typo_as_given(cli: Cli, env_tracker: FakeTracker) -> None:
    result = cli.run("campaigns", "create", "--allow-unknown", "--json", '{"name": "N", "alias": "n", "nmae": "typo"}')
    assert result.exit_code == 0, result.stderr
    assert env_tracker.requests[-1].json["nmae"] == "typo"


def test_an_unknown_json_field_far_from_any_known_one_is_sent_with_a_note(cli: Cli, env_tracker: FakeTracker) -> None:
    result = cli.run("campaigns", "create", "--json", '{"name": "N", "alias": "n", "uniqueness_ttl": 24}')
    assert result.exit_code == 0, result.stderr
    assert "uniqueness_ttl" in result.stderr
    assert env_tracker.requests[-1].json["uniqueness_ttl"] == 24


def test_json_option_of_a_complex_field(cli: Cli, env_tracker: FakeTracker) -> None:
    postbacks = '[{"method": "GET", "url": "https://example.com/pb?sub={subid}", "statuses": ["lead"]}]'
    made = cli.json("campaigns", "create", "--name", "P", "--alias", "p", "--postbacks", postbacks)
    assert made["postbacks"][0]["url"] == "https://example.com/pb?sub={subid}"


def test_update_sends_only_what_was_given(cli: Cli, env_tracker: FakeTracker) -> None:
    updated = cli.json("campaigns", "update", "3", "--name", "Renamed", "--cookies-ttl", "48")
    assert (updated["id"], updated["name"], updated["cookies_ttl"]) == (3, "Renamed", 48)
    assert env_tracker.requests[-1].json == {"name": "Renamed", "cookies_ttl": 48}


def test_enum_argument_and_required_query_option(cli: Cli, env_tracker: FakeTracker) -> None:
    assert cli.run("logs", "get", "system", "--limit", "5").exit_code == 0
    assert cli.run("logs", "get", "nonsense", "--limit", "5").exit_code == 2
    assert cli.run("logs", "get", "system").exit_code == 2


def test_default_of_the_signature_is_sent(cli: Cli, env_tracker: FakeTracker) -> None:
    cli.run("groups", "list")
    assert env_tracker.requests[-1].query == {"type": "campaigns"}


def test_download_writes_the_file(cli: Cli, env_tracker: FakeTracker, tmp_path: Path) -> None:
    target = tmp_path / "offer.zip"
    result = cli.run("offers", "download", "1", "--output", str(target))
    assert result.exit_code == 0
    assert target.read_bytes()[:2] == b"PK"
    assert cli.run("offers", "download", "1").exit_code == 2  # --output is required


def test_answer_without_body_prints_done(cli: Cli, env_tracker: FakeTracker) -> None:
    result = cli.run("bot-list", "clear")
    assert (result.exit_code, result.stdout, result.stderr.strip()) == (0, "", "Done.")


def test_bad_values_are_usage_errors(cli: Cli, env_tracker: FakeTracker) -> None:
    assert cli.run("campaigns", "create", "--name", "x", "--alias", "x", "--state", "paused").exit_code == 2
    assert cli.run("campaigns", "get", "seven").exit_code == 2
    bad_json = cli.run("campaigns", "create", "--json", "{name: x}")
    assert bad_json.exit_code == 2
    assert "not valid JSON" in bad_json.stderr
    not_object = cli.run("campaigns", "create", "--json", "[1]")
    assert (not_object.exit_code, "must be a JSON object" in not_object.stderr) == (2, True)
    missing = cli.run("campaigns", "create", "--name", "x")
    assert missing.exit_code == 2
    assert "--alias" in missing.stderr and "--json" in missing.stderr


def test_json_that_cannot_make_a_request_is_a_usage_error(cli: Cli, env_tracker: FakeTracker) -> None:
    result = cli.run("campaigns", "create", "--name", "x", "--alias", "x", "--postbacks", '"not a list"')
    assert result.exit_code == 2
    assert "Cannot build the request" in result.stderr
    assert len(env_tracker.requests) == 0


def test_int_enum_and_int_list_reach_the_body_as_numbers(cli: Cli, env_tracker: FakeTracker) -> None:
    costs = '[{"start_date": "2026-06-01 00:00", "end_date": "2026-06-02 00:00", "cost": "12.5"}]'
    result = cli.run(
        "clicks", "update-costs", "--campaign-ids", "1,2", "--costs", costs, "--only-campaign-uniques", "1"
    )
    assert result.exit_code == 0, result.stderr
    sent = env_tracker.requests[-1].json
    assert (sent["campaign_ids"], sent["only_campaign_uniques"], sent["costs"][0]["cost"]) == ([1, 2], 1, "12.5")
    bad = cli.run("clicks", "update-costs", "--campaign-ids", "1,x", "--costs", costs)
    assert bad.exit_code == 2
    assert "whole numbers" in bad.stderr


def test_a_list_of_plain_values_is_one_column(cli: Cli, env_tracker: FakeTracker) -> None:
    csv_text = cli.run("logs", "list-types", "--format", "csv").stdout.splitlines()
    assert csv_text[0] == "value" and "system" in csv_text[1:]
    assert "system" in cli.run("logs", "list-types").stdout

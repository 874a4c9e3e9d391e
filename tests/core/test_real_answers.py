"""Answers shaped the way real trackers send them: plain-text errors, list-wrapped or empty bodies, JSON text.

Each shape is named in openapi/keitaro.yaml with its public evidence; these tests pin what the SDK does with it.
"""

from __future__ import annotations

import json

import pytest

from keitaro_ext import NotFoundError, PermissionDeniedError, UnexpectedResponseError, ValidationError
from tests import answers
from tests.core.conftest import Harness, Script, reply

DOMAIN = {"$ref": "#/components/schemas/Domain"}
NETWORK = {"$ref": "#/components/schemas/AffiliateNetwork"}
PHP_HTML = {"content-type": "text/html; charset=UTF-8"}  # PHP's default type, also on plain-text errors
CAMPAIGN = answers.campaign(7, "Summer", alias="summer", state="deleted")
PARAMETERS = {"sub_id_1": {"name": "sub1", "placeholder": "{sub1}", "alias": "sub1"}}


# --- error bodies ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("headers", [PHP_HTML, {"content-type": "text/plain"}, {}])
def test_plain_text_404_is_the_trackers_not_found_with_its_sentence(harness: Harness, headers: dict[str, str]) -> None:
    sentence = b"Campaign #1001 not found"
    kt = harness.client(Script([reply(404, raw=sentence, headers=headers)]))
    with pytest.raises(NotFoundError) as caught:
        harness.run(kt.campaigns.get(1001))
    message = str(caught.value)
    assert "failed with 404 Not Found: Campaign #1001 not found." in message
    assert "Check the id" in message
    assert "base_url" not in message
    assert "HTML" not in message


def test_json_404_keeps_the_error_text(harness: Harness) -> None:
    kt = harness.client(Script([reply(404, {"error": "Entity not found"}, headers=PHP_HTML)]))
    with pytest.raises(NotFoundError, match=r"404 Not Found: Entity not found\. Check the id") as caught:
        harness.run(kt.campaigns.get(3))
    assert caught.value.body == {"error": "Entity not found"}


@pytest.mark.parametrize(
    "page",
    [
        b"<!DOCTYPE html><html><head><title>Not Found</title></head><body>gone</body></html>",
        b"\n  <html>\r\n<head><title>404 Not Found</title></head><body><center>nginx</center></body></html>",
        b"<HTML><BODY>No such page</BODY></HTML>",
    ],
)
def test_html_document_404_points_at_base_url(harness: Harness, page: bytes) -> None:
    kt = harness.client(Script([reply(404, raw=page, headers={"content-type": "text/plain"})]))
    with pytest.raises(NotFoundError) as caught:
        harness.run(kt.campaigns.get(3))
    message = str(caught.value)
    assert "does not lead to the Admin API: check base_url (https://tracker.example.com/admin_api/v1)" in message
    assert "an HTML page" in message
    assert caught.value.body is None


def test_empty_404_names_both_causes(harness: Harness) -> None:
    kt = harness.client(Script([reply(404, raw=b"")]))
    with pytest.raises(NotFoundError) as caught:
        harness.run(kt.campaigns.get(3))
    message = str(caught.value)
    assert "404 Not Found: no body." in message
    assert "No such entity, or base_url" in message


@pytest.mark.parametrize("status", [406, 422])
@pytest.mark.parametrize("headers", [{"content-type": "application/json"}, PHP_HTML])
def test_406_and_422_field_maps_are_validation_errors(harness: Harness, status: int, headers: dict[str, str]) -> None:
    body = {"alias": ["Alias is already in use"], "name": ["Name cannot be empty"]}
    kt = harness.client(Script([reply(status, raw=json.dumps(body).encode(), headers=headers)]))
    with pytest.raises(ValidationError) as caught:
        harness.run(kt.campaigns.create(name="", alias="taken"))
    error = caught.value
    assert error.status_code == status
    assert error.errors == body
    assert "alias: Alias is already in use; name: Name cannot be empty" in str(error)
    assert "Correct the fields listed" in str(error)


@pytest.mark.parametrize("trace", [None, "#0 /var/www/keitaro/application/Core/Dispatcher.php(81): run()"])
def test_403_with_stacktrace_keeps_the_error_and_leaves_the_trace_in_body(harness: Harness, trace: str | None) -> None:
    body = {"error": "Access denied for this user", "stacktrace": trace}
    kt = harness.client(Script([reply(403, body, headers=PHP_HTML)]))
    with pytest.raises(PermissionDeniedError) as caught:
        harness.run(kt.campaigns.get(7))
    error = caught.value
    assert "403 Forbidden: Access denied for this user. The key's user lacks the rights" in str(error)
    assert "Dispatcher" not in str(error)
    assert error.body == body


def test_json_success_labelled_text_html_is_parsed(harness: Harness) -> None:
    kt = harness.client(Script([reply(200, CAMPAIGN, headers=PHP_HTML)]))
    assert harness.run(kt.campaigns.get(7)).name == "Summer"


# --- delete / archive / restore / clone answers ----------------------------------------------------------------


@pytest.mark.parametrize("status", [200, 201])
@pytest.mark.parametrize("body", [CAMPAIGN, [CAMPAIGN]], ids=["object", "one-item-list"])
def test_archive_answer_object_or_one_item_list_with_either_status(harness: Harness, status: int, body: object) -> None:
    kt = harness.client(Script([reply(status, raw=json.dumps(body).encode())]))
    archived = harness.run(kt.campaigns.delete(7))
    assert archived is not None
    assert (archived.id, archived.state) == (7, "deleted")


@pytest.mark.parametrize("status", [200, 201, 204])
@pytest.mark.parametrize("raw", [b"", b"  \n"])
def test_archive_and_restore_with_empty_body_return_none(harness: Harness, status: int, raw: bytes) -> None:
    script = Script([reply(status, raw=raw)])
    kt = harness.client(script)
    assert harness.run(kt.campaigns.delete(7)) is None
    assert harness.run(kt.streams.delete(8)) is None
    assert harness.run(kt.campaigns.restore(7)) is None
    assert harness.run(kt.domains.delete(9)) is None
    assert [r.method for r in script.requests] == ["DELETE", "DELETE", "POST", "DELETE"]


@pytest.mark.parametrize("status", [200, 201])
def test_clone_unwraps_a_one_item_list(harness: Harness, status: int) -> None:
    copy = {**CAMPAIGN, "id": 8, "state": "active"}
    kt = harness.client(Script([reply(status, raw=json.dumps([copy]).encode())]))
    assert harness.run(kt.campaigns.clone(7)).id == 8
    kt = harness.client(Script([reply(status, raw=json.dumps([answers.minimal(NETWORK, id=5, name="net")]).encode())]))
    assert harness.run(kt.affiliate_networks.clone(4)).id == 5


def test_clone_with_several_items_says_so_with_the_real_status(harness: Harness) -> None:
    two = [{**CAMPAIGN, "id": 8}, {**CAMPAIGN, "id": 9}]
    kt = harness.client(Script([reply(201, raw=json.dumps(two).encode())]))
    with pytest.raises(UnexpectedResponseError) as caught:
        harness.run(kt.campaigns.clone(7))
    assert "POST /admin_api/v1/campaigns/7/clone answered 201 with a list of 2 items" in str(caught.value)
    assert caught.value.status_code == 201


def test_clone_with_empty_body_is_an_error_with_the_real_status(harness: Harness) -> None:
    kt = harness.client(Script([reply(201, raw=b"")]))
    with pytest.raises(UnexpectedResponseError) as caught:
        harness.run(kt.campaigns.clone(7))
    assert "answered 201 with an empty body where JSON was expected" in str(caught.value)
    assert "may have reached the tracker" in str(caught.value)


def test_messages_show_the_status_on_the_wire_not_the_documented_one(harness: Harness) -> None:
    # The document says 201 for DELETE /campaigns/{id}; the wire says 200.
    kt = harness.client(Script([reply(200, raw=b'{"id": 7, "name": ')]))
    with pytest.raises(UnexpectedResponseError) as caught:
        harness.run(kt.campaigns.delete(7))
    assert "DELETE /admin_api/v1/campaigns/7 answered 200 with a body that is not valid JSON" in str(caught.value)
    assert caught.value.status_code == 200


# --- JSON text fields ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sent",
    [PARAMETERS, json.dumps(PARAMETERS), json.dumps(json.dumps(PARAMETERS))],
    ids=["object", "encoded-once", "encoded-twice"],
)
def test_campaign_parameters_arrive_as_an_object_however_encoded(harness: Harness, sent: object) -> None:
    answer = {**CAMPAIGN, "parameters": sent}
    kt = harness.client(Script([reply(200, answer, headers=PHP_HTML)]))
    campaign = harness.run(kt.campaigns.get(7))
    assert campaign.parameters.sub_id_1.name == "sub1"
    assert campaign.parameters.to_dict() == PARAMETERS
    kt = harness.client(Script([reply(200, [answer, {**answer, "id": 8}])]))
    assert [c.parameters.sub_id_1.alias for c in harness.run(kt.campaigns.list())] == ["sub1", "sub1"]
    kt = harness.client(Script([reply(201, [answer])]))
    assert harness.run(kt.campaigns.delete(7)).parameters.sub_id_1.placeholder == "{sub1}"


def test_php_empty_array_text_is_an_empty_mapping(harness: Harness) -> None:
    kt = harness.client(Script([reply(200, {**CAMPAIGN, "parameters": "[]"})]))
    assert harness.run(kt.campaigns.get(7)).parameters.to_dict() == {}


@pytest.mark.parametrize("sent", ["not json at all", "42", json.dumps("just text"), json.dumps(json.dumps([1, 2]))])
def test_parameters_text_that_is_no_object_raises(harness: Harness, sent: str) -> None:
    kt = harness.client(Script([reply(200, {**CAMPAIGN, "parameters": sent})]))
    with pytest.raises(UnexpectedResponseError) as caught:
        harness.run(kt.campaigns.get(7))
    message = str(caught.value)
    assert "GET /admin_api/v1/campaigns/7 answered 200 with `parameters` as text that is not a JSON object" in message
    assert caught.value.operation_id == "getCampaign"


def test_new_campaign_fields_seen_live_are_read(harness: Harness) -> None:
    answer = {**CAMPAIGN, "uniqueness_method": "ip_ua", "domain": "https://go.example.com/"}
    kt = harness.client(Script([reply(200, answer)]))
    campaign = harness.run(kt.campaigns.get(7))
    assert (campaign.uniqueness_method, campaign.domain) == ("ip_ua", "https://go.example.com/")
    kt = harness.client(Script([reply(200, {**CAMPAIGN, "domain": None})]))
    assert harness.run(kt.campaigns.get(7)).domain is None


def test_groups_of_domains_can_be_listed(harness: Harness) -> None:
    script = Script([reply(200, [{"id": 1, "name": "Parked", "type": "domains"}])])
    kt = harness.client(script)
    groups = harness.run(kt.groups.list(type_="domains"))
    assert groups[0].type_ == "domains"
    assert script.requests[0].url.params["type"] == "domains"


def test_domains_create_always_sends_is_ssl(harness: Harness) -> None:
    script = Script([reply(200, [answers.minimal(DOMAIN, name="a.example.com")])])
    kt = harness.client(script)
    harness.run(kt.domains.create(name="a.example.com"))
    harness.run(kt.domains.create(name="b.example.com", is_ssl=True))
    assert script.bodies() == [{"name": "a.example.com", "is_ssl": False}, {"name": "b.example.com", "is_ssl": True}]


def test_undecodable_parameters_never_show_the_key(harness: Harness) -> None:
    from tests.core.conftest import API_KEY

    sent = "x" * 70 + API_KEY  # the key straddles the cut of the quoted value
    kt = harness.client(Script([reply(200, {**CAMPAIGN, "parameters": sent})]))
    with pytest.raises(UnexpectedResponseError) as caught:
        harness.run(kt.campaigns.get(7))
    assert API_KEY[:6] not in str(caught.value)
    assert "kt-SEC" not in caught.value.snippet

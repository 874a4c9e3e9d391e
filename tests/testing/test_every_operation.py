"""Every operation of the spec, sent as raw HTTP with valid arguments: each answers its success
status, and the checker hook validates every answer against the spec's response schemas."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from keitaro_ext.testing.handlers.catalog import HANDLERS
from keitaro_ext.testing.spec import spec_index

from .support import SpecChecker

COST = {"start_date": "2026-06-01 00:00", "end_date": "2026-06-02 00:00", "cost": "10.5"}
REPORT = {"grouping": ["country"], "metrics": ["clicks", "roi"], "range": {"interval": "7_days_ago"}, "summary": True}
FLOW = {"campaign_id": 1, "type": "regular", "schema": "redirect", "name": "F", "action_type": "http"}
LABELS = {"cr1": "whitelist"}
PROXY = {"protocol": "http", "port": 8080}
USER = {"login": "u", "type": "USER", "new_password": "secret1", "new_password_confirmation": "secret1"}
Q = dict[str, Any]

# (operationId, method, path, query, json body), in an order where later calls find what earlier ones made.
CALLS: list[tuple[str, str, str, Q, Any]] = [
    ("listCampaigns", "GET", "/campaigns", {"offset": 0, "limit": 10}, None),
    ("createCampaign", "POST", "/campaigns", {}, {"name": "C", "alias": "c"}),
    ("getCampaign", "GET", "/campaigns/5", {}, None),
    ("updateCampaign", "PUT", "/campaigns/5", {}, {"notes": "n", "group_id": None}),
    ("cloneCampaign", "POST", "/campaigns/5/clone", {}, None),
    ("disableCampaign", "POST", "/campaigns/5/disable", {}, None),
    ("enableCampaign", "POST", "/campaigns/5/enable", {}, None),
    ("updateCampaignCosts", "POST", "/campaigns/5/update_costs", {}, {**COST, "timezone": "UTC", "currency": "USD"}),
    ("deleteCampaign", "DELETE", "/campaigns/6", {}, None),
    ("listDeletedCampaigns", "GET", "/campaigns/deleted", {}, None),
    ("restoreCampaign", "POST", "/campaigns/6/restore", {}, None),
    ("listCampaignStreams", "GET", "/campaigns/1/streams", {}, None),
    ("listStreamFilters", "GET", "/stream_filters", {}, None),
    ("listStreamSchemas", "GET", "/stream_schemas", {}, None),
    ("listStreamTypes", "GET", "/stream_types", {}, None),
    ("listStreamActions", "GET", "/streams_actions", {}, None),
    ("createStream", "POST", "/streams", {}, FLOW),
    ("getStream", "GET", "/streams/1", {}, None),
    ("updateStream", "PUT", "/streams/1", {}, {"action_payload": None, "weight": 50}),
    ("disableStream", "POST", "/streams/1/disable", {}, None),
    ("enableStream", "POST", "/streams/1/enable", {}, None),
    ("listStreamEvents", "GET", "/streams/1/events", {}, None),
    ("deleteStream", "DELETE", "/streams/2", {}, None),
    ("listDeletedStreams", "GET", "/streams/deleted", {}, None),
    ("restoreStream", "POST", "/streams/2/restore", {}, None),
    ("searchStreams", "GET", "/streams/search", {"query": "flow"}, None),
    ("listOffers", "GET", "/offers", {}, None),
    ("createOffer", "POST", "/offers", {}, {"name": "O"}),
    ("getOffer", "GET", "/offers/1", {}, None),
    ("updateOffer", "PUT", "/offers/1", {}, {"payout_value": 3}),
    ("addOfferFile", "POST", "/offers/1/add_file", {"path": "js/app.js"}, None),
    ("updateOfferFile", "PUT", "/offers/1/update_file", {"path": "js/app.js", "data": "alert(1)"}, None),
    ("getOfferFile", "GET", "/offers/1/get_file", {"path": "js/app.js"}, None),
    ("getOfferFileTree", "GET", "/offers/1/get_structure", {}, None),
    ("downloadOffer", "GET", "/offers/1/download", {}, None),
    ("removeOfferFile", "DELETE", "/offers/1/remove_file", {"path": "js/app.js"}, None),
    ("cloneOffer", "POST", "/offers/1/clone", {}, None),
    ("deleteOffer", "DELETE", "/offers/7/archive", {}, None),
    ("listLandingPages", "GET", "/landing_pages", {}, None),
    ("createLandingPage", "POST", "/landing_pages", {}, {"name": "L"}),
    ("getLandingPage", "GET", "/landing_pages/1", {}, None),
    ("updateLandingPage", "PUT", "/landing_pages/1", {}, {"notes": "x"}),
    ("addLandingPageFile", "POST", "/landing_pages/1/add_file", {"path": "a.txt"}, None),
    ("updateLandingPageFile", "PUT", "/landing_pages/1/update_file", {"path": "a.txt", "data": "hi"}, None),
    ("getLandingPageFile", "GET", "/landing_pages/1/get_file", {"path": "a.txt"}, None),
    ("getLandingPageFileTree", "GET", "/landing_pages/1/get_structure", {}, None),
    ("downloadLandingPage", "GET", "/landing_pages/1/download", {}, None),
    ("removeLandingPageFile", "DELETE", "/landing_pages/1/remove_file", {"path": "a.txt"}, None),
    ("cloneLandingPage", "PUT", "/landing_pages/1/clone", {}, None),
    ("deleteLandingPage", "DELETE", "/landing_pages/5", {}, None),
    ("listAffiliateNetworks", "GET", "/affiliate_networks", {}, None),
    ("createAffiliateNetwork", "POST", "/affiliate_networks", {}, {"name": "N"}),
    ("getAffiliateNetwork", "GET", "/affiliate_networks/1", {}, None),
    ("updateAffiliateNetwork", "PUT", "/affiliate_networks/1", {}, {"notes": "n"}),
    ("cloneAffiliateNetwork", "POST", "/affiliate_networks/1/clone", {}, None),
    ("deleteAffiliateNetwork", "DELETE", "/affiliate_networks/3", {}, None),
    ("listTrafficSources", "GET", "/traffic_sources", {}, None),
    ("createTrafficSource", "POST", "/traffic_sources", {}, {"name": "S"}),
    ("getTrafficSource", "GET", "/traffic_sources/1", {}, None),
    ("updateTrafficSource", "PUT", "/traffic_sources/1", {}, {"traffic_loss": 1.5}),
    ("cloneTrafficSource", "POST", "/traffic_sources/1/clone", {}, None),
    ("deleteTrafficSource", "DELETE", "/traffic_sources/4", {}, None),
    ("listDomains", "GET", "/domains", {}, None),
    ("createDomain", "POST", "/domains", {}, {"name": "x.example.com", "is_ssl": True}),
    ("getDomain", "GET", "/domains/3", {}, None),
    ("updateDomain", "PUT", "/domains/3", {}, {"notes": "n", "default_campaign_id": 1}),
    ("checkDomain", "POST", "/domains/3/check", {}, None),
    ("deleteDomain", "DELETE", "/domains/3", {}, None),
    ("listDeletedDomains", "GET", "/domains/deleted", {}, None),
    ("restoreDomain", "POST", "/domains/3/restore", {}, None),
    ("listGroups", "GET", "/groups", {"type": "campaigns"}, None),
    ("createGroup", "POST", "/groups", {}, {"name": "G", "type": "landings"}),
    ("updateGroup", "PUT", "/groups/5", {}, {"name": "G2"}),
    ("deleteGroup", "DELETE", "/groups/5/delete", {}, None),
    ("listUsers", "GET", "/users", {}, None),
    ("createUser", "POST", "/users", {}, USER),
    ("getUser", "GET", "/users/2", {}, None),
    ("updateUser", "PUT", "/users/2", {}, {"type": "ADMIN"}),
    ("updateUserAccess", "PUT", "/users/2/access", {}, {"access_data": {"reports": ["campaigns"]}}),
    ("deleteUser", "DELETE", "/users/2", {}, None),
    ("replaceBotList", "PUT", "/botlist", {}, {"value": "1.2.3.4\n10.0.0.0/8"}),
    ("addToBotList", "POST", "/botlist/add", {}, {"value": "5.6.7.8"}),
    ("removeFromBotList", "POST", "/botlist/exclude", {}, {"value": "1.2.3.4"}),
    ("getBotList", "GET", "/botlist", {}, None),
    ("clearBotList", "DELETE", "/botlist", {}, None),
    ("getClickLog", "POST", "/clicks/log", {}, {"limit": 5, "columns": ["datetime", "campaign", "revenue"]}),
    ("updateClickCosts", "POST", "/clicks/update_costs", {}, {"campaign_ids": [1], "costs": [COST]}),
    ("cleanClicks", "POST", "/clicks/clean", {}, {"start_date": "2026-01-01 00:00", "end_date": "2026-01-02 00:00"}),
    ("getConversionLog", "POST", "/conversions/log", {}, {"limit": 5, "columns": ["status", "revenue"]}),
    ("buildReport", "POST", "/report/build", {}, REPORT),
    ("updateReportLabels", "POST", "/report/labels", {}, {"campaign_id": 1, "ref_name": "sub_id_1", "items": LABELS}),
    ("getReportLabels", "GET", "/report/labels", {"campaign_id": 1, "label_name": "whitelist", "ref_name": "sub_id_1"},
     None),
    ("getLog", "GET", "/logs/system", {"limit": 10, "offset": 0, "query": "Campaign"}, None),
    ("clearLog", "DELETE", "/logs/traffic", {}, None),
    ("listLogTypes", "POST", "/logs/types", {}, None),
    ("getAvscanKey", "GET", "/integrations/avscan", {}, None),
    ("updateAvscanKey", "PUT", "/integrations/avscan", {"avscan_key": "k"}, None),
    ("createFacebookIntegration", "POST", "/integrations/facebook", {}, {"name": "FB", "proxy": PROXY}),
    ("listFacebookIntegrations", "GET", "/integrations/facebook", {}, None),
    ("getFacebookIntegration", "GET", "/integrations/facebook/1", {}, None),
    ("updateFacebookIntegration", "PUT", "/integrations/facebook/1", {}, {"proxy_enabled": True}),
    ("linkFacebookIntegrationCampaign", "POST", "/integrations/facebook/1/campaign", {}, {"campaign_id": 1}),
    ("listFacebookIntegrationCampaigns", "GET", "/integrations/facebook/1/campaign", {}, None),
    ("unlinkFacebookIntegrationCampaign", "DELETE", "/integrations/facebook/1/campaign", {}, {"campaign_id": 1}),
    ("deleteFacebookIntegration", "DELETE", "/integrations/facebook/1", {}, None),
    ("getImkloUrl", "GET", "/integrations/imklo", {}, None),
    ("updateImkloUrl", "PUT", "/integrations/imklo", {"imklo_api_url": "https://imklo.example.com"}, None),
    ("cleanCampaignArchive", "POST", "/campaigns/clean_archive", {}, None),
]  # fmt: skip


def test_the_table_covers_every_operation_of_the_spec() -> None:
    assert sorted(op for op, *_ in CALLS) == sorted(spec_index().by_id())


def test_every_operation_of_the_spec_has_exactly_one_handler() -> None:
    assert sorted(HANDLERS) == sorted(spec_index().by_id())


def test_a_handler_that_fails_answers_500_in_the_error_shape(
    client: httpx.Client, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(call: object) -> None:
        raise ZeroDivisionError("boom")

    monkeypatch.setitem(HANDLERS, "listOffers", broken)
    answer = client.get("/offers")
    assert answer.status_code == 500 and "ZeroDivisionError" in answer.json()["error"]
    assert "fake tracker failed on GET /offers" in caplog.text


def test_every_operation_answers_its_success_status_and_a_body_the_spec_allows(
    client: httpx.Client, checker: SpecChecker
) -> None:
    ops = spec_index().by_id()
    for operation_id, method, path, params, body in CALLS:
        response = client.request(method, path, params=params, json=body)
        assert response.status_code == ops[operation_id].success_status, (operation_id, response.text)
    assert set(checker.checked) == set(ops)


def test_404_answers_of_every_operation_with_an_id_fit_the_spec(client: httpx.Client, checker: SpecChecker) -> None:
    count = 0
    for operation_id, method, _, params, body in CALLS:
        template = spec_index().by_id()[operation_id].path
        if "{id}" not in template:
            continue
        response = client.request(method, template.replace("{id}", "9999"), params=params, json=body)
        assert response.status_code == 404, (operation_id, response.text)
        count += 1
    assert count > 50

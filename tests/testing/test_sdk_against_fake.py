"""The SDK facade against the fake: every operation of the spec through `Keitaro` and `AsyncKeitaro`
(the fake validates each request, so a request the spec forbids fails here), and end-to-end
scenarios over real loopback HTTP."""

from __future__ import annotations

from collections import Counter
from typing import Any

import httpx
import pytest
from keitaro_admin_client.facade import OPERATIONS

from keitaro_ext import (
    APIConnectionError,
    AsyncKeitaro,
    AuthenticationError,
    Keitaro,
    NotFoundError,
    RetryPolicy,
    ValidationError,
)
from keitaro_ext.testing import FakeTracker

from .support import CheckedTransport, SpecChecker

COST = {"start_date": "2026-06-01 00:00", "end_date": "2026-06-02 00:00", "cost": "10.5"}
FLOW = {"campaign_id": 1, "type_": "regular", "schema": "redirect", "name": "F", "action_type": "http"}
USER = {"login": "u", "type_": "USER", "new_password": "secret1", "new_password_confirmation": "secret1"}
FAST = RetryPolicy(max_retries=2, initial_delay=0.001, max_delay=0.002)

# operationId -> positional arguments and keyword arguments of the SDK method, in an order where
# later calls find what earlier ones made.
SDK_CALLS: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = [
    ("listCampaigns", (), {"offset": 0, "limit": 10}),
    ("createCampaign", (), {"name": "C", "alias": "c", "cost_value": 0.2, "group_id": None}),
    ("getCampaign", (5,), {}),
    ("updateCampaign", (5,), {"notes": "n", "state": "active"}),
    ("cloneCampaign", (5,), {}),
    ("disableCampaign", (5,), {}),
    ("enableCampaign", (5,), {}),
    ("updateCampaignCosts", (5,), {**COST, "timezone": "UTC", "currency": "USD", "only_campaign_uniques": True}),
    ("deleteCampaign", (6,), {}),
    ("listDeletedCampaigns", (), {}),
    ("restoreCampaign", (6,), {}),
    ("listCampaignStreams", (1,), {}),
    ("listStreamFilters", (), {}),
    ("listStreamSchemas", (), {}),
    ("listStreamTypes", (), {}),
    ("listStreamActions", (), {}),
    ("createStream", (), {**FLOW, "offers": [{"offer_id": 1, "share": 100}],
                          "filters": [{"name": "country", "mode": "accept", "payload": ["US"]}]}),
    ("getStream", (1,), {}),
    ("updateStream", (1,), {"weight": 50, "triggers": [{"stream_id": 1, "condition": "always", "target": "offers",
                                                        "action": "disable"}]}),
    ("disableStream", (1,), {}),
    ("enableStream", (1,), {}),
    ("listStreamEvents", (1,), {}),
    ("deleteStream", (2,), {}),
    ("listDeletedStreams", (), {}),
    ("restoreStream", (2,), {}),
    ("searchStreams", (), {"query": "flow"}),
    ("listOffers", (), {}),
    ("createOffer", (), {"name": "O", "payout_value": 5.0, "country": ["US"]}),
    ("getOffer", (1,), {}),
    ("updateOffer", (1,), {"payout_value": 3.0}),
    ("addOfferFile", (1,), {"path": "js/app.js"}),
    ("updateOfferFile", (1,), {"path": "js/app.js", "data": "alert(1)"}),
    ("getOfferFile", (1,), {"path": "js/app.js"}),
    ("getOfferFileTree", (1,), {}),
    ("downloadOffer", (1,), {}),
    ("removeOfferFile", (1,), {"path": "js/app.js"}),
    ("cloneOffer", (1,), {}),
    ("deleteOffer", (7,), {}),
    ("listLandingPages", (), {}),
    ("createLandingPage", (), {"name": "L", "landing_type": "external", "url": "https://lp.example"}),
    ("getLandingPage", (1,), {}),
    ("updateLandingPage", (1,), {"notes": "x"}),
    ("addLandingPageFile", (1,), {"path": "a.txt"}),
    ("updateLandingPageFile", (1,), {"path": "a.txt", "data": "hi"}),
    ("getLandingPageFile", (1,), {"path": "a.txt"}),
    ("getLandingPageFileTree", (1,), {}),
    ("downloadLandingPage", (1,), {}),
    ("removeLandingPageFile", (1,), {"path": "a.txt"}),
    ("cloneLandingPage", (1,), {}),
    ("deleteLandingPage", (5,), {}),
    ("listAffiliateNetworks", (), {}),
    ("createAffiliateNetwork", (), {"name": "N", "postback_url": "https://pb.example"}),
    ("getAffiliateNetwork", (1,), {}),
    ("updateAffiliateNetwork", (1,), {"notes": "n"}),
    ("cloneAffiliateNetwork", (1,), {}),
    ("deleteAffiliateNetwork", (3,), {}),
    ("listTrafficSources", (), {}),
    ("createTrafficSource", (), {"name": "S", "traffic_loss": 1.0}),
    ("getTrafficSource", (1,), {}),
    ("updateTrafficSource", (1,), {"traffic_loss": 1.5}),
    ("cloneTrafficSource", (1,), {}),
    ("deleteTrafficSource", (4,), {}),
    ("listDomains", (), {}),
    ("createDomain", (), {"name": "x.example.com", "is_ssl": True}),
    ("getDomain", (3,), {}),
    ("updateDomain", (3,), {"notes": "n", "default_campaign_id": 1}),
    ("checkDomain", (3,), {}),
    ("deleteDomain", (3,), {}),
    ("listDeletedDomains", (), {}),
    ("restoreDomain", (3,), {}),
    ("listGroups", (), {"type_": "offers"}),
    ("createGroup", (), {"name": "G", "type_": "landings"}),
    ("updateGroup", (5,), {"name": "G2"}),
    ("deleteGroup", (5,), {}),
    ("listUsers", (), {}),
    ("createUser", (), USER),
    ("getUser", (2,), {}),
    ("updateUser", (2,), {"type_": "ADMIN", "preferences": {"language": "ru", "timezone": "UTC"}}),
    ("updateUserAccess", (2,), {"access_data": {"reports": ["campaigns"], "offers_access_type": "read_only"}}),
    ("deleteUser", (2,), {}),
    ("replaceBotList", (), {"value": "1.2.3.4\n10.0.0.0/8"}),
    ("addToBotList", (), {"value": "5.6.7.8"}),
    ("removeFromBotList", (), {"value": "1.2.3.4"}),
    ("getBotList", (), {}),
    ("clearBotList", (), {}),
    ("getClickLog", (), {"limit": 5, "columns": ["datetime", "campaign"], "range_": {"interval": "7_days_ago"}}),
    ("updateClickCosts", (), {"campaign_ids": [1], "costs": [COST], "only_campaign_uniques": 1}),
    ("cleanClicks", (), {"start_date": "2026-01-01 00:00", "end_date": "2026-01-02 00:00", "campaign_id": 1}),
    ("getConversionLog", (), {"limit": 5, "columns": ["status", "revenue"],
                              "filters": [{"name": "status", "operator": "IN_LIST", "expression": ["sale", "lead"]}]}),
    ("buildReport", (), {"grouping": ["country"], "metrics": ["clicks", "roi"], "summary": True,
                         "range_": {"interval": "7_days_ago", "timezone": "Europe/Madrid"},
                         "filters": [{"name": "is_bot", "operator": "IS_FALSE"}],
                         "sort": [{"name": "clicks", "order": "DESC"}], "limit": 5}),
    ("updateReportLabels", (), {"campaign_id": 1, "ref_name": "sub_id_1", "items": {"cr1": "whitelist"}}),
    ("getReportLabels", (), {"campaign_id": 1, "label_name": "whitelist", "ref_name": "sub_id_1"}),
    ("getLog", ("system",), {"limit": 10, "offset": 0, "query": "Campaign"}),
    ("clearLog", ("traffic",), {}),
    ("listLogTypes", (), {}),
    ("getAvscanKey", (), {}),
    ("updateAvscanKey", (), {"avscan_key": "k"}),
    ("createFacebookIntegration", (), {"name": "FB", "proxy": {"protocol": "http", "port": 8080}}),
    ("listFacebookIntegrations", (), {}),
    ("getFacebookIntegration", (1,), {}),
    ("updateFacebookIntegration", (1,), {"proxy_enabled": True}),
    ("linkFacebookIntegrationCampaign", (1,), {"campaign_id": 1}),
    ("listFacebookIntegrationCampaigns", (1,), {}),
    ("unlinkFacebookIntegrationCampaign", (1,), {"campaign_id": 1}),
    ("deleteFacebookIntegration", (1,), {}),
    ("getImkloUrl", (), {}),
    ("updateImkloUrl", (), {"imklo_api_url": "https://imklo.example.com"}),
    ("cleanCampaignArchive", (), {}),
]  # fmt: skip


def _method(client: Any, operation_id: str) -> Any:
    op = OPERATIONS[operation_id]
    return getattr(getattr(client, op.tag), op.name)


def _check_recorded(fake: FakeTracker) -> None:
    """One request per call, each routed to the intended operation and answered with its success."""
    assert [r.operation_id for r in fake.requests] == [op for op, _, _ in SDK_CALLS]
    for record, (operation_id, _, _) in zip(fake.requests, SDK_CALLS, strict=True):
        assert record.status == OPERATIONS[operation_id].success_status, (operation_id, record.status)


def test_the_table_covers_every_operation() -> None:
    assert Counter(op for op, _, _ in SDK_CALLS) == Counter(list(OPERATIONS))


def test_every_operation_through_the_sync_sdk() -> None:
    fake = FakeTracker(clicks=500)
    checker = SpecChecker()
    transport = CheckedTransport(fake.transport(), checker)
    with Keitaro("http://tracker.test", fake.api_key, transport=transport, max_retries=0) as kt:
        for operation_id, args, kwargs in SDK_CALLS:
            _method(kt, operation_id)(*args, **kwargs)
    _check_recorded(fake)
    assert set(checker.checked) == set(OPERATIONS)


async def test_every_operation_through_the_async_sdk() -> None:
    fake = FakeTracker(clicks=500)
    async with AsyncKeitaro("http://tracker.test", fake.api_key, transport=fake.transport(), max_retries=0) as kt:
        for operation_id, args, kwargs in SDK_CALLS:
            await _method(kt, operation_id)(*args, **kwargs)
    _check_recorded(fake)


def test_typed_errors_for_the_fakes_answers(keitaro_fake: FakeTracker) -> None:
    with Keitaro("http://tracker.test", keitaro_fake.api_key, transport=keitaro_fake.transport()) as kt:
        with pytest.raises(NotFoundError):
            kt.campaigns.get(404)
        with pytest.raises(ValidationError) as invalid:
            kt.campaigns.create(name="Dup", alias="search-nutra")
        assert "alias" in str(invalid.value)
    with (
        Keitaro("http://tracker.test", "wrong-key", transport=keitaro_fake.transport()) as kt,
        pytest.raises(AuthenticationError),
    ):
        kt.campaigns.list()


def test_end_to_end_over_loopback(keitaro_fake_server: FakeTracker) -> None:
    fake = keitaro_fake_server
    with Keitaro(fake.url, fake.api_key, auth="bearer") as kt:
        offer = kt.offers.create(name="E2E offer", payout_value=20.0)
        campaign = kt.campaigns.create(name="E2E", alias="e2e")
        assert isinstance(campaign.id, int) and isinstance(offer.id, int)
        for name, share in (("Main", 70), ("Backup", 30)):
            kt.streams.create(
                campaign_id=campaign.id, type_="regular", schema="redirect", name=name, action_type="http",
                offers=[{"offer_id": offer.id, "share": share}],
            )  # fmt: skip
        kt.campaigns.update(campaign.id, name="E2E renamed", cost_value=0.25)
        flows = kt.streams.list_for_campaign(campaign.id)
        assert [f.name for f in flows] == ["Main", "Backup"]
        assert kt.campaigns.get(campaign.id).name == "E2E renamed"
        report = kt.reports.build_raw(grouping=["country"], metrics=["clicks"], range_={"interval": "all_time"})
        assert sum(row["clicks"] for row in report.to_dict()["rows"]) == fake.data.count
        assert fake.requests[0].headers["authorization"] == f"Bearer {fake.api_key}"


def test_retries_over_loopback_repeat_safe_calls_and_never_duplicate_a_create(keitaro_fake_server: FakeTracker) -> None:
    fake = keitaro_fake_server
    with Keitaro(fake.url, fake.api_key, retry_policy=FAST) as kt:
        fake.faults.add(method="GET", path="/offers", status=503, times=2)
        assert len(kt.offers.list()) == 6
        assert len(fake.requests.calls("GET", "/offers")) == 3

        fake.faults.add(method="POST", path="/campaigns", drop=True, when="after", times=1)
        with pytest.raises(APIConnectionError):
            kt.campaigns.create(name="Once", alias="once")
        assert len(fake.requests.calls("POST", "/campaigns")) == 1
        assert sum(c["alias"] == "once" for c in fake.state.campaigns) == 1


def test_html_instead_of_json_is_an_error_not_a_crash(keitaro_fake: FakeTracker) -> None:
    keitaro_fake.faults.add(path="/campaigns", html=True, times=1)
    with (
        Keitaro("http://tracker.test", keitaro_fake.api_key, transport=keitaro_fake.transport()) as kt,
        pytest.raises(Exception, match=r"(?i)html|json"),
    ):
        kt.campaigns.list()


def test_httpx_timeouts_reach_the_fake_over_loopback(keitaro_fake_server: FakeTracker) -> None:
    keitaro_fake_server.faults.add(path="/users", latency=3, times=1)
    with httpx.Client(timeout=0.1) as http, pytest.raises(httpx.ReadTimeout):
        http.get(keitaro_fake_server.api_url + "/users", headers={"Api-Key": keitaro_fake_server.api_key})

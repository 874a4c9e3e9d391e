"""Life cycles of the entities: create, read, update, archive, restore, clone, enable/disable."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from keitaro_ext.testing import FakeTracker
from keitaro_ext.testing.errors import NotFoundError


def ok(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    return response.json() if response.content else None


def test_campaign_life_cycle(client: httpx.Client, fake: FakeTracker) -> None:
    created = ok(
        client.post("/campaigns", json={"name": "Summer", "alias": "summer", "cost_value": 0.3, "domain_id": 2})
    )
    cid = created["id"]
    assert created["state"] == "active" and created["cost_value"] == 0.3
    assert "domain_id" not in created and fake.state.campaigns[cid]["_domain_id"] == 2
    assert ok(client.get(f"/campaigns/{cid}")) == created
    changed = ok(client.put(f"/campaigns/{cid}", json={"name": "Summer sale", "notes": None}))
    assert changed["name"] == "Summer sale" and changed["alias"] == "summer"
    assert changed["updated_at"] > created["updated_at"]
    assert ok(client.post(f"/campaigns/{cid}/disable"))["state"] == "disabled"
    assert ok(client.post(f"/campaigns/{cid}/enable"))["state"] == "active"

    archived = ok(client.delete(f"/campaigns/{cid}"), 201)
    assert archived["state"] == "deleted"
    assert cid not in [c["id"] for c in ok(client.get("/campaigns"))]
    assert [c["id"] for c in ok(client.get("/campaigns/deleted"))] == [cid]
    assert client.post(f"/campaigns/{cid}/enable").status_code == 406
    restored = ok(client.post(f"/campaigns/{cid}/restore"), 201)
    assert restored["state"] == "active"
    assert ok(client.get("/campaigns/deleted")) == []


def test_restore_brings_back_the_state_before_the_archive(client: httpx.Client) -> None:
    ok(client.post("/campaigns/2/disable"))
    ok(client.delete("/campaigns/2"), 201)
    assert ok(client.post("/campaigns/2/restore"), 201)["state"] == "disabled"


def test_campaign_rules(client: httpx.Client) -> None:
    taken = client.post("/campaigns", json={"name": "Dup", "alias": "search-nutra"})
    assert taken.status_code == 406 and "already used" in taken.json()["alias"][0]
    blank = client.post("/campaigns", json={"name": " ", "alias": "fresh"})
    assert blank.status_code == 406 and list(blank.json()) == ["name"]
    bad_group = client.post("/campaigns", json={"name": "G", "alias": "g", "group_id": 999})
    assert bad_group.json() == {"group_id": ["Group 999 does not exist."]}
    missing = client.get("/campaigns/999")
    assert missing.status_code == 404 and "999" in missing.json()["error"]
    assert client.put("/campaigns/999", json={"name": "x"}).status_code == 404


def test_campaign_list_pages_with_offset_and_limit(client: httpx.Client) -> None:
    ids = [c["id"] for c in ok(client.get("/campaigns"))]
    assert ids == [1, 2, 3, 4]
    assert [c["id"] for c in ok(client.get("/campaigns", params={"offset": 1, "limit": 2}))] == [2, 3]


def test_clone_copies_the_campaign_and_its_flows(client: httpx.Client) -> None:
    original_flows = ok(client.get("/campaigns/1/streams"))
    copy = ok(client.post("/campaigns/1/clone"))
    assert copy["id"] != 1 and copy["name"] == "Search - Nutra (copy)" and copy["alias"] == "search-nutra-copy"
    assert copy["token"] != ok(client.get("/campaigns/1"))["token"]
    flows = ok(client.get(f"/campaigns/{copy['id']}/streams"))
    assert [f["name"] for f in flows] == [f["name"] for f in original_flows]
    assert {f["campaign_id"] for f in flows} == {copy["id"]}
    assert not {f["id"] for f in flows} & {f["id"] for f in original_flows}
    assert ok(client.post("/campaigns/1/clone"))["alias"] == "search-nutra-copy-1"


def test_clean_archive_deletes_archived_campaigns_and_their_flows(client: httpx.Client, fake: FakeTracker) -> None:
    ok(client.delete("/campaigns/3"), 201)
    flows = [s["id"] for s in fake.state.streams if s["campaign_id"] == 3]
    assert client.post("/campaigns/clean_archive").status_code == 200
    assert 3 not in fake.state.campaigns and not any(f in fake.state.streams for f in flows)
    assert client.get("/campaigns/3").status_code == 404


def test_flow_life_cycle_with_nested_lists(client: httpx.Client) -> None:
    body = {
        "campaign_id": 2,
        "type": "regular",
        "schema": "landings",
        "name": "Geo DE",
        "action_type": "http",
        "filters": [{"name": "country", "mode": "accept", "payload": ["DE", "AT"]}],
        "triggers": [{"stream_id": 0, "condition": "not_respond", "target": "offers", "action": "disable"}],
        "offers": [{"offer_id": 1, "share": 60}, {"offer_id": 2, "share": 40}],
        "landings": [{"landing_id": 1, "share": 100}],
    }
    flow = ok(client.post("/streams", json=body))
    fid = flow["id"]
    assert flow["filters"][0]["payload"] == ["DE", "AT"] and flow["filters"][0]["stream_id"] == fid
    trigger = flow["triggers"][0]
    assert trigger["taget"] == "offers" and "target" not in trigger and trigger["stream_id"] == fid
    assert [(o["offer_id"], o["share"]) for o in flow["offers"]] == [(1, 60), (2, 40)]
    assert fid in [f["id"] for f in ok(client.get("/campaigns/2/streams"))]

    updated = ok(client.put(f"/streams/{fid}", json={"name": "Geo DE+AT", "offers": [{"offer_id": 3, "share": 100}]}))
    assert updated["name"] == "Geo DE+AT" and [o["offer_id"] for o in updated["offers"]] == [3]
    assert updated["landings"] == flow["landings"] and updated["filters"] == flow["filters"]
    assert ok(client.post(f"/streams/{fid}/disable"))["state"] == "disabled"
    assert ok(client.post(f"/streams/{fid}/enable"))["state"] == "active"
    assert ok(client.delete(f"/streams/{fid}"))["state"] == "deleted"
    assert fid in [f["id"] for f in ok(client.get("/streams/deleted"))]
    assert fid not in [f["id"] for f in ok(client.get("/campaigns/2/streams"))]
    assert ok(client.post(f"/streams/{fid}/restore"))["state"] == "active"
    actions = [e["action"] for e in ok(client.get(f"/streams/{fid}/events"))]
    assert actions == ["created", "updated", "disabled", "enabled", "archived", "restored"]
    assert [f["id"] for f in ok(client.get("/streams/search", params={"query": "geo de"}))] == [fid]


def test_flow_references_and_catalogues(client: httpx.Client) -> None:
    base = {"campaign_id": 1, "type": "regular", "schema": "redirect", "name": "x", "action_type": "http"}
    assert client.post("/streams", json={**base, "campaign_id": 77}).json() == {
        "campaign_id": ["Campaign 77 does not exist."]
    }
    assert list(client.post("/streams", json={**base, "action_type": "teleport"}).json()) == ["action_type"]
    bad_offer = client.post(
        "/streams", json={**base, "offers": [{"offer_id": 1, "share": 100}, {"offer_id": 50, "share": 1}]}
    )
    assert list(bad_offer.json()) == ["offers.1.offer_id"]
    assert list(client.post("/streams", json={**base, "offers": [{"offer_id": 1, "share": 101}]}).json()) == [
        "offers.0.share"
    ]
    keys = [a["key"] for a in ok(client.get("/streams_actions"))]
    assert "http" in keys and "show_html" in keys
    assert [s["key"] for s in ok(client.get("/stream_schemas"))] == ["landings", "redirect", "action"]
    assert [t["key"] for t in ok(client.get("/stream_types"))] == ["forced", "regular", "default"]
    assert "country" in [f["value"] for f in ok(client.get("/stream_filters"))]
    assert client.get("/campaigns/99/streams").status_code == 404


def test_offer_and_landing_life_cycles(client: httpx.Client) -> None:
    offer = ok(client.post("/offers", json={"name": "New offer", "affiliate_network_id": 2, "payout_value": 12.5}))
    assert offer["affiliate_network"] == "CPA Garden" and offer["payout_value"] == 12.5
    assert ok(client.put(f"/offers/{offer['id']}", json={"country": ["US"]}))["country"] == ["US"]
    copy = ok(client.post(f"/offers/{offer['id']}/clone"))
    assert copy["name"] == "New offer (copy)" and copy["id"] != offer["id"]
    assert ok(client.delete(f"/offers/{offer['id']}/archive"))["state"] == "deleted"
    assert offer["id"] not in [o["id"] for o in ok(client.get("/offers"))]
    assert client.post("/offers", json={"name": "x", "affiliate_network_id": 9}).status_code == 406

    landing = ok(
        client.post("/landing_pages", json={"name": "LP", "landing_type": "external", "url": "https://lp.test/"})
    )
    assert landing["action_payload"] == "https://lp.test/"
    cloned = ok(client.put(f"/landing_pages/{landing['id']}/clone"))
    assert cloned["name"] == "LP (copy)"
    assert ok(client.delete(f"/landing_pages/{landing['id']}"))["state"] == "deleted"
    assert ok(client.get("/landing_pages/1"))["offer_count"] >= 1


def test_networks_sources_domains_groups(client: httpx.Client, fake: FakeTracker) -> None:
    network = ok(client.post("/affiliate_networks", json={"name": "Net"}))
    assert network["offers"] == 0 and ok(client.get("/affiliate_networks/1"))["offers"] == 3
    assert ok(client.post(f"/affiliate_networks/{network['id']}/clone"))["name"] == "Net (copy)"
    assert ok(client.delete(f"/affiliate_networks/{network['id']}"))["state"] == "deleted"

    assert set(client.post("/traffic_sources", json={}).json()) == {"name"}  # the spec requires it (issue 12)
    assert "name" in client.post("/traffic_sources", json={"name": "  "}).json()  # blank text: 406 by the spec
    source = ok(client.post("/traffic_sources", json={"name": "TikTok", "traffic_loss": 2.5}))
    assert ok(client.put(f"/traffic_sources/{source['id']}", json={"notes": "n"}))["notes"] == "n"
    gone = client.delete(f"/traffic_sources/{source['id']}")
    assert gone.status_code == 200 and gone.content == b""
    assert fake.state.traffic_sources[source["id"]]["state"] == "deleted"
    assert ok(client.post("/traffic_sources/1/clone"))["name"] == "Google Ads (copy)"

    domains = ok(client.post("/domains", json={"name": "a.example.com\nb.example.com", "is_ssl": True}))
    assert [d["name"] for d in domains] == ["a.example.com", "b.example.com"]
    assert client.post("/domains", json={"name": "not a domain"}).status_code == 406
    assert client.post("/domains", json={"name": "a.example.com"}).status_code == 406
    did = domains[0]["id"]
    assert ok(client.delete(f"/domains/{did}"), 201)["state"] == "deleted"
    assert [d["id"] for d in ok(client.get("/domains/deleted"))] == [did]
    assert ok(client.post(f"/domains/{did}/restore"))["state"] == "active"
    assert ok(client.post(f"/domains/{did}/check"))["network_status"] == "active"
    assert ok(client.get("/domains/1"))["campaigns_count"] == 4

    group = ok(client.post("/groups", json={"name": "Tests", "type": "offers"}))
    assert group["id"] in [g["id"] for g in ok(client.get("/groups", params={"type": "offers"}))]
    assert group["id"] not in [g["id"] for g in ok(client.get("/groups", params={"type": "campaigns"}))]
    assert ok(client.put(f"/groups/{group['id']}", json={"name": "Renamed"}))["name"] == "Renamed"
    assert ok(client.delete(f"/groups/{group['id']}/delete"))["id"] == group["id"]
    assert client.delete(f"/groups/{group['id']}/delete").status_code == 404


def test_users(client: httpx.Client) -> None:
    body = {"login": "ann", "type": "USER", "new_password": "secret1", "new_password_confirmation": "secret1"}
    user = ok(client.post("/users", json=body))
    assert "new_password" not in user and user["access_data"]["campaigns_access_type"] == "read_only"
    assert client.post("/users", json=body).json() == {"login": ["Login 'ann' is taken."]}
    mismatch = client.post("/users", json={**body, "login": "bob", "new_password_confirmation": "other"})
    assert list(mismatch.json()) == ["new_password_confirmation"]
    changed = ok(client.put(f"/users/{user['id']}/access", json={"access_data": {"offers_access_type": "full_access"}}))
    assert changed["access_data"]["offers_access_type"] == "full_access"
    assert ok(client.put(f"/users/{user['id']}", json={"preferences": {"language": "ru"}}))["preferences"] == {
        "language": "ru"
    }
    gone = client.delete(f"/users/{user['id']}")
    assert gone.status_code == 201 and gone.content == b""
    assert client.get(f"/users/{user['id']}").status_code == 404


async def test_the_same_life_cycle_through_an_async_client(aclient: httpx.AsyncClient) -> None:
    created = (await aclient.post("/campaigns", json={"name": "Async", "alias": "async"})).json()
    assert (await aclient.delete(f"/campaigns/{created['id']}")).status_code == 201
    assert (await aclient.post(f"/campaigns/{created['id']}/restore")).json()["state"] == "active"


def test_state_tables_read_like_dicts_of_records(fake: FakeTracker) -> None:
    campaigns = fake.state.campaigns
    assert campaigns.keys() == [1, 2, 3, 4] and len(campaigns) == 4 and 2 in campaigns
    assert campaigns[1]["alias"] == "search-nutra" and campaigns.get(9) is None
    assert [record["id"] for record in campaigns] == [r["id"] for r in campaigns.values()] == [1, 2, 3, 4]
    assert dict(campaigns.items())[3] is campaigns[3]
    with pytest.raises(NotFoundError, match="Campaign 9 not found"):
        campaigns.require(9)

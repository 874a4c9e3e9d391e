"""Bot list, logs, integrations, report labels, local files and the scheduled jobs."""

from __future__ import annotations

import base64
import io
import zipfile

import httpx

from keitaro_ext.testing import FakeTracker


def test_bot_list_counts_and_keeps_each_entry_once(client: httpx.Client) -> None:
    assert client.put("/botlist", json={"value": "1.1.1.1\n2.2.2.0/24\n1.1.1.1"}).json() == {"count": 2}
    assert client.post("/botlist/add", json={"value": "3.3.3.3\n2.2.2.0/24\n4.4.4.1-4.4.4.9"}).json() == {"count": 4}
    assert client.post("/botlist/exclude", json={"value": "1.1.1.1"}).json() == {"count": 3}
    assert client.get("/botlist").json() == {"value": "2.2.2.0/24\n3.3.3.3\n4.4.4.1-4.4.4.9"}
    bad = client.post("/botlist/add", json={"value": "5.5.5.5\nnot-an-ip"})
    assert bad.status_code == 406 and "not-an-ip" in bad.json()["value"][0]
    assert client.put("/botlist", json={"value": "9.9.9.9-1.1.1.1"}).status_code == 406
    assert client.delete("/botlist").content == b""
    assert client.get("/botlist").json() == {"value": ""}


def test_logs_page_filter_and_clear(client: httpx.Client) -> None:
    for n in range(3):
        client.post("/campaigns", json={"name": f"L{n}", "alias": f"l{n}"})
    lines = client.get("/logs/system", params={"limit": 10, "query": "created"}).json()
    assert [line["message"] for line in lines] == ["Campaign 5 created", "Campaign 6 created", "Campaign 7 created"]
    assert client.get("/logs/system", params={"limit": 1, "offset": 1, "query": "created"}).json() == lines[1:2]
    assert client.post("/logs/types").json() == ["system", "traffic", "postbacks", "ssl", "sent_postbacks"]
    assert client.delete("/logs/system").status_code == 200
    assert client.get("/logs/system", params={"limit": 10}).json() == []


def test_facebook_integrations_are_wrapped_in_data(client: httpx.Client) -> None:
    created = client.post("/integrations/facebook", json={"name": "FB", "ad_account_id": "act_1", "token": "t"}).json()
    assert created["name"] == "FB" and "data" not in created
    assert client.get("/integrations/facebook").json() == {"data": [created]}
    assert client.get(f"/integrations/facebook/{created['id']}").json() == {"data": created}
    assert client.post(f"/integrations/facebook/{created['id']}/campaign", json={"campaign_id": 2}).status_code == 200
    linked = client.get(f"/integrations/facebook/{created['id']}/campaign").json()
    assert linked == [{"name": "Social - Crypto", "value": 2}]
    assert client.post(f"/integrations/facebook/{created['id']}/campaign", json={"campaign_id": 99}).status_code == 406
    unlink = client.request("DELETE", f"/integrations/facebook/{created['id']}/campaign", json={"campaign_id": 3})
    assert unlink.status_code == 404
    assert client.delete(f"/integrations/facebook/{created['id']}").json() == {"success": True}
    assert client.get("/integrations/facebook").json() == {"data": []}


def test_avscan_and_imklo_take_their_value_in_the_query(client: httpx.Client) -> None:
    assert client.put("/integrations/avscan", params={"avscan_key": "abc"}).json() == {"avscan_key": "abc"}
    assert client.get("/integrations/avscan").json() == {"avscan_key": "abc"}
    assert client.put("/integrations/imklo", params={"imklo_api_url": "ftp://x"}).json() == {"imklo_api_url": "ftp://x"}
    client.put("/integrations/imklo", params={"imklo_api_url": "https://imklo.test/api"})
    assert client.get("/integrations/imklo").json() == {"imklo_api_url": "https://imklo.test/api"}


def test_local_files_tree_and_zip(client: httpx.Client) -> None:
    assert client.post("/offers/2/add_file", params={"path": "/js/app.js"}).json() == {"path": "js/app.js"}
    assert client.post("/offers/2/add_file", params={"path": "js/app.js"}).status_code == 406
    client.put("/offers/2/update_file", params={"path": "js/app.js", "data": "go()"})
    assert client.get("/offers/2/get_file", params={"path": "js/app.js"}).json() == {"data": "go()"}
    tree = client.get("/offers/2/get_structure").json()
    assert [(c["name"], c["type"]) for c in tree["children"]] == [
        ("css", "directory"),
        ("js", "directory"),
        ("index.html", "file"),
    ]
    assert tree["children"][1]["children"][0] == {
        "name": "app.js",
        "type": "file",
        "ext": "js",
        "path": "js/app.js",
        "children": [],
    }
    archive = zipfile.ZipFile(io.BytesIO(client.get("/offers/2/download").content))
    assert sorted(archive.namelist()) == ["css/style.css", "index.html", "js/app.js"]
    assert archive.read("js/app.js") == b"go()"
    assert client.get("/offers/2/get_file", params={"path": "../secret"}).status_code == 400
    escaping = client.put("/offers/2/update_file", params={"path": "../x", "data": ""})
    assert escaping.status_code == 400 and "'path'" in escaping.json()["error"]  # the spec's pattern refuses it
    assert client.delete("/offers/2/remove_file", params={"path": "js/app.js"}).json() == {"success": True}
    assert client.get("/offers/2/get_file", params={"path": "js/app.js"}).status_code == 404
    assert client.get("/landing_pages/9/get_structure").status_code == 404


def test_an_uploaded_archive_becomes_the_files(client: httpx.Client) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("page/index.html", "<h1>Hi</h1>")
    encoded = base64.b64encode(buffer.getvalue()).decode()
    landing = client.post("/landing_pages", json={"name": "Zip", "archive": encoded}).json()
    assert client.get(f"/landing_pages/{landing['id']}/get_file", params={"path": "page/index.html"}).json() == {
        "data": "<h1>Hi</h1>"
    }
    assert list(client.post("/landing_pages", json={"name": "Bad", "archive": "not base64!"}).json()) == ["archive"]


def test_cost_and_clean_jobs_are_recorded(fake: FakeTracker, client: httpx.Client) -> None:
    period = {"start_date": "2026-06-01 00:00", "end_date": "2026-06-02 00:00", "cost": "12.40"}
    assert (
        client.post("/campaigns/1/update_costs", json={**period, "timezone": "UTC", "currency": "EUR"}).content == b""
    )
    assert fake.state.campaign_cost_updates == [{"campaign_id": 1, **period, "timezone": "UTC", "currency": "EUR"}]
    bad_date = client.post(
        "/campaigns/1/update_costs", json={**period, "start_date": "June 1", "timezone": "UTC", "currency": "EUR"}
    )
    assert list(bad_date.json()) == ["start_date"]
    bad_cost = client.post("/clicks/update_costs", json={"campaign_ids": [1], "costs": [{**period, "cost": "a lot"}]})
    assert list(bad_cost.json()) == ["costs.0.cost"]
    unknown = client.post("/clicks/update_costs", json={"campaign_ids": [1, 77], "costs": [period]})
    assert unknown.json() == {"campaign_ids.1": ["Campaign 77 does not exist."]}
    assert client.post("/clicks/update_costs", json={"campaign_ids": [1, 2], "costs": [period]}).json() == {
        "success": True
    }
    assert fake.state.click_cost_updates[0]["campaign_ids"] == [1, 2]
    assert client.post(
        "/clicks/clean", json={"start_date": "2026-06-01 00:00", "end_date": "2026-06-02 00:00"}
    ).json() == {"success": True}
    assert len(fake.state.clean_requests) == 1


def test_labels_must_be_whitelist_or_blacklist(client: httpx.Client) -> None:
    bad = client.post("/report/labels", json={"campaign_id": 1, "ref_name": "ip", "items": {"1.2.3.4": "grey"}})
    assert list(bad.json()) == ["items.1.2.3.4"]
    assert client.post("/report/labels", json={"campaign_id": 99, "ref_name": "ip", "items": {}}).status_code == 406
    query: dict[str, str | int] = {"campaign_id": 1, "label_name": "greylist", "ref_name": "ip"}
    assert client.get("/report/labels", params=query).status_code == 400

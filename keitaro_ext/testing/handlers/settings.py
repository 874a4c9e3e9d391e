"""Tracker-wide settings: the bot list, the logs and the third-party integrations."""

from __future__ import annotations

import copy
import ipaddress
from typing import Any

from ..errors import BadRequestError, InvalidError, NotFoundError
from ..spec import enum_values
from .base import Call, handles, new_record, present, touch


def _entries(raw: str) -> list[str]:
    """Lines of a bot list value: IPs, CIDR networks or `first-last` ranges."""
    entries = []
    for line in raw.replace(",", "\n").splitlines():
        entry = line.strip()
        if not entry:
            continue
        try:
            if "-" in entry:
                first, last = (ipaddress.ip_address(part.strip()) for part in entry.split("-", 1))
                if first.version != last.version or int(first) > int(last):
                    raise ValueError
            elif "/" in entry:
                ipaddress.ip_network(entry, strict=False)
            else:
                ipaddress.ip_address(entry)
        except ValueError:
            raise InvalidError.one("value", f"{entry!r} is not an IP address, network or range.") from None
        entries.append(entry)
    return entries


@handles("getBotList")
def get_bot_list(call: Call) -> dict[str, Any]:
    return {"value": "\n".join(call.state.bot_list)}


@handles("replaceBotList")
def replace_bot_list(call: Call) -> dict[str, Any]:
    call.state.bot_list = list(dict.fromkeys(_entries(call.body["value"])))
    return {"count": len(call.state.bot_list)}


@handles("addToBotList")
def add_to_bot_list(call: Call) -> dict[str, Any]:
    call.state.bot_list = list(dict.fromkeys([*call.state.bot_list, *_entries(call.body["value"])]))
    return {"count": len(call.state.bot_list)}


@handles("removeFromBotList")
def remove_from_bot_list(call: Call) -> dict[str, Any]:
    gone = set(_entries(call.body["value"]))
    call.state.bot_list = [entry for entry in call.state.bot_list if entry not in gone]
    return {"count": len(call.state.bot_list)}


@handles("clearBotList")
def clear_bot_list(call: Call) -> None:
    call.state.bot_list = []


@handles("getLog")
def get_log(call: Call) -> list[dict[str, Any]]:
    lines = call.state.logs.get(call.params["type"], [])
    text = call.params.get("query")
    if text:
        lines = [line for line in lines if text in line["message"]]
    offset = call.params.get("offset") or 0
    if call.params["limit"] < 0 or offset < 0:
        raise BadRequestError("'limit' and 'offset' must be 0 or more")
    return copy.deepcopy(lines[offset : offset + call.params["limit"]])


@handles("clearLog")
def clear_log(call: Call) -> None:
    call.state.logs[call.params["type"]] = []


@handles("listLogTypes")
def log_types(call: Call) -> list[str]:
    return list(enum_values("LogType"))


@handles("getAvscanKey")
def get_avscan(call: Call) -> dict[str, Any]:
    return {"avscan_key": call.state.avscan_key}


@handles("updateAvscanKey")
def update_avscan(call: Call) -> dict[str, Any]:
    call.state.avscan_key = call.params["avscan_key"]
    return {"avscan_key": call.state.avscan_key}


@handles("getImkloUrl")
def get_imklo(call: Call) -> dict[str, Any]:
    return {"imklo_api_url": call.state.imklo_api_url}


@handles("updateImkloUrl")
def update_imklo(call: Call) -> dict[str, Any]:
    url = call.params["imklo_api_url"]
    if url and not url.startswith(("http://", "https://")):
        raise InvalidError.one("imklo_api_url", "Expected an http(s) URL.")
    call.state.imklo_api_url = url
    return {"imklo_api_url": url}


def _facebook(record: dict[str, Any]) -> dict[str, Any]:
    return present("FacebookIntegration", record)


@handles("listFacebookIntegrations")
def list_facebook(call: Call) -> dict[str, Any]:
    return {"data": [_facebook(r) for r in call.state.facebook]}


@handles("createFacebookIntegration")
def create_facebook(call: Call) -> dict[str, Any]:
    defaults = {"integration": "facebook", "proxy_enabled": False, "name": "", "ad_account_id": "", "token": "",
                "last_error": None, "last_raw_error": None, "proxy": None}  # fmt: skip
    record = new_record(call.state, call.state.facebook, {**defaults, **call.fields()}, stamps=False)
    return _facebook(record)


@handles("getFacebookIntegration")
def get_facebook(call: Call) -> dict[str, Any]:
    return {"data": _facebook(call.state.facebook.get(call.id))}


@handles("updateFacebookIntegration")
def update_facebook(call: Call) -> dict[str, Any]:
    return {"data": _facebook(touch(call.state, call.state.facebook.get(call.id), call.fields()))}


@handles("deleteFacebookIntegration")
def delete_facebook(call: Call) -> dict[str, Any]:
    call.state.facebook.get(call.id)
    del call.state.facebook.items[call.id]
    call.state.facebook_campaigns.pop(call.id, None)
    return {"success": True}


@handles("listFacebookIntegrationCampaigns")
def list_facebook_campaigns(call: Call) -> list[dict[str, Any]]:
    call.state.facebook.get(call.id)
    campaigns = call.state.campaigns
    return [
        {"name": campaigns[cid]["name"], "value": cid}
        for cid in call.state.facebook_campaigns.get(call.id, [])
        if cid in campaigns
    ]


@handles("linkFacebookIntegrationCampaign")
def link_facebook_campaign(call: Call) -> None:
    call.state.facebook.get(call.id)
    campaign_id = call.body["campaign_id"]
    call.state.campaigns.ref(campaign_id, "campaign_id")
    linked = call.state.facebook_campaigns.setdefault(call.id, [])
    if campaign_id not in linked:
        linked.append(campaign_id)


@handles("unlinkFacebookIntegrationCampaign")
def unlink_facebook_campaign(call: Call) -> None:
    call.state.facebook.get(call.id)
    linked = call.state.facebook_campaigns.get(call.id, [])
    if call.body["campaign_id"] not in linked:
        raise NotFoundError(f"Campaign {call.body['campaign_id']} is not linked to integration {call.id}")
    linked.remove(call.body["campaign_id"])

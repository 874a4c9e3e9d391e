"""Third-party settings: the AVScan key and IMKLO address (sent as query parameters), and
Facebook ad accounts (answered inside `{"data": ...}`)."""

from __future__ import annotations

from typing import Any

from ..errors import NotFoundError
from ..state import Record, TrackerState
from .base import Call, handles
from .crud import Entity, register


@handles("getAvscanKey", "updateAvscanKey", "getImkloUrl", "updateImkloUrl")
def setting(call: Call) -> dict[str, Any]:
    """Read or set one setting; an update stores the value as given (Keitaro's document sets no format)."""
    name = "avscan_key" if "Avscan" in call.operation.operation_id else "imklo_api_url"
    if call.operation.operation_id.startswith("update"):
        setattr(call.state, name, call.params[name])
    return {name: getattr(call.state, name)}


def _as_sent(state: TrackerState, fields: dict[str, Any], current: Record | None) -> dict[str, Any]:
    return fields


def _forget_links(call: Call, verb: str, record: Record, source: Record | None) -> None:
    if verb == "delete":
        call.state.facebook_campaigns.pop(record["id"], None)


FACEBOOK = register(
    Entity("facebook", "FacebookIntegration", check=_as_sent, stamps=False, remove=True, deleted="success",
           envelope=frozenset({"list", "get", "update"}), after=_forget_links),
    list="listFacebookIntegrations", create="createFacebookIntegration", get="getFacebookIntegration",
    update="updateFacebookIntegration", delete="deleteFacebookIntegration",
)  # fmt: skip


@handles("listFacebookIntegrationCampaigns")
def list_facebook_campaigns(call: Call) -> list[dict[str, Any]]:
    call.state.facebook.require(call.id)
    campaigns = call.state.campaigns
    return [
        {"name": campaigns[cid]["name"], "value": cid}
        for cid in call.state.facebook_campaigns.get(call.id, [])
        if cid in campaigns
    ]


@handles("linkFacebookIntegrationCampaign")
def link_facebook_campaign(call: Call) -> None:
    call.state.facebook.require(call.id)
    campaign_id = call.body["campaign_id"]
    call.state.campaigns.ref(campaign_id, "campaign_id")
    linked = call.state.facebook_campaigns.setdefault(call.id, [])
    if campaign_id not in linked:
        linked.append(campaign_id)


@handles("unlinkFacebookIntegrationCampaign")
def unlink_facebook_campaign(call: Call) -> None:
    call.state.facebook.require(call.id)
    linked = call.state.facebook_campaigns.get(call.id, [])
    if call.body["campaign_id"] not in linked:
        raise NotFoundError(f"Campaign {call.body['campaign_id']} is not linked to integration {call.id}")
    linked.remove(call.body["campaign_id"])

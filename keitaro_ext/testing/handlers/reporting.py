"""Reports, click and conversion logs, report labels, and the scheduled cost and clean jobs."""

from __future__ import annotations

from typing import Any

from ..errors import InvalidError
from ..reports.build import build_report
from ..reports.costs import spread_cost
from ..reports.filters import LABELS
from ..reports.logs import click_log, conversion_log
from .base import Call, handles
from .campaigns import check_cost, check_period


@handles("buildReport")
def report(call: Call) -> dict[str, Any]:
    return build_report(call.body, call.backend.report_source())


@handles("getClickLog")
def clicks(call: Call) -> dict[str, Any]:
    return click_log(call.body, call.backend.report_source())


@handles("getConversionLog")
def conversions(call: Call) -> dict[str, Any]:
    return conversion_log(call.body, call.backend.report_source())


@handles("getReportLabels")
def get_labels(call: Call) -> dict[str, Any]:
    wanted = call.params["label_name"]
    if wanted not in LABELS:
        raise InvalidError.one("label_name", f"Labels are 'whitelist' or 'blacklist', not {wanted!r}.")
    campaign, ref_name = call.params["campaign_id"], call.params["ref_name"]
    return {
        value: label
        for (cid, ref, value), label in sorted(call.state.labels.items())
        if cid == campaign and ref == ref_name and label == wanted
    }


@handles("updateReportLabels")
def update_labels(call: Call) -> dict[str, Any]:
    """Each item labels one value; null or "" removes its label."""
    body = call.body
    call.state.campaigns.ref(body["campaign_id"], "campaign_id")
    for value, label in body["items"].items():
        if label not in (*LABELS, None, ""):
            raise InvalidError.one(f"items.{value}", f"Use 'whitelist', 'blacklist', or null to remove; got {label!r}.")
    for value, label in body["items"].items():
        key = (body["campaign_id"], body["ref_name"], str(value))
        if label:
            call.state.labels[key] = label
        else:
            call.state.labels.pop(key, None)
    return {"success": True}


@handles("updateClickCosts")
def update_click_costs(call: Call) -> dict[str, Any]:
    """Recorded in `state.click_cost_updates` and applied to the clicks at once (a tracker runs a job)."""
    fields = call.fields()
    for n, campaign_id in enumerate(fields["campaign_ids"]):
        call.state.campaigns.ref(campaign_id, f"campaign_ids.{n}")
    for n, period in enumerate(fields["costs"]):
        check_period(period, f"costs.{n}.")
        check_cost(period["cost"], f"costs.{n}.cost")
    if fields.get("timezone"):
        check_period({"timezone": fields["timezone"]})
    call.state.click_cost_updates.append(fields)
    source = call.backend.report_source()
    for period in fields["costs"]:
        spread_cost(
            source,
            call.state.click_costs,
            campaign_ids=fields["campaign_ids"],
            start=period["start_date"],
            end=period["end_date"],
            timezone=period.get("timezone") or fields.get("timezone") or source.timezone,
            cost=period["cost"],
            only_unique=bool(fields.get("only_campaign_uniques")),
            filters=period.get("filters"),
        )
    return {"success": True}


@handles("cleanClicks")
def clean(call: Call) -> dict[str, Any]:
    """Recorded in `state.clean_requests`; the synthetic clicks are left as they are."""
    fields = call.fields()
    check_period(fields)
    call.state.campaigns.ref(fields.get("campaign_id"), "campaign_id")
    call.state.clean_requests.append(fields)
    return {"success": True}

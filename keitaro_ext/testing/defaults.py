"""Field values a record has when nobody sent them: the one table that creation and seeding share.

Keyed by the `TrackerState` table. Keitaro's document sets no `default:` for these fields; the
values are those the fake has always answered with (what a tracker shows for a new entity).
"""

from __future__ import annotations

import copy
from typing import Any

from .state import Record

DEFAULTS: dict[str, Record] = {
    "affiliate_networks": {"postback_url": None, "offer_param": None, "state": "active", "template_name": None,
                           "notes": None, "pull_api_options": None},
    "traffic_sources": {"name": "", "postback_url": None, "postback_statuses": [], "template_name": None,
                        "accept_parameters": True, "parameters": {}, "notes": None, "state": "active",
                        "traffic_loss": 0, "update_in_campaigns": None},
    "offers": {"group_id": None, "action_type": "http", "action_payload": None, "action_options": None,
               "affiliate_network_id": None, "payout_value": 0, "payout_currency": "USD", "payout_type": "CPA",
               "state": "active", "payout_auto": False, "payout_upsell": False, "country": [], "notes": None,
               "archive": None, "local_path": None, "preview_path": None},
    "landing_pages": {"landing_type": "local", "action_type": "local_file", "action_payload": None,
                      "action_options": None, "group_id": None, "notes": None, "state": "active", "archive": None,
                      "local_path": None, "preview_path": None},
    "domains": {"network_status": "pending", "default_campaign": None, "state": "active", "wildcard": False,
                "catch_not_found": False, "notes": None, "ssl_redirect": False, "allow_indexing": False},
    "campaigns": {"type": "position", "cookies_ttl": 24, "state": "active", "cost_type": "CPC", "cost_value": 0,
                  "cost_currency": "USD", "cost_auto": False, "group_id": None, "bind_visitors": "s",
                  "traffic_source_id": None, "parameters": {}, "postbacks": [], "notes": None},
    "streams": {"weight": 100, "action_options": None, "comments": None, "state": "active", "action_payload": None,
                "collect_clicks": False, "filter_or": False, "filters": [], "triggers": [], "landings": [],
                "offers": []},
    "stream_triggers": {"selected_page": None, "pattern": None, "interval": 300, "alternative_urls": None,
                        "grab_from_page": None, "av_settings": None, "reverse": False, "scan_page": False},
    "users": {"preferences": {"language": "en", "timezone": "UTC"}},
    "facebook": {"integration": "facebook", "proxy_enabled": False, "name": "", "ad_account_id": "", "token": "",
                 "last_error": None, "last_raw_error": None, "proxy": None},
}  # fmt: skip


def fresh(table: str, *layers: Any) -> Record:
    """The table's defaults (a deep copy, safe to store) with each mapping of `layers` laid over them."""
    record = copy.deepcopy(DEFAULTS.get(table, {}))
    for layer in layers:
        record.update(layer)
    return record

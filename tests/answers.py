"""Answers shaped like a real tracker's, for tests that script the transport by hand.

Real trackers send every field of an entity (see the `required` lists in openapi/keitaro.yaml);
`campaign()` and `stream()` are realistic examples, and `minimal()` fills the required fields of
any schema with plain values, for tests that only care about the path or the status.
"""

from __future__ import annotations

from typing import Any

from .spec import load_spec

STAMP = "2026-05-01 10:00:00"


def campaign(campaign_id: int, name: str = "Campaign", **fields: Any) -> dict[str, Any]:
    return {
        "id": campaign_id,
        "alias": f"c{campaign_id}",
        "name": name,
        "type": "position",
        "state": "active",
        "position": campaign_id,
        "cookies_ttl": 24,
        "cost_type": "CPC",
        "cost_value": 0,
        "cost_currency": "USD",
        "cost_auto": False,
        "group_id": None,
        "traffic_source_id": None,
        "bind_visitors": None,
        "postbacks": [],
        "notes": None,
        "created_at": STAMP,
        "updated_at": STAMP,
        **fields,
    }


def stream(stream_id: int, **fields: Any) -> dict[str, Any]:
    return {
        "id": stream_id,
        "campaign_id": 1,
        "type": "regular",
        "name": f"Flow {stream_id}",
        "position": stream_id,
        "weight": 100,
        "state": "active",
        "action_type": "http",
        "action_payload": "https://example.com/",
        "schema": "redirect",
        "collect_clicks": True,
        "filter_or": False,
        "filters": [],
        "triggers": [],
        "landings": [],
        "offers": [],
        "updated_at": STAMP,
        **fields,
    }


def minimal(schema: dict[str, Any], **fields: Any) -> Any:
    """A value of `schema` with only its required fields, each a plain value of its type."""
    schemas = load_spec()["components"]["schemas"]
    while "$ref" in schema:
        schema = schemas[schema["$ref"].rsplit("/", 1)[1]]
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            merged.update(minimal(part))
        return {**merged, **fields}
    kind = schema.get("type")
    if kind == "array":
        return []
    if kind != "object" and "properties" not in schema:
        return {"integer": 3, "number": 1.5, "boolean": True}.get(str(kind), STAMP if schema.get("format") else "x")
    out = {name: minimal(schema["properties"][name]) for name in schema.get("required", [])}
    return {**out, **fields}

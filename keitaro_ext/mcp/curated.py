"""Tools for what an agent would otherwise do in several calls: a checked report, finding an entity by
name, and a campaign with its flows, offers and numbers. Each is a function of a client and the
tool arguments, built on the SDK (name checks, typed rows), and returns plain data.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from ..cli.plain import to_plain
from ..client import Keitaro
from ..errors import KeitaroError
from ..reports import F
from ..reports.names import INTERVALS
from .catalog import OperationTool, operation_tools

__all__ = ["CURATED", "CuratedTool"]

TABLE_ROWS = 20
OVERVIEW_METRICS = ["clicks", "campaign_unique_clicks", "conversions", "revenue", "cost", "profit", "roi"]
_NAMES = ("name", "alias", "login")

_RANGE = {
    "type": "string",
    "description": "An interval name ("
    + ", ".join(sorted(INTERVALS))
    + "), a day (2026-06-01) or start..end (2026-06-01..2026-06-10).",
}
_NAME_LIST = {"type": "array", "items": {"type": "string"}}


@dataclass(frozen=True)
class CuratedTool:
    name: str
    title: str
    description: str
    input_schema: dict[str, Any] = field(repr=False)
    run: Callable[[Keitaro, Mapping[str, Any]], Any] = field(repr=False)


def _names(value: Any) -> list[str]:
    """A list of names, also from 'a,b' text (models often send one string)."""
    items = [value] if isinstance(value, str) else list(value or [])
    return [part.strip() for item in items for part in str(item).split(",") if part.strip()]


def report(kt: Keitaro, args: Mapping[str, Any]) -> dict[str, Any]:
    limit = int(args.get("limit", 50))
    built = kt.reports.build(
        args.get("range", "today"),
        group_by=_names(args.get("group_by")),
        metrics=_names(args.get("metrics")) or ["clicks", "conversions", "revenue"],
        filters=[str(item) for item in args.get("filters", [])],
        sort=[str(item) for item in args.get("sort", [])],
        summary=bool(args.get("summary", True)),
        limit=limit,
        offset=int(args.get("offset", 0)) or None,
        timezone=args.get("timezone"),
        allow_unknown=bool(args.get("allow_unknown", False)),
    )
    answer: dict[str, Any] = {
        "columns": built.columns,
        "total": built.total,
        "rows": built.rows,
        "summary": built.summary,
        "table": built.table(max_rows=TABLE_ROWS),
    }
    shown = int(args.get("offset", 0)) + len(built.rows)
    if built.total > shown:
        answer["hint"] = f"{built.total - shown} more row(s): call again with offset={shown}, or filter or sort."
    return answer


REPORT = CuratedTool(
    name="report",
    title="Build a report",
    description=(
        "Rows of statistics grouped by columns (campaign, country, day, sub_id_1, ...) with metrics "
        "(clicks, conversions, revenue, cost, profit, roi, ...) for a period, with totals and a short text table. "
        "Names are checked: a misspelled one fails with the names it probably meant. Filters are text such as "
        "'country in US,DE', 'revenue > 0' or 'campaign_id = 7'; sort as 'revenue:desc'.\n\nRead-only."
    ),
    input_schema={
        "type": "object",
        "properties": {
            "range": {**_RANGE, "default": "today"},
            "group_by": {**_NAME_LIST, "description": "Grouping columns, e.g. ['campaign', 'country']."},
            "metrics": {**_NAME_LIST, "description": "Metrics; default clicks, conversions, revenue."},
            "filters": {**_NAME_LIST, "description": "Conditions, e.g. ['country in US,DE', 'clicks > 100']."},
            "sort": {**_NAME_LIST, "description": "e.g. ['revenue:desc']."},
            "timezone": {"type": "string", "description": "IANA zone of the range, e.g. Europe/Madrid."},
            "limit": {"type": "integer", "minimum": 1, "maximum": 1000, "default": 50},
            "offset": {"type": "integer", "minimum": 0, "default": 0},
            "summary": {"type": "boolean", "default": True, "description": "Add the totals row."},
            "allow_unknown": {
                "type": "boolean",
                "default": False,
                "description": "Send names this SDK does not know (a newer tracker's).",
            },
        },
        "additionalProperties": False,
    },
    run=report,
)


def _searchable() -> list[OperationTool]:
    """List operations that take no arguments, and search operations that take only a query."""
    found = []
    for tool in operation_tools():
        required = tool.input_schema.get("required", [])
        if tool.tier != "read":
            continue
        listing = tool.returns_list and tool.operation.name == "list" and not required
        if listing or (tool.operation.name == "search" and required == ["query"]):
            found.append(tool)
    return found


def _match_rank(entity: Mapping[str, Any], query: str) -> int | None:
    """0 exact id/name/alias, 1 prefix, 2 substring, None no match."""
    if str(entity.get("id")) == query:
        return 0
    best: int | None = None
    for key in _NAMES:
        value = str(entity.get(key) or "").casefold()
        if not value:
            continue
        q = query.casefold()
        rank = 0 if value == q else 1 if value.startswith(q) else 2 if q in value else None
        if rank is not None and (best is None or rank < best):
            best = rank
    return best


def _summary(kind: str, entity: Mapping[str, Any]) -> dict[str, Any]:
    keep = ("id", "name", "alias", "login", "state", "type", "campaign_id", "group_id")
    return {"resource": kind, **{key: entity[key] for key in keep if entity.get(key) not in (None, "")}}


def find(kt: Keitaro, args: Mapping[str, Any]) -> dict[str, Any]:
    query = str(args["query"]).strip()
    if not query:
        raise KeitaroError("Give `query`: a name, alias, login or id to look for.")
    wanted = set(_names(args.get("resources")))
    sources = [tool for tool in _searchable() if not wanted or tool.operation.tag in wanted]
    unknown = wanted - {tool.operation.tag for tool in _searchable()}
    if unknown:
        raise KeitaroError(f"Unknown resource(s) {sorted(unknown)}; use some of {_resource_names()}.")

    def fetch(tool: OperationTool) -> tuple[str, list[Any]]:
        method = getattr(getattr(kt, tool.operation.tag), tool.operation.name)
        result = method(query=query) if tool.operation.name == "search" else method()
        return tool.operation.tag, to_plain(result)

    with ThreadPoolExecutor(max_workers=4) as pool:
        fetched = list(pool.map(fetch, sources))
    hits, names = _ranked(fetched, query)
    limit = int(args.get("limit", 20))
    answer: dict[str, Any] = {"query": query, "count": len(hits), "matches": [hit for _, hit in hits[:limit]]}
    if not hits:
        close = difflib.get_close_matches(query, sorted(names), n=5, cutoff=0.5)
        answer["hint"] = f"No match. Close names: {', '.join(close)}." if close else "No match in any resource."
    elif len(hits) > limit:
        answer["hint"] = f"{len(hits) - limit} more match(es): give a longer query or a larger limit."
    return answer


def _ranked(fetched: list[tuple[str, list[Any]]], query: str) -> tuple[list[tuple[int, dict[str, Any]]], set[str]]:
    """The matches, best first, and every name seen (for "close names" when nothing matched)."""
    hits: list[tuple[int, dict[str, Any]]] = []
    names: set[str] = set()
    for kind, entities in fetched:
        for entity in entities:
            if not isinstance(entity, Mapping):
                continue
            names.update(str(entity[key]) for key in _NAMES if entity.get(key))
            rank = _match_rank(entity, query)
            if rank is not None:
                hits.append((rank, _summary(kind, entity)))
    hits.sort(key=lambda hit: hit[0])
    return hits, names


def _resource_names() -> list[str]:
    return sorted({tool.operation.tag for tool in _searchable()})


FIND = CuratedTool(
    name="find",
    title="Find entities by name",
    description=(
        "Look up campaigns, offers, landing pages, flows, traffic sources, affiliate networks, domains and users by "
        "id, name, alias or login (case-insensitive; exact matches first, then prefixes, then substrings). "
        "Use it to turn a name the user says into the id other tools take.\n\nRead-only."
    ),
    input_schema={
        "type": "object",
        "properties": {
            "query": {"type": "string", "description": "Id, or part of a name, alias or login."},
            "resources": {
                "type": "array",
                "items": {"type": "string", "enum": _resource_names()},
                "description": "Only these resources (default: all).",
            },
            "limit": {"type": "integer", "minimum": 1, "maximum": 200, "default": 20},
        },
        "required": ["query"],
        "additionalProperties": False,
    },
    run=find,
)


def _campaign(kt: Keitaro, ref: Any) -> dict[str, Any]:
    text = str(ref).strip()
    if text.isdigit():
        found: dict[str, Any] = to_plain(kt.campaigns.get(int(text)))
        return found
    campaigns = [c for c in to_plain(kt.campaigns.list()) if isinstance(c, Mapping)]
    for key in ("alias", "name"):
        for campaign in campaigns:
            if str(campaign.get(key, "")).casefold() == text.casefold():
                return dict(campaign)
    close = difflib.get_close_matches(text, [str(c.get("name", "")) for c in campaigns], n=3)
    hint = f" Did you mean {', '.join(repr(name) for name in close)}?" if close else " Try the find tool."
    raise KeitaroError(f"No campaign with id, alias or name {text!r}.{hint}")


def _by_id(items: Iterable[Any]) -> dict[Any, Mapping[str, Any]]:
    return {item.get("id"): item for item in items if isinstance(item, Mapping)}


def _linked(links: Any, key: str, names: Mapping[Any, Mapping[str, Any]]) -> list[dict[str, Any]]:
    """A flow's offers or landing pages: the id, the name and the share of each."""
    return [
        {"id": link.get(key), "name": names.get(link.get(key), {}).get("name"), "share": link.get("share")}
        for link in links or []
    ]


def campaign_overview(kt: Keitaro, args: Mapping[str, Any]) -> dict[str, Any]:
    campaign = _campaign(kt, args["campaign"])
    campaign_id = campaign["id"]
    range_ = args.get("range", "yesterday")
    with ThreadPoolExecutor(max_workers=4) as pool:
        flows_job = pool.submit(kt.streams.list_for_campaign, campaign_id)
        offers_job = pool.submit(kt.offers.list)
        landings_job = pool.submit(kt.landing_pages.list)
        stats_job = pool.submit(
            kt.reports.build,
            range_,
            group_by=["stream_id"],
            metrics=OVERVIEW_METRICS,
            filters=[F("campaign_id").eq(campaign_id)],
            summary=True,
        )
        flows = to_plain(flows_job.result())
        offers, landings = _by_id(to_plain(offers_job.result())), _by_id(to_plain(landings_job.result()))
        stats = stats_job.result()
    by_flow = {row.get("stream_id"): row for row in stats.rows}
    described = [
        {
            **{key: flow.get(key) for key in ("id", "name", "state", "type", "position", "weight", "action_type")},
            "offers": _linked(flow.get("offers"), "offer_id", offers),
            "landing_pages": _linked(flow.get("landings"), "landing_id", landings),
            "stats": {name: by_flow.get(flow.get("id"), {}).get(name, 0) for name in OVERVIEW_METRICS},
        }
        for flow in flows
    ]
    keep = ("id", "name", "alias", "state", "type", "cost_type", "cost_value", "cost_currency", "traffic_source_id")
    return {
        "campaign": {key: campaign.get(key) for key in keep if key in campaign},
        "range": range_,
        "totals": stats.summary,
        "flows": described,
    }


CAMPAIGN_OVERVIEW = CuratedTool(
    name="campaign_overview",
    title="A campaign at a glance",
    description=(
        "One campaign (by id, alias or name) with its flows, the offers and landing pages of each flow, "
        "and each flow's clicks, conversions, revenue, cost, profit and ROI for a period (yesterday by default), "
        "with the campaign's totals.\n\nRead-only."
    ),
    input_schema={
        "type": "object",
        "properties": {
            "campaign": {"type": ["integer", "string"], "description": "Id, alias or name of the campaign."},
            "range": {**_RANGE, "default": "yesterday"},
        },
        "required": ["campaign"],
        "additionalProperties": False,
    },
    run=campaign_overview,
)

CURATED: tuple[CuratedTool, ...] = (REPORT, FIND, CAMPAIGN_OVERVIEW)

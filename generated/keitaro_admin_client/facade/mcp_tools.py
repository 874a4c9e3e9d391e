"""The MCP tool table: per operation, what `keitaro mcp` needs to offer it as a tool.

Generated from openapi/keitaro.yaml by scripts/gen_facade.py (schemas converted by json_schema.py),
so the server reads no YAML and reflects on no signature at start-up; do not edit.
TOOLS[operationId] = (description, input_schema, arguments, returns_list, returns_file); an argument
is (name in the schema, facade keyword, "path" | "query" | "body").
"""

from typing import Any

TOOLS: dict[str, tuple[Any, ...]] = {
    "addLandingPageFile": (
        "",
        {
            "type": "object",
            "properties": {
                "id": {"type": "integer", "description": "Id of the entity."},
                "path": {
                    "type": "string",
                    "pattern": "^/?(?!\\.\\.?(?:/|$))[^/\\\\]+(?:/(?!\\.\\.?(?:/|$))[^/\\\\]+)*$",
                    "description": "Path of the new file inside the page. Parts separated by `/`, none empty, `.` or `..`, no backslash (the fake keeps files inside the entity; the tracker's own rules are not documented: G).",
                },
            },
            "additionalProperties": False,
            "required": ["id", "path"],
        },
        (("id", "id", "path"), ("path", "path", "query")),
        False,
        False,
    ),
    "addOfferFile": (
        "",
        {
            "type": "object",
            "properties": {
                "id": {"type": "integer", "description": "Id of the entity."},
                "path": {
                    "type": "string",
                    "pattern": "^/?(?!\\.\\.?(?:/|$))[^/\\\\]+(?:/(?!\\.\\.?(?:/|$))[^/\\\\]+)*$",
                    "description": "Path of the new file inside the offer. Parts separated by `/`, none empty, `.` or `..`, no backslash (the fake keeps files inside the entity; the tracker's own rules are not documented: G).",
                },
            },
            "additionalProperties": False,
            "required": ["id", "path"],
        },
        (("id", "id", "path"), ("path", "path", "query")),
        False,
        False,
    ),
    "addToBotList": (
        "",
        {
            "type": "object",
            "properties": {"value": {"type": "string", "description": "IP addresses or ranges, one per line."}},
            "additionalProperties": False,
            "required": ["value"],
        },
        (("value", "value", "body"),),
        False,
        False,
    ),
    "buildReport": (
        "Groups clicks and conversions and computes metrics. A read despite the POST: safe to repeat. The SDK's `reports.build` wraps this with typed rows, ranges and filters; `build_raw` sends the body as is.",
        {
            "type": "object",
            "properties": {
                "range": {
                    "type": "object",
                    "description": "Period of a report or log: either `interval`, or `from` and `to`.",
                    "properties": {
                        "from": {
                            "type": ["string", "null"],
                            "description": "First day, `YYYY-MM-DD` (a time may follow).",
                        },
                        "to": {
                            "type": ["string", "null"],
                            "description": "Last day, `YYYY-MM-DD` (a time may follow).",
                        },
                        "timezone": {
                            "type": "string",
                            "description": "Time zone name, e.g. `Europe/Madrid`; the tracker's zone when left out.",
                        },
                        "interval": {
                            "type": "string",
                            "enum": [
                                "today",
                                "yesterday",
                                "7_days_ago",
                                "30_days_ago",
                                "first_day_of_this_week",
                                "1_month_ago",
                                "first_day_of_this_month",
                                "6_months_ago",
                                "1_year_ago",
                                "first_day_of_this_year",
                                "all_time",
                            ],
                            "description": "Named period relative to today in the range's time zone. `30_days_ago` and `6_months_ago` are used by real clients but missing from Keitaro's 2022 document.",
                        },
                    },
                },
                "grouping": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Columns to group by (see `ReportColumn`).",
                },
                "metrics": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Metrics to compute (see `ReportMetric`).",
                },
                "dimensions": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Newer name of `grouping`. Keitaro's current document uses `dimensions`/`measures` while production clients send `grouping`/`metrics`; which pair a given tracker accepts is unverified.",
                },
                "measures": {"type": "array", "items": {"type": "string"}, "description": "Newer name of `metrics`."},
                "columns": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Extra columns without grouping; the panel sends an empty list.",
                },
                "filters": {
                    "description": "Filters, each a rule object; see the item schema.",
                    "type": "array",
                    "items": {
                        "type": "object",
                        "description": "A condition rows must meet.",
                        "required": ["name", "operator"],
                        "properties": {
                            "name": {"type": "string", "description": "Column or metric to test."},
                            "operator": {
                                "type": "string",
                                "enum": [
                                    "EQUALS",
                                    "NOT_EQUAL",
                                    "EQUALS_OR_GREATER_THAN",
                                    "EQUALS_OR_LESS_THAN",
                                    "GREATER_THAN",
                                    "LESS_THAN",
                                    "MATCH_REGEXP",
                                    "NOT_MATCH_REGEXP",
                                    "BEGINS_WITH",
                                    "ENDS_WITH",
                                    "CONTAINS",
                                    "NOT_CONTAIN",
                                    "IN_LIST",
                                    "NOT_IN_LIST",
                                    "BETWEEN",
                                    "IS_SET",
                                    "IS_NOT_SET",
                                    "IS_TRUE",
                                    "IS_FALSE",
                                    "HAS_LABEL",
                                    "NOT_HAS_LABEL",
                                ],
                                "description": "Comparison of a report filter. Number operators take one number; text operators one string; `IN_LIST`, `NOT_IN_LIST` take a list; `BETWEEN` a list of two; `IS_SET`, `IS_NOT_SET`, `IS_TRUE`, `IS_FALSE` no expression; `HAS_LABEL`, `NOT_HAS_LABEL` take `whitelist` or `blacklist`.",
                            },
                            "expression": {
                                "anyOf": [
                                    {
                                        "description": "Value to compare with; a list for the list operators; left out for the `IS_*` ones.",
                                        "oneOf": [
                                            {"type": "string"},
                                            {"type": "number"},
                                            {
                                                "type": "array",
                                                "items": {"oneOf": [{"type": "string"}, {"type": "number"}]},
                                            },
                                        ],
                                    },
                                    {"type": "null"},
                                ]
                            },
                        },
                    },
                },
                "sort": {
                    "description": "Sort order, a list of {name, order} objects.",
                    "type": "array",
                    "items": {
                        "type": "object",
                        "description": "One sort key.",
                        "required": ["name", "order"],
                        "properties": {
                            "name": {"type": "string", "description": "Column or metric."},
                            "order": {"type": "string", "enum": ["ASC", "DESC"], "description": "Direction."},
                        },
                    },
                },
                "summary": {"type": "boolean", "description": "Also return totals over all rows in `summary`."},
                "limit": {"type": "integer", "minimum": 0, "description": "Rows per page."},
                "offset": {"type": "integer", "minimum": 0, "description": "Rows to skip."},
            },
            "additionalProperties": False,
        },
        (
            ("range", "range_", "body"),
            ("grouping", "grouping", "body"),
            ("metrics", "metrics", "body"),
            ("dimensions", "dimensions", "body"),
            ("measures", "measures", "body"),
            ("columns", "columns", "body"),
            ("filters", "filters", "body"),
            ("sort", "sort", "body"),
            ("summary", "summary", "body"),
            ("limit", "limit", "body"),
            ("offset", "offset", "body"),
        ),
        False,
        False,
    ),
    "checkDomain": (
        "",
        {
            "type": "object",
            "properties": {"id": {"type": "integer", "description": "Id of the entity."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        (("id", "id", "path"),),
        False,
        False,
    ),
    "cleanCampaignArchive": (
        "Present in Keitaro's newer document only. Irreversible. The answer's body is not documented and is ignored.",
        {"type": "object", "properties": {}, "additionalProperties": False},
        (),
        False,
        False,
    ),
    "cleanClicks": (
        "Destructive; runs in the background.",
        {
            "type": "object",
            "properties": {
                "start_date": {
                    "type": "string",
                    "pattern": "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$",
                    "description": "`YYYY-MM-DD HH:MM`. Keitaro's document gives this format, e.g. `2017-09-10 20:10` (confirmed); an impossible date or an unknown time zone is refused with 406 by the fake.",
                },
                "end_date": {
                    "type": "string",
                    "pattern": "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$",
                    "description": "`YYYY-MM-DD HH:MM`. Keitaro's document gives this format, e.g. `2017-09-10 20:10` (confirmed); an impossible date or an unknown time zone is refused with 406 by the fake.",
                },
                "campaign_id": {"type": "integer", "description": "Limit to one campaign."},
                "timezone": {"description": "Time zone name, e.g. `Europe/Madrid`.", "type": "string"},
            },
            "additionalProperties": False,
            "required": ["start_date", "end_date"],
        },
        (
            ("start_date", "start_date", "body"),
            ("end_date", "end_date", "body"),
            ("campaign_id", "campaign_id", "body"),
            ("timezone", "timezone", "body"),
        ),
        False,
        False,
    ),
    "clearBotList": ("", {"type": "object", "properties": {}, "additionalProperties": False}, (), False, False),
    "clearLog": (
        "",
        {
            "type": "object",
            "properties": {
                "type": {
                    "type": "string",
                    "enum": ["system", "traffic", "postbacks", "ssl", "sent_postbacks"],
                    "description": "Which log.",
                }
            },
            "additionalProperties": False,
            "required": ["type"],
        },
        (("type", "type_", "path"),),
        False,
        False,
    ),
    "cloneAffiliateNetwork": (
        "Answer shapes (x-keitaro-answers): the object, or a list holding only it, which the SDK unwraps. Evidence: wirgen/keitaro src/Keitaro.php (a PHP client whose tests ran against a real tracker) reads the clone answer of campaigns and affiliate networks as `$result[0]` (observed, medium confidence; other entities assumed alike). Any 2xx status is accepted.",
        {
            "type": "object",
            "properties": {"id": {"type": "integer", "description": "Id of the entity."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        (("id", "id", "path"),),
        False,
        False,
    ),
    "cloneCampaign": (
        "Creates a new campaign with the same settings and flows. Answer shapes (x-keitaro-answers): the object, or a list holding only it, which the SDK unwraps. Evidence: wirgen/keitaro src/Keitaro.php (a PHP client whose tests ran against a real tracker) reads the clone answer of campaigns and affiliate networks as `$result[0]` (observed, medium confidence; other entities assumed alike). Any 2xx status is accepted.",
        {
            "type": "object",
            "properties": {"id": {"type": "integer", "description": "Id of the entity."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        (("id", "id", "path"),),
        False,
        False,
    ),
    "cloneLandingPage": (
        "Unlike every other copy operation this one is a PUT. Answer shapes (x-keitaro-answers): the object, or a list holding only it, which the SDK unwraps. Evidence: wirgen/keitaro src/Keitaro.php (a PHP client whose tests ran against a real tracker) reads the clone answer of campaigns and affiliate networks as `$result[0]` (observed, medium confidence; other entities assumed alike). Any 2xx status is accepted.",
        {
            "type": "object",
            "properties": {"id": {"type": "integer", "description": "Id of the entity."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        (("id", "id", "path"),),
        False,
        False,
    ),
    "cloneOffer": (
        "Answer shapes (x-keitaro-answers): the object, or a list holding only it, which the SDK unwraps. Evidence: wirgen/keitaro src/Keitaro.php (a PHP client whose tests ran against a real tracker) reads the clone answer of campaigns and affiliate networks as `$result[0]` (observed, medium confidence; other entities assumed alike). Any 2xx status is accepted.",
        {
            "type": "object",
            "properties": {"id": {"type": "integer", "description": "Id of the entity."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        (("id", "id", "path"),),
        False,
        False,
    ),
    "cloneTrafficSource": (
        "Answer shapes (x-keitaro-answers): the object, or a list holding only it, which the SDK unwraps. Evidence: wirgen/keitaro src/Keitaro.php (a PHP client whose tests ran against a real tracker) reads the clone answer of campaigns and affiliate networks as `$result[0]` (observed, medium confidence; other entities assumed alike). Any 2xx status is accepted.",
        {
            "type": "object",
            "properties": {"id": {"type": "integer", "description": "Id of the entity."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        (("id", "id", "path"),),
        False,
        False,
    ),
    "createAffiliateNetwork": (
        "",
        {
            "type": "object",
            "properties": {
                "name": {
                    "type": "string",
                    "pattern": "\\S",
                    "description": "Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G).",
                },
                "postback_url": {"description": "URL the tracker calls back with conversions.", "type": "string"},
                "offer_param": {
                    "description": "Query parameter that carries the offer in the network's links.",
                    "type": "string",
                },
                "notes": {"description": "Free text notes.", "type": "string"},
            },
            "additionalProperties": False,
            "required": ["name"],
        },
        (
            ("name", "name", "body"),
            ("postback_url", "postback_url", "body"),
            ("offer_param", "offer_param", "body"),
            ("notes", "notes", "body"),
        ),
        False,
        False,
    ),
    "createCampaign": (
        "",
        {
            "type": "object",
            "properties": {
                "alias": {
                    "type": "string",
                    "pattern": "\\S",
                    "description": "Short name used in the campaign URL; unique per tracker. Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G).",
                },
                "name": {
                    "type": "string",
                    "pattern": "\\S",
                    "description": "Display name. Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G).",
                },
                "type": {"type": "string", "enum": ["position", "weight"], "description": "How flows are picked."},
                "cookies_ttl": {
                    "type": "integer",
                    "description": "How long, in hours, a visitor stays bound to this campaign.",
                },
                "state": {"type": "string", "enum": ["active", "disabled", "deleted"], "description": "New state."},
                "cost_type": {
                    "type": "string",
                    "enum": ["CPC", "CPUC", "CPM"],
                    "description": "Cost model. The published document allows only these three on write although campaigns read back with more.",
                },
                "cost_value": {"type": "number", "description": "Cost per unit of `cost_type`."},
                "cost_currency": {"type": ["string", "null"], "description": "ISO 4217 currency code of the cost."},
                "cost_auto": {
                    "type": "boolean",
                    "description": "Take the cost from the traffic source's `cost` parameter instead of `cost_value`.",
                },
                "group_id": {
                    "type": ["integer", "null"],
                    "description": "Campaign group. Keitaro's 2022 document types it as a string on write; real clients send an integer, which the tracker accepts, so this document uses the same type as on read.",
                },
                "bind_visitors": {
                    "type": "string",
                    "enum": ["s", "sl", "slo"],
                    "description": "Visitor binding, see `Campaign.bind_visitors`.",
                },
                "traffic_source_id": {
                    "type": ["integer", "null"],
                    "description": "Traffic source the campaign buys from.",
                },
                "parameters": {
                    "type": ["object", "null"],
                    "description": "How incoming query parameters map onto tracker fields.",
                    "properties": {
                        "keyword": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "cost": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "currency": {
                            "type": ["object", "null"],
                            "description": "ISO 4217 currency code.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "external_id": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "creative_id": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "ad_campaign_id": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "source": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_1": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_2": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_3": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_4": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_5": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_6": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_7": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_8": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_9": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_10": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_11": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_12": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_13": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_14": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_15": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                    },
                },
                "token": {"type": "string", "description": "Click API token."},
                "domain_id": {
                    "type": ["integer", "null"],
                    "description": "Domain the campaign is served on. Accepted on write, never returned on read.",
                },
                "postbacks": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "description": "A server-to-server postback attached to a campaign.",
                        "properties": {
                            "id": {"type": "integer"},
                            "campaign_id": {"description": "Id of the campaign.", "type": "integer"},
                            "method": {
                                "type": "string",
                                "enum": ["GET", "POST"],
                                "description": "HTTP method used to call `url`.",
                            },
                            "statuses": {
                                "type": "array",
                                "items": {
                                    "type": "string",
                                    "enum": ["lead", "sale", "rejected", "rebill"],
                                    "description": "Conversion status.",
                                },
                                "description": "Statuses that fire it.",
                            },
                            "url": {
                                "type": "string",
                                "description": "Address called when a conversion with one of `statuses` arrives.",
                            },
                        },
                    },
                    "description": "Server-to-server postbacks fired on conversions.",
                },
                "notes": {"type": ["string", "null"], "description": "Free text notes."},
            },
            "additionalProperties": False,
            "required": ["alias", "name"],
        },
        (
            ("alias", "alias", "body"),
            ("name", "name", "body"),
            ("type", "type_", "body"),
            ("cookies_ttl", "cookies_ttl", "body"),
            ("state", "state", "body"),
            ("cost_type", "cost_type", "body"),
            ("cost_value", "cost_value", "body"),
            ("cost_currency", "cost_currency", "body"),
            ("cost_auto", "cost_auto", "body"),
            ("group_id", "group_id", "body"),
            ("bind_visitors", "bind_visitors", "body"),
            ("traffic_source_id", "traffic_source_id", "body"),
            ("parameters", "parameters", "body"),
            ("token", "token", "body"),
            ("domain_id", "domain_id", "body"),
            ("postbacks", "postbacks", "body"),
            ("notes", "notes", "body"),
        ),
        False,
        False,
    ),
    "createDomain": (
        "Answers with a list of the domains added.",
        {
            "type": "object",
            "properties": {
                "name": {
                    "type": "string",
                    "pattern": "\\S",
                    "description": "Domain name. The tracker answers with a list, which suggests several names can go in one request; the separator is not documented. Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G).",
                },
                "is_ssl": {
                    "type": "boolean",
                    "default": False,
                    "description": "Serve over HTTPS. Required by Keitaro's published document (`required: [name, is_ssl]` on `POST /domains` in playtini/keitaro-client original/openapi.json, the 2022 edition; confirmed), so the SDK always sends it, false unless given.",
                },
                "default_campaign_id": {
                    "description": "Campaign that receives traffic arriving on the domain's root.",
                    "type": ["integer", "null"],
                },
                "wildcard": {"description": "Also serve every subdomain.", "type": "boolean"},
                "catch_not_found": {
                    "description": "Send requests for unknown paths to the default campaign.",
                    "type": "boolean",
                },
                "notes": {"description": "Free text notes.", "type": "string"},
                "ssl_redirect": {"description": "Redirect HTTP to HTTPS.", "type": "boolean"},
                "allow_indexing": {"description": "Let search engines index the domain.", "type": "boolean"},
            },
            "additionalProperties": False,
            "required": ["name", "is_ssl"],
        },
        (
            ("name", "name", "body"),
            ("is_ssl", "is_ssl", "body"),
            ("default_campaign_id", "default_campaign_id", "body"),
            ("wildcard", "wildcard", "body"),
            ("catch_not_found", "catch_not_found", "body"),
            ("notes", "notes", "body"),
            ("ssl_redirect", "ssl_redirect", "body"),
            ("allow_indexing", "allow_indexing", "body"),
        ),
        True,
        False,
    ),
    "createFacebookIntegration": (
        "",
        {
            "type": "object",
            "properties": {
                "name": {"description": "Display name.", "type": "string"},
                "ad_account_id": {"description": "Facebook ad account id.", "type": "string"},
                "token": {"description": "Access token. Treat it as a secret.", "type": "string"},
                "proxy_enabled": {
                    "description": "Route the integration's requests through `proxy`.",
                    "type": "boolean",
                },
                "proxy": {
                    "type": "object",
                    "description": "Proxy used to reach Facebook.",
                    "properties": {
                        "protocol": {
                            "type": "string",
                            "enum": ["http", "https", "socks5"],
                            "description": "Proxy protocol.",
                        },
                        "address": {"type": "string"},
                        "port": {"type": "integer"},
                        "login": {"description": "Login name of the user.", "type": "string"},
                        "password": {"type": "string", "format": "password"},
                    },
                },
            },
            "additionalProperties": False,
        },
        (
            ("name", "name", "body"),
            ("ad_account_id", "ad_account_id", "body"),
            ("token", "token", "body"),
            ("proxy_enabled", "proxy_enabled", "body"),
            ("proxy", "proxy", "body"),
        ),
        False,
        False,
    ),
    "createGroup": (
        "",
        {
            "type": "object",
            "properties": {
                "name": {
                    "type": "string",
                    "pattern": "\\S",
                    "description": "Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G).",
                },
                "type": {
                    "type": "string",
                    "enum": ["campaigns", "offers", "landings", "domains"],
                    "description": "What a group holds. `domains` is not in Keitaro's 2022 document: KeitaroManager/keitaro-mcp src/keitaro_mcp/client.py (@75f1f2d) and iso73-ops/claude-keitaro keitaro/references/keitaro-api.md list it as a group type (low confidence: third-party clients, no tracker answer seen); playtini/keitaro-client src/AdminApi/Enum/GroupTypeEnum.php has only the first three.",
                },
            },
            "additionalProperties": False,
            "required": ["name", "type"],
        },
        (("name", "name", "body"), ("type", "type_", "body")),
        False,
        False,
    ),
    "createLandingPage": (
        "",
        {
            "type": "object",
            "properties": {
                "name": {
                    "type": "string",
                    "pattern": "\\S",
                    "description": "Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G).",
                },
                "action_payload": {
                    "anyOf": [
                        {
                            "description": "What the action uses: a URL, a page body or a settings object, depending on `action_type`.",
                            "oneOf": [{"type": "string"}, {"type": "object", "additionalProperties": True}],
                        },
                        {"type": "null"},
                    ]
                },
                "group_id": {
                    "type": ["integer", "null"],
                    "description": "Landing group. Typed as a string on write in Keitaro's 2022 document; integer here, as on read.",
                },
                "state": {"type": "string", "enum": ["active", "disabled", "deleted"], "description": "New state."},
                "landing_type": {
                    "type": "string",
                    "enum": ["local", "external", "preloaded", "action"],
                    "description": "Where the page lives.",
                },
                "action_type": {
                    "type": "string",
                    "enum": ["local_file", "http", "curl", "status404", "show_text", "show_html"],
                    "description": "How the page is served.",
                },
                "url": {"type": "string", "description": "Address of an external page."},
                "archive": {"type": "string", "description": "Base64 zip archive of a local page."},
                "notes": {"description": "Free text notes.", "type": "string"},
            },
            "additionalProperties": False,
            "required": ["name"],
        },
        (
            ("name", "name", "body"),
            ("action_payload", "action_payload", "body"),
            ("group_id", "group_id", "body"),
            ("state", "state", "body"),
            ("landing_type", "landing_type", "body"),
            ("action_type", "action_type", "body"),
            ("url", "url", "body"),
            ("archive", "archive", "body"),
            ("notes", "notes", "body"),
        ),
        False,
        False,
    ),
    "createOffer": (
        "",
        {
            "type": "object",
            "properties": {
                "name": {
                    "type": "string",
                    "pattern": "\\S",
                    "description": "Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G).",
                },
                "group_id": {"description": "Group the entity belongs to, or null.", "type": ["integer", "null"]},
                "offer_type": {"type": "string", "description": "`external`, `local` or `preloaded`."},
                "action_type": {
                    "type": "string",
                    "description": "How the offer opens, e.g. `http`. The offer URL goes in `action_payload`.",
                },
                "action_payload": {
                    "anyOf": [
                        {
                            "description": "What the action uses: a URL, a page body or a settings object, depending on `action_type`.",
                            "oneOf": [{"type": "string"}, {"type": "object", "additionalProperties": True}],
                        },
                        {"type": "null"},
                    ]
                },
                "affiliate_network_id": {
                    "description": "Affiliate network of the offer, or null.",
                    "type": ["integer", "null"],
                },
                "payout_value": {"description": "Payout per conversion.", "type": "number"},
                "payout_currency": {"description": "ISO 4217 currency code of the payout.", "type": "string"},
                "payout_type": {"type": "string", "enum": ["CPA", "CPC"], "description": "Payout model."},
                "state": {"type": "string", "enum": ["active", "deleted"], "description": "New state."},
                "payout_auto": {"type": "boolean", "description": "Take the payout from the postback."},
                "payout_upsell": {"description": "Count upsell conversions for payout.", "type": "boolean"},
                "country": {
                    "description": "Country codes (ISO 3166-1 alpha-2) the offer accepts.",
                    "type": "array",
                    "items": {"type": "string"},
                },
                "notes": {"description": "Free text notes.", "type": "string"},
                "archive": {"type": "string", "description": "Base64 zip archive of a local offer."},
                "conversion_cap_enabled": {
                    "description": "Limit conversions per day (`daily_cap`).",
                    "type": "boolean",
                },
                "daily_cap": {"description": "Conversions allowed per day when the cap is on.", "type": "number"},
                "conversion_timezone": {"description": "Time zone the daily cap counts in.", "type": "string"},
                "alternative_offer_id": {
                    "description": "Offer that receives traffic once the cap is reached.",
                    "type": ["integer", "null"],
                },
            },
            "additionalProperties": False,
            "required": ["name"],
        },
        (
            ("name", "name", "body"),
            ("group_id", "group_id", "body"),
            ("offer_type", "offer_type", "body"),
            ("action_type", "action_type", "body"),
            ("action_payload", "action_payload", "body"),
            ("affiliate_network_id", "affiliate_network_id", "body"),
            ("payout_value", "payout_value", "body"),
            ("payout_currency", "payout_currency", "body"),
            ("payout_type", "payout_type", "body"),
            ("state", "state", "body"),
            ("payout_auto", "payout_auto", "body"),
            ("payout_upsell", "payout_upsell", "body"),
            ("country", "country", "body"),
            ("notes", "notes", "body"),
            ("archive", "archive", "body"),
            ("conversion_cap_enabled", "conversion_cap_enabled", "body"),
            ("daily_cap", "daily_cap", "body"),
            ("conversion_timezone", "conversion_timezone", "body"),
            ("alternative_offer_id", "alternative_offer_id", "body"),
        ),
        False,
        False,
    ),
    "createStream": (
        "",
        {
            "type": "object",
            "properties": {
                "campaign_id": {"description": "Id of the campaign.", "type": "integer"},
                "type": {"type": "string", "enum": ["forced", "regular", "default"], "description": "Kind of flow."},
                "name": {
                    "type": "string",
                    "pattern": "\\S",
                    "description": "Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G).",
                },
                "position": {"description": "Order in its list.", "type": "integer"},
                "weight": {
                    "description": "Share of traffic when the campaign picks flows by weight.",
                    "type": "number",
                },
                "action_options": {
                    "description": "Options of the action (an object; depends on `action_type`).",
                    "type": ["object", "null"],
                    "additionalProperties": True,
                },
                "comments": {"description": "Free text comments.", "type": ["string", "null"]},
                "state": {"type": "string", "enum": ["active", "disabled", "deleted"], "description": "New state."},
                "action_type": {
                    "type": "string",
                    "description": "Action key, one of those `GET /streams_actions` lists.",
                },
                "action_payload": {
                    "anyOf": [
                        {
                            "description": "Target of the action (URL, text...). Not in Keitaro's published write schema, but clients send it and the tracker stores it on update; whether create keeps it is unverified.",
                            "oneOf": [{"type": "string"}, {"type": "object", "additionalProperties": True}],
                        },
                        {"type": "null"},
                    ]
                },
                "schema": {
                    "type": "string",
                    "enum": ["landings", "redirect", "action"],
                    "description": "How the flow answers.",
                },
                "collect_clicks": {"description": "Store clicks of this flow.", "type": "boolean"},
                "filter_or": {"description": "Match when any filter matches instead of all.", "type": "boolean"},
                "offer_selection": {
                    "type": "string",
                    "description": "When the offer is chosen, e.g. `before_click` (observed in real clients).",
                },
                "filters": {
                    "description": "Filters, each a rule object; see the item schema.",
                    "type": "array",
                    "items": {
                        "type": "object",
                        "description": "A filter of a flow as sent.",
                        "required": ["name", "mode"],
                        "properties": {
                            "id": {"type": "integer", "description": "Give the id to change an existing filter."},
                            "name": {"type": "string", "description": "Filter key, e.g. `country`."},
                            "mode": {
                                "type": "string",
                                "enum": ["accept", "reject"],
                                "description": "Whether matching clicks are let in or turned away.",
                            },
                            "payload": {
                                "type": "array",
                                "items": {"type": "string"},
                                "description": 'Values to match, e.g. `["US", "DE"]`.',
                            },
                        },
                    },
                },
                "triggers": {
                    "description": "Triggers of the flow; see the item schema.",
                    "type": "array",
                    "items": {
                        "type": "object",
                        "description": "A flow trigger as sent.",
                        "required": ["stream_id", "condition", "target", "action"],
                        "properties": {
                            "id": {"type": "integer", "description": "Give the id to change an existing trigger."},
                            "stream_id": {"type": "integer"},
                            "condition": {
                                "type": "string",
                                "enum": ["not_respond", "always", "not_contains", "av_detected"],
                                "description": "When the trigger fires.",
                            },
                            "target": {
                                "type": "string",
                                "enum": ["stream", "landings", "offers", "selected_page"],
                                "description": "What the trigger watches.",
                            },
                            "selected_page": {"type": "string"},
                            "pattern": {"type": "string", "description": "Text looked for by `not_contains`."},
                            "action": {
                                "type": "string",
                                "enum": ["disable", "replace_url", "grab_from_page"],
                                "description": "What happens when it fires.",
                            },
                            "interval": {"type": "integer", "description": "Seconds between checks."},
                            "alternative_urls": {"type": "string", "description": "Replacement URLs, one per line."},
                            "grab_from_page": {"type": "string"},
                            "av_settings": {"type": "string"},
                            "reverse": {"type": "boolean"},
                            "scan_page": {"type": "boolean"},
                        },
                    },
                },
                "landings": {
                    "description": "Landing pages of the flow with their shares.",
                    "type": "array",
                    "items": {
                        "type": "object",
                        "description": "A landing page to attach to a flow.",
                        "required": ["landing_id", "share"],
                        "properties": {
                            "landing_id": {"type": "integer"},
                            "share": {"type": "integer", "description": "Percent of the flow's traffic."},
                            "state": {"type": "string", "enum": ["active", "disabled"], "description": "State."},
                        },
                    },
                },
                "offers": {
                    "description": "Offers of the flow with their shares (percent, integers).",
                    "type": "array",
                    "items": {
                        "type": "object",
                        "description": "An offer to attach to a flow.",
                        "required": ["offer_id", "share"],
                        "properties": {
                            "offer_id": {"type": "integer"},
                            "share": {"type": "integer", "description": "Percent of the flow's traffic."},
                            "state": {"type": "string", "enum": ["active", "disabled"], "description": "State."},
                        },
                    },
                },
            },
            "additionalProperties": False,
            "required": ["campaign_id", "type", "name", "action_type", "schema"],
        },
        (
            ("campaign_id", "campaign_id", "body"),
            ("type", "type_", "body"),
            ("name", "name", "body"),
            ("position", "position", "body"),
            ("weight", "weight", "body"),
            ("action_options", "action_options", "body"),
            ("comments", "comments", "body"),
            ("state", "state", "body"),
            ("action_type", "action_type", "body"),
            ("action_payload", "action_payload", "body"),
            ("schema", "schema", "body"),
            ("collect_clicks", "collect_clicks", "body"),
            ("filter_or", "filter_or", "body"),
            ("offer_selection", "offer_selection", "body"),
            ("filters", "filters", "body"),
            ("triggers", "triggers", "body"),
            ("landings", "landings", "body"),
            ("offers", "offers", "body"),
        ),
        False,
        False,
    ),
    "createTrafficSource": (
        "",
        {
            "type": "object",
            "properties": {
                "name": {
                    "type": "string",
                    "pattern": "\\S",
                    "description": "Needed on create in practice, although the published document marks nothing required. Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G).",
                },
                "postback_url": {"description": "URL the tracker calls back with conversions.", "type": "string"},
                "postback_statuses": {
                    "description": "Conversion statuses the source's postback is sent for.",
                    "type": "array",
                    "items": {"type": "string"},
                },
                "template_name": {"description": "Template the entity was created from.", "type": "string"},
                "accept_parameters": {"description": "Take parameters from incoming traffic.", "type": "boolean"},
                "parameters": {
                    "type": "object",
                    "description": "Parameter mapping keyed by tracker field (`keyword`, `cost`, `sub_id_1`...). Newer trackers know more sub ids than the fifteen listed here; extra keys are kept.",
                    "properties": {
                        "keyword": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "cost": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "currency": {
                            "type": ["object", "null"],
                            "description": "ISO 4217 currency code.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "external_id": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "creative_id": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "ad_campaign_id": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "source": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_1": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_2": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_3": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_4": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_5": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_6": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_7": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_8": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_9": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_10": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_11": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_12": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_13": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_14": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_15": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                    },
                },
                "notes": {"description": "Free text notes.", "type": "string"},
                "state": {"description": "State of the entity.", "type": "string"},
                "traffic_loss": {"description": "Expected share of lost traffic, in percent.", "type": "number"},
            },
            "additionalProperties": False,
            "required": ["name"],
        },
        (
            ("name", "name", "body"),
            ("postback_url", "postback_url", "body"),
            ("postback_statuses", "postback_statuses", "body"),
            ("template_name", "template_name", "body"),
            ("accept_parameters", "accept_parameters", "body"),
            ("parameters", "parameters", "body"),
            ("notes", "notes", "body"),
            ("state", "state", "body"),
            ("traffic_loss", "traffic_loss", "body"),
        ),
        False,
        False,
    ),
    "createUser": (
        "",
        {
            "type": "object",
            "properties": {
                "login": {
                    "type": "string",
                    "pattern": "\\S",
                    "description": "Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G).",
                },
                "new_password": {"description": "New password.", "type": "string", "format": "password"},
                "new_password_confirmation": {
                    "description": "The same password again.",
                    "type": "string",
                    "format": "password",
                },
                "type": {"type": "string", "enum": ["USER", "ADMIN"], "description": "Role of a user."},
                "preferences": {
                    "type": "object",
                    "description": "Personal settings of a user.",
                    "properties": {
                        "language": {"type": "string", "enum": ["ru", "en"], "description": "Interface language."},
                        "timezone": {"type": "string", "description": "Time zone name."},
                    },
                },
            },
            "additionalProperties": False,
            "required": ["login", "new_password", "new_password_confirmation", "type"],
        },
        (
            ("login", "login", "body"),
            ("new_password", "new_password", "body"),
            ("new_password_confirmation", "new_password_confirmation", "body"),
            ("type", "type_", "body"),
            ("preferences", "preferences", "body"),
        ),
        False,
        False,
    ),
    "deleteAffiliateNetwork": (
        "Answer shapes (x-keitaro-answers): the object; a list holding only it (unwrapped); or an empty body, then the SDK returns None. Evidence: Keitaro's published document declares bodiless answers for the sibling calls `DELETE /traffic_sources/{id}` (200) and `DELETE /users/{id}` (201), and wirgen/keitaro src/Keitaro.php reads nothing from archive and restore answers (low confidence for this operation: tolerated, not seen). The status may be 200 or 201 whatever the document says: wirgen/keitaro treats any status but 200 as a failure and still archives campaigns, where the published document says 201 (medium confidence).",
        {
            "type": "object",
            "properties": {"id": {"type": "integer", "description": "Id of the entity."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        (("id", "id", "path"),),
        False,
        False,
    ),
    "deleteCampaign": (
        "Moves the campaign to the archive, from where `restoreCampaign` brings it back. Keitaro's document says 201 and declares a Domain body here by mistake; the body is the archived campaign. Answer shapes (x-keitaro-answers): the object; a list holding only it (unwrapped); or an empty body, then the SDK returns None. Evidence: Keitaro's published document declares bodiless answers for the sibling calls `DELETE /traffic_sources/{id}` (200) and `DELETE /users/{id}` (201), and wirgen/keitaro src/Keitaro.php reads nothing from archive and restore answers (low confidence for this operation: tolerated, not seen). The status may be 200 or 201 whatever the document says: wirgen/keitaro treats any status but 200 as a failure and still archives campaigns, where the published document says 201 (medium confidence).",
        {
            "type": "object",
            "properties": {"id": {"type": "integer", "description": "Id of the entity."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        (("id", "id", "path"),),
        False,
        False,
    ),
    "deleteDomain": (
        "Answers 201. Answer shapes (x-keitaro-answers): the object; a list holding only it (unwrapped); or an empty body, then the SDK returns None. Evidence: Keitaro's published document declares bodiless answers for the sibling calls `DELETE /traffic_sources/{id}` (200) and `DELETE /users/{id}` (201), and wirgen/keitaro src/Keitaro.php reads nothing from archive and restore answers (low confidence for this operation: tolerated, not seen). The status may be 200 or 201 whatever the document says: wirgen/keitaro treats any status but 200 as a failure and still archives campaigns, where the published document says 201 (medium confidence).",
        {
            "type": "object",
            "properties": {"id": {"type": "integer", "description": "Id of the entity."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        (("id", "id", "path"),),
        False,
        False,
    ),
    "deleteFacebookIntegration": (
        "",
        {
            "type": "object",
            "properties": {"id": {"type": "integer", "description": "Id of the entity."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        (("id", "id", "path"),),
        False,
        False,
    ),
    "deleteGroup": (
        "Note the trailing `/delete` in the path. Answer shapes (x-keitaro-answers): the object; a list holding only it (unwrapped); or an empty body, then the SDK returns None. Evidence: Keitaro's published document declares bodiless answers for the sibling calls `DELETE /traffic_sources/{id}` (200) and `DELETE /users/{id}` (201), and wirgen/keitaro src/Keitaro.php reads nothing from archive and restore answers (low confidence for this operation: tolerated, not seen). The status may be 200 or 201 whatever the document says: wirgen/keitaro treats any status but 200 as a failure and still archives campaigns, where the published document says 201 (medium confidence).",
        {
            "type": "object",
            "properties": {"id": {"type": "integer", "description": "Id of the entity."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        (("id", "id", "path"),),
        False,
        False,
    ),
    "deleteLandingPage": (
        "Answer shapes (x-keitaro-answers): the object; a list holding only it (unwrapped); or an empty body, then the SDK returns None. Evidence: Keitaro's published document declares bodiless answers for the sibling calls `DELETE /traffic_sources/{id}` (200) and `DELETE /users/{id}` (201), and wirgen/keitaro src/Keitaro.php reads nothing from archive and restore answers (low confidence for this operation: tolerated, not seen). The status may be 200 or 201 whatever the document says: wirgen/keitaro treats any status but 200 as a failure and still archives campaigns, where the published document says 201 (medium confidence).",
        {
            "type": "object",
            "properties": {"id": {"type": "integer", "description": "Id of the entity."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        (("id", "id", "path"),),
        False,
        False,
    ),
    "deleteOffer": (
        "Offers are archived through `/archive`; plain `DELETE /offers/{id}` is not part of the API. Answer shapes (x-keitaro-answers): the object; a list holding only it (unwrapped); or an empty body, then the SDK returns None. Evidence: Keitaro's published document declares bodiless answers for the sibling calls `DELETE /traffic_sources/{id}` (200) and `DELETE /users/{id}` (201), and wirgen/keitaro src/Keitaro.php reads nothing from archive and restore answers (low confidence for this operation: tolerated, not seen). The status may be 200 or 201 whatever the document says: wirgen/keitaro treats any status but 200 as a failure and still archives campaigns, where the published document says 201 (medium confidence).",
        {
            "type": "object",
            "properties": {"id": {"type": "integer", "description": "Id of the entity."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        (("id", "id", "path"),),
        False,
        False,
    ),
    "deleteStream": (
        "Moves the flow to the archive; `restoreStream` brings it back. Answer shapes (x-keitaro-answers): the object; a list holding only it (unwrapped); or an empty body, then the SDK returns None. Evidence: Keitaro's published document declares bodiless answers for the sibling calls `DELETE /traffic_sources/{id}` (200) and `DELETE /users/{id}` (201), and wirgen/keitaro src/Keitaro.php reads nothing from archive and restore answers (low confidence for this operation: tolerated, not seen). The status may be 200 or 201 whatever the document says: wirgen/keitaro treats any status but 200 as a failure and still archives campaigns, where the published document says 201 (medium confidence).",
        {
            "type": "object",
            "properties": {"id": {"type": "integer", "description": "Id of the entity."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        (("id", "id", "path"),),
        False,
        False,
    ),
    "deleteTrafficSource": (
        "Sets the state to `deleted`; the answer has no body.",
        {
            "type": "object",
            "properties": {"id": {"type": "integer", "description": "Id of the entity."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        (("id", "id", "path"),),
        False,
        False,
    ),
    "deleteUser": (
        "Irreversible; answers 201 with no body.",
        {
            "type": "object",
            "properties": {"id": {"type": "integer", "description": "Id of the entity."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        (("id", "id", "path"),),
        False,
        False,
    ),
    "disableCampaign": (
        "",
        {
            "type": "object",
            "properties": {"id": {"type": "integer", "description": "Id of the entity."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        (("id", "id", "path"),),
        False,
        False,
    ),
    "disableStream": (
        "",
        {
            "type": "object",
            "properties": {"id": {"type": "integer", "description": "Id of the entity."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        (("id", "id", "path"),),
        False,
        False,
    ),
    "downloadLandingPage": (
        "",
        {
            "type": "object",
            "properties": {"id": {"type": "integer", "description": "Id of the entity."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        (("id", "id", "path"),),
        False,
        True,
    ),
    "downloadOffer": (
        "",
        {
            "type": "object",
            "properties": {"id": {"type": "integer", "description": "Id of the entity."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        (("id", "id", "path"),),
        False,
        True,
    ),
    "enableCampaign": (
        "",
        {
            "type": "object",
            "properties": {"id": {"type": "integer", "description": "Id of the entity."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        (("id", "id", "path"),),
        False,
        False,
    ),
    "enableStream": (
        "",
        {
            "type": "object",
            "properties": {"id": {"type": "integer", "description": "Id of the entity."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        (("id", "id", "path"),),
        False,
        False,
    ),
    "getAffiliateNetwork": (
        "",
        {
            "type": "object",
            "properties": {"id": {"type": "integer", "description": "Id of the entity."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        (("id", "id", "path"),),
        False,
        False,
    ),
    "getAvscanKey": ("", {"type": "object", "properties": {}, "additionalProperties": False}, (), False, False),
    "getBotList": ("", {"type": "object", "properties": {}, "additionalProperties": False}, (), False, False),
    "getCampaign": (
        "",
        {
            "type": "object",
            "properties": {"id": {"type": "integer", "description": "Id of the entity."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        (("id", "id", "path"),),
        False,
        False,
    ),
    "getClickLog": (
        "A read despite the POST: safe to repeat. Give `limit` or `range`.",
        {
            "type": "object",
            "properties": {
                "range": {
                    "type": "object",
                    "description": "Period of a report or log: either `interval`, or `from` and `to`.",
                    "properties": {
                        "from": {
                            "type": ["string", "null"],
                            "description": "First day, `YYYY-MM-DD` (a time may follow).",
                        },
                        "to": {
                            "type": ["string", "null"],
                            "description": "Last day, `YYYY-MM-DD` (a time may follow).",
                        },
                        "timezone": {
                            "type": "string",
                            "description": "Time zone name, e.g. `Europe/Madrid`; the tracker's zone when left out.",
                        },
                        "interval": {
                            "type": "string",
                            "enum": [
                                "today",
                                "yesterday",
                                "7_days_ago",
                                "30_days_ago",
                                "first_day_of_this_week",
                                "1_month_ago",
                                "first_day_of_this_month",
                                "6_months_ago",
                                "1_year_ago",
                                "first_day_of_this_year",
                                "all_time",
                            ],
                            "description": "Named period relative to today in the range's time zone. `30_days_ago` and `6_months_ago` are used by real clients but missing from Keitaro's 2022 document.",
                        },
                    },
                },
                "limit": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "Rows per page. Give `limit` or `range`, or both.",
                },
                "offset": {"type": "integer", "minimum": 0, "description": "Rows to skip."},
                "columns": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Columns to return (see `ReportColumn`).",
                },
                "filters": {
                    "description": "Filters, each a rule object; see the item schema.",
                    "type": "array",
                    "items": {
                        "type": "object",
                        "description": "A condition rows must meet.",
                        "required": ["name", "operator"],
                        "properties": {
                            "name": {"type": "string", "description": "Column or metric to test."},
                            "operator": {
                                "type": "string",
                                "enum": [
                                    "EQUALS",
                                    "NOT_EQUAL",
                                    "EQUALS_OR_GREATER_THAN",
                                    "EQUALS_OR_LESS_THAN",
                                    "GREATER_THAN",
                                    "LESS_THAN",
                                    "MATCH_REGEXP",
                                    "NOT_MATCH_REGEXP",
                                    "BEGINS_WITH",
                                    "ENDS_WITH",
                                    "CONTAINS",
                                    "NOT_CONTAIN",
                                    "IN_LIST",
                                    "NOT_IN_LIST",
                                    "BETWEEN",
                                    "IS_SET",
                                    "IS_NOT_SET",
                                    "IS_TRUE",
                                    "IS_FALSE",
                                    "HAS_LABEL",
                                    "NOT_HAS_LABEL",
                                ],
                                "description": "Comparison of a report filter. Number operators take one number; text operators one string; `IN_LIST`, `NOT_IN_LIST` take a list; `BETWEEN` a list of two; `IS_SET`, `IS_NOT_SET`, `IS_TRUE`, `IS_FALSE` no expression; `HAS_LABEL`, `NOT_HAS_LABEL` take `whitelist` or `blacklist`.",
                            },
                            "expression": {
                                "anyOf": [
                                    {
                                        "description": "Value to compare with; a list for the list operators; left out for the `IS_*` ones.",
                                        "oneOf": [
                                            {"type": "string"},
                                            {"type": "number"},
                                            {
                                                "type": "array",
                                                "items": {"oneOf": [{"type": "string"}, {"type": "number"}]},
                                            },
                                        ],
                                    },
                                    {"type": "null"},
                                ]
                            },
                        },
                    },
                },
                "sort": {
                    "description": "Sort order, a list of {name, order} objects.",
                    "type": "array",
                    "items": {
                        "type": "object",
                        "description": "One sort key.",
                        "required": ["name", "order"],
                        "properties": {
                            "name": {"type": "string", "description": "Column or metric."},
                            "order": {"type": "string", "enum": ["ASC", "DESC"], "description": "Direction."},
                        },
                    },
                },
            },
            "additionalProperties": False,
        },
        (
            ("range", "range_", "body"),
            ("limit", "limit", "body"),
            ("offset", "offset", "body"),
            ("columns", "columns", "body"),
            ("filters", "filters", "body"),
            ("sort", "sort", "body"),
        ),
        False,
        False,
    ),
    "getConversionLog": (
        "A read despite the POST: safe to repeat.",
        {
            "type": "object",
            "properties": {
                "range": {
                    "type": "object",
                    "description": "Period of a report or log: either `interval`, or `from` and `to`.",
                    "properties": {
                        "from": {
                            "type": ["string", "null"],
                            "description": "First day, `YYYY-MM-DD` (a time may follow).",
                        },
                        "to": {
                            "type": ["string", "null"],
                            "description": "Last day, `YYYY-MM-DD` (a time may follow).",
                        },
                        "timezone": {
                            "type": "string",
                            "description": "Time zone name, e.g. `Europe/Madrid`; the tracker's zone when left out.",
                        },
                        "interval": {
                            "type": "string",
                            "enum": [
                                "today",
                                "yesterday",
                                "7_days_ago",
                                "30_days_ago",
                                "first_day_of_this_week",
                                "1_month_ago",
                                "first_day_of_this_month",
                                "6_months_ago",
                                "1_year_ago",
                                "first_day_of_this_year",
                                "all_time",
                            ],
                            "description": "Named period relative to today in the range's time zone. `30_days_ago` and `6_months_ago` are used by real clients but missing from Keitaro's 2022 document.",
                        },
                    },
                },
                "limit": {"type": "integer", "minimum": 0, "description": "Rows per page."},
                "offset": {"type": "integer", "minimum": 0, "description": "Rows to skip."},
                "columns": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Columns to return (see `ReportColumn` and `ConversionColumn`).",
                },
                "filters": {
                    "description": "Filters, each a rule object; see the item schema.",
                    "type": "array",
                    "items": {
                        "type": "object",
                        "description": "A condition rows must meet.",
                        "required": ["name", "operator"],
                        "properties": {
                            "name": {"type": "string", "description": "Column or metric to test."},
                            "operator": {
                                "type": "string",
                                "enum": [
                                    "EQUALS",
                                    "NOT_EQUAL",
                                    "EQUALS_OR_GREATER_THAN",
                                    "EQUALS_OR_LESS_THAN",
                                    "GREATER_THAN",
                                    "LESS_THAN",
                                    "MATCH_REGEXP",
                                    "NOT_MATCH_REGEXP",
                                    "BEGINS_WITH",
                                    "ENDS_WITH",
                                    "CONTAINS",
                                    "NOT_CONTAIN",
                                    "IN_LIST",
                                    "NOT_IN_LIST",
                                    "BETWEEN",
                                    "IS_SET",
                                    "IS_NOT_SET",
                                    "IS_TRUE",
                                    "IS_FALSE",
                                    "HAS_LABEL",
                                    "NOT_HAS_LABEL",
                                ],
                                "description": "Comparison of a report filter. Number operators take one number; text operators one string; `IN_LIST`, `NOT_IN_LIST` take a list; `BETWEEN` a list of two; `IS_SET`, `IS_NOT_SET`, `IS_TRUE`, `IS_FALSE` no expression; `HAS_LABEL`, `NOT_HAS_LABEL` take `whitelist` or `blacklist`.",
                            },
                            "expression": {
                                "anyOf": [
                                    {
                                        "description": "Value to compare with; a list for the list operators; left out for the `IS_*` ones.",
                                        "oneOf": [
                                            {"type": "string"},
                                            {"type": "number"},
                                            {
                                                "type": "array",
                                                "items": {"oneOf": [{"type": "string"}, {"type": "number"}]},
                                            },
                                        ],
                                    },
                                    {"type": "null"},
                                ]
                            },
                        },
                    },
                },
                "sort": {
                    "description": "Sort order, a list of {name, order} objects.",
                    "type": "array",
                    "items": {
                        "type": "object",
                        "description": "One sort key.",
                        "required": ["name", "order"],
                        "properties": {
                            "name": {"type": "string", "description": "Column or metric."},
                            "order": {"type": "string", "enum": ["ASC", "DESC"], "description": "Direction."},
                        },
                    },
                },
            },
            "additionalProperties": False,
        },
        (
            ("range", "range_", "body"),
            ("limit", "limit", "body"),
            ("offset", "offset", "body"),
            ("columns", "columns", "body"),
            ("filters", "filters", "body"),
            ("sort", "sort", "body"),
        ),
        False,
        False,
    ),
    "getDomain": (
        "",
        {
            "type": "object",
            "properties": {"id": {"type": "integer", "description": "Id of the entity."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        (("id", "id", "path"),),
        False,
        False,
    ),
    "getFacebookIntegration": (
        "",
        {
            "type": "object",
            "properties": {"id": {"type": "integer", "description": "Id of the entity."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        (("id", "id", "path"),),
        False,
        False,
    ),
    "getImkloUrl": ("", {"type": "object", "properties": {}, "additionalProperties": False}, (), False, False),
    "getLandingPage": (
        "",
        {
            "type": "object",
            "properties": {"id": {"type": "integer", "description": "Id of the entity."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        (("id", "id", "path"),),
        False,
        False,
    ),
    "getLandingPageFile": (
        "",
        {
            "type": "object",
            "properties": {
                "id": {"type": "integer", "description": "Id of the entity."},
                "path": {
                    "type": "string",
                    "pattern": "^/?(?!\\.\\.?(?:/|$))[^/\\\\]+(?:/(?!\\.\\.?(?:/|$))[^/\\\\]+)*$",
                    "description": "Path of the file inside the page. Parts separated by `/`, none empty, `.` or `..`, no backslash (the fake keeps files inside the entity; the tracker's own rules are not documented: G).",
                },
            },
            "additionalProperties": False,
            "required": ["id", "path"],
        },
        (("id", "id", "path"), ("path", "path", "query")),
        False,
        False,
    ),
    "getLandingPageFileTree": (
        "",
        {
            "type": "object",
            "properties": {"id": {"type": "integer", "description": "Id of the entity."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        (("id", "id", "path"),),
        False,
        False,
    ),
    "getLog": (
        "",
        {
            "type": "object",
            "properties": {
                "type": {
                    "type": "string",
                    "enum": ["system", "traffic", "postbacks", "ssl", "sent_postbacks"],
                    "description": "Which log.",
                },
                "limit": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "Most lines to return (a count, so not negative).",
                },
                "offset": {"type": "integer", "minimum": 0, "description": "Lines to skip (a count, so not negative)."},
                "query": {"type": "string", "description": "Text the lines must contain."},
            },
            "additionalProperties": False,
            "required": ["type", "limit"],
        },
        (
            ("type", "type_", "path"),
            ("limit", "limit", "query"),
            ("offset", "offset", "query"),
            ("query", "query", "query"),
        ),
        True,
        False,
    ),
    "getOffer": (
        "",
        {
            "type": "object",
            "properties": {"id": {"type": "integer", "description": "Id of the entity."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        (("id", "id", "path"),),
        False,
        False,
    ),
    "getOfferFile": (
        "",
        {
            "type": "object",
            "properties": {
                "id": {"type": "integer", "description": "Id of the entity."},
                "path": {
                    "type": "string",
                    "pattern": "^/?(?!\\.\\.?(?:/|$))[^/\\\\]+(?:/(?!\\.\\.?(?:/|$))[^/\\\\]+)*$",
                    "description": "Path of the file inside the offer. Parts separated by `/`, none empty, `.` or `..`, no backslash (the fake keeps files inside the entity; the tracker's own rules are not documented: G).",
                },
            },
            "additionalProperties": False,
            "required": ["id", "path"],
        },
        (("id", "id", "path"), ("path", "path", "query")),
        False,
        False,
    ),
    "getOfferFileTree": (
        "",
        {
            "type": "object",
            "properties": {"id": {"type": "integer", "description": "Id of the entity."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        (("id", "id", "path"),),
        False,
        False,
    ),
    "getReportLabels": (
        "",
        {
            "type": "object",
            "properties": {
                "campaign_id": {"type": "integer", "description": "Campaign whose labels to read."},
                "label_name": {
                    "type": "string",
                    "enum": ["whitelist", "blacklist"],
                    "description": "Label list name: `whitelist` or `blacklist`, the two label values of the HAS_LABEL report operator in Keitaro's document (confirmed).",
                },
                "ref_name": {
                    "type": "string",
                    "enum": [
                        "ip",
                        "source",
                        "ad_campaign_id",
                        "creative_id",
                        "keyword",
                        "ad_campaign_idn",
                        "sub_id_1",
                        "sub_id_2",
                        "sub_id_3",
                        "sub_id_4",
                        "sub_id_5",
                        "sub_id_6",
                        "sub_id_7",
                        "sub_id_8",
                        "sub_id_9",
                        "sub_id_10",
                    ],
                    "description": "Column the labels apply to.",
                },
            },
            "additionalProperties": False,
            "required": ["campaign_id", "label_name", "ref_name"],
        },
        (
            ("campaign_id", "campaign_id", "query"),
            ("label_name", "label_name", "query"),
            ("ref_name", "ref_name", "query"),
        ),
        False,
        False,
    ),
    "getStream": (
        "",
        {
            "type": "object",
            "properties": {"id": {"type": "integer", "description": "Id of the entity."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        (("id", "id", "path"),),
        False,
        False,
    ),
    "getTrafficSource": (
        "",
        {
            "type": "object",
            "properties": {"id": {"type": "integer", "description": "Id of the entity."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        (("id", "id", "path"),),
        False,
        False,
    ),
    "getUser": (
        "",
        {
            "type": "object",
            "properties": {"id": {"type": "integer", "description": "Id of the entity."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        (("id", "id", "path"),),
        False,
        False,
    ),
    "linkFacebookIntegrationCampaign": (
        "",
        {
            "type": "object",
            "properties": {
                "id": {"type": "integer", "description": "Id of the entity."},
                "campaign_id": {"description": "Id of the campaign.", "type": "integer"},
            },
            "additionalProperties": False,
            "required": ["id", "campaign_id"],
        },
        (("id", "id", "path"), ("campaign_id", "campaign_id", "body")),
        False,
        False,
    ),
    "listAffiliateNetworks": ("", {"type": "object", "properties": {}, "additionalProperties": False}, (), True, False),
    "listCampaignStreams": (
        "",
        {
            "type": "object",
            "properties": {"id": {"type": "integer", "description": "Id of the entity."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        (("id", "id", "path"),),
        True,
        False,
    ),
    "listCampaigns": (
        "Active and disabled campaigns. `offset` and `limit` page the list on trackers that support them (documented for newer versions); older trackers ignore them and return everything.",
        {
            "type": "object",
            "properties": {
                "offset": {"type": "integer", "description": "Campaigns to skip."},
                "limit": {"type": "integer", "description": "Most campaigns to return."},
            },
            "additionalProperties": False,
        },
        (("offset", "offset", "query"), ("limit", "limit", "query")),
        True,
        False,
    ),
    "listDeletedCampaigns": ("", {"type": "object", "properties": {}, "additionalProperties": False}, (), True, False),
    "listDeletedDomains": ("", {"type": "object", "properties": {}, "additionalProperties": False}, (), True, False),
    "listDeletedStreams": ("", {"type": "object", "properties": {}, "additionalProperties": False}, (), True, False),
    "listDomains": ("", {"type": "object", "properties": {}, "additionalProperties": False}, (), True, False),
    "listFacebookIntegrationCampaigns": (
        "",
        {
            "type": "object",
            "properties": {"id": {"type": "integer", "description": "Id of the entity."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        (("id", "id", "path"),),
        True,
        False,
    ),
    "listFacebookIntegrations": (
        "Unlike other lists, wrapped in `data`.",
        {"type": "object", "properties": {}, "additionalProperties": False},
        (),
        False,
        False,
    ),
    "listGroups": (
        "`type` is required by the tracker even though it has a default.",
        {
            "type": "object",
            "properties": {
                "type": {
                    "type": "string",
                    "enum": ["campaigns", "offers", "landings", "domains"],
                    "description": "Kind of group.",
                    "default": "campaigns",
                }
            },
            "additionalProperties": False,
            "required": ["type"],
        },
        (("type", "type_", "query"),),
        True,
        False,
    ),
    "listLandingPages": ("", {"type": "object", "properties": {}, "additionalProperties": False}, (), True, False),
    "listLogTypes": (
        "A read despite the POST: safe to repeat.",
        {"type": "object", "properties": {}, "additionalProperties": False},
        (),
        True,
        False,
    ),
    "listOffers": ("", {"type": "object", "properties": {}, "additionalProperties": False}, (), True, False),
    "listStreamActions": (
        "Note the plural `streams_` in this path, unlike the other catalogues.",
        {"type": "object", "properties": {}, "additionalProperties": False},
        (),
        True,
        False,
    ),
    "listStreamEvents": (
        "Keitaro documents a flow as the answer, which is a placeholder; the real shape is unknown, so any JSON is accepted.",
        {
            "type": "object",
            "properties": {"id": {"type": "integer", "description": "Id of the entity."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        (("id", "id", "path"),),
        False,
        False,
    ),
    "listStreamFilters": ("", {"type": "object", "properties": {}, "additionalProperties": False}, (), True, False),
    "listStreamSchemas": ("", {"type": "object", "properties": {}, "additionalProperties": False}, (), True, False),
    "listStreamTypes": ("", {"type": "object", "properties": {}, "additionalProperties": False}, (), True, False),
    "listTrafficSources": ("", {"type": "object", "properties": {}, "additionalProperties": False}, (), True, False),
    "listUsers": ("", {"type": "object", "properties": {}, "additionalProperties": False}, (), True, False),
    "removeFromBotList": (
        "",
        {
            "type": "object",
            "properties": {"value": {"type": "string", "description": "IP addresses or ranges, one per line."}},
            "additionalProperties": False,
            "required": ["value"],
        },
        (("value", "value", "body"),),
        False,
        False,
    ),
    "removeLandingPageFile": (
        "",
        {
            "type": "object",
            "properties": {
                "id": {"type": "integer", "description": "Id of the entity."},
                "path": {
                    "type": "string",
                    "pattern": "^/?(?!\\.\\.?(?:/|$))[^/\\\\]+(?:/(?!\\.\\.?(?:/|$))[^/\\\\]+)*$",
                    "description": "Path of the file inside the page. Parts separated by `/`, none empty, `.` or `..`, no backslash (the fake keeps files inside the entity; the tracker's own rules are not documented: G).",
                },
            },
            "additionalProperties": False,
            "required": ["id", "path"],
        },
        (("id", "id", "path"), ("path", "path", "query")),
        False,
        False,
    ),
    "removeOfferFile": (
        "",
        {
            "type": "object",
            "properties": {
                "id": {"type": "integer", "description": "Id of the entity."},
                "path": {
                    "type": "string",
                    "pattern": "^/?(?!\\.\\.?(?:/|$))[^/\\\\]+(?:/(?!\\.\\.?(?:/|$))[^/\\\\]+)*$",
                    "description": "Path of the file inside the offer. Parts separated by `/`, none empty, `.` or `..`, no backslash (the fake keeps files inside the entity; the tracker's own rules are not documented: G).",
                },
            },
            "additionalProperties": False,
            "required": ["id", "path"],
        },
        (("id", "id", "path"), ("path", "path", "query")),
        False,
        False,
    ),
    "replaceBotList": (
        "",
        {
            "type": "object",
            "properties": {"value": {"type": "string", "description": "IP addresses or ranges, one per line."}},
            "additionalProperties": False,
            "required": ["value"],
        },
        (("value", "value", "body"),),
        False,
        False,
    ),
    "restoreCampaign": (
        "Answers 201 like the archive call; the body is the restored campaign (Keitaro's document says Domain). Answer shapes (x-keitaro-answers): the object; a list holding only it (unwrapped); or an empty body, then the SDK returns None. Evidence: Keitaro's published document declares bodiless answers for the sibling calls `DELETE /traffic_sources/{id}` (200) and `DELETE /users/{id}` (201), and wirgen/keitaro src/Keitaro.php reads nothing from archive and restore answers (low confidence for this operation: tolerated, not seen). The status may be 200 or 201 whatever the document says: wirgen/keitaro treats any status but 200 as a failure and still archives campaigns, where the published document says 201 (medium confidence).",
        {
            "type": "object",
            "properties": {"id": {"type": "integer", "description": "Id of the entity."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        (("id", "id", "path"),),
        False,
        False,
    ),
    "restoreDomain": (
        "Answer shapes (x-keitaro-answers): the object; a list holding only it (unwrapped); or an empty body, then the SDK returns None. Evidence: Keitaro's published document declares bodiless answers for the sibling calls `DELETE /traffic_sources/{id}` (200) and `DELETE /users/{id}` (201), and wirgen/keitaro src/Keitaro.php reads nothing from archive and restore answers (low confidence for this operation: tolerated, not seen). The status may be 200 or 201 whatever the document says: wirgen/keitaro treats any status but 200 as a failure and still archives campaigns, where the published document says 201 (medium confidence).",
        {
            "type": "object",
            "properties": {"id": {"type": "integer", "description": "Id of the entity."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        (("id", "id", "path"),),
        False,
        False,
    ),
    "restoreStream": (
        "Answer shapes (x-keitaro-answers): the object; a list holding only it (unwrapped); or an empty body, then the SDK returns None. Evidence: Keitaro's published document declares bodiless answers for the sibling calls `DELETE /traffic_sources/{id}` (200) and `DELETE /users/{id}` (201), and wirgen/keitaro src/Keitaro.php reads nothing from archive and restore answers (low confidence for this operation: tolerated, not seen). The status may be 200 or 201 whatever the document says: wirgen/keitaro treats any status but 200 as a failure and still archives campaigns, where the published document says 201 (medium confidence).",
        {
            "type": "object",
            "properties": {"id": {"type": "integer", "description": "Id of the entity."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        (("id", "id", "path"),),
        False,
        False,
    ),
    "searchStreams": (
        "",
        {
            "type": "object",
            "properties": {"query": {"type": "string", "description": "Text to look for."}},
            "additionalProperties": False,
            "required": ["query"],
        },
        (("query", "query", "query"),),
        True,
        False,
    ),
    "unlinkFacebookIntegrationCampaign": (
        "A DELETE that carries a JSON body.",
        {
            "type": "object",
            "properties": {
                "id": {"type": "integer", "description": "Id of the entity."},
                "campaign_id": {"description": "Id of the campaign.", "type": "integer"},
            },
            "additionalProperties": False,
            "required": ["id", "campaign_id"],
        },
        (("id", "id", "path"), ("campaign_id", "campaign_id", "body")),
        False,
        False,
    ),
    "updateAffiliateNetwork": (
        "",
        {
            "type": "object",
            "properties": {
                "id": {"type": "integer", "description": "Id of the entity."},
                "name": {
                    "type": "string",
                    "pattern": "\\S",
                    "description": "Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G).",
                },
                "postback_url": {"description": "URL the tracker calls back with conversions.", "type": "string"},
                "offer_param": {
                    "description": "Query parameter that carries the offer in the network's links.",
                    "type": "string",
                },
                "notes": {"description": "Free text notes.", "type": "string"},
            },
            "additionalProperties": False,
            "required": ["id"],
        },
        (
            ("id", "id", "path"),
            ("name", "name", "body"),
            ("postback_url", "postback_url", "body"),
            ("offer_param", "offer_param", "body"),
            ("notes", "notes", "body"),
        ),
        False,
        False,
    ),
    "updateAvscanKey": (
        "The key travels as a query parameter, not in a body.",
        {
            "type": "object",
            "properties": {"avscan_key": {"type": "string", "description": "New key."}},
            "additionalProperties": False,
            "required": ["avscan_key"],
        },
        (("avscan_key", "avscan_key", "query"),),
        False,
        False,
    ),
    "updateCampaign": (
        "Only the fields sent are changed.",
        {
            "type": "object",
            "properties": {
                "id": {"type": "integer", "description": "Id of the entity."},
                "alias": {
                    "type": "string",
                    "pattern": "\\S",
                    "description": "Short name used in the campaign URL; unique per tracker. Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G).",
                },
                "name": {
                    "type": "string",
                    "pattern": "\\S",
                    "description": "Display name. Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G).",
                },
                "type": {"type": "string", "enum": ["position", "weight"], "description": "How flows are picked."},
                "cookies_ttl": {
                    "type": "integer",
                    "description": "How long, in hours, a visitor stays bound to this campaign.",
                },
                "state": {"type": "string", "enum": ["active", "disabled", "deleted"], "description": "New state."},
                "cost_type": {
                    "type": "string",
                    "enum": ["CPC", "CPUC", "CPM"],
                    "description": "Cost model. The published document allows only these three on write although campaigns read back with more.",
                },
                "cost_value": {"type": "number", "description": "Cost per unit of `cost_type`."},
                "cost_currency": {"type": ["string", "null"], "description": "ISO 4217 currency code of the cost."},
                "cost_auto": {
                    "type": "boolean",
                    "description": "Take the cost from the traffic source's `cost` parameter instead of `cost_value`.",
                },
                "group_id": {
                    "type": ["integer", "null"],
                    "description": "Campaign group. Keitaro's 2022 document types it as a string on write; real clients send an integer, which the tracker accepts, so this document uses the same type as on read.",
                },
                "bind_visitors": {
                    "type": "string",
                    "enum": ["s", "sl", "slo"],
                    "description": "Visitor binding, see `Campaign.bind_visitors`.",
                },
                "traffic_source_id": {
                    "type": ["integer", "null"],
                    "description": "Traffic source the campaign buys from.",
                },
                "parameters": {
                    "type": ["object", "null"],
                    "description": "How incoming query parameters map onto tracker fields.",
                    "properties": {
                        "keyword": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "cost": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "currency": {
                            "type": ["object", "null"],
                            "description": "ISO 4217 currency code.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "external_id": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "creative_id": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "ad_campaign_id": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "source": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_1": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_2": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_3": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_4": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_5": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_6": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_7": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_8": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_9": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_10": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_11": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_12": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_13": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_14": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_15": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                    },
                },
                "token": {"type": "string", "description": "Click API token."},
                "domain_id": {
                    "type": ["integer", "null"],
                    "description": "Domain the campaign is served on. Accepted on write, never returned on read.",
                },
                "postbacks": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "description": "A server-to-server postback attached to a campaign.",
                        "properties": {
                            "id": {"type": "integer"},
                            "campaign_id": {"description": "Id of the campaign.", "type": "integer"},
                            "method": {
                                "type": "string",
                                "enum": ["GET", "POST"],
                                "description": "HTTP method used to call `url`.",
                            },
                            "statuses": {
                                "type": "array",
                                "items": {
                                    "type": "string",
                                    "enum": ["lead", "sale", "rejected", "rebill"],
                                    "description": "Conversion status.",
                                },
                                "description": "Statuses that fire it.",
                            },
                            "url": {
                                "type": "string",
                                "description": "Address called when a conversion with one of `statuses` arrives.",
                            },
                        },
                    },
                    "description": "Server-to-server postbacks fired on conversions.",
                },
                "notes": {"type": ["string", "null"], "description": "Free text notes."},
            },
            "additionalProperties": False,
            "required": ["id"],
        },
        (
            ("id", "id", "path"),
            ("alias", "alias", "body"),
            ("name", "name", "body"),
            ("type", "type_", "body"),
            ("cookies_ttl", "cookies_ttl", "body"),
            ("state", "state", "body"),
            ("cost_type", "cost_type", "body"),
            ("cost_value", "cost_value", "body"),
            ("cost_currency", "cost_currency", "body"),
            ("cost_auto", "cost_auto", "body"),
            ("group_id", "group_id", "body"),
            ("bind_visitors", "bind_visitors", "body"),
            ("traffic_source_id", "traffic_source_id", "body"),
            ("parameters", "parameters", "body"),
            ("token", "token", "body"),
            ("domain_id", "domain_id", "body"),
            ("postbacks", "postbacks", "body"),
            ("notes", "notes", "body"),
        ),
        False,
        False,
    ),
    "updateCampaignCosts": (
        "Schedules a background job that spreads the cost over the period's clicks; slow on big campaigns. `POST /clicks/update_costs` does the same for many campaigns at once.",
        {
            "type": "object",
            "properties": {
                "id": {"type": "integer", "description": "Id of the entity."},
                "start_date": {
                    "type": "string",
                    "pattern": "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$",
                    "description": "Start of the period as `YYYY-MM-DD HH:MM` in `timezone`. Keitaro's document gives this format, e.g. `2017-09-10 20:10` (confirmed); a bare date is refused with \"Expected 'YYYY-MM-DD HH:MM'\" (issue 12's newcomer trial; the fake does the same). `kt.campaigns.update_costs` also takes a date or datetime.",
                },
                "end_date": {
                    "type": "string",
                    "pattern": "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$",
                    "description": "End of the period as `YYYY-MM-DD HH:MM` in `timezone` (format confirmed by Keitaro's document). `kt.campaigns.update_costs` also takes a date (its last minute) or datetime.",
                },
                "timezone": {"type": "string", "description": "Time zone of both dates, e.g. `Europe/Madrid`."},
                "cost": {
                    "type": "string",
                    "pattern": "^[0-9]+(\\.[0-9]+)?$",
                    "description": "Total cost of the period as a decimal string such as `12.50`; `kt.campaigns.update_costs` also takes a number or Decimal (sent without float noise).",
                },
                "currency": {
                    "type": "string",
                    "pattern": "^[A-Za-z]{3}$",
                    "description": "ISO 4217 currency code such as `USD`.",
                },
                "only_campaign_uniques": {
                    "type": "boolean",
                    "description": "Spread the cost over campaign-unique clicks only.",
                },
                "filters": {
                    "type": "object",
                    "description": "Narrows a cost update to clicks whose parameters have these values.",
                    "properties": {
                        "keyword": {"type": "string"},
                        "cost": {"type": "string"},
                        "currency": {"description": "ISO 4217 currency code.", "type": "string"},
                        "external_id": {"type": "string"},
                        "creative_id": {"type": "string"},
                        "ad_campaign_id": {"type": "string"},
                        "source": {"type": "string"},
                        "sub_id_1": {"type": "string"},
                        "sub_id_2": {"type": "string"},
                        "sub_id_3": {"type": "string"},
                        "sub_id_4": {"type": "string"},
                        "sub_id_5": {"type": "string"},
                        "sub_id_6": {"type": "string"},
                        "sub_id_7": {"type": "string"},
                        "sub_id_8": {"type": "string"},
                        "sub_id_9": {"type": "string"},
                        "sub_id_10": {"type": "string"},
                        "sub_id_11": {"type": "string"},
                        "sub_id_12": {"type": "string"},
                        "sub_id_13": {"type": "string"},
                        "sub_id_14": {"type": "string"},
                        "sub_id_15": {"type": "string"},
                    },
                },
            },
            "additionalProperties": False,
            "required": ["id", "start_date", "end_date", "timezone", "cost", "currency"],
        },
        (
            ("id", "id", "path"),
            ("start_date", "start_date", "body"),
            ("end_date", "end_date", "body"),
            ("timezone", "timezone", "body"),
            ("cost", "cost", "body"),
            ("currency", "currency", "body"),
            ("only_campaign_uniques", "only_campaign_uniques", "body"),
            ("filters", "filters", "body"),
        ),
        False,
        False,
    ),
    "updateClickCosts": (
        "Schedules a background job and answers at once.",
        {
            "type": "object",
            "properties": {
                "campaign_ids": {
                    "description": "Ids of the campaigns to update.",
                    "type": "array",
                    "items": {"type": "integer"},
                },
                "costs": {
                    "description": "Cost periods, a list (one object is refused).",
                    "type": "array",
                    "items": {
                        "type": "object",
                        "description": "Cost of one period. Keitaro's document also marks `timezone` and `currency` required here without declaring them; they are optional in this document.",
                        "required": ["start_date", "end_date", "cost"],
                        "properties": {
                            "start_date": {
                                "type": "string",
                                "pattern": "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$",
                                "description": "`YYYY-MM-DD HH:MM`. Keitaro's document gives this format, e.g. `2017-09-10 20:10` (confirmed); an impossible date or an unknown time zone is refused with 406 by the fake.",
                            },
                            "end_date": {
                                "type": "string",
                                "pattern": "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$",
                                "description": "`YYYY-MM-DD HH:MM`. Keitaro's document gives this format, e.g. `2017-09-10 20:10` (confirmed); an impossible date or an unknown time zone is refused with 406 by the fake.",
                            },
                            "cost": {"type": "string", "description": "Cost of the period as a decimal string."},
                            "timezone": {"type": "string", "description": "Overrides the request's time zone."},
                            "currency": {"type": "string", "description": "Overrides the request's currency."},
                            "filters": {
                                "type": "object",
                                "description": "Narrows a cost update to clicks whose parameters have these values.",
                                "properties": {
                                    "keyword": {"type": "string"},
                                    "cost": {"type": "string"},
                                    "currency": {"description": "ISO 4217 currency code.", "type": "string"},
                                    "external_id": {"type": "string"},
                                    "creative_id": {"type": "string"},
                                    "ad_campaign_id": {"type": "string"},
                                    "source": {"type": "string"},
                                    "sub_id_1": {"type": "string"},
                                    "sub_id_2": {"type": "string"},
                                    "sub_id_3": {"type": "string"},
                                    "sub_id_4": {"type": "string"},
                                    "sub_id_5": {"type": "string"},
                                    "sub_id_6": {"type": "string"},
                                    "sub_id_7": {"type": "string"},
                                    "sub_id_8": {"type": "string"},
                                    "sub_id_9": {"type": "string"},
                                    "sub_id_10": {"type": "string"},
                                    "sub_id_11": {"type": "string"},
                                    "sub_id_12": {"type": "string"},
                                    "sub_id_13": {"type": "string"},
                                    "sub_id_14": {"type": "string"},
                                    "sub_id_15": {"type": "string"},
                                },
                            },
                        },
                    },
                },
                "timezone": {"description": "Time zone name, e.g. `Europe/Madrid`.", "type": "string"},
                "currency": {"description": "ISO 4217 currency code.", "type": "string"},
                "only_campaign_uniques": {
                    "type": "integer",
                    "enum": [0, 1],
                    "description": "1 to charge unique clicks only.",
                },
            },
            "additionalProperties": False,
            "required": ["campaign_ids", "costs"],
        },
        (
            ("campaign_ids", "campaign_ids", "body"),
            ("costs", "costs", "body"),
            ("timezone", "timezone", "body"),
            ("currency", "currency", "body"),
            ("only_campaign_uniques", "only_campaign_uniques", "body"),
        ),
        False,
        False,
    ),
    "updateDomain": (
        "",
        {
            "type": "object",
            "properties": {
                "id": {"type": "integer", "description": "Id of the entity."},
                "name": {
                    "type": "string",
                    "pattern": "\\S",
                    "description": "Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G).",
                },
                "is_ssl": {"description": "Serve the domain over HTTPS.", "type": "boolean"},
                "default_campaign_id": {
                    "description": "Campaign that receives traffic arriving on the domain's root.",
                    "type": ["integer", "null"],
                },
                "state": {"type": "string", "enum": ["active", "deleted"], "description": "New state."},
                "catch_not_found": {
                    "description": "Send requests for unknown paths to the default campaign.",
                    "type": "boolean",
                },
                "notes": {"description": "Free text notes.", "type": "string"},
            },
            "additionalProperties": False,
            "required": ["id"],
        },
        (
            ("id", "id", "path"),
            ("name", "name", "body"),
            ("is_ssl", "is_ssl", "body"),
            ("default_campaign_id", "default_campaign_id", "body"),
            ("state", "state", "body"),
            ("catch_not_found", "catch_not_found", "body"),
            ("notes", "notes", "body"),
        ),
        False,
        False,
    ),
    "updateFacebookIntegration": (
        "",
        {
            "type": "object",
            "properties": {
                "id": {"type": "integer", "description": "Id of the entity."},
                "name": {"description": "Display name.", "type": "string"},
                "ad_account_id": {"description": "Facebook ad account id.", "type": "string"},
                "token": {"description": "Access token. Treat it as a secret.", "type": "string"},
                "proxy_enabled": {
                    "description": "Route the integration's requests through `proxy`.",
                    "type": "boolean",
                },
                "proxy": {
                    "type": "object",
                    "description": "Proxy used to reach Facebook.",
                    "properties": {
                        "protocol": {
                            "type": "string",
                            "enum": ["http", "https", "socks5"],
                            "description": "Proxy protocol.",
                        },
                        "address": {"type": "string"},
                        "port": {"type": "integer"},
                        "login": {"description": "Login name of the user.", "type": "string"},
                        "password": {"type": "string", "format": "password"},
                    },
                },
            },
            "additionalProperties": False,
            "required": ["id"],
        },
        (
            ("id", "id", "path"),
            ("name", "name", "body"),
            ("ad_account_id", "ad_account_id", "body"),
            ("token", "token", "body"),
            ("proxy_enabled", "proxy_enabled", "body"),
            ("proxy", "proxy", "body"),
        ),
        False,
        False,
    ),
    "updateGroup": (
        "",
        {
            "type": "object",
            "properties": {
                "id": {"type": "integer", "description": "Id of the entity."},
                "name": {
                    "type": "string",
                    "pattern": "\\S",
                    "description": "Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G).",
                },
                "type": {
                    "type": "string",
                    "enum": ["campaigns", "offers", "landings", "domains"],
                    "description": "What a group holds. `domains` is not in Keitaro's 2022 document: KeitaroManager/keitaro-mcp src/keitaro_mcp/client.py (@75f1f2d) and iso73-ops/claude-keitaro keitaro/references/keitaro-api.md list it as a group type (low confidence: third-party clients, no tracker answer seen); playtini/keitaro-client src/AdminApi/Enum/GroupTypeEnum.php has only the first three.",
                },
            },
            "additionalProperties": False,
            "required": ["id"],
        },
        (("id", "id", "path"), ("name", "name", "body"), ("type", "type_", "body")),
        False,
        False,
    ),
    "updateImkloUrl": (
        "The address travels as a query parameter, not in a body.",
        {
            "type": "object",
            "properties": {"imklo_api_url": {"type": "string", "description": "New address."}},
            "additionalProperties": False,
            "required": ["imklo_api_url"],
        },
        (("imklo_api_url", "imklo_api_url", "query"),),
        False,
        False,
    ),
    "updateLandingPage": (
        "",
        {
            "type": "object",
            "properties": {
                "id": {"type": "integer", "description": "Id of the entity."},
                "name": {
                    "type": "string",
                    "pattern": "\\S",
                    "description": "Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G).",
                },
                "action_payload": {
                    "anyOf": [
                        {
                            "description": "What the action uses: a URL, a page body or a settings object, depending on `action_type`.",
                            "oneOf": [{"type": "string"}, {"type": "object", "additionalProperties": True}],
                        },
                        {"type": "null"},
                    ]
                },
                "group_id": {
                    "type": ["integer", "null"],
                    "description": "Landing group. Typed as a string on write in Keitaro's 2022 document; integer here, as on read.",
                },
                "state": {"type": "string", "enum": ["active", "disabled", "deleted"], "description": "New state."},
                "landing_type": {
                    "type": "string",
                    "enum": ["local", "external", "preloaded", "action"],
                    "description": "Where the page lives.",
                },
                "action_type": {
                    "type": "string",
                    "enum": ["local_file", "http", "curl", "status404", "show_text", "show_html"],
                    "description": "How the page is served.",
                },
                "url": {"type": "string", "description": "Address of an external page."},
                "archive": {"type": "string", "description": "Base64 zip archive of a local page."},
                "notes": {"description": "Free text notes.", "type": "string"},
            },
            "additionalProperties": False,
            "required": ["id"],
        },
        (
            ("id", "id", "path"),
            ("name", "name", "body"),
            ("action_payload", "action_payload", "body"),
            ("group_id", "group_id", "body"),
            ("state", "state", "body"),
            ("landing_type", "landing_type", "body"),
            ("action_type", "action_type", "body"),
            ("url", "url", "body"),
            ("archive", "archive", "body"),
            ("notes", "notes", "body"),
        ),
        False,
        False,
    ),
    "updateLandingPageFile": (
        "The content travels in the query string, so large files may exceed URL limits.",
        {
            "type": "object",
            "properties": {
                "id": {"type": "integer", "description": "Id of the entity."},
                "path": {
                    "type": "string",
                    "pattern": "^/?(?!\\.\\.?(?:/|$))[^/\\\\]+(?:/(?!\\.\\.?(?:/|$))[^/\\\\]+)*$",
                    "description": "Path of the file inside the page. Parts separated by `/`, none empty, `.` or `..`, no backslash (the fake keeps files inside the entity; the tracker's own rules are not documented: G).",
                },
                "data": {"type": "string", "description": "New content."},
            },
            "additionalProperties": False,
            "required": ["id", "path", "data"],
        },
        (("id", "id", "path"), ("path", "path", "query"), ("data", "data", "query")),
        False,
        False,
    ),
    "updateOffer": (
        "",
        {
            "type": "object",
            "properties": {
                "id": {"type": "integer", "description": "Id of the entity."},
                "name": {
                    "type": "string",
                    "pattern": "\\S",
                    "description": "Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G).",
                },
                "group_id": {"description": "Group the entity belongs to, or null.", "type": ["integer", "null"]},
                "offer_type": {"type": "string", "description": "`external`, `local` or `preloaded`."},
                "action_type": {
                    "type": "string",
                    "description": "How the offer opens, e.g. `http`. The offer URL goes in `action_payload`.",
                },
                "action_payload": {
                    "anyOf": [
                        {
                            "description": "What the action uses: a URL, a page body or a settings object, depending on `action_type`.",
                            "oneOf": [{"type": "string"}, {"type": "object", "additionalProperties": True}],
                        },
                        {"type": "null"},
                    ]
                },
                "affiliate_network_id": {
                    "description": "Affiliate network of the offer, or null.",
                    "type": ["integer", "null"],
                },
                "payout_value": {"description": "Payout per conversion.", "type": "number"},
                "payout_currency": {"description": "ISO 4217 currency code of the payout.", "type": "string"},
                "payout_type": {"type": "string", "enum": ["CPA", "CPC"], "description": "Payout model."},
                "state": {"type": "string", "enum": ["active", "deleted"], "description": "New state."},
                "payout_auto": {"type": "boolean", "description": "Take the payout from the postback."},
                "payout_upsell": {"description": "Count upsell conversions for payout.", "type": "boolean"},
                "country": {
                    "description": "Country codes (ISO 3166-1 alpha-2) the offer accepts.",
                    "type": "array",
                    "items": {"type": "string"},
                },
                "notes": {"description": "Free text notes.", "type": "string"},
                "archive": {"type": "string", "description": "Base64 zip archive of a local offer."},
                "conversion_cap_enabled": {
                    "description": "Limit conversions per day (`daily_cap`).",
                    "type": "boolean",
                },
                "daily_cap": {"description": "Conversions allowed per day when the cap is on.", "type": "number"},
                "conversion_timezone": {"description": "Time zone the daily cap counts in.", "type": "string"},
                "alternative_offer_id": {
                    "description": "Offer that receives traffic once the cap is reached.",
                    "type": ["integer", "null"],
                },
            },
            "additionalProperties": False,
            "required": ["id"],
        },
        (
            ("id", "id", "path"),
            ("name", "name", "body"),
            ("group_id", "group_id", "body"),
            ("offer_type", "offer_type", "body"),
            ("action_type", "action_type", "body"),
            ("action_payload", "action_payload", "body"),
            ("affiliate_network_id", "affiliate_network_id", "body"),
            ("payout_value", "payout_value", "body"),
            ("payout_currency", "payout_currency", "body"),
            ("payout_type", "payout_type", "body"),
            ("state", "state", "body"),
            ("payout_auto", "payout_auto", "body"),
            ("payout_upsell", "payout_upsell", "body"),
            ("country", "country", "body"),
            ("notes", "notes", "body"),
            ("archive", "archive", "body"),
            ("conversion_cap_enabled", "conversion_cap_enabled", "body"),
            ("daily_cap", "daily_cap", "body"),
            ("conversion_timezone", "conversion_timezone", "body"),
            ("alternative_offer_id", "alternative_offer_id", "body"),
        ),
        False,
        False,
    ),
    "updateOfferFile": (
        "The content travels in the query string, so large files may exceed URL limits.",
        {
            "type": "object",
            "properties": {
                "id": {"type": "integer", "description": "Id of the entity."},
                "path": {
                    "type": "string",
                    "pattern": "^/?(?!\\.\\.?(?:/|$))[^/\\\\]+(?:/(?!\\.\\.?(?:/|$))[^/\\\\]+)*$",
                    "description": "Path of the file inside the offer. Parts separated by `/`, none empty, `.` or `..`, no backslash (the fake keeps files inside the entity; the tracker's own rules are not documented: G).",
                },
                "data": {"type": "string", "description": "New content."},
            },
            "additionalProperties": False,
            "required": ["id", "path", "data"],
        },
        (("id", "id", "path"), ("path", "path", "query"), ("data", "data", "query")),
        False,
        False,
    ),
    "updateReportLabels": (
        "Labels feed the `HAS_LABEL` and `NOT_HAS_LABEL` report filters.",
        {
            "type": "object",
            "properties": {
                "campaign_id": {"description": "Id of the campaign.", "type": "integer"},
                "ref_name": {
                    "type": "string",
                    "enum": [
                        "ip",
                        "source",
                        "ad_campaign_id",
                        "creative_id",
                        "keyword",
                        "ad_campaign_idn",
                        "sub_id_1",
                        "sub_id_2",
                        "sub_id_3",
                        "sub_id_4",
                        "sub_id_5",
                        "sub_id_6",
                        "sub_id_7",
                        "sub_id_8",
                        "sub_id_9",
                        "sub_id_10",
                    ],
                    "description": "Column a label list applies to.",
                },
                "items": {
                    "type": "object",
                    "description": "Values to label, each mapped to `whitelist` or `blacklist` (the label values of Keitaro's document; the shape of `items` is documented only vaguely). Null or an empty string removes a label: the fake's choice, not documented (G); the fake answers 406 for any other value.",
                    "additionalProperties": True,
                },
            },
            "additionalProperties": False,
            "required": ["campaign_id", "ref_name", "items"],
        },
        (("campaign_id", "campaign_id", "body"), ("ref_name", "ref_name", "body"), ("items", "items", "body")),
        False,
        False,
    ),
    "updateStream": (
        "",
        {
            "type": "object",
            "properties": {
                "id": {"type": "integer", "description": "Id of the entity."},
                "campaign_id": {"description": "Id of the campaign.", "type": "integer"},
                "type": {"type": "string", "enum": ["forced", "regular", "default"], "description": "Kind of flow."},
                "name": {
                    "type": "string",
                    "pattern": "\\S",
                    "description": "Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G).",
                },
                "position": {"description": "Order in its list.", "type": "integer"},
                "weight": {
                    "description": "Share of traffic when the campaign picks flows by weight.",
                    "type": "number",
                },
                "action_options": {
                    "description": "Options of the action (an object; depends on `action_type`).",
                    "type": ["object", "null"],
                    "additionalProperties": True,
                },
                "comments": {"description": "Free text comments.", "type": ["string", "null"]},
                "state": {"type": "string", "enum": ["active", "disabled", "deleted"], "description": "New state."},
                "action_type": {
                    "type": "string",
                    "description": "Action key, one of those `GET /streams_actions` lists.",
                },
                "action_payload": {
                    "anyOf": [
                        {
                            "description": "Target of the action (URL, text...). Not in Keitaro's published write schema, but clients send it and the tracker stores it on update; whether create keeps it is unverified.",
                            "oneOf": [{"type": "string"}, {"type": "object", "additionalProperties": True}],
                        },
                        {"type": "null"},
                    ]
                },
                "schema": {
                    "type": "string",
                    "enum": ["landings", "redirect", "action"],
                    "description": "How the flow answers.",
                },
                "collect_clicks": {"description": "Store clicks of this flow.", "type": "boolean"},
                "filter_or": {"description": "Match when any filter matches instead of all.", "type": "boolean"},
                "offer_selection": {
                    "type": "string",
                    "description": "When the offer is chosen, e.g. `before_click` (observed in real clients).",
                },
                "filters": {
                    "description": "Filters, each a rule object; see the item schema.",
                    "type": "array",
                    "items": {
                        "type": "object",
                        "description": "A filter of a flow as sent.",
                        "required": ["name", "mode"],
                        "properties": {
                            "id": {"type": "integer", "description": "Give the id to change an existing filter."},
                            "name": {"type": "string", "description": "Filter key, e.g. `country`."},
                            "mode": {
                                "type": "string",
                                "enum": ["accept", "reject"],
                                "description": "Whether matching clicks are let in or turned away.",
                            },
                            "payload": {
                                "type": "array",
                                "items": {"type": "string"},
                                "description": 'Values to match, e.g. `["US", "DE"]`.',
                            },
                        },
                    },
                },
                "triggers": {
                    "description": "Triggers of the flow; see the item schema.",
                    "type": "array",
                    "items": {
                        "type": "object",
                        "description": "A flow trigger as sent.",
                        "required": ["stream_id", "condition", "target", "action"],
                        "properties": {
                            "id": {"type": "integer", "description": "Give the id to change an existing trigger."},
                            "stream_id": {"type": "integer"},
                            "condition": {
                                "type": "string",
                                "enum": ["not_respond", "always", "not_contains", "av_detected"],
                                "description": "When the trigger fires.",
                            },
                            "target": {
                                "type": "string",
                                "enum": ["stream", "landings", "offers", "selected_page"],
                                "description": "What the trigger watches.",
                            },
                            "selected_page": {"type": "string"},
                            "pattern": {"type": "string", "description": "Text looked for by `not_contains`."},
                            "action": {
                                "type": "string",
                                "enum": ["disable", "replace_url", "grab_from_page"],
                                "description": "What happens when it fires.",
                            },
                            "interval": {"type": "integer", "description": "Seconds between checks."},
                            "alternative_urls": {"type": "string", "description": "Replacement URLs, one per line."},
                            "grab_from_page": {"type": "string"},
                            "av_settings": {"type": "string"},
                            "reverse": {"type": "boolean"},
                            "scan_page": {"type": "boolean"},
                        },
                    },
                },
                "landings": {
                    "description": "Landing pages of the flow with their shares.",
                    "type": "array",
                    "items": {
                        "type": "object",
                        "description": "A landing page to attach to a flow.",
                        "required": ["landing_id", "share"],
                        "properties": {
                            "landing_id": {"type": "integer"},
                            "share": {"type": "integer", "description": "Percent of the flow's traffic."},
                            "state": {"type": "string", "enum": ["active", "disabled"], "description": "State."},
                        },
                    },
                },
                "offers": {
                    "description": "Offers of the flow with their shares (percent, integers).",
                    "type": "array",
                    "items": {
                        "type": "object",
                        "description": "An offer to attach to a flow.",
                        "required": ["offer_id", "share"],
                        "properties": {
                            "offer_id": {"type": "integer"},
                            "share": {"type": "integer", "description": "Percent of the flow's traffic."},
                            "state": {"type": "string", "enum": ["active", "disabled"], "description": "State."},
                        },
                    },
                },
            },
            "additionalProperties": False,
            "required": ["id"],
        },
        (
            ("id", "id", "path"),
            ("campaign_id", "campaign_id", "body"),
            ("type", "type_", "body"),
            ("name", "name", "body"),
            ("position", "position", "body"),
            ("weight", "weight", "body"),
            ("action_options", "action_options", "body"),
            ("comments", "comments", "body"),
            ("state", "state", "body"),
            ("action_type", "action_type", "body"),
            ("action_payload", "action_payload", "body"),
            ("schema", "schema", "body"),
            ("collect_clicks", "collect_clicks", "body"),
            ("filter_or", "filter_or", "body"),
            ("offer_selection", "offer_selection", "body"),
            ("filters", "filters", "body"),
            ("triggers", "triggers", "body"),
            ("landings", "landings", "body"),
            ("offers", "offers", "body"),
        ),
        False,
        False,
    ),
    "updateTrafficSource": (
        "",
        {
            "type": "object",
            "properties": {
                "id": {"type": "integer", "description": "Id of the entity."},
                "name": {
                    "type": "string",
                    "pattern": "\\S",
                    "description": "Needed on create in practice, although the published document marks nothing required. Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G).",
                },
                "postback_url": {"description": "URL the tracker calls back with conversions.", "type": "string"},
                "postback_statuses": {
                    "description": "Conversion statuses the source's postback is sent for.",
                    "type": "array",
                    "items": {"type": "string"},
                },
                "template_name": {"description": "Template the entity was created from.", "type": "string"},
                "accept_parameters": {"description": "Take parameters from incoming traffic.", "type": "boolean"},
                "parameters": {
                    "type": "object",
                    "description": "Parameter mapping keyed by tracker field (`keyword`, `cost`, `sub_id_1`...). Newer trackers know more sub ids than the fifteen listed here; extra keys are kept.",
                    "properties": {
                        "keyword": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "cost": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "currency": {
                            "type": ["object", "null"],
                            "description": "ISO 4217 currency code.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "external_id": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "creative_id": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "ad_campaign_id": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "source": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_1": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_2": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_3": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_4": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_5": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_6": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_7": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_8": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_9": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_10": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_11": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_12": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_13": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_14": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                        "sub_id_15": {
                            "type": ["object", "null"],
                            "description": "One mapping of an incoming query parameter onto a tracker field.",
                            "properties": {
                                "name": {
                                    "type": "string",
                                    "description": "Query parameter name the traffic source sends.",
                                },
                                "placeholder": {
                                    "type": "string",
                                    "description": "Macro of the traffic source that fills the parameter, e.g. `{keyword}`.",
                                },
                                "alias": {"type": "string", "description": "Label shown in reports."},
                            },
                        },
                    },
                },
                "notes": {"description": "Free text notes.", "type": "string"},
                "state": {"description": "State of the entity.", "type": "string"},
                "traffic_loss": {"description": "Expected share of lost traffic, in percent.", "type": "number"},
            },
            "additionalProperties": False,
            "required": ["id"],
        },
        (
            ("id", "id", "path"),
            ("name", "name", "body"),
            ("postback_url", "postback_url", "body"),
            ("postback_statuses", "postback_statuses", "body"),
            ("template_name", "template_name", "body"),
            ("accept_parameters", "accept_parameters", "body"),
            ("parameters", "parameters", "body"),
            ("notes", "notes", "body"),
            ("state", "state", "body"),
            ("traffic_loss", "traffic_loss", "body"),
        ),
        False,
        False,
    ),
    "updateUser": (
        "",
        {
            "type": "object",
            "properties": {
                "id": {"type": "integer", "description": "Id of the entity."},
                "login": {
                    "type": "string",
                    "pattern": "\\S",
                    "description": "Must hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is assumed to (G).",
                },
                "new_password": {"description": "New password.", "type": "string", "format": "password"},
                "new_password_confirmation": {
                    "description": "The same password again.",
                    "type": "string",
                    "format": "password",
                },
                "type": {"type": "string", "enum": ["USER", "ADMIN"], "description": "Role of a user."},
                "keyCount": {"type": "integer", "description": "Number of Admin API keys of the user."},
                "preferences": {
                    "type": "object",
                    "description": "Personal settings of a user.",
                    "properties": {
                        "language": {"type": "string", "enum": ["ru", "en"], "description": "Interface language."},
                        "timezone": {"type": "string", "description": "Time zone name."},
                    },
                },
            },
            "additionalProperties": False,
            "required": ["id"],
        },
        (
            ("id", "id", "path"),
            ("login", "login", "body"),
            ("new_password", "new_password", "body"),
            ("new_password_confirmation", "new_password_confirmation", "body"),
            ("type", "type_", "body"),
            ("keyCount", "key_count", "body"),
            ("preferences", "preferences", "body"),
        ),
        False,
        False,
    ),
    "updateUserAccess": (
        "",
        {
            "type": "object",
            "properties": {
                "id": {"type": "integer", "description": "Id of the entity."},
                "access_data": {
                    "type": "object",
                    "description": "New access rights of a user.",
                    "properties": {
                        "offers_access_type": {
                            "type": "string",
                            "enum": [
                                "full_access",
                                "read_only",
                                "to_groups_and_selected",
                                "created_by_user_groups_and_selected",
                            ],
                            "description": "How much of one kind of entity a user may see and change.",
                        },
                        "campaigns_access_type": {
                            "type": "string",
                            "enum": [
                                "full_access",
                                "read_only",
                                "to_groups_and_selected",
                                "created_by_user_groups_and_selected",
                            ],
                            "description": "How much of one kind of entity a user may see and change.",
                        },
                        "landings_access_type": {
                            "type": "string",
                            "enum": [
                                "full_access",
                                "read_only",
                                "to_groups_and_selected",
                                "created_by_user_groups_and_selected",
                            ],
                            "description": "How much of one kind of entity a user may see and change.",
                        },
                        "traffic_sources_access_type": {
                            "type": "string",
                            "enum": [
                                "full_access",
                                "read_only",
                                "to_groups_and_selected",
                                "created_by_user_groups_and_selected",
                            ],
                            "description": "How much of one kind of entity a user may see and change.",
                        },
                        "streams_access_type": {
                            "type": "string",
                            "enum": [
                                "full_access",
                                "read_only",
                                "to_groups_and_selected",
                                "created_by_user_groups_and_selected",
                            ],
                            "description": "How much of one kind of entity a user may see and change.",
                        },
                        "affiliate_networks_access_type": {
                            "type": "string",
                            "enum": [
                                "full_access",
                                "read_only",
                                "to_groups_and_selected",
                                "created_by_user_groups_and_selected",
                            ],
                            "description": "How much of one kind of entity a user may see and change.",
                        },
                        "domains_access_type": {
                            "type": "string",
                            "enum": [
                                "full_access",
                                "read_only",
                                "to_groups_and_selected",
                                "created_by_user_groups_and_selected",
                            ],
                            "description": "How much of one kind of entity a user may see and change.",
                        },
                        "resources": {"type": "array", "items": {"type": "string"}},
                        "reports": {"type": "array", "items": {"type": "string"}},
                    },
                },
            },
            "additionalProperties": False,
            "required": ["id"],
        },
        (("id", "id", "path"), ("access_data", "access_data", "body")),
        False,
        False,
    ),
}

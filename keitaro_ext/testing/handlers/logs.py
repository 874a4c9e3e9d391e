"""The tracker's logs: read a page (with a text filter), clear one, list the names."""

from __future__ import annotations

import copy
from typing import Any

from ..errors import BadRequestError
from ..spec import enum_values
from .base import Call, handles


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

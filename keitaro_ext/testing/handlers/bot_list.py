"""The tracker-wide bot list: IPs, networks and ranges, one per line; changes answer `{count}`."""

from __future__ import annotations

import ipaddress
from typing import Any

from ..errors import InvalidError
from .base import Call, handles


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

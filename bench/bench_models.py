"""List parsing: a list answer of 5,000 campaigns turned into models, against `json.loads` of it alone.

"SDK" is what `kt.campaigns.list()` runs on the answer's body: the generated
`list_campaigns.parse_response` (decoding and one `Campaign.from_dict` per item, with the cyclic
collector paused), decoding with the standard library's `json` (the target's figure) and, beside
it, with orjson as keitaro_ext picks it when the `fast` extra is installed. The baseline is
`json.loads` of the same bytes as a user would call it (collector on). Two more styles show where
the time goes: `from_dict` per item after `json.loads` with the collector left on (what the SDK did
before the pause), and `json.loads` with the collector paused (so that ratio is what the models
themselves cost).

The payload is shaped like a tracker's answer: every field, with source parameters and postbacks,
a few numeric strings. Every style runs once per round, in an order that rotates from round to
round; each call starts from the same heap (a full collection, untimed, and no result of an earlier
call alive) and ends, inside its timing, with a young-generation collection, so that work a call
leaves pending for the collector is charged to that call, not to the next. Each style is called
twice back to back per round and its lower time kept (a busy machine only ever adds time). Figures
are CPU time of this process; each ratio is taken within one round, then min/median/max over the
rounds.

A second figure runs each style as a program would: several calls in a row, each result kept until
two later calls replace it, the collector left alone; the CPU time per call then includes every
collection the calls cause, older generations too, whenever it happens.
"""

from __future__ import annotations

import gc
import json
import time
from collections.abc import Callable
from typing import Any

import httpx
from keitaro_admin_client import types as generated_types
from keitaro_admin_client.api.campaigns import list_campaigns
from keitaro_admin_client.models import Campaign

from keitaro_ext.reports import decoding

from .environment import load
from .report import Section, median, ms, ratio

PARAMETERS = {
    "keyword": {"name": "keyword", "placeholder": "{keyword}", "alias": "Keyword"},
    "cost": {"name": "cost", "placeholder": "{cost}", "alias": "Cost"},
    "sub_id_1": {"name": "creative", "placeholder": "{creative}", "alias": "Creative"},
    "sub_id_2": {"name": "site", "placeholder": "{site}", "alias": "Site"},
}
TARGET = 2.5


def payload(count: int) -> bytes:
    items = [
        {
            "id": i,
            "alias": f"campaign-{i}",
            "name": f"Campaign {i}",
            "type": "position",
            "state": "active",
            "position": str(i) if i % 10 == 0 else i,  # some trackers send numeric strings
            "cookies_ttl": 24,
            "cost_type": "CPC",
            "cost_value": 0.05,
            "cost_currency": "USD",
            "cost_auto": False,
            "group_id": None if i % 3 else 2,
            "traffic_source_id": 4,
            "bind_visitors": "s",
            "token": f"tok{i:06d}",
            "parameters": PARAMETERS,
            "postbacks": [{"id": i, "campaign_id": i, "method": "GET", "statuses": ["sale"], "url": "https://pb/x"}],
            "notes": None,
            "created_at": "2026-05-01 10:00:00",
            "updated_at": "2026-05-02 11:30:00",
        }
        for i in range(1, count + 1)
    ]
    return json.dumps(items).encode()


def styles(body: bytes) -> dict[str, Callable[[], Any]]:
    """The ways of reading `body` that are timed, by the name the table shows."""
    response = httpx.Response(200, content=body, headers={"content-type": "application/json"})

    def sdk() -> Any:
        generated_types.json_loads = json.loads
        return list_campaigns.parse_response(response)

    def sdk_fast() -> Any:
        generated_types.json_loads = decoding.loads
        return list_campaigns.parse_response(response)

    def models_collector_on() -> Any:
        return [Campaign.from_dict(item) for item in json.loads(body)]

    def decode() -> Any:
        return json.loads(body)

    def decode_collector_paused() -> Any:
        gc.disable()
        try:
            return json.loads(body)
        finally:
            gc.enable()

    return {
        "json.loads": decode,
        "SDK parse_response": sdk,
        f"SDK parse_response, {decoding.BACKEND} (keitaro_ext)": sdk_fast,
        "json.loads + from_dict, collector on": models_collector_on,
        "json.loads, collector paused": decode_collector_paused,
    }


def timed(call: Callable[[], Any]) -> float:
    """CPU seconds of one call, from a collected heap, with the young collection it leaves pending."""
    gc.collect()
    start = time.process_time()
    result = call()
    gc.collect(0)
    elapsed = time.process_time() - start
    del result
    return elapsed


def measure(body: bytes, rounds: int, repeat: int = 1) -> dict[str, list[float]]:
    """Per style, its CPU time in each round: the lowest of `repeat` calls made back to back.

    Another process on a shared machine can only make a call slower (cache, preemption), never
    faster, so the lowest of a few back-to-back calls is the call's own cost; every style is timed
    alike, so the per-round ratios lose that noise without favouring either side.
    """
    chosen = styles(body)
    names = list(chosen)
    times: dict[str, list[float]] = {name: [] for name in names}
    for round_ in range(rounds):
        shift = round_ % len(names)
        for name in names[shift:] + names[:shift]:
            times[name].append(min(timed(chosen[name]) for _ in range(repeat)))
    return times


def in_a_row(call: Callable[[], Any], calls: int) -> float:
    """CPU seconds per call over `calls` calls in a row, the last two results kept alive."""
    gc.collect()
    kept: list[Any] = [None, None]
    start = time.process_time()
    for index in range(calls):
        kept[index % 2] = call()
    elapsed = time.process_time() - start
    del kept
    return elapsed / calls


def steady(body: bytes, rounds: int, calls: int) -> dict[str, list[float]]:
    chosen = styles(body)
    names = ["json.loads", "SDK parse_response", "json.loads + from_dict, collector on"]
    times: dict[str, list[float]] = {name: [] for name in names}
    for round_ in range(rounds):
        shift = round_ % len(names)
        for name in names[shift:] + names[:shift]:
            times[name].append(in_a_row(chosen[name], calls))
    return times


def spread(values: list[float]) -> str:
    ordered = sorted(values)
    return f"{ratio(ordered[0])} / {ratio(median(ordered))} / {ratio(ordered[-1])}"


def per_round(top: list[float], bottom: list[float]) -> list[float]:
    return [t / b for t, b in zip(top, bottom, strict=True)]


def main(count: int = 5000, rounds: int = 24, steady_rounds: int = 5, calls: int = 10, repeat: int = 2) -> Section:
    chosen = generated_types.json_loads  # the styles set it; benchmarks run after this one get it back
    try:
        return _main(count, rounds, steady_rounds, calls, repeat)
    finally:
        generated_types.json_loads = chosen


def _main(count: int, rounds: int, steady_rounds: int, calls: int, repeat: int) -> Section:
    body = payload(count)
    assert len(list_campaigns.parse_response(httpx.Response(200, content=body))) == count
    load_before = load()
    times = measure(body, rounds, repeat)
    sdk = times["SDK parse_response"]
    decode = times["json.loads"]
    section = Section(
        f"List parsing ({count:,} campaigns)",
        f"CPU time of each style, {rounds} interleaved rounds (order rotated, heap collected before each call, "
        f"pending young collection charged to the call; each style's lowest of {repeat} back-to-back calls per "
        "round); ratio per round, min/median/max. "
        "SDK = list_campaigns.parse_response (what kt.campaigns.list() runs on the body).",
    )
    for name, values in times.items():
        section.add(f"{name} (min / median)", f"{ms(min(values))} / {ms(median(values))}")
    ratios = per_round(sdk, decode)
    section.add("SDK / json.loads (min/median/max)", spread(ratios), f"<= {TARGET:.2f}x", median(ratios) <= TARGET)
    section.add(
        f"SDK with {decoding.BACKEND} (keitaro_ext's decoder) / json.loads",
        spread(per_round(times[f"SDK parse_response, {decoding.BACKEND} (keitaro_ext)"], decode)),
    )
    section.add(
        "json.loads + from_dict with the collector on / json.loads",
        spread(per_round(times["json.loads + from_dict, collector on"], decode)),
    )
    section.add(
        "SDK / json.loads with the collector paused (the models' own cost)",
        spread(per_round(sdk, times["json.loads, collector paused"])),
    )
    kept = steady(body, steady_rounds, calls)
    section.add(
        f"{calls} calls in a row, results kept, all collections counted: SDK / json.loads (min/median/max)",
        spread(per_round(kept["SDK parse_response"], kept["json.loads"])),
    )
    section.add(
        f"{calls} calls in a row: json.loads + from_dict with the collector on / json.loads",
        spread(per_round(kept["json.loads + from_dict, collector on"], kept["json.loads"])),
    )
    in_row = kept["json.loads"]
    section.add("json.loads per call in a row (min / median)", f"{ms(min(in_row))} / {ms(median(in_row))}")
    section.notes.append(f"load average before / after: {load_before} / {load()}")
    return section


if __name__ == "__main__":
    print(main().text())

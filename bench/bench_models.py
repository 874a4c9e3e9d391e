"""List parsing: `json.loads` of 5,000 campaigns alone vs `json.loads` + `Campaign.from_dict` of each.

The typed list is what `kt.campaigns.list()` returns; the ratio says what the models cost on top of
decoding the JSON. The payload is shaped like a tracker's answer: every field, with source
parameters and postbacks, a few numeric strings. Both styles run interleaved in the same rounds.
"""

from __future__ import annotations

import json
import time

from keitaro_admin_client.models import Campaign

from .report import Section, median, ms, ratio

PARAMETERS = {
    "keyword": {"name": "keyword", "placeholder": "{keyword}", "alias": "Keyword"},
    "cost": {"name": "cost", "placeholder": "{cost}", "alias": "Cost"},
    "sub_id_1": {"name": "creative", "placeholder": "{creative}", "alias": "Creative"},
    "sub_id_2": {"name": "site", "placeholder": "{site}", "alias": "Site"},
}


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


def main(count: int = 5000, rounds: int = 30) -> Section:
    body = payload(count)
    decode: list[float] = []
    typed: list[float] = []
    for _ in range(rounds):
        start = time.process_time()
        json.loads(body)
        decode.append(time.process_time() - start)
        start = time.process_time()
        campaigns = [Campaign.from_dict(item) for item in json.loads(body)]
        typed.append(time.process_time() - start)
        assert len(campaigns) == count
    ratios = sorted(t / d for t, d in zip(typed, decode, strict=True))
    section = Section(
        f"List parsing ({count:,} campaigns)",
        f"CPU time of json.loads alone vs json.loads + Campaign.from_dict per item, {rounds} interleaved rounds; "
        "ratio per round, min/median/max.",
    )
    section.add("json.loads (min / median)", f"{ms(min(decode))} / {ms(median(decode))}")
    section.add("json.loads + from_dict (min / median)", f"{ms(min(typed))} / {ms(median(typed))}")
    section.add("typed / json.loads, fastest rounds", ratio(min(typed) / min(decode)))
    met = median(ratios) <= 2.5
    section.add(
        "typed / json.loads (min/median/max)",
        f"{ratio(ratios[0])} / {ratio(median(ratios))} / {ratio(ratios[-1])}",
        "<= 2.50x",
        met,
    )
    return section


if __name__ == "__main__":
    print(main().text())

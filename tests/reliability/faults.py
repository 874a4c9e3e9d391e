"""The fault mixes of the reliability runs: about 30 % of answers broken, from a seeded RNG."""

from __future__ import annotations

from typing import Any

from keitaro_ext.testing import FakeTracker, Fault

MAX_RETRIES = 12  # 0.3 ** 13 per call: no call of a run should ever exhaust it


def share(mix: list[dict[str, Any]], total: float) -> list[float]:
    """Per rule, the probability that makes each rule fire on `total / len(mix)` of the requests.

    Rules are tried in order and the first that fires wins, so later rules see only what the earlier
    ones let through.
    """
    each = total / len(mix)
    return [each / (1 - n * each) for n in range(len(mix))]


def add(fake: FakeTracker, method: str, path: str, mix: list[dict[str, Any]], total: float = 0.30) -> list[Fault]:
    return [
        fake.faults.add(method=method, path=path, probability=p, **rule)
        for rule, p in zip(mix, share(mix, total), strict=True)
    ]


# GETs: rate limited and overloaded, with and without Retry-After.
GET_MIX: list[dict[str, Any]] = [
    {"status": 429, "retry_after": 1},
    {"status": 503, "retry_after": 2},
    {"status": 503},
]

# Creates: the same, plus what makes blind retries dangerous: failures after the tracker applied it.
CREATE_MIX: list[dict[str, Any]] = [
    {"status": 429, "retry_after": 1},
    {"status": 503},
    {"status": 503, "when": "after"},
    {"drop": True},
    {"drop": True, "when": "after"},
    {"reset": True, "when": "after"},
    {"truncate": True, "when": "after"},
    {"html": True, "when": "after"},
]

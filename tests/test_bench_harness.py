"""The benchmark harnesses this round changed still run, and time what they say (no timing asserted)."""

from __future__ import annotations

import json

from keitaro_admin_client import types as generated_types

from bench import bench_async, bench_models, bench_overhead
from tests.answers import campaign


def test_models_measure_keeps_one_sample_per_style_and_round_whatever_the_repeat() -> None:
    chosen = generated_types.json_loads
    try:
        times = bench_models.measure(bench_models.payload(20), rounds=3, repeat=2)
    finally:
        generated_types.json_loads = chosen
    assert set(times) >= {"json.loads", "SDK parse_response"}
    assert all(len(values) == 3 and all(value >= 0 for value in values) for values in times.values())


def test_in_memory_overhead_runs_the_sdk_and_raw_httpx_on_the_same_answer() -> None:
    body = json.dumps(campaign(1)).encode()
    samples = bench_overhead.in_memory(body, calls=40, rounds=4)
    assert set(samples) == {"SDK", "raw httpx"}
    assert all(len(values) == 4 and all(value > 0 for value in values) for values in samples.values())


def test_overhead_turns_put_each_style_after_every_other_equally_often() -> None:
    for names in (["sdk", "raw", "requests"], ["sdk", "raw"]):
        order = bench_overhead.turns(names)
        repeated = order * 5
        before: dict[tuple[str, str], int] = {}
        for previous, current in zip(repeated, repeated[1:] + repeated[:1], strict=True):  # the cycle wraps round
            before[previous, current] = before.get((previous, current), 0) + 1
        assert all(previous != current for previous, current in before)
        assert len(set(before.values())) == 1 and len(before) == len(names) * (len(names) - 1)
        assert all(repeated.count(name) == repeated.count(names[0]) for name in names)


def test_async_batches_take_turns_so_a_steady_drift_in_load_falls_on_both_ways_alike() -> None:
    pair = ("SDK", "raw httpx")
    for number in range(4):
        order = bench_async._abba(pair, number)
        assert order.count("SDK") == order.count("raw httpx") == bench_async.BATCHES
        positions = {name: sum(at for at, turn in enumerate(order) if turn == name) for name in pair}
        assert positions["SDK"] == positions["raw httpx"]  # a b b a: a load rising batch by batch cancels out
    assert bench_async._abba(pair, 0)[0] != bench_async._abba(pair, 1)[0]  # who starts alternates by round

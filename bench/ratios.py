"""Interleaved rounds and ratios with their spread: how every figure of the data, CLI and fake benchmarks is taken.

Each round runs every contender once, in a rotated order, so a busy machine slows them alike; a
figure is the ratio contender / baseline within each round, shown as median (min-max) of the rounds.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Mapping

__all__ = ["Spread", "interleaved", "spread", "timed"]


def timed(work: Callable[[], object]) -> float:
    """Wall seconds of one call."""
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def interleaved(contenders: Mapping[str, Callable[[], float]], rounds: int) -> dict[str, list[float]]:
    """Each contender's measurement (what its callable returns, e.g. seconds) in every round."""
    names = list(contenders)
    samples: dict[str, list[float]] = {name: [] for name in names}
    for number in range(rounds):
        for name in names[number % len(names) :] + names[: number % len(names)]:
            samples[name].append(contenders[name]())
    return samples


class Spread:
    """Per-round ratios of one contender to the baseline."""

    def __init__(self, ratios: list[float]) -> None:
        self.ratios = ratios
        self.median = statistics.median(ratios)
        self.low = min(ratios)
        self.high = max(ratios)

    def __str__(self) -> str:
        return f"{self.median:.2f}x (min {self.low:.2f}x, max {self.high:.2f}x, {len(self.ratios)} rounds)"


def spread(samples: Mapping[str, list[float]], name: str, baseline: str) -> Spread:
    """`name` over `baseline`, round by round."""
    return Spread([value / base for value, base in zip(samples[name], samples[baseline], strict=True)])

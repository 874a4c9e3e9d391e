"""What every benchmark returns: a titled table of figures, each beside its target, as text and Markdown."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Figure:
    """One measured figure; `met` is None when the figure has no target."""

    name: str
    value: str
    target: str = ""
    met: bool | None = None


@dataclass
class Section:
    """One benchmark's outcome: figures plus a line on how they were taken."""

    title: str
    method: str
    figures: list[Figure] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    output: str = ""  # verbatim text, for a benchmark that prints its own table

    def add(self, name: str, value: str, target: str = "", met: bool | None = None) -> None:
        self.figures.append(Figure(name, value, target, met))

    def markdown(self) -> str:
        lines = [
            f"## {self.title}",
            "",
            self.method,
            "",
        ]
        if self.figures:
            lines += ["| figure | value | target | met |", "| --- | --- | --- | --- |"]
        for f in self.figures:
            lines.append(f"| {f.name} | {f.value} | {f.target} | {_mark(f.met)} |")
        if self.output:
            lines += ["```text", self.output.rstrip(), "```"]
        lines.extend(["", *(f"- {note}" for note in self.notes)] if self.notes else [])
        return "\n".join(lines) + "\n"

    def text(self) -> str:
        width = max((len(f.name) for f in self.figures), default=0)
        lines = [f"== {self.title}"]
        for f in self.figures:
            target = f"   target {f.target}: {_mark(f.met)}" if f.target else ""
            lines.append(f"  {f.name.ljust(width)}  {f.value}{target}")
        lines.extend(f"  note: {note}" for note in self.notes)
        if self.output:
            lines.append(self.output.rstrip())
        return "\n".join(lines)


def _mark(met: bool | None) -> str:
    return "" if met is None else ("yes" if met else "NO")


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.3f} ms"


def ratio(value: float) -> str:
    return f"{value:.2f}x"

"""The metric, column and operator names the spec knows, and a helpful check against them."""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection, Iterable

from keitaro_admin_client.models.conversion_column import CONVERSION_COLUMN_VALUES
from keitaro_admin_client.models.filter_operator import FILTER_OPERATOR_VALUES
from keitaro_admin_client.models.range_interval import RANGE_INTERVAL_VALUES
from keitaro_admin_client.models.report_column import REPORT_COLUMN_VALUES
from keitaro_admin_client.models.report_metric import REPORT_METRIC_VALUES

from ..errors import KeitaroError

__all__ = [
    "COLUMNS",
    "CONVERSION_COLUMNS",
    "INTERVALS",
    "METRICS",
    "OPERATORS",
    "UnknownNameError",
    "check_names",
]

METRICS: frozenset[str] = frozenset(REPORT_METRIC_VALUES)
COLUMNS: frozenset[str] = frozenset(REPORT_COLUMN_VALUES)
CONVERSION_COLUMNS: frozenset[str] = COLUMNS | frozenset(CONVERSION_COLUMN_VALUES)
OPERATORS: frozenset[str] = frozenset(FILTER_OPERATOR_VALUES)
INTERVALS: frozenset[str] = frozenset(RANGE_INTERVAL_VALUES)
# Numbered parameters go higher on newer trackers (sub_id_30 and beyond) than the spec lists.
NUMBERED = re.compile(r"(sub_id|extra_param)_[1-9][0-9]?")


class UnknownNameError(KeitaroError, ValueError):
    """A metric, column, operator or interval name the SDK does not know, with suggestions."""

    def __init__(self, message: str, *, name: str, suggestions: list[str], kind: str = "name") -> None:
        super().__init__(message)
        self.name = name
        self.suggestions = suggestions
        self.kind = kind

    def explain(self, remedy: str) -> str:
        """The message with another way to accept the name (the CLI says `add --allow-unknown`)."""
        return _unknown(self.kind, self.name, self.suggestions, remedy)


def _unknown(kind: str, name: str, suggestions: list[str], remedy: str) -> str:
    hint = f" Did you mean {' or '.join(repr(s) for s in suggestions)}?" if suggestions else ""
    return f"Unknown {kind} {name!r}.{hint} If your tracker knows it, {remedy}."


def check_names(
    names: Iterable[str], known: Collection[str], kind: str, *, allow_unknown: bool = False, extra: Iterable[str] = ()
) -> list[str]:
    """`names` as a list, or UnknownNameError naming the first unknown one and what was probably meant.

    `extra` adds names a newer tracker knows; `allow_unknown` turns the check off.
    """
    checked = [str(name) for name in names]
    if allow_unknown:
        return checked
    allowed = set(extra)
    for name in checked:
        if name in known or name in allowed or NUMBERED.fullmatch(name):
            continue
        suggestions = difflib.get_close_matches(name, sorted(known), n=3, cutoff=0.6)
        remedy = f"pass allow_unknown=True (or extra_names=[{name!r}])"
        raise UnknownNameError(_unknown(kind, name, suggestions, remedy), name=name, suggestions=suggestions, kind=kind)
    return checked

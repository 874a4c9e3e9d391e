"""Report filters: `F("country").in_(["US", "DE"])` builds exactly what Keitaro expects.

Each operator has its own expression shape: one number or string, a list for IN_LIST and
NOT_IN_LIST, two values for BETWEEN, nothing for the IS_* tests, `whitelist`/`blacklist` for the
label tests. The builder enforces it so a malformed filter fails here, not as a tracker error.
`Filter.parse("country in US,DE")` reads the same filters from text (the CLI uses it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeAlias

from ..errors import KeitaroError

__all__ = ["F", "Filter", "FilterError", "Scalar"]

Scalar: TypeAlias = str | int | float | Decimal | date | datetime
NO_EXPRESSION = frozenset({"IS_SET", "IS_NOT_SET", "IS_TRUE", "IS_FALSE"})
LIST_OPERATORS = frozenset({"IN_LIST", "NOT_IN_LIST"})
LABELS = ("whitelist", "blacklist")


class FilterError(KeitaroError, ValueError):
    """A filter whose expression does not fit its operator, or text that is not a filter."""


def _plain(value: Scalar) -> str | int | float:
    if isinstance(value, bool):
        raise FilterError("Booleans are not filter values; use F(name).is_true() or .is_false().")
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, str | int | float):
        return value
    raise FilterError(f"Cannot filter on {value!r}: use a string, number, date or datetime.")


@dataclass(frozen=True)
class Filter:
    """One condition: column or metric `name`, Keitaro `operator`, and its expression."""

    name: str
    operator: str
    expression: str | int | float | tuple[str | int | float, ...] | None = None

    def __post_init__(self) -> None:
        if not self.name:
            raise FilterError("A filter needs a column or metric name.")
        op, expr = self.operator, self.expression
        if op in NO_EXPRESSION:
            if expr is not None:
                raise FilterError(f"{op} takes no expression (got {expr!r}).")
        elif op in LIST_OPERATORS:
            if not isinstance(expr, tuple) or not expr:
                raise FilterError(f"{op} needs a non-empty list of values.")
        elif op == "BETWEEN":
            if not isinstance(expr, tuple) or len(expr) != 2:
                raise FilterError("BETWEEN needs exactly two values: the lower and the upper bound.")
        elif op in ("HAS_LABEL", "NOT_HAS_LABEL"):
            if expr not in LABELS:
                raise FilterError(f"{op} takes 'whitelist' or 'blacklist', got {expr!r}.")
        elif expr is None or isinstance(expr, tuple):
            raise FilterError(f"{op} needs one value, got {expr!r}.")

    def to_api(self) -> dict[str, Any]:
        body: dict[str, Any] = {"name": self.name, "operator": self.operator}
        if self.expression is not None:
            body["expression"] = list(self.expression) if isinstance(self.expression, tuple) else self.expression
        return body

    @classmethod
    def parse(cls, text: str) -> Filter:
        """Read `country in US,DE`, `revenue > 0`, `ip has label blacklist`, `sub_id_1 is set`..."""
        return _parse(text)


class F:
    """Start of a filter on one column or metric: `F("revenue").gt(0)`."""

    def __init__(self, name: str) -> None:
        self.name = name

    def _one(self, operator: str, value: Scalar) -> Filter:
        return Filter(self.name, operator, _plain(value))

    def eq(self, value: Scalar) -> Filter:
        return self._one("EQUALS", value)

    def ne(self, value: Scalar) -> Filter:
        return self._one("NOT_EQUAL", value)

    def gt(self, value: Scalar) -> Filter:
        return self._one("GREATER_THAN", value)

    def gte(self, value: Scalar) -> Filter:
        return self._one("EQUALS_OR_GREATER_THAN", value)

    def lt(self, value: Scalar) -> Filter:
        return self._one("LESS_THAN", value)

    def lte(self, value: Scalar) -> Filter:
        return self._one("EQUALS_OR_LESS_THAN", value)

    def matches(self, pattern: str) -> Filter:
        return self._one("MATCH_REGEXP", pattern)

    def not_matches(self, pattern: str) -> Filter:
        return self._one("NOT_MATCH_REGEXP", pattern)

    def begins_with(self, prefix: str) -> Filter:
        return self._one("BEGINS_WITH", prefix)

    def ends_with(self, suffix: str) -> Filter:
        return self._one("ENDS_WITH", suffix)

    def contains(self, text: str) -> Filter:
        return self._one("CONTAINS", text)

    def not_contains(self, text: str) -> Filter:
        return self._one("NOT_CONTAIN", text)

    def in_(self, values: Iterable[Scalar]) -> Filter:
        return Filter(self.name, "IN_LIST", tuple(_plain(v) for v in _values(values)))

    def not_in(self, values: Iterable[Scalar]) -> Filter:
        return Filter(self.name, "NOT_IN_LIST", tuple(_plain(v) for v in _values(values)))

    def between(self, low: Scalar, high: Scalar) -> Filter:
        return Filter(self.name, "BETWEEN", (_plain(low), _plain(high)))

    def is_set(self) -> Filter:
        return Filter(self.name, "IS_SET")

    def is_not_set(self) -> Filter:
        return Filter(self.name, "IS_NOT_SET")

    def is_true(self) -> Filter:
        return Filter(self.name, "IS_TRUE")

    def is_false(self) -> Filter:
        return Filter(self.name, "IS_FALSE")

    def has_label(self, label: str) -> Filter:
        return Filter(self.name, "HAS_LABEL", label)

    def not_has_label(self, label: str) -> Filter:
        return Filter(self.name, "NOT_HAS_LABEL", label)


def _values(values: Iterable[Scalar]) -> list[Scalar]:
    if isinstance(values, str | bytes):
        raise FilterError("Give a list of values, not a single string (e.g. ['US', 'DE']).")
    return list(values)


# Longest spellings first so that "not in" wins over "in", ">=" over ">".
_TEXT_OPERATORS: list[tuple[str, str]] = [
    ("not has label", "NOT_HAS_LABEL"),
    ("has label", "HAS_LABEL"),
    ("is not set", "IS_NOT_SET"),
    ("is set", "IS_SET"),
    ("is true", "IS_TRUE"),
    ("is false", "IS_FALSE"),
    ("not contains", "NOT_CONTAIN"),
    ("contains", "CONTAINS"),
    ("begins with", "BEGINS_WITH"),
    ("ends with", "ENDS_WITH"),
    ("not in", "NOT_IN_LIST"),
    ("in", "IN_LIST"),
    ("between", "BETWEEN"),
    ("!~", "NOT_MATCH_REGEXP"),
    ("~", "MATCH_REGEXP"),
    (">=", "EQUALS_OR_GREATER_THAN"),
    ("<=", "EQUALS_OR_LESS_THAN"),
    ("!=", "NOT_EQUAL"),
    ("==", "EQUALS"),
    ("=", "EQUALS"),
    (">", "GREATER_THAN"),
    ("<", "LESS_THAN"),
]
_PATTERN = re.compile(
    r"^\s*(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*(?P<op>"
    + "|".join(re.escape(spelling).replace(r"\ ", r"\s+") for spelling, _ in _TEXT_OPERATORS)
    + r")(?:\s+|(?<=[=<>~])|$)\s*(?P<value>.*?)\s*$",
    re.IGNORECASE,
)


_NUMBER = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?")


def _scalar(text: str) -> str | int | float:
    """A number when the text is plainly one (so `00123` stays a string); quotes force a string."""
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    if _NUMBER.fullmatch(text):
        return float(text) if "." in text else int(text)
    return text


def _parse(text: str) -> Filter:
    match = _PATTERN.match(text)
    if not match:
        raise FilterError(
            f"Cannot read filter {text!r}: write '<name> <operator> <value>', e.g. 'country in US,DE', "
            "'revenue > 0', 'datetime between 2026-01-01,2026-01-31', 'ip has label blacklist', 'sub_id_1 is set'."
        )
    op_text = " ".join(match.group("op").lower().split())
    operator = dict(_TEXT_OPERATORS)[op_text]
    name, value = match.group("name"), match.group("value")
    if operator in NO_EXPRESSION:
        if value:
            raise FilterError(f"{op_text!r} takes no value, got {value!r} in {text!r}.")
        return Filter(name, operator)
    if not value:
        raise FilterError(f"Filter {text!r} has no value after {op_text!r}.")
    if operator in LIST_OPERATORS or operator == "BETWEEN":
        return Filter(name, operator, tuple(_scalar(part) for part in value.split(",") if part.strip()))
    if operator in ("MATCH_REGEXP", "NOT_MATCH_REGEXP", "CONTAINS", "NOT_CONTAIN", "BEGINS_WITH", "ENDS_WITH"):
        return Filter(name, operator, str(_scalar(value)))
    return Filter(name, operator, _scalar(value))

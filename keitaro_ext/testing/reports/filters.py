"""Report and log filters: every operator of the spec's `FilterOperator`.

Numeric columns and metrics compare as numbers; other columns compare as text (case-sensitive).
`IN_LIST`/`NOT_IN_LIST` need a list, `BETWEEN` a list of two (inclusive), the `IS_*` operators
no expression, `HAS_LABEL`/`NOT_HAS_LABEL` `whitelist` or `blacklist` on a label column. Unset
values (null or "") never match a comparison; `IS_SET` is true for anything else.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..data.clicks import Click
from ..data.columns import LABEL_COLUMNS, Env, Getter
from ..errors import InvalidError

NUMERIC_COLUMNS = frozenset(
    {
        "click_id", "campaign_id", "campaign_group_id", "parent_campaign_id", "landing_id", "offer_id", "ts_id",
        "stream_id", "language_id", "device_type_id", "landing_clicked_period", "revenue", "cost", "profit",
        "is_unique_stream", "is_unique_campaign", "is_lead", "is_sale", "is_rejected", "is_bot", "is_using_proxy",
        "year", "hour", "conversion_id", "sale_period",
    }
)  # fmt: skip
_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "EQUALS": lambda v, x: v == x,
    "NOT_EQUAL": lambda v, x: v != x,
    "EQUALS_OR_GREATER_THAN": lambda v, x: v >= x,
    "EQUALS_OR_LESS_THAN": lambda v, x: v <= x,
    "GREATER_THAN": lambda v, x: v > x,
    "LESS_THAN": lambda v, x: v < x,
}
_TEXT: dict[str, Callable[[str, str], bool]] = {
    "BEGINS_WITH": lambda v, x: v.startswith(x),
    "ENDS_WITH": lambda v, x: v.endswith(x),
    "CONTAINS": lambda v, x: x in v,
    "NOT_CONTAIN": lambda v, x: x not in v,
}
_NO_EXPRESSION = ("IS_SET", "IS_NOT_SET", "IS_TRUE", "IS_FALSE")
LABELS = ("whitelist", "blacklist")

ValueTest = Callable[[Any], bool]


def _unset(value: Any) -> bool:
    return value is None or value == ""


@dataclass(frozen=True)
class _Spec:
    field: str
    name: str
    numeric: bool

    def bad(self, message: str) -> InvalidError:
        return InvalidError.one(self.field, message)

    def scalar(self, expression: Any) -> Any:
        if isinstance(expression, list) or expression is None:
            raise self.bad(f"Filter on {self.name!r} needs a single value.")
        if not self.numeric:
            return str(expression)
        try:
            return float(expression)
        except (TypeError, ValueError):
            raise self.bad(f"{self.name!r} is numeric; {expression!r} is not a number.") from None

    def values(self, expression: Any, size: int | None = None) -> list[Any]:
        if not isinstance(expression, list) or (size is not None and len(expression) != size):
            raise self.bad(f"This operator needs a list{f' of {size} values' if size else ''} as expression.")
        return [self.scalar(item) for item in expression]

    def comparable(self, value: Any) -> Any:
        return float(value) if self.numeric else str(value)


def value_test(spec: _Spec, operator: str, expression: Any) -> ValueTest:
    """A predicate on one column or metric value."""
    if operator in _COMPARE:
        compare, wanted = _COMPARE[operator], spec.scalar(expression)
        if operator == "NOT_EQUAL":
            return lambda v: _unset(v) or compare(spec.comparable(v), wanted)
        return lambda v: not _unset(v) and compare(spec.comparable(v), wanted)
    if operator in _TEXT:
        text_test, text = _TEXT[operator], str(spec.scalar(expression)) if not spec.numeric else str(expression)
        return lambda v: text_test("" if v is None else str(v), text)
    return _other_test(spec, operator, expression)


def _other_test(spec: _Spec, operator: str, expression: Any) -> ValueTest:
    """Predicates for the regular-expression, list, range and no-expression operators."""
    if operator in ("MATCH_REGEXP", "NOT_MATCH_REGEXP"):
        try:
            pattern = re.compile(str(expression))
        except re.error as exc:
            raise spec.bad(f"InvalidError regular expression: {exc}.") from None
        negate = operator == "NOT_MATCH_REGEXP"
        return lambda v: (pattern.search("" if v is None else str(v)) is None) == negate
    if operator in ("IN_LIST", "NOT_IN_LIST"):
        members = set(spec.values(expression))
        inside = operator == "IN_LIST"
        return lambda v: (not _unset(v) and spec.comparable(v) in members) == inside
    if operator == "BETWEEN":
        low, high = spec.values(expression, 2)
        return lambda v: not _unset(v) and low <= spec.comparable(v) <= high
    if operator in _NO_EXPRESSION:
        if expression not in (None, ""):
            raise spec.bad(f"{operator} takes no expression.")
        tests: dict[str, ValueTest] = {
            "IS_SET": lambda v: not _unset(v),
            "IS_NOT_SET": _unset,
            "IS_TRUE": lambda v: bool(v) and v not in ("0", "false"),
            "IS_FALSE": lambda v: not v or v in ("0", "false"),
        }
        return tests[operator]
    raise spec.bad(f"Unknown operator {operator!r}.")


ClickTest = Callable[[Click, Env], bool]


@dataclass
class CompiledFilters:
    """Filters split into those on click columns (before grouping) and on metrics (after)."""

    clicks: list[ClickTest]
    metrics: list[tuple[str, ValueTest]]

    def click_matches(self, click: Click, env: Env) -> bool:
        return all(test(click, env) for test in self.clicks)


def _label_test(name: str, operator: str, expression: Any, getter: Getter, field: str) -> ClickTest:
    if name not in LABEL_COLUMNS:
        raise InvalidError.one(field, f"Labels apply to {', '.join(LABEL_COLUMNS)}; not to {name!r}.")
    if expression not in LABELS:
        raise InvalidError.one(field, f"{operator} takes 'whitelist' or 'blacklist', got {expression!r}.")
    has = operator == "HAS_LABEL"
    return lambda c, e: (e.labels.get((c.campaign.id, name, str(getter(c, e)))) == expression) == has


def _column_test(getter: Getter, test: ValueTest) -> ClickTest:
    return lambda click, env: test(getter(click, env))


def compile_filters(
    raw: Sequence[Mapping[str, Any]] | None, columns: Mapping[str, Getter], metrics: Sequence[str] = ()
) -> CompiledFilters:
    """Check every filter of a request and turn it into a predicate; raises 406 naming the filter."""
    compiled = CompiledFilters([], [])
    for n, item in enumerate(raw or ()):
        name, operator, expression = item["name"], item["operator"], item.get("expression")
        if name in columns:
            getter = columns[name]
            if operator in ("HAS_LABEL", "NOT_HAS_LABEL"):
                compiled.clicks.append(_label_test(name, operator, expression, getter, f"filters.{n}.expression"))
                continue
            test = value_test(_Spec(f"filters.{n}.expression", name, name in NUMERIC_COLUMNS), operator, expression)
            compiled.clicks.append(_column_test(getter, test))
        elif name in metrics:
            if operator in ("HAS_LABEL", "NOT_HAS_LABEL"):
                raise InvalidError.one(
                    f"filters.{n}.operator", f"{operator} applies to columns, not to metric {name!r}."
                )
            compiled.metrics.append(
                (name, value_test(_Spec(f"filters.{n}.expression", name, True), operator, expression))
            )
        else:
            raise InvalidError.one(f"filters.{n}.name", f"Unknown column or metric {name!r}.")
    return compiled

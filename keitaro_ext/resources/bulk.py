"""What the bulk helpers (`get_many`, `update_many`) share: checking their input, and reporting partial failure.

A bulk helper returns `{id: model}` in input order, or raises `BatchError` when any call failed:
its `.results` holds every success by id and `.errors` every failure by id, so nothing is lost.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import Any, TypedDict

from ..batch import BatchError, Outcome
from ..batch.options import BatchMode
from ..errors import NotFoundError

__all__ = ["BatchKeywords", "Bulk", "changes_by_id", "collect", "unique_ids"]


class BatchKeywords(TypedDict, total=False):
    """How a bulk helper batches its calls: the keywords of `kt.batch` (its defaults unless given)."""

    mode: BatchMode
    concurrency: int
    chunk_size: int


class Bulk:
    """A namespace with bulk helpers: made with the client's caller and its `batch` method."""

    def __init__(self, caller: object, batches: Callable[..., Any]) -> None:
        super().__init__(caller)  # type: ignore[call-arg]  # the generated resource's
        self._batches = batches


def _check_id(value: object, noun: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{noun} ids must be integers, got {value!r}")
    if value < 1:
        raise ValueError(f"{noun} ids are positive integers, got {value}")
    return value


def unique_ids(ids: Iterable[int], noun: str) -> list[int]:
    """The ids in first-seen order without repeats (a repeated id is fetched or changed once)."""
    if isinstance(ids, str | bytes | int) or not isinstance(ids, Iterable):
        raise TypeError(f"pass the {noun} ids as a list (or any iterable) of integers, got {ids!r}")
    return list(dict.fromkeys(_check_id(value, noun) for value in ids))


def _argument(name: str, allowed: Collection[str], noun: str) -> str:
    """The keyword of the generated method for a field name; `type` is accepted for `type_`."""
    if name in allowed:
        return name
    if f"{name}_" in allowed:
        return f"{name}_"
    names = ", ".join(sorted(allowed))
    raise TypeError(f"{name!r} is not a {noun} field that can be changed; expected some of: {names}")


def changes_by_id(
    changes: Mapping[int, Mapping[str, Any]] | Iterable[int],
    common: Mapping[str, Any],
    allowed: Collection[str],
    noun: str,
) -> list[tuple[int, dict[str, Any]]]:
    """Each id with the keyword arguments of its update: the common fields, overridden per id."""
    shared = {_argument(name, allowed, noun): value for name, value in common.items()}
    if not isinstance(changes, Mapping):
        ids = unique_ids(changes, noun)
        if ids and not shared:
            raise TypeError(
                "nothing to change: pass fields, e.g. update_many(ids, state='disabled'), "
                "or a {id: {field: value}} mapping"
            )
        return [(item, dict(shared)) for item in ids]
    plan = []
    for key, fields in changes.items():
        item = _check_id(key, noun)
        if not isinstance(fields, Mapping):
            raise TypeError(f"the change for {noun} {item} must be a mapping of fields to values, got {fields!r}")
        merged = {**shared, **{_argument(name, allowed, noun): value for name, value in fields.items()}}
        if not merged:
            raise TypeError(
                f"nothing to change for {noun} {item}: its mapping is empty and no common fields were given"
            )
        plan.append((item, merged))
    return plan


def _missing(error: Exception | None) -> bool:
    # A 404 without a JSON body comes from a wrong base_url, not a missing entity: never skipped.
    return isinstance(error, NotFoundError) and error.body is not None


def collect(keys: Sequence[int], outcomes: Sequence[Outcome[Any]], *, skip_missing: bool = False) -> dict[int, Any]:
    """`{id: value}` for the successes, or `BatchError` if any call failed (missing ones aside, if asked)."""
    if any(not o.ok and not (skip_missing and _missing(o.error)) for o in outcomes):
        raise BatchError(outcomes, keys)
    return {key: outcome.value for key, outcome in zip(keys, outcomes, strict=True) if outcome.ok}

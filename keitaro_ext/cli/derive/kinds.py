"""What kind of command-line value a facade parameter takes, read from its type annotation.

Scalars (int, float, str, bool), the spec's enums (Literal) and lists of scalars become plain
options; everything else (models, mappings, unions with models) is given as JSON text.
"""

from __future__ import annotations

import collections.abc
import types
import typing
from dataclasses import dataclass
from typing import Any, Literal

from keitaro_admin_client.types import Unset

__all__ = ["ValueKind", "kind_of"]

Kind = Literal["int", "float", "str", "bool", "choice", "list", "json"]
SCALARS: dict[Any, Kind] = {int: "int", float: "float", str: "str", bool: "bool"}


@dataclass(frozen=True)
class ValueKind:
    """`kind`; for `choice` the allowed values (as the API spells them); for `list` the item type."""

    kind: Kind
    nullable: bool = False
    choices: tuple[Any, ...] = ()
    item: type = str


def _members(annotation: Any) -> list[Any]:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return list(typing.get_args(annotation))
    return [annotation]


def kind_of(annotation: Any) -> ValueKind:
    """The value kind of a resolved annotation such as `int | None | Unset` or `list[str] | Unset`."""
    members = _members(annotation)
    nullable = type(None) in members
    rest = [m for m in members if m is not Unset and m is not type(None)]
    if len(rest) != 1:
        return ValueKind("json", nullable)
    only = rest[0]
    if only in SCALARS:
        return ValueKind(SCALARS[only], nullable)
    if typing.get_origin(only) is Literal:
        return ValueKind("choice", nullable, choices=typing.get_args(only))
    if typing.get_origin(only) in (list, collections.abc.Sequence):
        (item,) = typing.get_args(only)
        if item in (int, float, str):
            return ValueKind("list", nullable, item=item)
    return ValueKind("json", nullable)

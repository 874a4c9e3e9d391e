"""Friendlier spellings of derived commands (e.g. `streams list --campaign 7`): the same call, other words.

An alias names an existing method and turns some of its path parameters into options; it adds
no request code, so it follows the spec like every other command.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

from .spec import OperationSpec

__all__ = ["ALIASES", "Alias", "alias_specs"]


@dataclass(frozen=True)
class Alias:
    tag: str
    command: str
    method: str
    options: Mapping[str, str]  # path parameter -> option flag


ALIASES: tuple[Alias, ...] = (Alias("streams", "list", "list_for_campaign", {"id": "--campaign"}),)


def alias_specs(tag: str, specs: tuple[OperationSpec, ...]) -> list[OperationSpec]:
    """The aliases of one tag, made from its derived specs; a missing target method is a bug, so it raises."""
    by_method = {spec.method: spec for spec in specs}
    made = []
    for alias in (alias for alias in ALIASES if alias.tag == tag):
        base = by_method.get(alias.method)
        if base is None:
            raise LookupError(f"alias `{tag} {alias.command}` targets {alias.method!r}, which the spec no longer has")
        fields = tuple(
            dataclasses.replace(field, positional=False, flag=alias.options[field.name])
            if field.name in alias.options
            else field
            for field in base.fields
        )
        same = f"\n\nThe same as `keitaro {tag.replace('_', '-')} {base.command}`."
        help_ = base.help + same if base.help else ""
        made.append(
            dataclasses.replace(base, fields=fields, command_name=alias.command, doc=base.doc + same, help=help_)
        )
    return made

"""A griffe extension: what a class inherits from a `Generic` base is shown with the class's own types.

`Keitaro(_ClientBase[httpx.Client, httpx.BaseTransport, ...])` inherits `__init__(transport:
_TransportT | None)`; its reference page should say `BaseTransport | None`, as mypy and pyright do.
Members whose annotations name a type parameter (or `Self`) are copied onto the subclass with the
arguments put in; the base class's own page is left as written.
"""

from __future__ import annotations

import ast
import copy
import re
from typing import Any

import griffe


def _parameters(generic: griffe.Class) -> list[str]:
    for base in generic.bases:
        if isinstance(base, griffe.ExprSubscript) and base.canonical_path in ("typing.Generic", "Generic"):
            slice_ = base.slice
            elements = slice_.elements if isinstance(slice_, griffe.ExprTuple) else [slice_]
            return [str(element) for element in elements]
    return []


def _arguments(base: griffe.ExprSubscript) -> list[str]:
    slice_ = base.slice
    elements = slice_.elements if isinstance(slice_, griffe.ExprTuple) else [slice_]
    return [str(element).strip("'\"") for element in elements]


class GenericBases(griffe.Extension):
    def on_package(self, *, pkg: griffe.Module, loader: griffe.GriffeLoader, **kwargs: Any) -> None:
        for cls in _classes(pkg):
            for base in cls.bases:
                if isinstance(base, griffe.ExprSubscript):
                    self._specialise(cls, base, loader)

    def _specialise(self, cls: griffe.Class, base: griffe.ExprSubscript, loader: griffe.GriffeLoader) -> None:
        left = base.left
        if isinstance(left, str):
            return
        try:
            generic = loader.modules_collection[left.canonical_path]
        except KeyError:
            return
        if not isinstance(generic, griffe.Class):
            return
        names = dict(zip(_parameters(generic), _arguments(base), strict=False))
        if not names:
            return
        names["Self"] = cls.name
        pattern = re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b")

        def put_in(annotation: Any) -> Any:
            if annotation is None or not pattern.search(str(annotation)):
                return annotation
            text = pattern.sub(lambda match: names[match.group(1)], str(annotation))
            return griffe.safe_get_expression(ast.parse(text, mode="eval").body, parent=cls) or text

        for name, member in generic.members.items():
            if name in cls.members or not isinstance(member, griffe.Function | griffe.Attribute):
                continue
            own = copy.copy(member)
            if isinstance(own, griffe.Function):
                own.parameters = griffe.Parameters(
                    *[
                        griffe.Parameter(p.name, annotation=put_in(p.annotation), kind=p.kind, default=p.default)
                        for p in own.parameters
                    ]
                )
                own.returns = put_in(own.returns)
            else:
                own.annotation = put_in(own.annotation)
            cls.set_member(name, own)


def _classes(module: griffe.Module | griffe.Class) -> list[griffe.Class]:
    found: list[griffe.Class] = []
    for member in module.members.values():
        if member.is_alias:
            continue
        if isinstance(member, griffe.Class):
            found.append(member)
            found.extend(_classes(member))
        elif isinstance(member, griffe.Module):
            found.extend(_classes(member))
    return found

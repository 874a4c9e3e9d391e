"""The OpenAPI document shipped in the generated package, read once, and its operations by operationId.

The tool table is derived from this file at start-up, so a change to `openapi/keitaro.yaml`
(copied into the package by `make regen`) changes the tools without hand edits.
"""

from __future__ import annotations

import functools
import importlib.resources
from dataclasses import dataclass
from typing import Any

import yaml

__all__ = ["SpecOperation", "load_spec", "spec_operations"]

_METHODS = ("get", "put", "post", "delete", "patch")


@functools.cache
def load_spec() -> dict[str, Any]:
    """The parsed document (the C loader when PyYAML has it: it is several times faster)."""
    text = (importlib.resources.files("keitaro_admin_client") / "openapi.yaml").read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    spec: dict[str, Any] = yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader, chosen above
    return spec


@dataclass(frozen=True)
class SpecOperation:
    """One operation as the document writes it: its own keys and the parameters of its path item."""

    method: str
    path: str
    raw: dict[str, Any]
    path_parameters: tuple[dict[str, Any], ...]

    @property
    def parameters(self) -> list[dict[str, Any]]:
        return [*self.path_parameters, *self.raw.get("parameters", [])]


@functools.cache
def spec_operations() -> dict[str, SpecOperation]:
    """Every operation of the document, keyed by operationId."""
    found = {}
    for path, item in load_spec()["paths"].items():
        shared = tuple(item.get("parameters", []))
        for method in _METHODS:
            if method in item:
                op = item[method]
                found[op["operationId"]] = SpecOperation(method.upper(), path, op, shared)
    return found

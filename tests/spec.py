"""The project's OpenAPI document, loaded once for the tests that check things against it."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "keitaro.yaml"
METHODS = ("get", "put", "post", "delete", "patch")


@functools.cache
def load_spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as handle:
        spec: dict[str, Any] = yaml.safe_load(handle)
    return spec


def spec_operations() -> list[tuple[str, str, dict[str, Any]]]:
    """(METHOD, path, operation) for every operation of the spec."""
    return [
        (method.upper(), path, item[method])
        for path, item in load_spec()["paths"].items()
        for method in METHODS
        if method in item
    ]


def snake(operation_id: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()

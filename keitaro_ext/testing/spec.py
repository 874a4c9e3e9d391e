"""The OpenAPI document the fake follows, read from the installed `keitaro_admin_client` package.

Everything the fake knows about paths, parameters, bodies and response statuses comes from
here, so a change to `openapi/keitaro.yaml` (shipped into the package by `make regen`) changes
the fake without hand edits.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import importlib.resources
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml
from jsonschema.protocols import Validator
from openapi_schema_validator import OAS30ReadValidator, OAS30WriteValidator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

API_PREFIX = "/admin_api/v1"
_RESOURCE = "keitaro-spec"
_METHODS = ("get", "put", "post", "delete", "patch")


@functools.cache
def load_spec() -> dict[str, Any]:
    """Parse the package's copy of the spec once per process."""
    text = (importlib.resources.files("keitaro_admin_client") / "openapi.yaml").read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    spec: dict[str, Any] = yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader, chosen above
    return spec


_NULL = {"nullable": True, "enum": [None]}


def _lenient(node: Any) -> Any:
    """Let `nullable` also admit null where it stands beside `oneOf`/`allOf` instead of `type`.

    OpenAPI 3.0.3 applies `nullable` only to a `type` in the same schema; the document (and the
    generated client) mean such fields to be nullable, so requests may send null there.
    """
    if isinstance(node, list):
        return [_lenient(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: _lenient(value) for key, value in node.items()}
    if node.get("nullable") and "type" not in node and ({"oneOf", "allOf", "anyOf"} & node.keys()):
        inner = {key: value for key, value in node.items() if key != "nullable"}
        return {"anyOf": [_NULL, inner]}
    return node


@functools.cache
def _registry(lenient: bool) -> Registry[Any]:
    spec = _lenient(load_spec()) if lenient else load_spec()
    resource: Resource[Any] = Resource.from_contents(spec, default_specification=DRAFT4)
    registry: Registry[Any] = Registry().with_resource(_RESOURCE, resource)
    return registry


def _absolute(node: Any) -> Any:
    """Point the local `#/...` references of an inline schema at the registered spec."""
    if isinstance(node, dict):
        return {
            key: (
                _RESOURCE + value
                if key == "$ref" and isinstance(value, str) and value.startswith("#")
                else _absolute(value)
            )
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_absolute(item) for item in node]
    return node


def schema_validator(schema: Mapping[str, Any], *, read: bool = False) -> Validator:
    """A reusable validator for a schema of the spec.

    `read=True` checks answers strictly by OpenAPI 3.0.3; requests are checked leniently
    about null (see `_lenient`), since the generated client may send null for such fields.
    """
    cls = OAS30ReadValidator if read else OAS30WriteValidator
    root = _absolute(copy.deepcopy(dict(schema)))
    validator: Validator = cls(root if read else _lenient(root), registry=_registry(lenient=not read))
    return validator


def resolve(node: Mapping[str, Any]) -> dict[str, Any]:
    """Follow `$ref` (and single-entry `allOf`) to the schema or component it names."""
    spec = load_spec()
    current: Any = node
    while True:
        if "$ref" in current:
            target: Any = spec
            for part in current["$ref"].lstrip("#/").split("/"):
                target = target[part]
            current = target
        elif "allOf" in current and len(current["allOf"]) == 1 and "properties" not in current:
            current = current["allOf"][0]
        else:
            return dict(current)


def component(name: str) -> dict[str, Any]:
    """A schema of `components.schemas` by name."""
    schema: dict[str, Any] = load_spec()["components"]["schemas"][name]
    return schema


def enum_values(name: str) -> tuple[str, ...]:
    """The values of an enum component, e.g. `ReportMetric`."""
    return tuple(component(name)["enum"])


@dataclass(frozen=True)
class Param:
    """A path or query parameter with its resolved schema and a compiled validator."""

    name: str
    location: str
    required: bool
    kind: str
    validator: Validator
    seen: dict[str, tuple[bool, Any]] = field(default_factory=dict, compare=False, repr=False)  # see `_checked`


@dataclass(frozen=True)
class SpecOperation:
    """One operation of the spec with everything request handling needs, compiled once."""

    operation_id: str
    method: str
    path: str
    pattern: re.Pattern[str]
    slashes: int  # how many "/" a path this operation matches has
    params: tuple[Param, ...]
    body_validator: Validator | None
    body_required: bool
    statuses: frozenset[int]
    success_status: int
    raw: dict[str, Any] = field(repr=False)

    def declares(self, status: int) -> bool:
        return status in self.statuses


def _param(raw: Mapping[str, Any]) -> Param:
    node = resolve(raw)
    schema = node.get("schema", {})
    kind = resolve(schema).get("type", "string")
    return Param(node["name"], node["in"], bool(node.get("required")), kind, schema_validator(schema))


def _pattern(path: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", path)
    regex = "".join(f"(?P<{part[1:-1]}>[^/]+)" if part.startswith("{") else re.escape(part) for part in parts)
    return re.compile(regex + "$")


def _operation(path: str, method: str, item: Mapping[str, Any], op: dict[str, Any]) -> SpecOperation:
    params = tuple(_param(raw) for raw in [*item.get("parameters", []), *op.get("parameters", [])])
    body = op.get("requestBody")
    body_validator = None
    if body is not None:
        body = resolve(body)
        body_validator = schema_validator(body["content"]["application/json"]["schema"])
    statuses = frozenset(int(code) for code in op["responses"])
    success = min(code for code in statuses if 200 <= code < 300)
    return SpecOperation(
        operation_id=op["operationId"],
        method=method.upper(),
        path=path,
        pattern=_pattern(path),
        slashes=path.count("/"),
        params=params,
        body_validator=body_validator,
        body_required=bool(body and body.get("required")),
        statuses=statuses,
        success_status=success,
        raw=op,
    )


def keep(cache: dict[Any, Any], key: Any, value: Any, size: int) -> None:
    """Put `key` in a cache of at most `size` entries, dropping the oldest first.

    Fakes in several threads share the process-wide caches: each step is one dict operation, and
    a race on which entry is oldest only means another entry goes, never a wrong one is kept.
    """
    while len(cache) >= size:
        with contextlib.suppress(KeyError, RuntimeError, StopIteration):  # another thread changed it meanwhile
            del cache[next(iter(cache))]
    cache[key] = value


ROUTE_CACHE_SIZE = 4096  # routed (method, path) pairs kept per process; the oldest go first
ROUTE_CACHE_PATH = 200  # longer paths are routed every time, so the cache stays small


@dataclass(frozen=True)
class SpecIndex:
    """All operations of the spec, with literal paths tried before templated ones.

    The index never changes once built (one per process, see `spec_index`), so what a method and
    a path route to never changes either: `routes` remembers it (see `validation.route`).
    """

    operations: tuple[SpecOperation, ...]
    routes: dict[tuple[str, str], Any] = field(default_factory=dict, compare=False, repr=False)

    def candidates(self, path: str) -> list[tuple[SpecOperation, dict[str, str]]]:
        found = []
        first = path.strip("/").split("/", 1)[0]
        slashes = path.count("/")
        for op in self._by_first_segment.get(first, self._templated_first):
            if op.slashes != slashes:  # a template's slashes are literal and `{name}` matches no slash
                continue
            match = op.pattern.match(path)
            if match:
                found.append((op, match.groupdict()))
        return found

    def remember(self, key: tuple[str, str], found: Any) -> None:
        """Keep a routing result for a short path, dropping the oldest past `ROUTE_CACHE_SIZE`."""
        if len(key[1]) <= ROUTE_CACHE_PATH:
            keep(self.routes, key, found, ROUTE_CACHE_SIZE)

    @functools.cached_property
    def _templated_first(self) -> tuple[SpecOperation, ...]:
        return tuple(op for op in self.operations if _first_segment(op).startswith("{"))

    @functools.cached_property
    def _by_first_segment(self) -> dict[str, tuple[SpecOperation, ...]]:
        """Operations a path may match, by its first segment, in the order `operations` has them.

        Matching a request against every pattern of the spec cost more than answering it.
        """
        by_first: dict[str, list[SpecOperation]] = {}
        for op in self.operations:
            by_first.setdefault(_first_segment(op), [])
        for op in self.operations:
            first = _first_segment(op)
            for key, ops in by_first.items():
                if first == key or first.startswith("{"):
                    ops.append(op)
        return {key: tuple(ops) for key, ops in by_first.items()}

    def by_id(self) -> dict[str, SpecOperation]:
        return {op.operation_id: op for op in self.operations}


def _first_segment(op: SpecOperation) -> str:
    return op.path.strip("/").split("/", 1)[0]


def _specificity(op: SpecOperation) -> tuple[int, int]:
    segments = op.path.strip("/").split("/")
    return (-sum(not segment.startswith("{") for segment in segments), len(segments))


@functools.cache
def spec_index() -> SpecIndex:
    """Compile every operation once per process; validators are reused by every fake."""
    spec = load_spec()
    ops = [
        _operation(path, method, item, item[method])
        for path, item in spec["paths"].items()
        for method in _METHODS
        if method in item
    ]
    ops.sort(key=_specificity)
    return SpecIndex(tuple(ops))


def response_schema(op: SpecOperation, status: int) -> tuple[str | None, dict[str, Any] | None]:
    """Content type and schema the spec gives for one answer of an operation (None: no body)."""
    response = resolve(op.raw["responses"][str(status)])
    content: dict[str, Any] = response.get("content") or {}
    for content_type, media in content.items():
        return content_type, media.get("schema", {})
    return None, None

"""OpenAPI 3.0 schemas of the spec as self-contained JSON Schemas (2020-12) for tool arguments.

MCP clients differ in what they resolve, so references are inlined rather than kept as `$defs`;
OpenAPI-only keywords become their JSON Schema spelling (`nullable` -> a null type,
boolean `exclusiveMinimum` -> a number) or are dropped (`x-*`, `example`, `discriminator`).

Written by hand as openapi/runtime/json_schema.py and copied into the facade by scripts/gen_facade.py,
which uses it to render the MCP tool table (facade/mcp_tools.py); edit it there, never in generated/.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["json_schema", "resolve"]

# Keywords with no meaning to a tool caller, or none in JSON Schema.
_DROPPED = frozenset({"example", "discriminator", "xml", "externalDocs", "nullable", "readOnly", "writeOnly"})


def resolve(spec: Mapping[str, Any], node: Mapping[str, Any]) -> dict[str, Any]:
    """Follow a `$ref` (and any chain of them) to the object it names."""
    seen: set[str] = set()
    current: Mapping[str, Any] = node
    while "$ref" in current:
        ref = current["$ref"]
        if ref in seen:
            raise ValueError(f"the reference {ref} of the spec points back at itself")
        seen.add(ref)
        target: Any = spec
        for part in ref.removeprefix("#/").split("/"):
            target = target[part]
        current = target
    return dict(current)


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    kind = schema.get("type")
    if isinstance(kind, str):
        schema["type"] = [kind, "null"]
        if "enum" in schema:
            schema["enum"] = [*schema["enum"], None]
        return schema
    return {"anyOf": [schema, {"type": "null"}]}


def _exclusive(schema: dict[str, Any]) -> None:
    for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
        if schema.get(exclusive) is True and bound in schema:
            schema[exclusive] = schema.pop(bound)
        elif isinstance(schema.get(exclusive), bool):
            del schema[exclusive]


def _is_object(schema: Mapping[str, Any]) -> bool:
    return schema.get("type", "object") == "object" and not ({"anyOf", "oneOf", "enum"} & schema.keys())


def _merge_objects(schema: dict[str, Any]) -> dict[str, Any]:
    """`allOf` of objects as one object: clients show the fields of a flat object, few read `allOf`."""
    merged: dict[str, Any] = {key: value for key, value in schema.items() if key != "allOf"}
    properties: dict[str, Any] = {}
    required: list[str] = []
    for member in schema["allOf"]:
        member = _merge_objects(member) if "allOf" in member else member
        properties.update(member.get("properties", {}))
        required += [name for name in member.get("required", []) if name not in required]
        for key, value in member.items():
            if key not in ("properties", "required", "type"):
                merged.setdefault(key, value)
    properties.update(schema.get("properties", {}))
    merged["type"] = "object"
    if properties:
        merged["properties"] = properties
    if required:
        merged["required"] = [name for name in required if name in properties] if properties else required
    return merged


def json_schema(spec: Mapping[str, Any], node: Mapping[str, Any], *, request: bool = True) -> dict[str, Any]:
    """The JSON Schema of one spec schema, references inlined; `request` drops read-only properties."""
    return _convert(spec, node, request, ())


def _convert(spec: Mapping[str, Any], node: Mapping[str, Any], request: bool, trail: tuple[str, ...]) -> dict[str, Any]:
    ref = node.get("$ref")
    if isinstance(ref, str):
        if ref in trail:  # a recursive schema: stop here, any value is allowed
            return {"description": f"(recursive: the same shape as {ref.rsplit('/', 1)[-1]})"}
        target = resolve(spec, {"$ref": ref})
        siblings = {key: value for key, value in node.items() if key != "$ref"}
        return _convert(spec, {**target, **siblings}, request, (*trail, ref))
    out: dict[str, Any] = {
        key: _convert_value(spec, key, value, request, trail)
        for key, value in node.items()
        if key not in _DROPPED and not key.startswith("x-")
    }
    out = _simplified(out)
    _exclusive(out)
    return _nullable(out) if node.get("nullable") else out


def _convert_value(spec: Mapping[str, Any], key: str, value: Any, request: bool, trail: tuple[str, ...]) -> Any:
    """One keyword of a schema, with the schemas inside it converted."""
    if key == "properties":
        return {
            name: _convert(spec, sub, request, trail)
            for name, sub in value.items()
            if not (request and resolve(spec, sub).get("readOnly"))
        }
    if key in ("items", "additionalProperties", "not") and isinstance(value, Mapping):
        return _convert(spec, value, request, trail)
    if key in ("allOf", "anyOf", "oneOf"):
        return [_convert(spec, sub, request, trail) for sub in value]
    return value


def _simplified(out: dict[str, Any]) -> dict[str, Any]:
    """Required names only of kept properties; a lone `allOf` unwrapped; an `allOf` of objects merged."""
    if "required" in out and "properties" in out:
        out["required"] = [name for name in out["required"] if name in out["properties"]]
        if not out["required"]:
            del out["required"]
    if len(out.get("allOf", ())) == 1 and not ({"properties", "type"} & out.keys()):
        only = out.pop("allOf")[0]  # the spec's way to put a description beside a $ref
        return {**only, **out}
    if "allOf" in out and all(_is_object(member) for member in out["allOf"]):
        return _merge_objects(out)
    return out

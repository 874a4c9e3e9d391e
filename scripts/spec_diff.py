"""Compare an upstream Keitaro OpenAPI document with ours, operation by operation.

Schema names differ between the two documents (ours are renamed and repaired), so fields are
compared through the operations that use them: parameters, request body fields and success
response fields, with `$ref` and `allOf` resolved. Exit status: 0 when nothing differs, 1 when
something does, 2 when a document cannot be read.

Usage: spec_diff.py UPSTREAM [OURS]   (UPSTREAM may be a file, JSON or YAML, or an http(s) URL)
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import yaml

METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
DEFAULT_OURS = Path(__file__).resolve().parent.parent / "openapi" / "keitaro.yaml"
Spec = dict[str, Any]


def load(source: str) -> Spec:
    if source.startswith(("http://", "https://")):
        response = httpx.get(source, timeout=30, follow_redirects=True)
        response.raise_for_status()
        raw = response.text
    else:
        raw = Path(source).read_text(encoding="utf-8")
    document = json.loads(raw) if raw.lstrip().startswith("{") else yaml.safe_load(raw)
    if not isinstance(document, dict) or "paths" not in document:
        raise ValueError(f"{source} is not an OpenAPI document (no 'paths')")
    return document


def resolve(spec: Spec, schema: Any, depth: int = 0) -> dict[str, Any]:
    """Follow $ref and merge allOf, so both documents compare by structure, not by names."""
    if not isinstance(schema, dict) or depth > 20:
        return {}
    if "$ref" in schema:
        node: Any = spec
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node.get(part, {}) if isinstance(node, dict) else {}
        return resolve(spec, node, depth + 1)
    if "allOf" in schema:
        merged: dict[str, Any] = {"properties": {}, "required": []}
        for part in schema["allOf"]:
            resolved = resolve(spec, part, depth + 1)
            merged["properties"].update(resolved.get("properties", {}))
            merged["required"] += resolved.get("required", [])
            for key in ("type", "items"):
                if key in resolved:
                    merged.setdefault(key, resolved[key])
        return merged
    return schema


def type_of(spec: Spec, schema: Any) -> str:
    resolved = resolve(spec, schema)
    for key in ("oneOf", "anyOf"):
        if key in resolved:
            return " | ".join(sorted({type_of(spec, option) for option in resolved[key]}))
    kind = str(resolved.get("type", "object" if "properties" in resolved else "any"))
    if kind == "array":
        return f"array[{type_of(spec, resolved.get('items', {}))}]"
    return kind


def fields(spec: Spec, schema: Any) -> dict[str, str]:
    """Top-level fields of a body, looking through one array level (lists of entities)."""
    resolved = resolve(spec, schema)
    if resolved.get("type") == "array":
        resolved = resolve(spec, resolved.get("items", {}))
    required = set(resolved.get("required", []))
    return {
        name: type_of(spec, prop) + (" (required)" if name in required else "")
        for name, prop in (resolved.get("properties") or {}).items()
    }


def operations(spec: Spec) -> dict[tuple[str, str], dict[str, Any]]:
    found = {}
    for path, item in spec["paths"].items():
        for method in METHODS:
            if isinstance(item, dict) and method in item:
                op = dict(item[method])
                op["parameters"] = list(item.get("parameters", [])) + list(op.get("parameters", []))
                found[(method.upper(), path)] = op
    return found


def parameters(spec: Spec, op: dict[str, Any]) -> dict[str, str]:
    result = {}
    for param in op.get("parameters", []):
        param = resolve(spec, param)
        if "name" in param:
            flag = " (required)" if param.get("required") else ""
            result[f"{param.get('in')}:{param['name']}"] = type_of(spec, param.get("schema", {})) + flag
    return result


def request_fields(spec: Spec, op: dict[str, Any]) -> dict[str, str]:
    body = resolve(spec, op.get("requestBody", {}))
    schema = (body.get("content") or {}).get("application/json", {}).get("schema")
    return fields(spec, schema) if schema else {}


def response_fields(spec: Spec, op: dict[str, Any]) -> dict[str, str]:
    for status, response in sorted((op.get("responses") or {}).items()):
        if str(status).startswith("2"):
            content = resolve(spec, response).get("content") or {}
            schema = content.get("application/json", {}).get("schema")
            return fields(spec, schema) if schema else {}
    return {}


def compare(label: str, upstream: dict[str, str], ours: dict[str, str]) -> Iterator[str]:
    for name in sorted(upstream.keys() - ours.keys()):
        yield f"  + {label} {name}: {upstream[name]} (upstream only)"
    for name in sorted(ours.keys() - upstream.keys()):
        yield f"  - {label} {name}: {ours[name]} (ours only)"
    for name in sorted(upstream.keys() & ours.keys()):
        if upstream[name] != ours[name]:
            yield f"  ~ {label} {name}: upstream {upstream[name]}, ours {ours[name]}"


def diff(upstream: Spec, ours: Spec) -> list[str]:
    theirs_ops, our_ops = operations(upstream), operations(ours)
    lines = [f"+ {m} {p} (upstream only)" for m, p in sorted(theirs_ops.keys() - our_ops.keys())]
    lines += [f"- {m} {p} (ours only)" for m, p in sorted(our_ops.keys() - theirs_ops.keys())]
    for key in sorted(theirs_ops.keys() & our_ops.keys()):
        theirs, mine = theirs_ops[key], our_ops[key]
        details = [
            *compare("parameter", parameters(upstream, theirs), parameters(ours, mine)),
            *compare("request field", request_fields(upstream, theirs), request_fields(ours, mine)),
            *compare("response field", response_fields(upstream, theirs), response_fields(ours, mine)),
        ]
        if details:
            lines += [f"~ {key[0]} {key[1]}", *details]
    return lines


def main(argv: list[str]) -> int:
    if len(argv) not in (1, 2):
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    try:
        upstream = load(argv[0])
        ours = load(argv[1] if len(argv) == 2 else str(DEFAULT_OURS))
    except (OSError, ValueError, yaml.YAMLError, httpx.HTTPError) as exc:
        print(f"spec-diff: cannot read a document: {exc}", file=sys.stderr)
        return 2
    lines = diff(upstream, ours)
    for line in lines:
        print(line)
    changed = sum(1 for line in lines if not line.startswith("  "))
    print(f"spec-diff: {changed} operation(s) differ" if lines else "spec-diff: no differences")
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

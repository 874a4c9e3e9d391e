"""OpenAPI 3.0 schemas become JSON Schemas that MCP clients read: references inlined, OpenAPI-only
keywords translated, the shapes checked against hand-written expectations."""

from __future__ import annotations

from typing import Any

import pytest
from jsonschema import Draft202012Validator
from keitaro_admin_client.facade.json_schema import json_schema

SPEC: dict[str, Any] = {
    "components": {
        "schemas": {
            "State": {"type": "string", "enum": ["active", "disabled"], "description": "On or off."},
            "Base": {
                "type": "object",
                "properties": {
                    "id": {"type": "integer", "readOnly": True},
                    "name": {"type": "string", "example": "Summer", "x-sdk": "name"},
                    "state": {"$ref": "#/components/schemas/State"},
                },
                "required": ["id"],
            },
            "Create": {"allOf": [{"$ref": "#/components/schemas/Base"}, {"type": "object", "required": ["name"]}]},
            "Node": {"type": "object", "properties": {"child": {"$ref": "#/components/schemas/Node"}}},
        }
    }
}


def test_nullable_becomes_a_null_type_and_null_enum_member() -> None:
    assert json_schema(SPEC, {"type": "string", "nullable": True}) == {"type": ["string", "null"]}
    converted = json_schema(SPEC, {"type": "string", "enum": ["a"], "nullable": True})
    assert converted == {"type": ["string", "null"], "enum": ["a", None]}
    beside_ref = json_schema(SPEC, {"nullable": True, "allOf": [{"$ref": "#/components/schemas/State"}]})
    assert beside_ref == {"type": ["string", "null"], "enum": ["active", "disabled", None], "description": "On or off."}
    one_of = json_schema(SPEC, {"nullable": True, "oneOf": [{"type": "string"}, {"type": "integer"}]})
    assert one_of == {"anyOf": [{"oneOf": [{"type": "string"}, {"type": "integer"}]}, {"type": "null"}]}


def test_all_of_objects_merge_into_one_flat_object_without_read_only_fields() -> None:
    create = json_schema(SPEC, {"$ref": "#/components/schemas/Create"})
    assert create["type"] == "object"
    assert set(create["properties"]) == {"name", "state"}  # `id` is readOnly: not an input
    assert create["required"] == ["name"]
    assert create["properties"]["name"] == {"type": "string"}  # example and x-* dropped
    assert create["properties"]["state"]["enum"] == ["active", "disabled"]
    validator = Draft202012Validator(create)
    assert validator.is_valid({"name": "X", "state": "active"})
    assert not validator.is_valid({"state": "active"}) and not validator.is_valid({"name": "X", "state": "on"})


def test_boolean_exclusive_bounds_become_numbers() -> None:
    assert json_schema(SPEC, {"type": "integer", "minimum": 0, "exclusiveMinimum": True}) == {
        "type": "integer",
        "exclusiveMinimum": 0,
    }
    assert json_schema(SPEC, {"type": "number", "maximum": 5, "exclusiveMaximum": False}) == {
        "type": "number",
        "maximum": 5,
    }


def test_a_recursive_schema_stops_instead_of_looping() -> None:
    node = json_schema(SPEC, {"$ref": "#/components/schemas/Node"})
    assert node["type"] == "object"
    assert "recursive" in node["properties"]["child"]["description"]
    Draft202012Validator.check_schema(node)


def test_a_reference_cycle_without_content_is_reported() -> None:
    spec = {
        "components": {"schemas": {"A": {"$ref": "#/components/schemas/B"}, "B": {"$ref": "#/components/schemas/A"}}}
    }
    with pytest.raises(ValueError, match="points back at itself"):
        json_schema(spec, {"$ref": "#/components/schemas/A"})

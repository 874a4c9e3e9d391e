"""OpenAPI 3.0 schemas as self-contained JSON Schemas for tool arguments: the converter `make regen`
renders the tool table with, shipped in the generated package (one copy of the code)."""

from keitaro_admin_client.facade.json_schema import json_schema, resolve

__all__ = ["json_schema", "resolve"]

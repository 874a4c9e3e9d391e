"""openapi/keitaro.yaml: complete, valid, consistently named, and free of the published file's defects."""

from __future__ import annotations

import re
from typing import Any

from openapi_spec_validator import validate

from tests.spec import ROOT, SPEC_PATH, load_spec, spec_operations

ADDED_SINCE_2022 = {("POST", "/campaigns/clean_archive")}


def keitaro_2022_operations() -> set[tuple[str, str]]:
    lines = (ROOT / "tests" / "data" / "keitaro_2022_operations.txt").read_text().splitlines()
    return {(line.split()[0], line.split()[1]) for line in lines if line and not line.startswith("#")}


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    spec = load_spec()
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    if "allOf" in node and len(node["allOf"]) == 1:
        return resolve(node["allOf"][0])
    return node


def success_schema(method: str, path: str) -> dict[str, Any]:
    op = load_spec()["paths"][path][method.lower()]
    status = next(code for code in op["responses"] if str(code).startswith("2"))
    return resolve(op["responses"][status]["content"]["application/json"]["schema"])


def test_document_is_valid_openapi() -> None:
    validate(load_spec())


def test_every_operation_of_the_2022_reference_and_the_newer_ones_is_present() -> None:
    ours = {(method, path) for method, path, _ in spec_operations()}
    expected = keitaro_2022_operations()
    assert len(expected) == 107
    assert expected - ours == set()
    assert ours >= ADDED_SINCE_2022


def test_operation_ids_are_unique_camel_case_and_sdk_methods_unique_per_tag() -> None:
    ids = [op["operationId"] for _, _, op in spec_operations()]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z]+(?:[A-Z][a-z0-9]*)+", op_id) for op_id in ids), ids
    tags = {tag["name"] for tag in load_spec()["tags"]}
    seen: set[tuple[str, str]] = set()
    for _, _, op in spec_operations():
        assert len(op["tags"]) == 1 and op["tags"][0] in tags
        assert op["x-sdk-method"].isidentifier()
        key = (op["tags"][0], op["x-sdk-method"])
        assert key not in seen, key
        seen.add(key)
        assert op["summary"] and not op["summary"].endswith(".")


def test_both_auth_schemes_are_declared_and_required() -> None:
    spec = load_spec()
    schemes = spec["components"]["securitySchemes"]
    assert schemes["ApiKeyAuth"] == {**schemes["ApiKeyAuth"], "type": "apiKey", "in": "header", "name": "Api-Key"}
    assert schemes["BearerAuth"]["type"] == "http" and schemes["BearerAuth"]["scheme"] == "bearer"
    assert {"ApiKeyAuth": []} in spec["security"] and {"BearerAuth": []} in spec["security"]


def test_report_rows_summary_and_meta_are_objects() -> None:
    for path in ("/report/build", "/clicks/log", "/conversions/log"):
        report = success_schema("POST", path)
        assert resolve(report["properties"]["rows"]["items"])["type"] == "object"
        assert resolve(report["properties"]["summary"])["type"] == "object"
        assert report["properties"]["meta"]["type"] == "object"


def test_report_request_accepts_both_dialects_and_paging_fields() -> None:
    request = load_spec()["components"]["schemas"]["ReportRequest"]["properties"]
    assert {"grouping", "metrics", "dimensions", "measures", "columns", "summary", "limit", "offset"} <= set(request)


def test_archive_and_restore_of_a_campaign_answer_with_a_campaign() -> None:
    for method, path in (("DELETE", "/campaigns/{id}"), ("POST", "/campaigns/{id}/restore")):
        assert "alias" in success_schema(method, path)["properties"]


def test_trigger_keeps_the_tracker_spelling_and_requests_use_target() -> None:
    schemas = load_spec()["components"]["schemas"]
    assert "taget" in schemas["Trigger"]["properties"]
    assert "target" in schemas["TriggerInput"]["properties"]


def test_no_inline_all_of_in_entity_properties() -> None:
    """Inline allOf objects made the generator drop models (User.access_data in the published file)."""
    for name, schema in load_spec()["components"]["schemas"].items():
        for prop_name, prop in (schema.get("properties") or {}).items():
            if "allOf" in prop:
                assert all("$ref" in part for part in prop["allOf"]), f"{name}.{prop_name}"


def test_group_id_has_one_type_on_read_and_write() -> None:
    schemas = load_spec()["components"]["schemas"]
    assert schemas["Campaign"]["properties"]["group_id"]["type"] == "integer"
    assert schemas["CampaignUpdate"]["properties"]["group_id"]["type"] == "integer"


def test_document_is_our_own_not_a_copy_of_the_published_file() -> None:
    text = SPEC_PATH.read_text(encoding="utf-8")
    assert "x-code-samples" not in text and "x-logo" not in text

"""Render the resource facade (`keitaro_admin_client/facade/`) from openapi/keitaro.yaml.

openapi-python-client gives one module per operation; users want `kt.campaigns.create(...)`.
This script reads the spec with the generator's own parser (so argument types match the generated
models exactly), takes the namespace method names from each operation's `x-sdk-method`, and renders
one module per tag with a sync, an async and a batch class, and the `keitaro` command table
(facade/cli_commands.py) from the same data, with no import of keitaro_ext. Run by scripts/regen.sh.

Usage: gen_facade.py SPEC GENERATOR_CONFIG PACKAGE_DIR
"""

from __future__ import annotations

import ast
import functools
import importlib.util
import inspect
import keyword
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from openapi_python_client import _get_document
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.properties import LiteralEnumProperty, ModelProperty
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.const import ConstProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty

TEMPLATES = Path(__file__).resolve().parent.parent / "openapi" / "templates" / "facade"
# Hand-written modules of the facade that vary with nothing in the spec: copied into it as they are.
RUNTIME = Path(__file__).resolve().parent.parent / "openapi" / "runtime"
METHODS = ("get", "put", "post", "delete", "patch")
# HTTP methods whose repetition cannot duplicate an effect. The one place this is written: rendered into
# facade/operations.py as RETRY_SAFE_METHODS, which keitaro_ext's transport and ad-hoc calls read.
RETRY_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RESERVED = {"self", "extra_body", "allow_unknown", "extra_query", "extra_headers", "timeout", "max_retries"}
# Public, resource-named aliases for the literal types the generator names after the write schema
# (`CampaignUpdateType`); signatures show these, and keitaro_ext.types re-exports them.
TYPE_ALIASES = {
    "CampaignUpdateType": "CampaignType",
    "CampaignUpdateState": "CampaignState",
    "CampaignUpdateCostType": "CostType",
    "CampaignUpdateBindVisitors": "BindVisitors",
    "StreamUpdateType": "StreamType",
    "StreamUpdateState": "StreamState",
    "StreamUpdateSchema": "StreamSchema",
    "OfferUpdateState": "OfferState",
    "OfferUpdatePayoutType": "PayoutType",
    "LandingPageUpdateState": "LandingPageState",
    "LandingPageUpdateLandingType": "LandingType",
    "LandingPageUpdateActionType": "LandingActionType",
    "DomainUpdateState": "DomainState",
    "ClickCostUpdateOnlyCampaignUniques": "OnlyCampaignUniques",
}
ANSWER_VARIANTS = ("object", "one-item-list", "empty")  # x-keitaro-answers: shapes of a 2xx body besides the schema


@dataclass(frozen=True)
class Kind:
    """One flavour of resource class: who runs the prepared call and what the method returns."""

    prefix: str
    caller: str
    returns: str  # "{T}" stands for the operation's model
    awaits: bool = False
    doc: str = ""


KINDS = (
    Kind("", "SyncCaller", "{T}"),
    Kind("Async", "AsyncCaller", "{T}", awaits=True),
    Kind("Batch", "BatchCaller", "BatchHandle[{T}]", doc=" Calls are recorded and run when the batch ends."),
    Kind(
        "Raw", "RawCaller", "RawResponse[{T}]", doc=" Each call returns the raw response; `.parse()` gives the model."
    ),
    Kind("AsyncRaw", "AsyncRawCaller", "RawResponse[{T}]", awaits=True, doc=" Each call returns the raw response."),
    Kind(
        "Streaming",
        "StreamingCaller",
        "AbstractContextManager[StreamedResponse[{T}]]",
        doc=" Each call is a context manager over the unread answer.",
    ),
    Kind(
        "AsyncStreaming",
        "AsyncStreamingCaller",
        "AbstractAsyncContextManager[AsyncStreamedResponse[{T}]]",
        doc=" Each call is an async context manager over the unread answer.",
    ),
)


@dataclass
class Param:
    name: str  # python name
    json_name: str
    annotation: str
    default: str | None
    kind: str  # "path", "query" or "body"
    value: tuple[str, bool, tuple[Any, ...], str] = ("json", False, (), "str")  # see `value_kind`
    schema: dict[str, Any] = field(default_factory=dict)  # the raw spec schema, for the docstring


@dataclass
class Op:
    operation_id: str
    tag: str
    module: str
    constant: str
    method_name: str
    http_method: str
    path: str
    summary: str
    description: str
    retry_safe: bool
    success_status: int
    accept: str
    return_type: str
    params: list[Param]
    body_class: str | None = None
    body_module: str | None = None
    answers: tuple[str, ...] = ()
    json_strings: tuple[str, ...] = ()

    @property
    def positional(self) -> list[Param]:
        return [p for p in self.params if p.kind == "path"]

    @property
    def keyword(self) -> list[Param]:
        return [p for p in self.params if p.kind != "path"]


@dataclass
class Tag:
    name: str
    class_name: str
    description: str
    ops: list[Op] = field(default_factory=list)
    type_imports: set[str] = field(default_factory=set)


def fail(message: str) -> NoReturn:
    sys.exit(f"gen_facade: {message}")


def code(value: Any) -> str:
    return str(value.as_unembedded_code())


def text(value: Any) -> str:
    return str(value.get_untrusted_value()) if hasattr(value, "get_untrusted_value") else str(value)


def pascal(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


def annotate(type_string: str, models: set[str]) -> str:
    """Let model-typed arguments also take plain mappings, and keep `list` safe inside classes."""

    def widen(match: re.Match[str]) -> str:
        name = match.group(0)
        return f"{name} | Mapping[str, Any]" if name in models else name

    widened = re.sub(r"\b[A-Z]\w*\b", widen, type_string)
    # Arguments take any sequence: `list` is invariant, so a `list[dict[str, int]]` variable would not fit.
    return re.sub(r"(?<![\w.])list\[", "Sequence[", widened)


def model_imports(prop: Any) -> set[str]:
    lines = prop.get_imports(prefix="..") | prop.get_lazy_imports(prefix="..")
    wanted = {line for line in lines if line.startswith("from ..models.") and " import check_" not in line}
    out = set()
    for line in wanted:
        name = line.rsplit(" import ", 1)[1]
        if name in TYPE_ALIASES:
            ALIAS_SOURCES[name] = line
            line = f"from .types import {TYPE_ALIASES[name]}"
        out.add(line)
    return out


ALIAS_SOURCES: dict[str, str] = {}  # generated name -> its import line, filled while building


def public_names(annotation: str) -> str:
    return re.sub(r"\b[A-Z]\w*\b", lambda m: TYPE_ALIASES.get(m.group(0), m.group(0)), annotation)


def default_of(prop: Any) -> str | None:
    rendered = code(prop.to_string())
    return rendered.split(" = ", 1)[1] if " = " in rendered else None


def resolve(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """A schema with `$ref`s followed and `allOf` parts merged (properties, required, description)."""
    while "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    if "allOf" in schema:
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        for part in schema["allOf"]:
            part = resolve(document, part)
            merged.setdefault("properties", {}).update(part.get("properties", {}))
            merged["required"] = [*merged.get("required", []), *part.get("required", [])]
            for key in ("type", "enum", "format", "items", "nullable"):
                if key in part:
                    merged.setdefault(key, part[key])
            if "description" in part:
                merged.setdefault("description", part["description"])
        return merged
    return schema


def raw_fields(document: dict[str, Any], raw: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """(kind, json name) -> raw schema of every parameter and body field, description included."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for parameter in raw.get("parameters", []):
        while "$ref" in parameter:
            parameter = document["components"]["parameters"][parameter["$ref"].rsplit("/", 1)[1]]
        schema = dict(resolve(document, parameter.get("schema", {})))
        if parameter.get("description"):
            schema["description"] = parameter["description"]
        out[(parameter["in"], parameter["name"])] = schema
    body = raw.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
    if body:
        for name, prop in resolve(document, body).get("properties", {}).items():
            resolved = dict(resolve(document, prop))
            for key in ("description", "nullable", "default"):
                if key in prop:
                    resolved[key] = prop[key]
            out[("body", name)] = resolved
    return out


def load(spec_path: Path, config_path: Path) -> tuple[GeneratorData, dict[str, Any]]:
    config = Config.from_sources(ConfigFile.load_from_path(config_path), MetaType.NONE, spec_path, "utf-8", True, None)
    document = _get_document(source=spec_path, timeout=5)
    if isinstance(document, GeneratorError):
        sys.exit(f"gen_facade: {document.detail}")
    data = GeneratorData.from_dict(document, config=config)
    if isinstance(data, GeneratorError):
        sys.exit(f"gen_facade: {data.detail}")
    return data, document


def build_tags(data: GeneratorData, document: dict[str, Any]) -> list[Tag]:
    models = {text(m.class_info.name) for m in data.models}
    raw_ops = raw_operations(document)
    by_function = {re.sub(r"(?<!^)(?=[A-Z])", "_", op_id).lower(): op_id for op_id in raw_ops}
    descriptions = {t["name"]: t.get("description", "") for t in document.get("tags", [])}

    tags: list[Tag] = []
    for tag_name, collection in sorted(data.endpoint_collections_by_tag.items()):
        name = str(tag_name)
        tag = Tag(name=name, class_name=pascal(name) + "Resource", description=descriptions.get(name, ""))
        seen: set[str] = set()
        for endpoint in collection.endpoints:
            op_id = by_function.get(str(endpoint.name))
            if op_id is None:
                fail(f"cannot map generated function {endpoint.name} back to an operationId")
            raw = raw_ops[op_id]
            method_name = sdk_method(raw, op_id, seen, name)
            op = build_op(tag, endpoint, raw, op_id, method_name, models)
            describe(document, raw, op)
            tag.ops.append(op)
        tag.ops.sort(key=lambda op: op.method_name)
        tags.append(tag)
    return tags


def raw_operations(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """operationId -> the spec's operation, with its HTTP method and path added as `_method` and `_path`."""
    raw_ops: dict[str, dict[str, Any]] = {}
    for path, item in document["paths"].items():
        for method in METHODS:
            if method in item:
                raw = item[method]
                raw_ops[raw["operationId"]] = {**raw, "_method": method.upper(), "_path": path}
    return raw_ops


def sdk_method(raw: dict[str, Any], op_id: str, seen: set[str], tag_name: str) -> str:
    """The operation's `x-sdk-method`, checked to be an identifier not used before in its tag (`seen`)."""
    method_name = raw.get("x-sdk-method")
    if not method_name or not method_name.isidentifier() or keyword.iskeyword(method_name):
        fail(f"{op_id}: x-sdk-method must be a Python identifier, got {method_name!r}")
    if method_name in seen:
        fail(f"{op_id}: x-sdk-method {method_name!r} is used twice in tag {tag_name}")
    seen.add(method_name)
    return str(method_name)


def describe(document: dict[str, Any], raw: dict[str, Any], op: Op) -> None:
    """Add what the spec says beyond the generator: parameter schemas for docstrings, extra answer shapes."""
    schemas = raw_fields(document, raw)
    for param in op.params:
        param.schema = schemas.get((param.kind, param.json_name), {})
    op.answers, op.json_strings = answer_shapes(document, raw, op_id=op.operation_id)
    if "empty" in op.answers and op.return_type != "None":
        op.return_type += " | None"


def build_op(tag: Tag, endpoint: Any, raw: dict[str, Any], op_id: str, method_name: str, models: set[str]) -> Op:
    """One operation of the facade: its arguments, its success answer and how to call it."""
    params = [argument(tag, prop, kind, models) for kind, prop in url_props(endpoint)]
    body = json_body(endpoint, op_id)
    if body is not None:
        params += [argument(tag, prop, "body", models) for prop in body_props(body)]
    check_names(op_id, params)
    success = success_status(raw, op_id)
    return Op(
        operation_id=op_id,
        tag=tag.name,
        module=str(endpoint.name),
        constant=str(endpoint.name).upper(),
        method_name=method_name,
        http_method=raw["_method"],
        path=raw["_path"],
        summary=raw.get("summary", ""),
        description=raw.get("description", ""),
        retry_safe=raw["_method"] in RETRY_SAFE_METHODS or bool(raw.get("x-keitaro-retry-safe")),
        success_status=success,
        accept=accept_of(raw, success),
        return_type=re.sub(r"(?<![\w.])list\[", "builtins.list[", answer_type(tag, endpoint, raw, success)),
        params=params,
        body_class=None if body is None else text(body.class_info.name),
        body_module=None if body is None else str(body.class_info.module_name),
    )


def url_props(endpoint: Any) -> list[tuple[str, Any]]:
    """The path parameters, then the query parameters, each with its kind."""
    return [("path", p) for p in endpoint.path_parameters] + [("query", p) for p in endpoint.query_parameters]


def json_body(endpoint: Any, op_id: str) -> Any:
    """The operation's one JSON object body model, or None."""
    if not endpoint.bodies:
        return None
    if len(endpoint.bodies) != 1 or not isinstance(endpoint.bodies[0].prop, ModelProperty):
        fail(f"{op_id}: the facade supports one JSON object body per operation")
    return endpoint.bodies[0].prop


def body_props(body: Any) -> list[Any]:
    return [*(body.required_properties or []), *(body.optional_properties or [])]


def argument(tag: Tag, prop: Any, kind: str, models: set[str]) -> Param:
    """One argument of a facade method; the models its annotation names are imported by the tag module."""
    tag.type_imports |= model_imports(prop)
    return Param(
        name=str(prop.python_name),
        json_name=text(prop.name),
        annotation=public_names(annotate(code(prop.get_type_string()), models)),
        default=default_of(prop),
        kind=kind,
        value=value_kind(prop),
    )


SCALARS = {IntProperty: "int", FloatProperty: "float", StringProperty: "str", BooleanProperty: "bool"}
ITEMS = {IntProperty: "int", FloatProperty: "float", StringProperty: "str"}


def value_kind(prop: Any) -> tuple[str, bool, tuple[Any, ...], str]:
    """How a command line takes an argument: (kind, may be null, allowed values, list item type).

    Scalars, enums (`choice`) and lists of int, float or str are plain options; anything else
    (models, dates, unions of several types) is given as JSON text.
    """
    members = list(prop.inner_properties) if isinstance(prop, UnionProperty) else [prop]
    nullable = any(isinstance(member, NoneProperty) for member in members)
    # One annotation member per distinct type, as the signature (and typing) has them.
    rest = {code(m.get_type_string(no_optional=True)): m for m in members if not isinstance(m, NoneProperty)}
    if len(rest) != 1:
        return ("json", nullable, (), "str")
    (only,) = rest.values()
    if type(only) in SCALARS:
        return (SCALARS[type(only)], nullable, (), "str")
    if isinstance(only, LiteralEnumProperty):
        return ("choice", nullable, tuple(sorted(only.values)), "str")  # the Literal's order (literal_enum)
    if isinstance(only, ConstProperty):
        return ("choice", nullable, (ast.literal_eval(code(only.value.python_code)),), "str")
    if isinstance(only, ListProperty) and type(only.inner_property) in ITEMS:
        return ("list", nullable, (), ITEMS[type(only.inner_property)])
    return ("json", nullable, (), "str")


def check_names(op_id: str, params: list[Param]) -> None:
    names = [p.name for p in params]
    clashes = {n for n in names if names.count(n) > 1} | (set(names) & RESERVED)
    if clashes:
        fail(f"{op_id}: argument names clash: {sorted(clashes)}")


def success_status(raw: dict[str, Any], op_id: str) -> int:
    """The lowest 2xx status the spec lists: the answer the facade parses."""
    success = sorted(int(code_) for code_ in raw["responses"] if str(code_).startswith("2"))
    if not success:
        fail(f"{op_id}: no 2xx response")
    return success[0]


def answer_type(tag: Tag, endpoint: Any, raw: dict[str, Any], success: int) -> str:
    """The type the generated parser gives for the success answer ("None" when it has no content)."""
    returns = "None"
    for response in endpoint.responses.patterns:
        low, _high = response.status_code.range
        if low == success and "content" in raw["responses"][str(success)]:
            returns = code(response.prop.get_type_string())
            tag.type_imports |= model_imports(response.prop)
    if returns == "File":
        tag.type_imports.add("from ..types import File")
    return returns


def accept_of(raw: dict[str, Any], success: int) -> str:
    content_types = list(raw["responses"][str(success)].get("content", {}))
    return content_types[0] if content_types else "application/json"


def answer_shapes(document: dict[str, Any], raw: dict[str, Any], op_id: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The extra body shapes an operation's answer may take, and its fields that may arrive JSON-encoded."""
    answers = tuple(raw.get("x-keitaro-answers", ()))
    unknown = set(answers) - set(ANSWER_VARIANTS)
    if unknown:
        fail(f"{op_id}: x-keitaro-answers takes {list(ANSWER_VARIANTS)}, got {sorted(unknown)}")
    success = min((str(c) for c in raw["responses"] if str(c).startswith("2")), key=int)
    schema = raw["responses"][success].get("content", {}).get("application/json", {}).get("schema", {})
    schema = json_schemas().resolve(document, schema)
    if schema.get("type") == "array":
        schema = json_schemas().resolve(document, schema.get("items", {}))
    fields = tuple(
        sorted(name for name, prop in schema.get("properties", {}).items() if prop.get("x-keitaro-json-string"))
    )
    return answers, fields


def docstring(op: Op) -> str:
    """The docstring of a facade method as source text (inside triple quotes)."""
    return doc_text(op).replace("\\", "\\\\")


def doc_text(op: Op, python: bool = True) -> str:
    """The one place a facade method's docstring is built (Google style): summary, description,
    every parameter with its description, format, allowed values and default, then the request.
    `python=False` leaves out the Python arguments and return type (the CLI's options say those)."""
    lines = [op.summary.rstrip(".") + "."]
    if op.description:
        lines += ["", op.description.strip()]
    if python:
        lines += python_doc(op)
    lines += ["", f"`{op.http_method} {op.path}` ({op.operation_id})."]
    return "\n".join(lines).replace('"""', "'''")


def python_doc(op: Op) -> list[str]:
    """The Args and Returns sections of a facade method's docstring."""
    lines: list[str] = []
    args = [(p.name, param_text(p)) for p in op.params]
    if op.body_class:
        args.append(("extra_body", EXTRA_BODY_DOC))
        args.append(("allow_unknown", ALLOW_UNKNOWN_DOC))
    args += PER_CALL_DOCS
    if args:
        lines += ["", "Args:"]
        for name, text_ in args:
            lines.append(f"    {name}: {text_}")
    if op.return_type != "None":
        lines += ["", "Returns:", f"    {op.return_type}"]
    return lines


EXTRA_BODY_DOC = (
    "More JSON fields, sent as given (for fields this SDK does not model); a key one edit away from a "
    "known field is refused as a likely typo."
)
PER_CALL_DOCS = [
    ("extra_query", "More query parameters for this call, added to (and overriding) the generated ones."),
    ("extra_headers", "More headers for this call (the API key cannot be changed here)."),
    ("timeout", "Deadline of this call in seconds (retries and waits included), or an httpx.Timeout."),
    ("max_retries", "Retries for this call instead of the client's setting."),
]
ALLOW_UNKNOWN_DOC = "Send `extra_body` and nested keys that look like typos of known fields anyway."


def param_text(param: Param) -> str:
    schema = param.schema
    parts = [" ".join(str(schema.get("description", "")).split()).rstrip(".")]
    kind = schema.get("type")
    if kind == "array" and isinstance(schema.get("items"), dict):
        kind = f"list of {schema['items'].get('type', 'objects')}"
    if schema.get("format"):
        parts.append(f"Format: {schema['format']}")
    values = schema.get("enum")
    if values:
        parts.append("One of: " + ", ".join(repr(v) for v in values))
    if schema.get("nullable"):
        parts.append("May be None")
    if param.default is None and param.kind != "path":
        parts.append("Required")
    elif "default" in schema:
        parts.append(f"Tracker default: {schema['default']!r}")
    text_ = ". ".join(part for part in parts if part) + "."
    if not parts[0]:
        text_ = f"({kind or 'value'}) " + text_.lstrip(". ")
    return text_


def runtime_init() -> str:
    """The facade's `__init__.py`, an ordinary module; checked to export every kind's namespace mixin."""
    source = (RUNTIME / "facade_init.py").read_text(encoding="utf-8")
    names = [f"{kind.prefix or 'Sync'}Namespaces" for kind in KINDS]
    missing = [name for name in names if f'"{name}"' not in source]
    if missing:
        fail(f"openapi/runtime/facade_init.py does not export {missing}")
    return source


def render(tags: list[Tag], tools: dict[str, tuple[Any, ...]], out_dir: Path) -> None:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=StrictUndefined,
    )
    env.filters["docstring"] = docstring
    env.filters["pyrepr"] = repr
    env.filters["literal"] = literal
    out_dir.mkdir(parents=True, exist_ok=True)
    all_ops = [op for tag in tags for op in tag.ops]
    files = {
        "__init__.py": runtime_init(),
        "_protocols.py": (RUNTIME / "_protocols.py").read_text(encoding="utf-8"),
        "json_schema.py": (RUNTIME / "json_schema.py").read_text(encoding="utf-8"),
        "mcp_tools.py": env.get_template("mcp_tools.py.jinja").render(tools=tools),
        "operations.py": env.get_template("operations.py.jinja").render(
            tags=tags, ops=all_ops, retry_safe_methods=sorted(RETRY_SAFE_METHODS)
        ),
        "namespaces.py": env.get_template("namespaces.py.jinja").render(tags=tags, kinds=KINDS),
        "types.py": env.get_template("types.py.jinja").render(
            aliases=sorted((TYPE_ALIASES[name], name, line) for name, line in ALIAS_SOURCES.items())
        ),
    }
    groups, commands = cli_rows(tags)
    files["cli_commands.py"] = env.get_template("cli_commands.py.jinja").render(
        groups=groups, commands=commands, columns=CLI_FIELD_COLUMNS
    )
    module_template = env.get_template("resource_module.py.jinja")
    for tag in tags:
        files[f"{tag.name}.py"] = module_template.render(tag=tag, kinds=KINDS)
    for name, content in files.items():
        (out_dir / name).write_text(content, encoding="utf-8")


def literal(value: Any) -> str:
    """`repr` of a value for a generated table, checked to read back as the same value."""
    text_ = repr(value)
    if ast.literal_eval(text_) != value:
        fail(f"cannot write {value!r} into a generated table")
    return text_


def cli_field(param: Param) -> tuple[Any, ...]:
    """One row of CLI_FIELD_COLUMNS: what a signature says of an argument (a real default, not UNSET),
    and what the spec says it is, for the option's help."""
    kind, nullable, choices, item = param.value
    default = None if param.default in (None, "UNSET") else ast.literal_eval(str(param.default))
    required, positional = param.default is None, param.kind == "path"
    return (param.name, kind, nullable, choices, item, required, positional, default, first_sentence(param.schema))


def first_sentence(schema: dict[str, Any]) -> str:
    """What a field is, for a one-line option help: its description up to the first full stop (the
    spec puts evidence and edge cases after it; the docstrings keep the whole text)."""
    text_ = " ".join(str(schema.get("description", "")).split())
    return re.split(r"(?<!e\.g)(?<!i\.e)\.\s+(?=[A-Z`])", text_, maxsplit=1)[0].rstrip(".")


def cli_rows(tags: list[Tag]) -> tuple[dict[str, str], dict[str, list[tuple[Any, ...]]]]:
    """The command table's data: each tag's class docstring, and per operation (by method name)
    its operationId, argument rows, whether it takes a body, whether it downloads a file, its docstring,
    and its command help (the docstring without the Python arguments, which the options describe)."""
    groups = {tag.name: inspect.cleandoc(tag.description) or tag.name for tag in tags}
    commands = {tag.name: [cli_command(op) for op in tag.ops] for tag in tags}
    return groups, commands


def cli_command(op: Op) -> tuple[Any, ...]:
    fields = [cli_field(param) for param in op.params]
    doc, help_ = inspect.cleandoc(doc_text(op)), inspect.cleandoc(doc_text(op, python=False))
    return (op.operation_id, fields, op.body_class is not None, op.return_type == "File", doc, help_)


CLI_FIELD_COLUMNS = ("name", "kind", "nullable", "choices", "item", "required", "positional", "default", "help")


@functools.cache
def json_schemas() -> Any:
    """openapi/runtime/json_schema.py, the converter the facade ships, loaded from its file."""
    found = importlib.util.spec_from_file_location("facade_json_schema", RUNTIME / "json_schema.py")
    if found is None or found.loader is None:
        fail("cannot load openapi/runtime/json_schema.py")
    module = importlib.util.module_from_spec(found)
    found.loader.exec_module(module)
    return module


def mcp_tools(document: dict[str, Any], tags: list[Tag]) -> dict[str, tuple[Any, ...]]:
    """facade/mcp_tools.py's rows, by operationId (see its docstring)."""
    converter = json_schemas()
    raw_ops = raw_operations(document)
    ops = sorted((op for tag in tags for op in tag.ops), key=lambda op: op.operation_id)
    return {op.operation_id: mcp_tool(converter, document, raw_ops[op.operation_id], op) for op in ops}


def mcp_inputs(converter: Any, document: dict[str, Any], raw: dict[str, Any]) -> list[tuple[str, Any, str, bool]]:
    """(name, JSON Schema, location, required) of each parameter (the path item's first), then each body field."""
    found = []
    for parameter in [*document["paths"][raw["_path"]].get("parameters", []), *raw.get("parameters", [])]:
        parameter = converter.resolve(document, parameter)
        schema = converter.json_schema(document, parameter.get("schema", {}))
        if parameter.get("description"):
            schema = {**schema, "description": parameter["description"]}
        found.append((parameter["name"], schema, parameter["in"], bool(parameter.get("required"))))
    body = raw.get("requestBody")
    if body is not None:
        body = converter.resolve(document, body)
        schema = converter.json_schema(document, body["content"]["application/json"]["schema"])
        for wire, sub in schema.get("properties", {}).items():
            found.append((wire, sub, "body", bool(body.get("required")) and wire in schema.get("required", ())))
    return found


def mcp_tool(converter: Any, document: dict[str, Any], raw: dict[str, Any], op: Op) -> tuple[Any, ...]:
    """One operation's tool: its flat input schema, each argument's facade keyword, the answer's shape."""
    keywords = {(param.kind, param.json_name): param.name for param in op.params}
    properties: dict[str, Any] = {}
    required: list[str] = []
    arguments = []
    for wire, schema, location, needed in mcp_inputs(converter, document, raw):
        if wire in properties:
            fail(f"{op.operation_id}: {wire!r} is both a parameter and a body field")
        if (location, wire) not in keywords:
            fail(f"{op.operation_id}: the facade has no parameter for the spec's {wire!r}")
        properties[wire] = schema
        arguments.append((wire, keywords[(location, wire)], location))
        if needed:
            required.append(wire)
    input_schema: dict[str, Any] = {"type": "object", "properties": properties, "additionalProperties": False}
    if required:
        input_schema["required"] = required
    response = converter.resolve(document, raw["responses"][str(op.success_status)])
    media: dict[str, Any] = {}
    content_type, media = next(iter((response.get("content") or {}).items()), (None, media))
    answer = converter.resolve(document, media.get("schema", {}))
    returns_file = content_type is not None and not content_type.endswith("json")
    return (op.description, input_schema, tuple(arguments), answer.get("type") == "array", returns_file)


def main() -> None:
    if len(sys.argv) != 4:
        fail(__doc__.strip().splitlines()[-1])
    spec, config, package = (Path(arg) for arg in sys.argv[1:])
    data, document = load(spec, config)
    tags = build_tags(data, document)
    render(tags, mcp_tools(document, tags), package / "facade")


if __name__ == "__main__":
    main()

"""One page per namespace of the spec: every method, its Python signature, HTTP call and parameters.

The operations, their descriptions and parameters come from openapi/keitaro.yaml; the Python
signatures from the namespace classes a `Keitaro` client really exposes (so the handwritten
additions such as `campaigns.set_cost` are listed too, from their docstrings).
"""

from __future__ import annotations

import inspect
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from keitaro_admin_client.facade import operations
from keitaro_admin_client.facade._protocols import Operation

from keitaro_ext import Keitaro

HTTP_METHODS = ("get", "put", "post", "delete", "patch")


@dataclass
class SpecOperation:
    method: str
    path: str
    body: dict[str, Any]


@dataclass
class Namespace:
    tag: str
    title: str
    description: str
    operations: list[SpecOperation]

    @property
    def page(self) -> str:
        return f"resources/{self.tag}.md"


def load_spec(spec_path: Path) -> dict[str, Any]:
    with spec_path.open(encoding="utf-8") as handle:
        spec: dict[str, Any] = yaml.safe_load(handle)
    return spec


def namespaces(spec: dict[str, Any]) -> list[Namespace]:
    """The spec's tags in their declared order, each with its operations sorted by method name."""
    found: dict[str, list[SpecOperation]] = {}
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                op = item[method]
                found.setdefault(op["tags"][0], []).append(SpecOperation(method.upper(), path, op))
    result = []
    for tag in spec.get("tags", []):
        ops = sorted(found.get(tag["name"], []), key=lambda o: str(o.body["x-sdk-method"]))
        title = tag["name"].replace("_", " ").capitalize()
        result.append(Namespace(tag["name"], title, tag.get("description", ""), ops))
    return result


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = spec["components"]["schemas"][_ref_name(schema["$ref"])]
    return schema


def type_text(schema: dict[str, Any] | None) -> str:
    """A short, readable type: `int`, `list[Offer]`, `'active' | 'disabled'`, `str | null`."""
    if not schema:
        return "any"
    if "$ref" in schema:
        return _ref_name(schema["$ref"])
    text = _combined_text(schema)
    if text is not None:
        return f"{text} | null" if schema.get("nullable") else text
    if "enum" in schema:
        text = " | ".join(f"`{value!r}`" if isinstance(value, str) else f"`{value}`" for value in schema["enum"])
    else:
        text = _kind_text(schema)
    return f"{text} | null" if schema.get("nullable") else text


def _combined_text(schema: dict[str, Any]) -> str | None:
    """The parts of an allOf/oneOf/anyOf joined with `|`; None when the schema combines nothing."""
    for combiner in ("allOf", "oneOf", "anyOf"):
        if combiner in schema:
            parts = [type_text(part) for part in schema[combiner] if part]
            return " | ".join(dict.fromkeys(p for p in parts if p != "any")) or "any"
    return None


_TYPE_NAMES = {"integer": "int", "number": "float", "string": "str", "boolean": "bool", "object": "object"}


def _kind_text(schema: dict[str, Any]) -> str:
    """The Python name of a schema's `type` (a list of types, an array of items, a dated string)."""
    kind = schema.get("type", "any")
    if isinstance(kind, list):
        return " | ".join(_TYPE_NAMES.get(str(k), str(k)) for k in kind)
    if kind == "array":
        return f"list[{type_text(schema.get('items'))}]"
    text = _TYPE_NAMES.get(kind, kind)
    if schema.get("format") in ("date", "date-time"):
        text += f" ({schema['format']})"
    return str(text)


def _cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def _body_fields(spec: dict[str, Any], op: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], bool]]:
    content = op.get("requestBody", {}).get("content", {})
    media = content.get("application/json") or next(iter(content.values()), None)
    if not media:
        return
    schema = _resolve(spec, media.get("schema", {}))
    parts = [_resolve(spec, part) for part in schema.get("allOf", [])] or [schema]
    required: set[str] = set()
    properties: dict[str, Any] = {}
    for part in parts:
        required |= set(part.get("required", []))
        properties.update(part.get("properties", {}))
    for name, prop in properties.items():
        yield name, prop, name in required


def _returns(spec: dict[str, Any], op: dict[str, Any]) -> str:
    for status, answer in sorted(op.get("responses", {}).items()):
        if str(status).startswith("2"):
            content = answer.get("content", {})
            media = content.get("application/json") or next(iter(content.values()), None)
            return type_text(media.get("schema")) if media else "nothing"
    return "nothing"


def _python_name(name: str, parameters: dict[str, inspect.Parameter]) -> str:
    if name in parameters:
        return name
    return f"{name}_" if f"{name}_" in parameters else name


def _annotation(parameter: inspect.Parameter) -> str:
    annotation = parameter.annotation
    if annotation is inspect.Parameter.empty:
        return ""
    text = annotation if isinstance(annotation, str) else inspect.formatannotation(annotation)
    return text.replace("builtins.", "")


def signature_text(owner: str, name: str, function: Callable[..., Any]) -> str:
    """`kt.campaigns.create(*, alias: str, ...) -> Campaign`, one parameter a line when long."""
    signature = inspect.signature(function)
    parts: list[str] = []
    star_done = False
    for parameter in list(signature.parameters.values())[1:]:
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY and not star_done:
            parts.append("*")
            star_done = True
        if parameter.kind is inspect.Parameter.VAR_POSITIONAL:
            star_done = True
        stars: dict[inspect._ParameterKind, str] = {
            inspect.Parameter.VAR_POSITIONAL: "*",
            inspect.Parameter.VAR_KEYWORD: "**",
        }
        unpacked = _unpacked(function, parameter)
        if unpacked:
            parts += ["*"] * (not star_done) + unpacked
            star_done = True
            continue
        prefix = stars.get(parameter.kind, "")
        text = prefix + parameter.name
        annotation = _annotation(parameter)
        if annotation:
            text += f": {annotation}"
        if parameter.default is not inspect.Parameter.empty:
            text += f" = {_default(parameter.default)}"
        parts.append(text)
    returns = signature.return_annotation
    arrow = "" if returns is inspect.Signature.empty else f" -> {str(returns).replace('builtins.', '')}"
    one_line = f"{owner}.{name}({', '.join(parts)}){arrow}"
    if len(one_line) <= 100:
        return one_line
    inner = "".join(f"    {part},\n" for part in parts)
    return f"{owner}.{name}(\n{inner}){arrow}"


def _unpacked(function: Callable[..., Any], parameter: inspect.Parameter) -> list[str]:
    """`**options: Unpack[SomeOptions]` shown as the keywords the TypedDict declares (`= ...`: optional)."""
    annotation = _annotation(parameter)
    if parameter.kind is not inspect.Parameter.VAR_KEYWORD or not annotation.startswith("Unpack["):
        return []
    module = sys.modules[function.__module__]
    declared = eval(annotation[len("Unpack[") : -1], vars(module))  # noqa: S307  # a name of our own module
    hints: dict[str, Any] = {}
    for klass in reversed(declared.__mro__):
        hints.update(getattr(klass, "__annotations__", {}))
    optional = declared.__optional_keys__
    shown = {name: getattr(kind, "__forward_arg__", kind) for name, kind in hints.items()}
    return [f"{name}: {kind}" + (" = ..." if name in optional else "") for name, kind in shown.items()]


def _default(value: object) -> str:
    text = repr(value)
    return "UNSET" if text.startswith("<") and "Unset" in type(value).__name__ else text


def _first_paragraph(doc: str | None) -> str:
    return inspect.cleandoc(doc or "").split("\n\n", 1)[0].replace("\n", " ")


def _operation_index() -> dict[str, Operation]:
    return {value.operation_id: value for value in vars(operations).values() if isinstance(value, Operation)}


def namespace_classes(tags: list[str]) -> dict[str, type]:
    """tag -> the class of `kt.<tag>` as a real client exposes it (no request is made)."""
    with Keitaro("https://tracker.example.com", "docs-build") as kt:
        return {tag: type(getattr(kt, tag)) for tag in tags}


def render_namespace(spec: dict[str, Any], ns: Namespace, sync_class: type) -> str:
    ops_by_id = _operation_index()
    owner = f"kt.{ns.tag}"
    lines = [
        f"# {ns.title}: `{owner}`",
        "",
        ns.description,
        "",
        f"Every method below is also on `AsyncKeitaro().{ns.tag}` (awaitable) and inside a batch "
        f"(`batch.{ns.tag}.<method>(...)` returns a handle), and on `kt.with_raw_response.{ns.tag}`. "
        "The per-call options (`timeout`, `max_retries`, `extra_headers`, `extra_query`) are described "
        "in [Auth and configuration](../configuration.md). Generated from `openapi/keitaro.yaml` when the "
        "site is built.",
        "",
    ]
    spec_methods = set()
    for op in ns.operations:
        body = op.body
        method_name = str(body["x-sdk-method"])
        spec_methods.add(method_name)
        function = getattr(sync_class, method_name)
        parameters = dict(inspect.signature(function).parameters)
        known = ops_by_id.get(body["operationId"])
        safe = known.retry_safe if known else op.method in ("GET", "PUT", "DELETE")
        lines += [
            f"## `{method_name}`",
            "",
            f"**{_cell(body.get('summary', ''))}** · `{op.method} {op.path}` · operation `{body['operationId']}` · "
            + ("retried when it fails (safe to repeat)" if safe else "never sent twice once it may have arrived"),
            "",
            "```python",
            signature_text(owner, method_name, function),
            "```",
            "",
        ]
        if body.get("description"):
            lines += [body["description"].strip(), ""]
        lines += _argument_table(spec, body, parameters)
        lines += [f"Returns: {_cell(_returns(spec, body))}.", ""]
    extra = _handwritten(sync_class, spec_methods)
    if extra:
        lines += ["## Added by keitaro_ext", "", "Methods written by hand on top of the spec's operations.", ""]
        for name, function in extra:
            lines += [
                f"### `{name}`",
                "",
                "```python",
                signature_text(owner, name, function),
                "```",
                "",
                inspect.cleandoc(function.__doc__ or ""),
                "",
            ]
    return "\n".join(lines)


def _argument_table(spec: dict[str, Any], body: dict[str, Any], parameters: dict[str, inspect.Parameter]) -> list[str]:
    """The table of an operation's query, path and body arguments under their Python names (none: no lines)."""
    rows = []
    for parameter in body.get("parameters", []):
        parameter = _resolve_parameter(spec, parameter)
        rows.append(
            (
                _python_name(parameter["name"], parameters),
                parameter["in"],
                type_text(parameter.get("schema")),
                parameter.get("required", False),
                parameter.get("description", ""),
            )
        )
    for name, prop, required in _body_fields(spec, body):
        description = prop.get("description", "")
        if not description and "$ref" in prop:
            description = _resolve(spec, prop).get("description", "")
        rows.append((_python_name(name, parameters), "body", type_text(prop), required, description))
    if not rows:
        return []
    lines = ["| argument | in | type | required | description |", "| --- | --- | --- | --- | --- |"]
    lines += [
        f"| `{name}` | {where} | {_cell(kind)} | {'yes' if required else ''} | {_cell(text)} |"
        for name, where, kind, required, text in rows
    ]
    return [*lines, ""]


def _resolve_parameter(spec: dict[str, Any], parameter: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in parameter:
        resolved: dict[str, Any] = spec["components"]["parameters"][_ref_name(parameter["$ref"])]
        return resolved
    return parameter


def _handwritten(cls: type, spec_methods: set[str]) -> list[tuple[str, Callable[..., Any]]]:
    found: list[tuple[str, Callable[..., Any]]] = []
    for name, member in inspect.getmembers(cls, inspect.isfunction):
        if name.startswith("_") or name in spec_methods:
            continue
        module = getattr(member, "__module__", "")
        if module.startswith("keitaro_ext"):
            found.append((name, member))
    return found


def render_index(all_namespaces: list[Namespace]) -> str:
    lines = [
        "# Resources",
        "",
        "Every operation of `openapi/keitaro.yaml` is a method of a namespace of `Keitaro` and "
        "`AsyncKeitaro`. These pages are generated from the spec and from the client's classes when "
        "the site is built, so they always match the code.",
        "",
        "| namespace | operations | what it holds |",
        "| --- | --- | --- |",
    ]
    for ns in all_namespaces:
        lines.append(f"| [`kt.{ns.tag}`]({ns.tag}.md) | {len(ns.operations)} | {_cell(ns.description)} |")
    lines += ["", "## By endpoint", "", "| endpoint | method |", "| --- | --- |"]
    calls = sorted(
        (op.path, op.method, ns.tag, str(op.body["x-sdk-method"])) for ns in all_namespaces for op in ns.operations
    )
    for path, method, tag, name in calls:
        lines.append(f"| `{method} {path}` | [`kt.{tag}.{name}`]({tag}.md#{name}) |")
    return "\n".join(lines) + "\n"


def pages(spec_path: Path) -> dict[str, str]:
    """Every generated resource page, by its path inside docs/."""
    spec = load_spec(spec_path)
    all_namespaces = namespaces(spec)
    classes = namespace_classes([ns.tag for ns in all_namespaces])
    result = {"resources/index.md": render_index(all_namespaces)}
    for ns in all_namespaces:
        result[ns.page] = render_namespace(spec, ns, classes[ns.tag])
    return result


def titles(spec_path: Path) -> list[tuple[str, str]]:
    """(nav title, page) for every namespace, in the spec's tag order."""
    return [(f"kt.{ns.tag}", ns.page) for ns in namespaces(load_spec(spec_path))]

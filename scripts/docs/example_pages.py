"""A page per script in examples/: what it does (its docstring) and its whole source."""

from __future__ import annotations

import ast
from pathlib import Path


def _title(stem: str) -> str:
    return stem.replace("_", " ").capitalize()


def scripts(examples: Path) -> list[Path]:
    return sorted(examples.glob("*.py"), key=lambda p: (p.stem != "quickstart", p.stem))


def _prose(text: str) -> str:
    """The docstring's indented lines (how to run it) as a shell block, the rest as it is."""
    out: list[str] = []
    block: list[str] = []
    for line in text.strip("\n").splitlines():
        if line.startswith("    "):
            block.append(line[4:])
            continue
        if block:
            out += ["```bash", *block, "```"]
            block = []
        out.append(line)
    if block:
        out += ["```bash", *block, "```"]
    return "\n".join(out)


def page(script: Path) -> str:
    source = script.read_text(encoding="utf-8")
    doc = ast.get_docstring(ast.parse(source)) or ""
    summary, _, rest = doc.partition("\n")
    return "\n".join(
        [
            f"# {_title(script.stem)}",
            "",
            summary,
            "",
            _prose(rest),
            "",
            f"Source: `examples/{script.name}` (run by the test suite against the fake tracker).",
            "",
            "```python",
            source.rstrip(),
            "```",
            "",
        ]
    )


def index(examples: Path) -> str:
    lines = [
        "# Examples",
        "",
        "Short scripts for everyday jobs. Each reads `KEITARO_URL` and `KEITARO_API_KEY`; to try one "
        "without a tracker, serve the fake in another terminal (`keitaro-fake --port 8000`) and set "
        "`KEITARO_URL=http://127.0.0.1:8000 KEITARO_API_KEY=test-key`. The test suite runs every one "
        "of them against the fake (`tests/examples/`).",
        "",
        "| script | what it does |",
        "| --- | --- |",
    ]
    for script in scripts(examples):
        summary = (ast.get_docstring(ast.parse(script.read_text(encoding="utf-8"))) or "").split("\n", 1)[0]
        lines.append(f"| [{script.name}]({script.stem}.md) | {summary} |")
    return "\n".join(lines) + "\n"


def pages(examples: Path) -> dict[str, str]:
    result = {"examples/index.md": index(examples)}
    for script in scripts(examples):
        result[f"examples/{script.stem}.md"] = page(script)
    return result


def titles(examples: Path) -> list[tuple[str, str]]:
    return [(_title(script.stem), f"examples/{script.stem}.md") for script in scripts(examples)]

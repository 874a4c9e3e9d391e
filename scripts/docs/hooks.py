"""MkDocs hooks: add the generated pages (resources, CLI reference, examples, the root documents).

Listed under `hooks:` in mkdocs.yml. Nothing generated is written into docs/: the pages exist
only in the build, so they cannot drift from the spec, the command tree or the scripts.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # MkDocs loads hooks by path; the generators import project modules
    sys.path.insert(0, str(ROOT))

from mkdocs.config.defaults import MkDocsConfig  # noqa: E402
from mkdocs.structure.files import File, Files  # noqa: E402

from scripts.docs import cli_page, example_pages, spec_pages  # noqa: E402

SPEC = ROOT / "openapi" / "keitaro.yaml"
EXAMPLES = ROOT / "examples"
# Documents kept at the repository root (where GitHub shows them) and published on the site too.
ROOT_DOCUMENTS = {"changelog.md": "CHANGELOG.md", "contributing.md": "CONTRIBUTING.md", "security.md": "SECURITY.md"}
# Nav entries the hook expands: the entry's page, then one child per generated page.
EXPANDED = {
    "resources/index.md": lambda: spec_pages.titles(SPEC),
    "examples/index.md": lambda: example_pages.titles(EXAMPLES),
}


def _expand(nav: list[Any]) -> list[Any]:
    result: list[Any] = []
    for entry in nav:
        if isinstance(entry, dict):
            (title, value), *_ = entry.items()
            if isinstance(value, str) and value in EXPANDED:
                children = [{name: page} for name, page in EXPANDED[value]()]
                result.append({title: [{"Overview": value}, *children]})
            elif isinstance(value, list):
                result.append({title: _expand(value)})
            else:
                result.append(entry)
        else:
            result.append(entry)
    return result


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    config.nav = _expand(config.nav or [])
    return config


def generated_pages() -> dict[str, str]:
    """Every generated page by its path inside docs/."""
    pages = {**spec_pages.pages(SPEC), **example_pages.pages(EXAMPLES), "cli-reference.md": cli_page.page()}
    for page, source in ROOT_DOCUMENTS.items():
        text = (ROOT / source).read_text(encoding="utf-8")
        pages[page] = _site_links(text)
    return pages


def _site_links(text: str) -> str:
    """Links between root documents point at their published pages (`CHANGELOG.md` -> `changelog.md`)."""
    for page, source in ROOT_DOCUMENTS.items():
        text = text.replace(f"]({source})", f"]({page})")
    return text.replace("](docs/", "](")


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for path, content in generated_pages().items():
        files.append(File.generated(config, path, content=content))
    return files

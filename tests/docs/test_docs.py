"""The docs site: generated pages cover the code, every example is linked, and the strict build catches dead links.

`make docs` (part of `make test`) builds the whole site with --strict; these tests check what a
successful build alone would not show.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from scripts.docs import hooks

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return hooks.generated_pages()


def _operations() -> list[tuple[str, str, str]]:
    spec = yaml.safe_load((ROOT / "openapi" / "keitaro.yaml").read_text(encoding="utf-8"))
    return [
        (op["tags"][0], op["x-sdk-method"], op["operationId"])
        for item in spec["paths"].values()
        for method, op in item.items()
        if method in ("get", "put", "post", "delete", "patch")
    ]


def test_every_operation_has_its_method_on_its_namespace_page(pages: dict[str, str]) -> None:
    operations = _operations()
    assert len(operations) >= 100
    for tag, method, operation_id in operations:
        page = pages[f"resources/{tag}.md"]
        assert f"## `{method}`" in page, (tag, method)
        assert f"operation `{operation_id}`" in page
        assert f"kt.{tag}.{method}(" in page


def test_handwritten_methods_are_documented_beside_the_generated_ones(pages: dict[str, str]) -> None:
    campaigns = pages["resources/campaigns.md"]
    assert "## Added by keitaro_ext" in campaigns
    for name in ("set_cost", "get_many", "iter"):
        assert f"### `{name}`" in campaigns
    assert "### `update_many`" in pages["resources/streams.md"]
    assert "### `build`" in pages["resources/reports.md"]


def test_a_namespace_page_shows_python_names_and_the_spec_descriptions(pages: dict[str, str]) -> None:
    page = pages["resources/campaigns.md"]
    create = page.split("## `create`", 1)[1].split("\n## ", 1)[0]
    assert "`POST /campaigns`" in create and "never sent twice" in create
    assert "| `type_` | body |" in create  # the Python keyword, not the JSON name `type`
    assert "| `alias` | body | str | yes |" in create
    get = page.split("## `get`", 1)[1].split("\n## ", 1)[0]
    assert "retried when it fails" in get and "| `id` | path | int | yes |" in get


def test_the_cli_reference_lists_every_command_group(pages: dict[str, str]) -> None:
    reference = pages["cli-reference.md"]
    groups = {tag.replace("_", "-") for tag, _, _ in _operations()} | {"profile", "fake", "report"}
    for group in groups:
        assert f"`keitaro {group}`" in reference, group
    assert "`keitaro campaigns update-costs`" in reference
    assert "`--cost-auto`, `--no-cost-auto`" in reference


def test_every_example_is_linked_from_a_guide_page() -> None:
    guides = "\n".join(path.read_text(encoding="utf-8") for path in DOCS.rglob("*.md"))
    for script in (ROOT / "examples").glob("*.py"):
        if script.stem == "quickstart":
            continue  # the README's and the index's
        assert re.search(rf"\]\((\.\./)?examples/{script.stem}\.md[)#]", guides), f"no guide links {script.name}"


def test_every_page_on_disk_is_in_the_nav() -> None:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    listed = set(re.findall(r"[\w/-]+\.md", str(config["nav"])))
    on_disk = {str(path.relative_to(DOCS)) for path in DOCS.rglob("*.md")}
    assert on_disk <= listed | {"resources/index.md", "examples/index.md"}


def test_the_strict_build_fails_on_a_dead_link_and_a_missing_anchor(tmp_path: Path) -> None:
    """Our validation settings, on a two-page site with one dead link and one dead anchor."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text(
        "# Home\n\n[gone](missing.md) and [there](other.md#nowhere) and [fine](other.md#real)\n", encoding="utf-8"
    )
    (tmp_path / "docs" / "other.md").write_text("# Other\n\n## Real\n", encoding="utf-8")
    site = {"site_name": "t", "validation": config["validation"], "markdown_extensions": [{"toc": {"permalink": True}}]}
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump(site), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode != 0
    assert "missing.md" in result.stderr
    assert "#nowhere" in result.stderr
    assert "#real" not in result.stderr

"""The supported Python versions agree everywhere they are stated, and the release is gated."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]


def _workflow(name: str) -> dict[Any, Any]:
    loaded: dict[Any, Any] = yaml.safe_load((ROOT / ".github" / "workflows" / name).read_text(encoding="utf-8"))
    return loaded


def _classifier_versions() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    prefix = "Programming Language :: Python :: 3."
    return sorted(c.rsplit(" :: ", 1)[1] for c in project["classifiers"] if c.startswith(prefix))


def test_ci_and_the_local_matrix_test_every_classified_python() -> None:
    versions = _classifier_versions()
    assert versions == ["3.11", "3.12", "3.13"]
    assert _workflow("ci.yml")["jobs"]["test"]["strategy"]["matrix"]["python-version"] == versions
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"scripts/test_matrix\.sh 3\.11 3\.12 3\.13\n", makefile)


def test_publishing_happens_only_on_version_tags_after_the_checks() -> None:
    release = _workflow("release.yml")
    assert release[True]["push"] == {"tags": ["v*"]}  # YAML reads the key `on` as True
    publish = release["jobs"]["publish"]
    assert publish["needs"] == "build"
    assert publish["permissions"] == {"id-token": "write"}
    assert release["permissions"] == {"contents": "read"}
    steps = " ".join(str(step.get("run", "")) for step in release["jobs"]["build"]["steps"])
    assert "scripts/release_check.sh" in steps


def test_the_dev_tools_are_a_dependency_group_not_an_extra() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "dev" not in pyproject["project"]["optional-dependencies"]
    group = " ".join(pyproject["dependency-groups"]["dev"])
    for tool in ("ruff==", "mypy==", "openapi-python-client==", "pytest", "mkdocs", "twine"):
        assert tool in group
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    extras = re.search(r"^DEV_EXTRAS := (.+)$", makefile, re.M)
    assert extras is not None
    assert set(extras.group(1).split(",")) <= set(pyproject["project"]["optional-dependencies"])
    assert "--group dev" in makefile

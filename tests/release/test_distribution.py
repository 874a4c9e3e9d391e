"""The wheel and sdist ship LICENSE, both py.typed markers and the spec, and nothing of development.

Built in-process with hatchling (the project's build backend) into a temporary folder, then checked
with scripts/check_dist.py, the same check `make release-check` and the release workflow run.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from hatchling.builders.sdist import SdistBuilder
from hatchling.builders.wheel import WheelBuilder

from scripts import check_dist

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("dist")
    list(WheelBuilder(str(ROOT)).build(directory=str(folder), versions=["standard"]))
    list(SdistBuilder(str(ROOT)).build(directory=str(folder), versions=["standard"]))
    return folder


def test_the_built_distributions_pass_the_release_check(dist: Path) -> None:
    assert check_dist.main(["check_dist", str(dist)]) == 0


def test_the_wheel_metadata_has_the_urls_and_no_dev_extra(dist: Path) -> None:
    (wheel,) = dist.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        metadata = next(archive.read(n).decode() for n in archive.namelist() if n.endswith("METADATA"))
    assert "Provides-Extra: dev" not in metadata
    assert "Provides-Extra: testing" in metadata and "Provides-Extra: cli" in metadata
    for label in ("Homepage", "Documentation", "Changelog", "Issues"):
        assert f"Project-URL: {label}, https://" in metadata
    assert "Classifier: Typing :: Typed" in metadata
    assert "Requires-Dist: mypy" not in metadata


def test_the_check_rejects_a_wheel_with_tests_and_no_license(tmp_path: Path) -> None:
    wheel = tmp_path / "keitaro_admin-0.0.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr("keitaro_ext/__init__.py", "")
        archive.writestr("keitaro_ext/py.typed", "")
        archive.writestr("tests/test_x.py", "")
        archive.writestr(
            "keitaro_admin-0.0.0.dist-info/METADATA",
            "Metadata-Version: 2.4\nName: keitaro-admin\nVersion: 0.0.0\n"
            "Provides-Extra: dev\nRequires-Dist: mypy; extra == 'dev'\n",
        )
    problems = check_dist.wheel_problems(wheel)
    assert "missing keitaro_admin_client/py.typed" in problems
    assert "no LICENSE in .dist-info/licenses/" in problems
    assert "development file shipped: tests/test_x.py" in problems
    assert "the dev extra is published" in problems
    assert "no classifier for Python 3.13" in problems

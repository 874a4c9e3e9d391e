"""Check a built wheel and sdist ship what users need and nothing of the development tree.

Usage: check_dist.py DIST_DIR   (run by `make release-check` and the release workflow)

The wheel must hold LICENSE (in its .dist-info), both `py.typed` markers, the spec the fake tracker
validates against, and no tests, benchmarks, examples, docs or caches; its metadata must declare no
`dev` extra. The sdist must hold LICENSE, the README and the sources.
"""

from __future__ import annotations

import sys
import tarfile
import zipfile
from email.message import Message
from email.parser import Parser
from pathlib import Path

WHEEL_MUST_HAVE = (
    "keitaro_admin_client/py.typed",
    "keitaro_ext/py.typed",
    "keitaro_admin_client/openapi.yaml",
    "keitaro_ext/__init__.py",
    "keitaro_admin_client/facade/__init__.py",
)
FORBIDDEN_PARTS = {"tests", "bench", "examples", "docs", "scripts", "__pycache__", ".venv", ".github", "build"}
FORBIDDEN_SUFFIXES = (".pyc", ".pyo", ".orig", ".rej")
SDIST_MUST_HAVE = ("LICENSE", "README.md", "pyproject.toml", "keitaro_ext/__init__.py", "openapi/keitaro.yaml")


def wheel_problems(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        metadata_name = next(n for n in names if n.endswith(".dist-info/METADATA"))
        metadata = Parser().parsestr(archive.read(metadata_name).decode("utf-8"))
    return _content_problems(names) + _metadata_problems(metadata)


def _content_problems(names: list[str]) -> list[str]:
    """What the wheel's files lack (LICENSE, markers, the spec) or ship by mistake (the development tree)."""
    problems = [f"missing {path}" for path in WHEEL_MUST_HAVE if path not in names]
    if not any(n.endswith(".dist-info/licenses/LICENSE") for n in names):
        problems.append("no LICENSE in .dist-info/licenses/")
    for name in names:
        parts = set(Path(name).parts[:-1])
        if parts & FORBIDDEN_PARTS or name.endswith(FORBIDDEN_SUFFIXES):
            problems.append(f"development file shipped: {name}")
    return problems


def _metadata_problems(metadata: Message) -> list[str]:
    """What the published metadata gets wrong: development extras and tools, licence, classifiers, URLs."""
    problems = []
    extras = metadata.get_all("Provides-Extra") or []
    if "dev" in extras:
        problems.append("the dev extra is published")
    requirements = metadata.get_all("Requires-Dist") or []
    for pinned in ("mypy", "ruff", "openapi-python-client", "pytest "):
        if any(r.startswith(pinned) for r in requirements):
            problems.append(f"a development tool is a published requirement: {pinned.strip()}")
    if metadata.get("License-Expression") != "MIT":
        problems.append(f"License-Expression is {metadata.get('License-Expression')!r}, expected 'MIT'")
    classifiers = metadata.get_all("Classifier") or []
    for version in ("3.11", "3.12", "3.13"):
        if f"Programming Language :: Python :: {version}" not in classifiers:
            problems.append(f"no classifier for Python {version}")
    if not metadata.get_all("Project-URL"):
        problems.append("no Project-URL")
    return problems


def sdist_problems(sdist: Path) -> list[str]:
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    problems = [f"sdist lacks {path}" for path in SDIST_MUST_HAVE if path not in names]
    problems += [f"sdist ships {name}" for name in names if "__pycache__" in name or name.startswith(".venv")]
    return problems


def main(argv: list[str]) -> int:
    dist = Path(argv[1] if len(argv) > 1 else "dist")
    wheels, sdists = sorted(dist.glob("*.whl")), sorted(dist.glob("*.tar.gz"))
    if len(wheels) != 1 or len(sdists) != 1:
        print(f"expected one wheel and one sdist in {dist}, found {len(wheels)} and {len(sdists)}", file=sys.stderr)
        return 1
    problems = wheel_problems(wheels[0]) + sdist_problems(sdists[0])
    for problem in problems:
        print(f"check_dist: {problem}", file=sys.stderr)
    if not problems:
        print(f"check_dist: {wheels[0].name} and {sdists[0].name} ship what they should")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))

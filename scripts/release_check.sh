#!/usr/bin/env bash
# What the release workflow does before publishing, here and without publishing:
# build sdist and wheel, twine check, check their contents, install the wheel in a fresh venv and
# use it there (import, the fake tracker, the keitaro command).
# Usage: scripts/release_check.sh [PYTHON]   (PYTHON has build and twine; default .venv/bin/python)
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${1:-.venv/bin/python}"
DIST="build/release-check/dist"
SMOKE="build/release-check/venv"
rm -rf build/release-check
mkdir -p "$DIST"

"$PY" -m build --sdist --wheel --outdir "$DIST" . >build/release-check/build.log 2>&1 || {
  cat build/release-check/build.log; exit 1; }
"$PY" -m twine check --strict "$DIST"/*
"$PY" scripts/check_dist.py "$DIST"

"$PY" -m venv "$SMOKE"
WHEEL="$(ls "$DIST"/*.whl)"
"$SMOKE/bin/python" -m pip install --quiet "$WHEEL[cli,testing]"
"$SMOKE/bin/python" scripts/smoke_installed.py
echo "release-check: $(basename "$WHEEL") built, checked and smoke-installed; nothing was published"

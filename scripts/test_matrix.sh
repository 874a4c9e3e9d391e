#!/usr/bin/env bash
# The test suite under each CPython version given (default 3.11 3.12 3.13), one fresh venv each in
# .venv-matrix/pyX.Y, using the newest patch release of each that pyenv has (or pythonX.Y on PATH).
# A missing version is skipped with a note; the run fails if any suite fails or none could run.
# Usage: scripts/test_matrix.sh [3.11 3.12 3.13]
set -uo pipefail
cd "$(dirname "$0")/.."
VERSIONS=("$@")
[ ${#VERSIONS[@]} -gt 0 ] || VERSIONS=(3.11 3.12 3.13)
EXTRAS="$(sed -n 's/^DEV_EXTRAS := //p' Makefile)"

find_python() {  # newest pyenv CPython X.Y.Z for X.Y, else pythonX.Y on PATH
  local want="$1" found=""
  if command -v pyenv >/dev/null 2>&1; then
    found="$(pyenv versions --bare 2>/dev/null | grep -E "^${want//./\\.}\.[0-9]+$" | sort -t. -k3,3n | tail -1)"
    if [ -n "$found" ]; then
      echo "$(pyenv root)/versions/$found/bin/python$want"
      return
    fi
  fi
  command -v "python$want" 2>/dev/null || true
}

declare -A RESULT
ran=0 failed=0
for version in "${VERSIONS[@]}"; do
  python="$(find_python "$version")"
  if [ -z "$python" ] || [ ! -x "$python" ]; then
    echo "test-matrix: Python $version not found (pyenv install $version to include it); skipped"
    RESULT[$version]="skipped (not installed)"
    continue
  fi
  venv=".venv-matrix/py$version"
  log=".venv-matrix/py$version.log"
  mkdir -p .venv-matrix
  echo "test-matrix: Python $version ($("$python" -V 2>&1)) in $venv, log in $log"
  start=$SECONDS
  {
    rm -rf "$venv" &&
      "$python" -m venv "$venv" &&
      "$venv/bin/python" -m pip install --quiet --upgrade 'pip>=25.1' &&
      "$venv/bin/python" -m pip install --quiet -e ".[$EXTRAS]" --group dev &&
      "$venv/bin/python" -m pytest -q -p no:cacheprovider
  } >"$log" 2>&1
  code=$?
  ran=$((ran + 1))
  summary="$(grep -E '[0-9]+ (passed|failed)' "$log" | tail -1)"
  if [ $code -eq 0 ]; then
    RESULT[$version]="passed in $((SECONDS - start)) s: $summary"
  else
    failed=$((failed + 1))
    RESULT[$version]="FAILED (exit $code) in $((SECONDS - start)) s: ${summary:-see $log}"
    tail -30 "$log"
  fi
  echo "test-matrix: Python $version ${RESULT[$version]}"
done

echo "test-matrix summary:"
for version in "${VERSIONS[@]}"; do
  echo "  Python $version: ${RESULT[$version]}"
done
[ $ran -gt 0 ] || { echo "test-matrix: no Python version could run"; exit 1; }
[ $failed -eq 0 ]

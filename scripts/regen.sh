#!/usr/bin/env bash
# Regenerate generated/keitaro_admin_client from openapi/keitaro.yaml.
#   scripts/regen.sh            replace generated/ with fresh output
#   scripts/regen.sh --check    generate into a temp dir and fail if generated/ differs
# Always generates into a fresh directory: the generator's --overwrite keeps stale files.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV_BIN="${VENV_BIN:-.venv/bin}"
export PATH="$PWD/$VENV_BIN:$PATH"   # the pinned generator and ruff, whatever else is installed

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
out="$work/keitaro_admin_client"

openapi-python-client generate \
    --path openapi/keitaro.yaml \
    --config generator-config.yml \
    --custom-template-path openapi/templates \
    --meta none \
    --output-path "$out" \
    --fail-on-warning >"$work/log" 2>&1 || { cat "$work/log" >&2; exit 1; }
if grep -qiE "warning|error" "$work/log"; then
    cat "$work/log" >&2
    echo "regen: the generator reported problems (see above)" >&2
    exit 1
fi
python scripts/gen_facade.py openapi/keitaro.yaml generator-config.yml "$out"
(
    cd "$out"
    ruff check facade --no-cache --isolated --fix-only --target-version py311 --line-length 120 \
        --select F,I >/dev/null
    ruff format facade --no-cache --isolated --target-version py311 --line-length 120 >/dev/null
)
touch "$out/py.typed"
# Ship the source document with the package: the fake tracker validates requests against it.
cp openapi/keitaro.yaml "$out/openapi.yaml"

if [[ "${1:-}" == "--check" ]]; then
    if ! diff -r -x __pycache__ generated/keitaro_admin_client "$out" >"$work/diff"; then
        head -50 "$work/diff" >&2
        echo "check-generated: generated/ is stale or was edited by hand; run 'make regen' and commit" >&2
        exit 1
    fi
    echo "check-generated: generated/ matches the spec"
else
    rm -rf generated/keitaro_admin_client
    mkdir -p generated
    cp -r "$out" generated/keitaro_admin_client
    find generated -name __pycache__ -prune -exec rm -rf {} +
    echo "regen: generated/keitaro_admin_client rebuilt from openapi/keitaro.yaml"
fi

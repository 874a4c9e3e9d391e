# keitaro-admin: every target creates .venv and installs what it needs on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEV_STAMP := $(VENV)/.dev-installed

.PHONY: install test lint typecheck pytest regen check-generated spec-check spec-diff clean demo bench reliability fuzz-fake
.PHONY: docs docs-serve test-matrix release-check
.PHONY: bench-quick

# The extras the test suite needs; the tools are pyproject's [dependency-groups] dev (not published).
DEV_EXTRAS := testing,cli,pandas,polars,parquet,lake,mcp,aiohttp,fast

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade 'pip>=25.1'

$(DEV_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade 'pip>=25.1'  # --group (PEP 735) needs 25.1
	$(BIN)/python -m pip install --quiet -e '.[$(DEV_EXTRAS)]' --group dev
	touch $@

install: $(DEV_STAMP)

TESTING_STAMP := $(VENV)/.testing-installed

$(TESTING_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[testing]'
	touch $@

## demo: start the fake tracker and run examples/quickstart.py against it over loopback HTTP
demo: $(TESTING_STAMP)
	$(BIN)/python examples/quickstart.py

## test: lint, type-check, validate the spec, check generated/ is current, build the docs, run the tests
test: install lint typecheck spec-check check-generated docs pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# pyright (from npm, pinned, inside .venv) checks the typed user code in strict mode, as an IDE user sees it.
PYRIGHT := $(VENV)/node/node_modules/.bin/pyright
$(PYRIGHT): | $(BIN)/python
	npm install --silent --no-audit --no-fund --prefix $(VENV)/node pyright@1.1.414

typecheck: install $(PYRIGHT)
	$(BIN)/mypy generated/keitaro_admin_client keitaro_ext scripts tests bench fuzz examples
	$(PYRIGHT) --pythonpath $(BIN)/python tests/typed/user_code.py

spec-check: install
	$(BIN)/openapi-spec-validator openapi/keitaro.yaml

pytest: install
	$(BIN)/pytest -q

## reliability: tests/reliability at full counts, hostile loopback servers included (make test runs small ones),
## with a short fuzz run of the fake
reliability: install
	KEITARO_RELIABILITY=full $(BIN)/pytest -q tests/reliability

## fuzz-fake: schemathesis (schema-valid requests, every check) against the fake, a few minutes
fuzz-fake: install
	$(BIN)/python fuzz/run.py --max-examples 50 --max-time 240

## bench: run every benchmark in bench/ side by side and write bench/results.md (several minutes on 2 cores)
## bench-quick: every benchmark with small counts; writes nothing
bench: install
	$(BIN)/python -m bench.run

bench-quick: install
	$(BIN)/python -m bench.run --quick

## regen: rebuild generated/ from openapi/keitaro.yaml (pinned generator, deterministic)
regen: install
	scripts/regen.sh

## check-generated: fail if generated/ differs from what the spec produces
check-generated: install
	scripts/regen.sh --check

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache build dist

## spec-diff: compare an upstream Keitaro document with ours (make spec-diff UPSTREAM=path-or-url)
spec-diff: install
	@test -n "$(UPSTREAM)" || { echo "usage: make spec-diff UPSTREAM=<file or URL>"; exit 2; }
	$(BIN)/python scripts/spec_diff.py "$(UPSTREAM)"

## docs: build the documentation site into build/site; any warning (a dead link, a missing page) fails
docs: install
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet --site-dir build/site

## docs-serve: the documentation site on http://127.0.0.1:8001 with live reload
docs-serve: install
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs serve --dev-addr 127.0.0.1:8001

## test-matrix: the test suite under every CPython among 3.11, 3.12, 3.13 that pyenv has, one venv each
test-matrix:
	scripts/test_matrix.sh 3.11 3.12 3.13

## release-check: build sdist and wheel, twine check, inspect the wheel, smoke-install it; publishes nothing
release-check: install
	scripts/release_check.sh $(BIN)/python

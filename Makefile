# dyad: `make demo` codes the bundled examples; `make test` runs the test suite.
# Both create .venv and install the hashed lock file first, so they work on a fresh machine.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test test-fast lint typecheck bench clean lock

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/dyad code examples/ --format table --db dyad.duckdb
	@echo "\nRecords stored in dyad.duckdb; try: $(BIN)/dyad export --db dyad.duckdb --format jsonl"

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/python -m pytest

test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not slow"

lint: $(STAMP)
	$(BIN)/ruff check .

typecheck: $(STAMP)
	$(BIN)/mypy src/dyad

bench: $(STAMP)
	$(BIN)/python bench/throughput.py --n 200

lock: $(STAMP)
	$(BIN)/python -m pip install --quiet pip-tools
	$(BIN)/pip-compile --generate-hashes --extra dev --extra dask --strip-extras \
		-o requirements.lock pyproject.toml

clean:
	rm -rf $(VENV) dyad.duckdb .pytest_cache build src/*.egg-info

# One command for each job. Each sets up .venv first, so a fresh clone needs nothing else.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench validate fill-expected clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,libs]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/mli serve

test: $(STAMP)
	sh scripts/install-browser.sh
	$(BIN)/python -m pytest
	$(BIN)/mli validate

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python bench/bench_judge.py
	$(BIN)/python bench/bench_web.py
	$(BIN)/python bench/bench_cli.py
	$(BIN)/python bench/bench_complexity.py
	$(BIN)/python bench/bench_sandbox.py

# make validate                      proves the whole catalog
# make validate SLUG="two-sum lru"    proves only these problems
validate: $(STAMP)
	$(BIN)/mli validate $(SLUG)

# make fill-expected SLUG=my-problem  writes `expected: fill` cases from the reference
fill-expected: $(STAMP)
	$(BIN)/python scripts/fill_expected.py $(SLUG)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

# The two commands of the README: `make demo` builds the seeds, `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: demo test lint screenshot clean bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install -q -e .
	touch $@

$(TEST_STAMP): $(STAMP)
	$(BIN)/pip install -q -e '.[test]'
	touch $@

demo: $(STAMP)
	$(BIN)/kg build seeds -o exports

test: $(TEST_STAMP)
	$(BIN)/ruff check kg tests scripts bench
	$(BIN)/python -m pytest

# The README's picture of the view: the seeds in headless Debian chromium (see scripts/screenshot.py).
screenshot: $(TEST_STAMP)
	$(BIN)/python scripts/screenshot.py --out docs/view.png

lint: $(TEST_STAMP)
	$(BIN)/ruff check kg tests scripts bench

clean:
	rm -rf $(VENV) build *.egg-info

# The scale benchmark (issue 6): several minutes; BENCH_SCALE=small for a quick run, BENCH_LARGE=0 skips 50 MB.
bench: $(TEST_STAMP)
	$(BIN)/python bench/run.py

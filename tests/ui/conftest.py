"""GUI fixtures: a real repository in tmp_path, the built-in rules, settings kept out of $HOME."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWizard

from hkpath_desktop.core.rules import RulePack, load_builtin
from hkpath_desktop.store.repository import Repository
from hkpath_desktop.ui.app import APPLICATION, ORGANIZATION
from hkpath_desktop.ui.wizard.wizard import InterviewWizard

TODAY = date(2026, 11, 22)


@pytest.fixture(autouse=True)
def private_settings(qapp: object, tmp_path: Path) -> Iterator[Path]:
    """Every QSettings() in a test reads and writes an INI file under tmp_path."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    folder = tmp_path / "settings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture(scope="session")
def rules() -> RulePack:
    return load_builtin()


@pytest.fixture
def repository(data_dir: Path) -> Iterator[Repository]:
    repo = Repository.open(data_dir)
    yield repo
    repo.close()


@pytest.fixture
def open_wizard(qtbot, repository: Repository, rules: RulePack):  # type: ignore[no-untyped-def]
    """Open the interview on a household, the way the main window does."""

    def opener(household_id: int) -> InterviewWizard:
        wizard = InterviewWizard(repository, household_id, rules, TODAY)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        return wizard

    return opener


def next_button(wizard: QWizard):  # type: ignore[no-untyped-def]
    return wizard.button(QWizard.WizardButton.NextButton)

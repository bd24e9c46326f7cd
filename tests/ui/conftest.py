"""GUI fixtures: a real repository in tmp_path, the built-in rules, settings kept out of $HOME."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard

from hkpath_desktop.core.rules import RulePack, load_builtin
from hkpath_desktop.store.repository import Repository
from hkpath_desktop.ui.app import APPLICATION, ORGANIZATION
from hkpath_desktop.ui.session import HouseholdSession
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
def session(qtbot, repository: Repository) -> Iterator[HouseholdSession]:  # type: ignore[no-untyped-def]
    """The session the views write through; every write is committed before the test ends."""
    opened = HouseholdSession(repository)
    yield opened
    settle(qtbot, opened)


def settle(_qtbot: object, session: HouseholdSession) -> None:
    """Wait until every write asked of ``session`` has told its outcome."""
    deadline = time.monotonic() + 10
    while session.busy():
        assert time.monotonic() < deadline, "a write did not finish"
        QTest.qWait(5)


def re_rendered(view, session: HouseholdSession):  # type: ignore[no-untyped-def]
    """``view`` shows its household again after each committed write, as the window does."""

    def written(household_id: int, _revision: int) -> None:
        if household_id == view.household_id:
            view.show_household(household_id)

    session.changed.connect(written)
    return view


@pytest.fixture
def open_wizard(qtbot, session: HouseholdSession, rules: RulePack):  # type: ignore[no-untyped-def]
    """Open the interview on a household, the way the main window does."""

    def opener(household_id: int) -> InterviewWizard:
        wizard = InterviewWizard(session, household_id, rules, TODAY)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        return wizard

    return opener


def next_button(wizard: QWizard):  # type: ignore[no-untyped-def]
    return wizard.button(QWizard.WizardButton.NextButton)

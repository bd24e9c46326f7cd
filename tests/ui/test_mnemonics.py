"""No two controls that can be seen together answer the same Alt+letter, in any language.

Alt+letter reaches the control whose label underlines that letter; when two share it, Qt
only cycles between them, and the user's shortcut lands on the wrong one. Each scope below is
what can be on screen at once: the main window with one tab showing (its menu titles, the
sidebar, the tabs and that tab's controls), each open menu, each interview page with the
wizard's own buttons, and each dialog.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import TODAY
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QTabWidget,
    QWidget,
    QWizard,
)

from hkpath_desktop.core.profile_io import load_profile_file
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.store.repository import Repository
from hkpath_desktop.ui import i18n
from hkpath_desktop.ui.main_window import MainWindow
from hkpath_desktop.ui.wizard.ids import PageId

pytestmark = pytest.mark.gui

FAMILY = Path(__file__).resolve().parents[1] / "fixtures" / "family.json"
_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    """The letter Alt reaches in a label ("&File" → f, "檔案(&F)" → f, "R&&D" → none)."""
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else None


def _labels(root: QWidget) -> Iterator[tuple[str, QWidget]]:
    """(text, widget) of every visible control under ``root`` that can carry a mnemonic."""
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or isinstance(widget, QMenu):
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            yield widget.text(), widget
        elif isinstance(widget, QGroupBox):
            yield widget.title(), widget
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield widget.tabText(index), widget


def clashes(named: list[tuple[str, object]]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text, _owner in named:
        letter = mnemonic(text)
        if letter is not None:
            by_letter[letter].append(text)
    return {letter: texts for letter, texts in by_letter.items() if len(texts) > 1}


@pytest.fixture(params=i18n.LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    chosen: str = request.param
    assert i18n.install_translators(qapp, chosen) == chosen
    yield chosen
    i18n.install_translators(qapp, i18n.ENGLISH)


@pytest.fixture
def window(qtbot, repository: Repository, rules: RulePack, language: str) -> MainWindow:  # type: ignore[no-untyped-def]
    household = repository.add_household(load_profile_file(FAMILY))
    shown = MainWindow(repository, rules, today=lambda: TODAY)
    qtbot.addWidget(shown)
    shown.reload_households(select=household)
    shown.resize(1100, 720)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_the_main_window_and_its_menus(qtbot, window: MainWindow, language: str) -> None:  # type: ignore[no-untyped-def]
    menus = [a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]
    bar = [(menu.title(), menu) for menu in menus]
    found = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda i=index: window.tabs.currentWidget().isVisible())
        qtbot.wait(50)
        scope = bar + list(_labels(window))
        found[window.tabs.tabText(index)] = clashes(scope)
    for menu in menus:
        found[menu.title()] = clashes([(a.text(), a) for a in menu.actions() if a.text()])
    problems = {name: c for name, c in found.items() if c}
    print(language, problems)
    assert not problems, (language, problems)


def test_every_interview_page(qtbot, repository: Repository, open_wizard, language: str) -> None:  # type: ignore[no-untyped-def]
    wizard = open_wizard(repository.add_household(load_profile_file(FAMILY)))
    moving = [
        wizard.button(which)
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton)
    ]
    found = {}
    for page_id in PageId:
        page = wizard.answer_page(page_id)
        page.ensure_built()
        page.initializePage()
        page.show()
        last = page.nextId() == -1
        onward = QWizard.WizardButton.FinishButton if last else QWizard.WizardButton.NextButton
        buttons = [*moving, wizard.button(onward)]
        scope = [(b.text(), b) for b in buttons] + list(_labels(page))
        found[page_id.name] = clashes(scope)
        page.hide()
    problems = {name: c for name, c in found.items() if c}
    print(language, problems)
    assert not problems, (language, problems)


def test_every_dialog(qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    from hkpath_desktop.core.facts import Trip
    from hkpath_desktop.ui.settings_dialog import SettingsDialog
    from hkpath_desktop.ui.views.trip_dialog import TripDialog
    from hkpath_desktop.ui.views.trip_import_dialog import TripImportDialog

    family = load_profile_file(FAMILY)
    dialogs: list[QWidget] = [
        SettingsDialog(),
        TripDialog("m1", "Mei Chan", (), TODAY, Trip("m1", TODAY, None)),
        TripImportDialog(family.members, family.trips),
    ]
    found = {}
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        found[type(dialog).__name__] = clashes(list(_labels(dialog)))
    problems = {name: c for name, c in found.items() if c}
    assert not problems, (language, problems)


def test_the_check_reads_mnemonics_as_qt_does() -> None:
    assert mnemonic("&File") == "f"
    assert mnemonic("檔案(&F)") == "f"
    assert mnemonic("R&&D") is None
    assert mnemonic("Save &as…") == "a"
    assert clashes([("&File", None), ("&Filter:", None), ("&Open", None)]) == {
        "f": ["&File", "&Filter:"]
    }

"""F1 opens the offline guide in the window's language, and the guide names the menus and
tabs exactly as the window shows them (so a renamed action cannot leave the guide behind)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from conftest import TODAY
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu

from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.store.repository import Repository
from hkpath_desktop.ui import i18n
from hkpath_desktop.ui.guide import GuideDialog, guide_html
from hkpath_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _plain(label: str) -> str:
    """A menu or tab label as read: no mnemonic, neither "&File" nor "檔案(&F)"."""
    return re.sub(r"\(&.\)", "", label).replace("&", "").strip()


@pytest.fixture(params=i18n.LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The window's language, from the compiled catalogues that ``make test`` builds."""
    chosen: str = request.param
    assert i18n.install_translators(qapp, chosen) == chosen
    yield chosen
    i18n.install_translators(qapp, i18n.ENGLISH)


@pytest.fixture
def window(qtbot, repository: Repository, rules: RulePack, language: str) -> MainWindow:  # type: ignore[no-untyped-def]
    shown = MainWindow(repository, rules, today=lambda: TODAY)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_every_language_has_the_same_sections() -> None:
    sections = {
        language: re.findall(r'<h2 id="([a-z]+)">', guide_html(language))
        for language in i18n.LANGUAGES
    }
    assert sections[i18n.ENGLISH]
    assert all(found == sections[i18n.ENGLISH] for found in sections.values()), sections


def test_the_guide_names_menus_and_tabs_as_the_window_does(
    window: MainWindow, language: str
) -> None:
    menus: dict[str, set[str]] = {}
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            items = {_plain(a.text()) for a in menu.actions() if isinstance(a, QAction)}
            menus[_plain(menu.title())] = items
    tabs = {_plain(window.tabs.tabText(i)) for i in range(window.tabs.count())}
    named = re.findall(r"<b>([^<]+)</b>", guide_html(language))
    assert named
    for name in named:
        if " › " in name:
            menu, item = name.split(" › ")
            assert item in menus.get(menu, set()), (language, name, menus)
        else:
            assert name in tabs, (language, name, tabs)
    assert {name for name in named if " › " not in name} == tabs


def test_f1_opens_the_guide_in_its_language(qtbot, window: MainWindow, language: str) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.findChild(GuideDialog) is not None)
    guide = window.findChild(GuideDialog)
    assert guide is not None and guide.isVisible()
    first_heading = re.search(r"<h2[^>]*>([^<]+)</h2>", guide_html(language))
    assert first_heading is not None
    assert first_heading.group(1) in guide.browser.toPlainText()
    guide.close()

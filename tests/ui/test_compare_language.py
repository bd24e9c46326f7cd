"""The Compare and Checklist tabs speak the core's words in the language installed at start-up."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import TODAY
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hkpath_desktop.core.assessment import Status
from hkpath_desktop.core.i18n import Language, builtin_texts
from hkpath_desktop.core.texts import say
from hkpath_desktop.ui import i18n, tour
from hkpath_desktop.ui.main_window import MainWindow
from hkpath_desktop.ui.models.compare_model import Column

pytestmark = pytest.mark.gui

SHOTS = "HKPATH_SCREENSHOTS"
"""Set to a folder to keep the Compare tab's PNG for a look."""


@pytest.fixture
def hong_kong(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """zh_HK installed (our .qm is not needed: the core's words do not go through Qt)."""
    assert i18n.install_translators(qapp, "zh_HK", qm_dir=tmp_path) == "zh_HK"
    yield
    i18n.install_translators(qapp, "en")


def test_current_language_follows_install(qapp: QApplication, tmp_path: Path) -> None:
    try:
        for language in ("zh_CN", "zh_HK", "en"):
            i18n.install_translators(qapp, language, qm_dir=tmp_path)
            assert i18n.current_language() == language
    finally:
        i18n.install_translators(qapp, "en")
    assert i18n.current_language() == "en"


def test_compare_tab_in_hong_kong_chinese(hong_kong, qtbot, repository, rules) -> None:
    window = MainWindow(repository, rules, today=lambda: TODAY)
    qtbot.addWidget(window)
    assert window.language is Language.ZH_HK
    window.reload_households(select=tour.load_demo_household_into(repository))
    window.resize(1100, 700)
    window.show()
    qtbot.waitExposed(window)
    view = window.compare
    model = view.model
    texts = builtin_texts()
    assert model.rowCount() == 5
    for row in range(model.rowCount()):
        item = model.assessment(row)
        shown = model.index(row, Column.PATHWAY).data(Qt.ItemDataRole.DisplayRole)
        assert shown == texts.pathway_name(item.pathway, item.name, Language.ZH_HK) != item.name
        verdict = model.index(row, Column.VERDICT).data(Qt.ItemDataRole.DisplayRole)
        assert verdict == texts.word("verdict", item.verdict.value, Language.ZH_HK)
    item = model.assessment(0)
    html = view.detail.toHtml()
    for criterion in item.criteria:
        assert say(criterion.title, Language.ZH_HK) in html
    assert texts.word("status", Status.MET.value, Language.ZH_HK) in html
    folder = os.environ.get(SHOTS)
    if folder:
        window.tabs.setCurrentIndex(0)
        window.grab().save(str(Path(folder) / "compare-zh_HK.png"), "PNG")
    assert window.checklist.language is Language.ZH_HK


def test_explicit_english_overrides_the_installed_language(
    hong_kong, qtbot, repository, rules
) -> None:
    window = MainWindow(repository, rules, today=lambda: TODAY, language="en")
    qtbot.addWidget(window)
    window.reload_households(select=tour.load_demo_household_into(repository))
    model = window.compare.model
    item = model.assessment(0)
    assert model.index(0, Column.PATHWAY).data(Qt.ItemDataRole.ToolTipRole) == item.name
    short = model.index(0, Column.PATHWAY).data(Qt.ItemDataRole.DisplayRole)
    assert short in ("TTPS", "QMAS", "ASMTP", "GEP", "New CIES")
    assert window.checklist.language is Language.EN

"""Chinese for Hong Kong and Simplified Chinese: complete catalogues, built .qm, a translated GUI.

The catalogue test runs lupdate over today's sources into a copy of the .ts files, so a string
someone adds without translating it fails here until it is translated (on purpose).
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import TODAY
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget, QWizard

from hkpath_desktop.ui import i18n, tour
from hkpath_desktop.ui.main_window import MainWindow
from hkpath_desktop.ui.settings_dialog import SettingsDialog
from hkpath_desktop.ui.wizard.ids import PageId
from hkpath_desktop.ui.wizard.wizard import InterviewWizard

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
TOOL = ROOT / "tools" / "update_translations.py"
UI_DIR = ROOT / "hkpath_desktop" / "ui"
LANGUAGES = ("zh_HK", "zh_CN")
_PLACEHOLDER = re.compile(r"%(?:\d|n)|\{\w*\}")
_TAG = re.compile(r"</?\w+")
_ACCELERATOR = re.compile(r"&(?!&)\w")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _run_tool(*args: str) -> None:
    subprocess.run([sys.executable, str(TOOL), *args], check=True, timeout=120)


@pytest.fixture(scope="module")
def catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Copies of the committed .ts files, refreshed by lupdate, compiled by lrelease."""
    folder = tmp_path_factory.mktemp("translations")
    for language in LANGUAGES:
        shutil.copy(TS_DIR / f"hkpath_{language}.ts", folder)
    _run_tool("--ts-dir", str(folder))
    _run_tool("--release", "--ts-dir", str(folder))
    return folder


def _live_messages(ts: Path) -> Iterator[tuple[str, str, list[str], str | None]]:
    """(context, source, translations, type) of every message the sources still use."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type")
            if kind in ("vanished", "obsolete"):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
            yield name, message.findtext("source") or "", texts, kind


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_source_string_has_a_finished_translation(catalogues: Path, language: str) -> None:
    problems = []
    count = 0
    for context, source, texts, kind in _live_messages(catalogues / f"hkpath_{language}.ts"):
        count += 1
        where = f"{context}: {source!r}"
        if kind == "unfinished" or not all(texts):
            problems.append(f"untranslated {where}")
            continue
        for text in texts:
            if sorted(_PLACEHOLDER.findall(text)) != sorted(_PLACEHOLDER.findall(source)):
                problems.append(f"placeholders differ in {where}: {text!r}")
            if sorted(_TAG.findall(text)) != sorted(_TAG.findall(source)):
                problems.append(f"HTML tags differ in {where}: {text!r}")
            if bool(_ACCELERATOR.search(source)) != bool(_ACCELERATOR.search(text)):
                problems.append(f"keyboard accelerator lost or added in {where}: {text!r}")
    assert count > 100
    assert problems == [], "\n".join(problems)


def _hidden_from_lupdate(tree: ast.AST) -> Iterator[tuple[int, str]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            values = node.value.elts if isinstance(node.value, ast.Tuple) else [node.value]
            if any(isinstance(v, ast.Attribute) and v.attr == "tr" for v in values):
                yield node.lineno, "alias of tr (call self.tr directly)"
        elif isinstance(node, ast.JoinedStr):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and _is_tr(inner):
                    yield node.lineno, "tr() inside an f-string (take it out into a variable)"
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            index = {"tr": 0, "translate": 1}.get(node.func.attr)
            owner = node.func.value
            if node.func.attr == "translate" and not (
                isinstance(owner, ast.Name) and owner.id.endswith("Application")
            ):
                continue  # QPainter.translate and friends
            if (
                index is not None
                and len(node.args) > index
                and not isinstance(node.args[index], ast.Constant)
            ):
                yield node.lineno, f"{node.func.attr}() of a non-literal string"


def _is_tr(call: ast.Call) -> bool:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    return name in ("tr", "translate", "t", "_t", "_tr")


def test_every_translated_string_is_visible_to_lupdate() -> None:
    """lupdate reads literal strings in tr()/translate() calls only, outside f-strings.

    ``t = self.tr`` followed by ``t("...")``, a helper ``_t(text)`` that calls translate with
    a variable, or ``f"{self.tr('...')}"`` hide the strings from the catalogue: they would
    stay English forever.
    """
    hidden = [
        f"{path.relative_to(ROOT)}:{line}: {problem}"
        for path in sorted(UI_DIR.rglob("*.py"))
        for line, problem in sorted(_hidden_from_lupdate(ast.parse(path.read_text("utf-8"))))
    ]
    assert hidden == [], "\n".join(hidden)


def test_the_lupdate_visibility_check_can_fail() -> None:
    source = (
        "class A:\n"
        "    def f(self, x):\n"
        "        t, o = self.tr, 1\n"
        "        return f\"{self.tr('in f-string')}\", self.tr(x), self.tr('fine')\n"
    )
    problems = sorted(
        problem.split(" ")[0] for _line, problem in _hidden_from_lupdate(ast.parse(source))
    )
    assert problems == ["alias", "tr()", "tr()"]


def test_qt_ships_its_chinese_catalogues() -> None:
    """Back / Next / Finish come from these; a frozen build must carry them too."""
    folder = Path(i18n.qt_translations_dir())
    for name in ("qtbase_zh_TW.qm", "qtbase_zh_CN.qm"):
        assert (folder / name).is_file(), folder / name


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("zh_HK", "zh_HK"),
        ("zh_MO", "zh_HK"),
        ("zh_TW", "zh_HK"),
        ("zh_Hant_SG", "zh_HK"),
        ("zh_CN", "zh_CN"),
        ("zh_SG", "zh_CN"),
        ("zh_Hans_HK", "zh_CN"),
        ("yue_HK", "zh_HK"),
        ("en_HK", "en"),
        ("en_US", "en"),
        ("fr_FR", "en"),
    ],
)
def test_system_locale_maps_to_a_language(locale: str, expected: str) -> None:
    assert i18n.resolve(i18n.SYSTEM, QLocale(locale)) == expected


def test_explicit_choice_wins_over_the_system() -> None:
    assert i18n.resolve("zh_CN", QLocale("zh_HK")) == "zh_CN"
    assert i18n.resolve("en", QLocale("zh_HK")) == "en"


def test_choice_is_saved_and_nonsense_reads_as_system(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert i18n.saved_choice(settings) == i18n.SYSTEM
    i18n.save_choice("zh_HK", settings)
    assert QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat).value(
        i18n.SETTINGS_KEY
    ) == ("zh_HK")
    settings.setValue(i18n.SETTINGS_KEY, "klingon")
    assert i18n.saved_choice(settings) == i18n.SYSTEM
    with pytest.raises(ValueError):
        i18n.save_choice("klingon", settings)


@pytest.fixture
def chinese(qapp: QApplication, catalogues: Path) -> Iterator[object]:
    """Install a language from the freshly built .qm; English again afterwards."""

    def use(language: str) -> str:
        return i18n.install_translators(qapp, language, qm_dir=catalogues)

    yield use
    i18n.install_translators(qapp, "en")


def test_wizard_and_main_window_speak_hong_kong_chinese(chinese, qtbot, repository, rules) -> None:
    assert chinese("zh_HK") == "zh_HK"
    window = MainWindow(repository, rules, today=lambda: TODAY)
    qtbot.addWidget(window)
    assert window.tabs.tabText(0) == "比較(&C)"
    household = repository.create_household("陳家")
    window.reload_households(select=household)
    window.edit_answers()
    wizard = window.wizard
    assert wizard is not None
    qtbot.waitExposed(wizard)
    next_text = wizard.button(QWizard.WizardButton.NextButton).text()
    assert _HAN.search(next_text), next_text  # Qt's own qtbase_zh_TW
    assert wizard.currentPage().title() == "歡迎"
    wizard.close()


def test_simplified_chinese_and_back_to_english(chinese, qtbot, repository, rules) -> None:
    chinese("zh_CN")
    assert QCoreApplication.translate("MainWindow", "&Compare") == "比较(&C)"
    assert QCoreApplication.translate("MainWindow", "Chec&klist") == "文件清单(&K)"
    chinese("en")
    assert QCoreApplication.translate("MainWindow", "&Compare") == "&Compare"
    window = MainWindow(repository, rules, today=lambda: TODAY)
    qtbot.addWidget(window)
    assert window.tabs.tabText(0) == "&Compare"


def test_missing_qm_leaves_english_instead_of_failing(qapp, tmp_path: Path) -> None:
    try:
        assert i18n.install_translators(qapp, "zh_HK", qm_dir=tmp_path) == "zh_HK"
        assert QCoreApplication.translate("MainWindow", "&Compare") == "&Compare"
    finally:
        i18n.install_translators(qapp, "en")


def test_settings_dialog_saves_the_language(qtbot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.chosen() == i18n.SYSTEM and not dialog.changed()
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    assert dialog.changed()
    dialog.accept()
    assert i18n.saved_choice(settings) == "zh_CN"
    again = SettingsDialog(settings)
    qtbot.addWidget(again)
    assert again.chosen() == "zh_CN"
    assert "next time" in again.restart_note.text()


def _clipped(root: QWidget) -> list[str]:
    """Visible one-line labels and buttons narrower than their text needs."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() == 0:
            continue
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
            needed = widget.minimumSizeHint().width()
        elif isinstance(widget, QAbstractButton) and widget.text():
            needed = widget.sizeHint().width()
        else:
            continue
        if widget.width() < needed:
            found.append(f"{widget.text()!r}: {widget.width()} < {needed}")
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_and_tab_fits_its_chinese_text(
    chinese, language: str, qtbot, repository, rules, tmp_path: Path
) -> None:
    """Walk the demo household through every page and tab; save PNGs to look at."""
    chinese(language)
    window = MainWindow(repository, rules, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.reload_households(select=tour.load_demo_household_into(repository))
    window.resize(1024, 700)  # the smallest screen the program is made for
    window.show()
    qtbot.waitExposed(window)
    save_page, save_tab = tour.screenshot_writer(tmp_path)
    problems: list[str] = []
    pages: list[str] = []

    def on_page(wizard: InterviewWizard, step: int, page: PageId) -> None:
        pages.append(wizard.currentPage().title())
        problems.extend(f"{page.name}: {item}" for item in _clipped(wizard))
        save_page(wizard, step, page)

    def on_tab(win: MainWindow, title: str) -> None:
        bar = win.tabs.tabBar()
        for index in range(bar.count()):
            if bar.tabRect(index).width() < bar.tabSizeHint(index).width():
                problems.append(f"tab {bar.tabText(index)!r} elided")
        problems.extend(f"tab {title}: {item}" for item in _clipped(win))
        save_tab(win, title)

    tour.walk(window, on_page, on_tab)
    assert len(pages) > 5 and all(_HAN.search(title) for title in pages), pages
    assert problems == [], "\n".join(problems)
    assert len(list(tmp_path.glob("*.png"))) == len(pages) + window.tabs.count()


def test_clip_check_notices_a_squeezed_label(qtbot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    label = QLabel("可申請永久居民身份的日期", root)
    label.setFixedWidth(20)
    root.show()
    assert _clipped(root) and "可申請" in _clipped(root)[0]
    label.setFixedWidth(label.minimumSizeHint().width())
    assert _clipped(root) == []

"""Qt's own dialogs (the file dialog, message boxes, the wizard's buttons) speak the language.

Their words come from Qt's catalogues shipped with PySide6 (qtbase_zh_TW.qm, qtbase_zh_CN.qm)
and from our qt_dialogs_*.ts, which adds the labels those catalogues miss for the Qt we run.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QWizard, QWizardPage

from hkpath_desktop.ui import i18n

pytestmark = pytest.mark.gui

TS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGES = ("zh_HK", "zh_CN")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_ACCELERATOR = re.compile(r"&(\w)")


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Our .ts sources compiled afresh with PySide6's lrelease."""
    folder = tmp_path_factory.mktemp("qm")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    tool = str(lrelease) if lrelease.exists() else shutil.which("pyside6-lrelease")
    assert tool is not None
    for ts in sorted(TS_DIR.glob("*.ts")):
        subprocess.run(
            [tool, "-silent", str(ts), "-qm", str(folder / ts.with_suffix(".qm").name)],
            check=True,
            timeout=120,
        )
    return folder


@pytest.fixture
def speak(qapp: QApplication, compiled: Path) -> Iterator[object]:
    def use(language: str) -> str:
        return i18n.install_translators(qapp, language, qm_dir=compiled)

    yield use
    i18n.install_translators(qapp, "en")


def _file_dialog(qtbot, mode: QFileDialog.AcceptMode, folder: Path) -> QFileDialog:
    dialog = QFileDialog(None, "", str(folder), "CSV (*.csv)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(mode)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "mode", [QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave]
)
def test_every_label_and_button_of_the_file_dialog_is_chinese(
    speak, qtbot, tmp_path: Path, language: str, mode: QFileDialog.AcceptMode
) -> None:
    speak(language)
    dialog = _file_dialog(qtbot, mode, tmp_path)
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert len(labels) >= 3  # Look in, File name, Files of type
    assert [text for text in labels if not _HAN.search(text)] == []
    assert _HAN.search(dialog.labelText(QFileDialog.DialogLabel.Accept))
    assert _HAN.search(dialog.labelText(QFileDialog.DialogLabel.Reject))


@pytest.mark.parametrize("language", LANGUAGES)
def test_message_box_buttons_and_wizard_buttons_are_chinese(speak, qtbot, language: str) -> None:
    speak(language)
    box = QMessageBox()
    qtbot.addWidget(box)
    buttons = (
        QMessageBox.StandardButton.Yes,
        QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
        QMessageBox.StandardButton.Discard,
    )
    for standard in buttons:
        box.addButton(standard)
    assert all(_HAN.search(box.button(standard).text()) for standard in buttons)
    wizard = QWizard()
    wizard.addPage(QWizardPage())
    wizard.addPage(QWizardPage())
    qtbot.addWidget(wizard)
    for which in (
        QWizard.WizardButton.BackButton,
        QWizard.WizardButton.NextButton,
        QWizard.WizardButton.FinishButton,
    ):
        assert _HAN.search(wizard.buttonText(which)), which


@pytest.mark.parametrize(("language", "folder_word"), [("zh_HK", "資料夾"), ("zh_CN", "文件夹")])
def test_the_file_list_calls_a_folder_a_folder_in_chinese(
    speak, tmp_path: Path, language: str, folder_word: str
) -> None:
    """The dialog's Type column says "Folder" through QAbstractFileIconProvider."""
    speak(language)
    assert QAbstractFileIconProvider().type(QFileInfo(str(tmp_path))) == folder_word


def test_english_file_dialog_stays_english(speak, qtbot, tmp_path: Path) -> None:
    speak("en")
    dialog = _file_dialog(qtbot, QFileDialog.AcceptMode.AcceptOpen, tmp_path)
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert labels and not any(_HAN.search(text) for text in labels)


@pytest.mark.parametrize("language", LANGUAGES)
def test_our_qt_dialog_words_are_finished_and_keep_their_shortcut_letter(language: str) -> None:
    root = ET.parse(TS_DIR / f"qt_dialogs_{language}.ts").getroot()
    assert root.get("language") == language
    messages = list(root.iter("message"))
    assert messages
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, source
        text = translation.text or ""
        assert _HAN.search(text), source
        assert _ACCELERATOR.findall(text) == [
            letter.upper() for letter in _ACCELERATOR.findall(source)
        ], source

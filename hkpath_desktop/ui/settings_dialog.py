"""Settings: the language of the program.

Every widget sets its text once when it is built, so a new language takes effect at the next
start; the dialog says so rather than half-translating the open windows.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from hkpath_desktop.ui import i18n

# Each language is named in itself, so a reader finds their own even in a language they do not
# read; these names are deliberately not translated.
_NATIVE_NAMES = {
    i18n.ENGLISH: "English",
    i18n.HONG_KONG: "繁體中文（香港）",
    i18n.SIMPLIFIED: "简体中文",
}


class SettingsDialog(QDialog):
    """Choose the language; OK saves it under ``ui/language`` in QSettings."""

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or QSettings()
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Same as the system"), i18n.SYSTEM)
        for code, name in _NATIVE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(i18n.saved_choice(self.settings)))
        self.initial = self.chosen()
        self.restart_note = QLabel(
            self.tr("A new language applies the next time you start HKPath Desktop."), self
        )
        self.restart_note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.restart_note)
        layout.addWidget(buttons)

    def chosen(self) -> str:
        return str(self.language.currentData())

    def changed(self) -> bool:
        """Whether OK would change the language (the caller may then suggest a restart)."""
        return self.chosen() != self.initial

    def accept(self) -> None:
        i18n.save_choice(self.chosen(), self.settings)
        super().accept()

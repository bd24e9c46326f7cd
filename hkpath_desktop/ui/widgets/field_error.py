"""The message shown next to a field whose answer cannot be right."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from hkpath_desktop.ui import theme


class FieldError(QLabel):
    """A coloured, word-wrapped label that hides itself when there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        theme.style_label(self, "fieldError")
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Problem with this answer"))
        self.hide()

    def show_message(self, message: str | None) -> None:
        self.setText(message or "")
        self.setAccessibleDescription(message or "")
        self.setVisible(bool(message))

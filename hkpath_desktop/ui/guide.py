"""The short offline guide (F1): what each tab answers, where the data lives, how to hand a
file to an adviser. One HTML page per language in ``resources/help``; nothing is fetched."""

from __future__ import annotations

from importlib import resources

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from hkpath_desktop.ui import i18n


def guide_html(language: str) -> str:
    """The guide in ``language`` (English where there is none)."""
    folder = resources.files("hkpath_desktop.resources").joinpath("help")
    page = folder.joinpath(f"guide_{language}.html")
    if not page.is_file():
        page = folder.joinpath(f"guide_{i18n.ENGLISH}.html")
    return page.read_text(encoding="utf-8")


class GuideDialog(QDialog):
    """The guide in a read-only browser that follows no link (the program stays offline)."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("HKPath Desktop guide"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName(self.tr("Guide"))
        self.browser.setHtml(guide_html(language))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        width = self.fontMetrics().horizontalAdvance("M") * 48
        self.resize(width, width * 5 // 4)

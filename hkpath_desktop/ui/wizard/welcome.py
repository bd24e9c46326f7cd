"""The first page: what the program does with the answers, and what it is not."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QWidget

from hkpath_desktop.ui.wizard.base import AnswerPage
from hkpath_desktop.ui.wizard.ids import PageId


class WelcomePage(AnswerPage):
    page_id = PageId.WELCOME

    def __init__(
        self, rules_label: str, rules_released: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Welcome"), parent=parent)
        self.rules_label, self.rules_released = rules_label, rules_released

    def build(self) -> None:
        text = self.tr(
            "<p>This interview asks about you and the family members who would move with you, "
            "then compares the five routes to living in Hong Kong.</p>"
            "<p><b>Offline and private.</b> Your answers stay in a file on this computer. "
            "Nothing is sent anywhere.</p>"
            "<p><b>Not legal advice.</b> The comparison follows the published rules as this "
            "program has recorded them; the Immigration Department decides every case.</p>"
            "<p><b>Don't know?</b> Every question accepts \"Don't know\". The comparison then "
            "says what it cannot decide yet, and never guesses.</p>"
            "<p>Your answers are saved as you go: you can close the interview at any time and "
            "come back to the same page.</p>"
            "<p>Rules: %1, dated %2.</p>"
        )
        label = QLabel(
            text.replace("%1", self.rules_label).replace("%2", self.rules_released.isoformat()),
            self,
        )
        label.setWordWrap(True)
        label.setAccessibleName(self.tr("About this interview"))
        self.rules_text = label
        self.outer.addWidget(label)
        self.outer.addStretch(1)

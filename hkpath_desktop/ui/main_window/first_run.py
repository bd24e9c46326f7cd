"""What the window shows while the data file holds no household: the three ways to begin."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from hkpath_desktop.ui import theme


class FirstRun(QWidget):
    """A welcome with three buttons; the window acts on each.

    Signals:
        createRequested(): the user wants a new household of their own.
        demoRequested(): the user wants to look around with the sample household first.
        importRequested(): the user has a profile file (from an adviser or another computer).
    """

    createRequested = Signal()
    demoRequested = Signal()
    importRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Welcome to HKPath Desktop"), self)
        theme.style_label(title, "emptyState")
        intro = QLabel(
            self.tr(
                "Answer a short interview about your household, and the program compares the "
                "five routes to living in Hong Kong and plans the seven years to permanent "
                "residence. Everything stays on this computer."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.create_button = QPushButton(self.tr("Create a household"), self)
        self.create_button.setDefault(True)
        self.demo_button = QPushButton(self.tr("Try the demo household"), self)
        self.import_button = QPushButton(self.tr("Import a profile…"), self)
        hints = (
            (self.create_button, self.tr("Start the interview for you and your family.")),
            (self.demo_button, self.tr("Look around with a sample family; delete it later.")),
            (self.import_button, self.tr("Open a profile file you were given or exported.")),
        )
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(intro)
        for button, hint in hints:
            button.setAccessibleDescription(hint)
            button.setToolTip(hint)
            note = QLabel(hint, self)
            theme.style_label(note, "hint")
            layout.addSpacing(8)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(note, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 44)
        self.create_button.clicked.connect(self.createRequested)
        self.demo_button.clicked.connect(self.demoRequested)
        self.import_button.clicked.connect(self.importRequested)

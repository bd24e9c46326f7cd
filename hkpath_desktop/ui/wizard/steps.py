"""Where the interview is: the steps on the way through it, the one showing marked, and its
number out of all of them ("Step 3 of 11"), beside the pages."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget, QWizard

from hkpath_desktop.ui import theme
from hkpath_desktop.ui.wizard.base import AnswerPage


def path_of(wizard: QWizard) -> list[int]:
    """The page ids the interview passes through with today's answers: those already seen,
    then the ones Next would lead to (a page skipped by an answer is not counted)."""
    seen = [page for page in wizard.visitedIds() if page != wizard.currentId()]
    ahead: list[int] = []
    page_id = wizard.currentId()
    while page_id != -1 and page_id not in ahead and page_id not in seen:
        ahead.append(page_id)
        page = wizard.page(page_id)
        if page is None:
            break
        # A page not built yet has no answers to branch on: count the one after it, rather
        # than build it to ask.
        if isinstance(page, AnswerPage) and not page.built:
            page_id = page.next_in_order()
        else:
            page_id = page.nextId()
    return seen + ahead


class StepList(QLabel):
    """The side panel of the interview; ``follow`` redraws it for the page showing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        theme.style_label(self, "hint")
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Steps of the interview"))
        self.setFixedWidth(self.fontMetrics().horizontalAdvance("M") * 13)
        self.setMargin(6)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)

    def follow(self, wizard: QWizard) -> None:
        path = path_of(wizard)
        current = wizard.currentId()
        if current not in path:
            return
        number = path.index(current) + 1
        heading = self.tr("Step %1 of %2").replace("%1", str(number)).replace("%2", str(len(path)))
        lines = []
        for index, page_id in enumerate(path):
            page = wizard.page(page_id)
            title = escape(page.title() if page is not None else "")
            if page_id == current:
                lines.append(f"<b>▶ {title}</b>")
            elif index < number - 1:
                lines.append(f"✓ {title}")
            else:
                lines.append(f"&nbsp;&nbsp;&nbsp;{title}")
        self.setText(f"<p><b>{escape(heading)}</b></p><p>{'<br>'.join(lines)}</p>")
        self.setAccessibleDescription(heading)

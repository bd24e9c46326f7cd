"""The Checklist tab's choosers: route, TTPS category, stage, and the text and status filter.

The routes are named in the language given to ``set_assessments``; without one, in the language
of the nearest enclosing widget that has a ``language`` (the Checklist view, whose language is
set after it is built), read each time the routes are filled.

Signals:
    listChanged(): the route, category or stage changed (the lists must be rebuilt).
    filterChanged(): the text or status filter changed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from hkpath_desktop.core.assessment import Assessment, Verdict
from hkpath_desktop.core.checklists import CATEGORIES, ItemStatus, stages_for
from hkpath_desktop.core.i18n import Language, builtin_texts
from hkpath_desktop.ui.models.checklist_model import ATTENTION, item_status_label, stage_label


class ChecklistControls(QWidget):
    listChanged = Signal()
    filterChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pathway = QComboBox(self)
        self.pathway.setAccessibleName(self.tr("Route"))
        self.category = QComboBox(self)
        self.category.setAccessibleName(self.tr("TTPS category"))
        self.stage = QComboBox(self)
        self.stage.setAccessibleName(self.tr("Stage"))
        self.text = QLineEdit(self)
        self.text.setClearButtonEnabled(True)
        self.text.setPlaceholderText(self.tr("A name, a document, a note or a file name"))
        self.text.setAccessibleName(self.tr("Filter by text"))
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Filter by status"))
        self.status.addItem(self.tr("All statuses"), "")
        for status in ItemStatus:
            self.status.addItem(item_status_label(status), status.value)
        self.status.addItem(self.tr("Files needing attention"), ATTENTION)
        self.category_label = QLabel(self.tr("Categor&y:"), self)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        pairs: tuple[tuple[str, QWidget], ...] = (
            (self.tr("Ro&ute:"), self.pathway),
            (self.tr("Sta&ge:"), self.stage),
        )
        for column, (text, widget) in enumerate(pairs):
            label = QLabel(text, self)
            label.setBuddy(widget)
            grid.addWidget(label, 0, 2 * column)
            grid.addWidget(widget, 0, 2 * column + 1)
        self.category_label.setBuddy(self.category)
        grid.addWidget(self.category_label, 0, 4)
        grid.addWidget(self.category, 0, 5)
        pairs = ((self.tr("Filt&er:"), self.text), (self.tr("Sho&w:"), self.status))
        for column, (text, widget) in enumerate(pairs):
            label = QLabel(text, self)
            label.setBuddy(widget)
            grid.addWidget(label, 1, 2 * column)
            grid.addWidget(widget, 1, 2 * column + 1)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 1)
        self.pathway.currentIndexChanged.connect(self._pathway_changed)
        self.category.currentIndexChanged.connect(lambda _i: self.listChanged.emit())
        self.stage.currentIndexChanged.connect(lambda _i: self.listChanged.emit())
        self.text.textChanged.connect(lambda _t: self.filterChanged.emit())
        self.status.currentIndexChanged.connect(lambda _i: self.filterChanged.emit())
        self._assessed_category: str | None = None
        self._fill_categories()

    def set_assessments(
        self, assessments: Sequence[Assessment], *, keep: bool, language: Language | None = None
    ) -> None:
        """Offer the routes best-ranked first; select the best unless ``keep`` and still there."""
        previous = self.pathway.currentData() if keep else None
        ttps = next((a for a in assessments if a.pathway == "ttps"), None)
        category = ttps.category if ttps is not None else None
        self._assessed_category = category if category in CATEGORIES else None
        self.pathway.blockSignals(True)
        self.pathway.clear()
        language = language or self.language()
        for a in assessments:
            name = builtin_texts().pathway_name(a.pathway, a.name, language)
            self.pathway.addItem(f"{name} — {self._verdict(a.verdict)}", a.pathway)
        found = self.pathway.findData(previous) if previous else -1
        self.pathway.setCurrentIndex(max(0, found))
        self.pathway.blockSignals(False)
        self._fill_categories()
        self._fill_stages()

    def language(self) -> Language:
        """The enclosing view's language for the core's words; English without one."""
        widget = self.parentWidget()
        while widget is not None:
            value = getattr(widget, "language", None)
            if isinstance(value, Language):
                return value
            widget = widget.parentWidget()
        return Language.EN

    def selected_pathway(self) -> str:
        return str(self.pathway.currentData() or "")

    def selected_stages(self) -> tuple[str, ...]:
        pathway = self.selected_pathway()
        if not pathway:
            return ()
        stage = self.stage.currentData()
        return (stage,) if stage else stages_for(pathway)

    def selected_category(self) -> str | None:
        """The TTPS category to list papers for: chosen, else assessed, else not yet known."""
        if self.selected_pathway() != "ttps":
            return None
        chosen = self.category.currentData()
        return str(chosen) if chosen else self._assessed_category

    def text_filter(self) -> str:
        return self.text.text()

    def status_filter(self) -> str:
        return str(self.status.currentData() or "")

    def _verdict(self, verdict: Verdict) -> str:
        return {
            Verdict.ELIGIBLE: self.tr("eligible"),
            Verdict.NOT_ELIGIBLE: self.tr("not eligible"),
            Verdict.INCOMPLETE: self.tr("incomplete"),
        }[verdict]

    def _pathway_changed(self, _index: int) -> None:
        self._fill_categories()
        self._fill_stages()
        self.listChanged.emit()

    def _fill_categories(self) -> None:
        chosen = self.category.currentData()
        assessed = self._assessed_category
        first = (
            self.tr("As assessed (%1)").replace("%1", assessed)
            if assessed
            else self.tr("Not decided: list all")
        )
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(first, "")
        for category in CATEGORIES:
            self.category.addItem(self.tr("Category %1").replace("%1", category), category)
        self.category.setCurrentIndex(max(0, self.category.findData(chosen)))
        self.category.blockSignals(False)
        is_ttps = self.selected_pathway() == "ttps"
        self.category.setVisible(is_ttps)
        self.category_label.setVisible(is_ttps)

    def _fill_stages(self) -> None:
        chosen = self.stage.currentData()
        pathway = self.selected_pathway()
        self.stage.blockSignals(True)
        self.stage.clear()
        self.stage.addItem(self.tr("All stages"), "")
        for stage in stages_for(pathway) if pathway else ():
            self.stage.addItem(stage_label(stage), stage)
        self.stage.setCurrentIndex(max(0, self.stage.findData(chosen)))
        self.stage.blockSignals(False)

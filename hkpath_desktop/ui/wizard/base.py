"""What every interview page shares: reading and writing the draft, validation, tab order."""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise
from typing import Any, Protocol, cast

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget, QWizardPage

from hkpath_desktop.ui import theme
from hkpath_desktop.ui.widgets.edits import connect_edits
from hkpath_desktop.ui.widgets.entry_list import Card
from hkpath_desktop.ui.widgets.optional_date import OptionalDateEdit
from hkpath_desktop.ui.wizard.draft import Draft
from hkpath_desktop.ui.wizard.ids import PageId, following


class _WithDraft(Protocol):
    """The interview, as its pages see it: the answers being edited."""

    draft: Draft


class AnswerPage(QWizardPage):
    """A page that loads its answers from the draft and writes them back when left.

    Subclasses create their widgets in ``build``, which runs the first time the page is shown
    or asked for (``ensure_built``), so opening the interview builds one page. They implement
    ``load``, ``apply`` and ``check`` (which shows inline messages and says whether the page
    can be left), and call ``changed`` whenever an answer changes so the Next button follows
    ``isComplete``.

    Signals:
        answerChanged(): an answer was typed, picked or ticked (the interview autosaves it).
    """

    answerChanged = Signal()

    page_id: PageId
    outer: QVBoxLayout
    form: QFormLayout

    def __init__(self, title: str, intro: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(title)
        self._intro = intro
        self.built = False

    def ensure_built(self) -> None:
        """Create the page's widgets, once."""
        if self.built:
            return
        self.built = True
        self.outer = QVBoxLayout(self)
        if self._intro:
            label = QLabel(self._intro, self)
            theme.style_label(label, "pageIntro")
            label.setWordWrap(True)
            self.outer.addWidget(label)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.outer.addLayout(self.form)
        self.build()
        for field in self.findChildren(OptionalDateEdit):
            field.edited.connect(self.changed)
        connect_edits(self, self.answerChanged.emit, skip=Card)

    def build(self) -> None:
        """Create the widgets below the intro (``outer`` and ``form`` exist already)."""

    @property
    def draft(self) -> Draft:
        return cast(_WithDraft, self.wizard()).draft

    def initializePage(self) -> None:
        self.ensure_built()
        self.load(self.draft)
        self.set_tab_order()
        self.changed()

    def load(self, draft: Draft) -> None:
        """Show the draft's answers."""

    def apply(self, draft: Draft) -> None:
        """Write this page's answers into the draft (only called when they are ``storable``)."""

    def check(self) -> bool:
        """Show or clear inline messages; True when every answer can be stored."""
        return True

    def focus_chain(self) -> list[QWidget]:
        return []

    def next_in_order(self) -> int:
        """The page after this one when no answer branches (read without building the page)."""
        return following(self.page_id)

    def nextId(self) -> int:
        return self.next_in_order()

    def set_tab_order(self) -> None:
        widgets = self.focus_chain()
        for first, second in pairwise(widgets):
            QWidget.setTabOrder(first, second)

    def changed(self, *_args: object) -> None:
        self.completeChanged.emit()
        self.answerChanged.emit()

    def storable(self) -> bool:
        """Whether every answer given can be stored; a required one may still be missing (the
        family name typed before the given name is kept, though Next waits for the latter)."""
        self.ensure_built()
        dates_valid = all(field.is_valid() for field in self.findChildren(OptionalDateEdit))
        return dates_valid and self.check()

    def isComplete(self) -> bool:
        return self.storable() and super().isComplete()


_UNKNOWN = ""
"""Item data of "don't know": a plain string, so every item's data is text."""


def combo_value(combo: QComboBox) -> str | None:
    """The chosen item's data; ``None`` for "don't know"."""
    value = combo.currentData()
    return value if isinstance(value, str) and value != _UNKNOWN else None


def enum_combo(
    accessible_name: str,
    labels: Mapping[Any, str],
    parent: QWidget,
    unknown_label: str,
) -> QComboBox:
    """A combo box of an enum's values with "don't know" first (see ``combo_value``)."""
    combo = QComboBox(parent)
    combo.setAccessibleName(accessible_name)
    combo.addItem(unknown_label, _UNKNOWN)
    for value, text in labels.items():
        combo.addItem(text, value)
    return combo


def set_combo_value(combo: QComboBox, value: object) -> None:
    index = combo.findData(_UNKNOWN if value is None else value)
    combo.setCurrentIndex(max(index, 0))

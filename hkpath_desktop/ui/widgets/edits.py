"""One hook for "the user changed an answer", whatever widget the answer is typed into.

The interview autosaves as the user types; rather than each page wiring each field, a page
(and a card) connects every input widget below it here, once its widgets exist.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QSpinBox, QWidget


def connect_edits(
    root: QWidget, slot: Callable[[], None], skip: type[QWidget] | None = None
) -> None:
    """Call ``slot`` whenever an answer is typed, picked or ticked in a widget under ``root``;
    widgets inside a ``skip`` (a card that reports its own edits) are left out."""

    def wanted(widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while skip is not None and parent is not None and parent is not root:
            if isinstance(parent, skip):
                return False
            parent = parent.parentWidget()
        return True

    for edit in filter(wanted, root.findChildren(QLineEdit)):
        edit.textEdited.connect(lambda _text: slot())
    for combo in filter(wanted, root.findChildren(QComboBox)):
        combo.currentIndexChanged.connect(lambda _index: slot())
    for button in filter(wanted, root.findChildren(QAbstractButton)):
        button.clicked.connect(lambda _checked=False: slot())
    for spin in filter(wanted, root.findChildren(QSpinBox)):
        spin.valueChanged.connect(lambda _value: slot())

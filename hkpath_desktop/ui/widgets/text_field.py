"""A one-line answer held to the length the profile format accepts (``core.profile_fields``).

Every name, employer, job title or institution typed must export and import back; the limit
is the one the import applies, and reaching it is said beside the field, not silently.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QLineEdit, QToolTip, QWidget

from hkpath_desktop.core.profile_fields import MAX_NAME


def text_field(parent: QWidget, limit: int = MAX_NAME) -> QLineEdit:
    """A ``QLineEdit`` that takes at most ``limit`` characters and says so when it is full."""
    edit = QLineEdit(parent)
    edit.setMaxLength(limit)

    def at_limit(text: str) -> None:
        if len(text) >= limit:
            QToolTip.showText(
                edit.mapToGlobal(QPoint(0, edit.height())),
                QCoreApplication.translate("TextField", "At most %1 characters.").replace(
                    "%1", f"{limit:,}"
                ),
                edit,
            )

    edit.textEdited.connect(at_limit)
    return edit

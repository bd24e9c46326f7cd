"""The right-hand pane of the Checklist tab: why a document is needed, its files, a note.

The note is saved as the user types (after a short pause, and at once when the selection
moves on), so nothing typed is ever lost to a missing "Save" click.

Signals:
    noteEdited(str, str, str): member, item and the note's new text.
    filesDropped(list): local paths dropped onto the pane's drop zone.
"""

from __future__ import annotations

import os
from html import escape

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextBrowser, QVBoxLayout, QWidget

from hkpath_desktop.core.profile_fields import MAX_TEXT
from hkpath_desktop.ui import theme
from hkpath_desktop.ui.models.checklist_model import (
    Kind,
    Node,
    file_reason,
    file_status_label,
    item_status_label,
    stage_label,
)
from hkpath_desktop.ui.widgets.field_error import FieldError
from hkpath_desktop.ui.widgets.file_drop import FileDropZone

NOTE_DELAY_MS = 600


class ItemDetail(QWidget):
    noteEdited = Signal(str, str, str)
    filesDropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = QTextBrowser(self)
        self.info.setAccessibleName(self.tr("About the selected document"))
        self.info.setOpenLinks(False)
        self.note_label = QLabel(self.tr("&Note"), self)
        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(self.tr("Note on the selected document"))
        self.note.setPlaceholderText(self.tr("Your note on this document, saved as you type"))
        self.note.setTabChangesFocus(True)
        self.note_label.setBuddy(self.note)
        self.note_too_long = FieldError(self)
        self.drop = FileDropZone(
            self.tr("Drop files here to attach them to the selected document"), self
        )
        self.drop.filesDropped.connect(self.filesDropped)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.info, 3)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note, 1)
        layout.addWidget(self.note_too_long)
        layout.addWidget(self.drop)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(NOTE_DELAY_MS)
        self._timer.timeout.connect(self._emit_note)
        self._target: tuple[str, str] | None = None
        self.note.textChanged.connect(self._note_changed)
        self.set_node(None)

    def pending(self) -> bool:
        return self._timer.isActive()

    def flush(self) -> None:
        """Save a note that is still waiting for the typing pause (nothing if none is)."""
        if self.pending():
            self._timer.stop()
            self._emit_note()

    def _emit_note(self) -> None:
        text = self.note.toPlainText()
        if self._target is not None and len(text) <= MAX_TEXT:
            member, item = self._target
            self.noteEdited.emit(member, item, text)

    def set_node(self, node: Node | None) -> None:
        """Show a row of the tree; a pending note of the previous document is saved first."""
        self.flush()
        item = node.item if node is not None else None
        target = None if item is None else (item.member, item.id)
        text = "" if item is None else item.note or ""
        typing = target == self._target and self.note.hasFocus()
        if not typing and self.note.toPlainText() != text:
            self._target = None
            self.note.setPlainText(text)
        self._target = target
        self.note.setEnabled(item is not None)
        self.drop.setEnabled(item is not None)
        self.info.setHtml(self._html(node))

    def _note_changed(self) -> None:
        """Save after the typing pause; a note over the limit an export could not carry back
        is not saved (the last one that fits is kept) and the reason is said under it."""
        length = len(self.note.toPlainText())
        too_long = length > MAX_TEXT
        self.note_too_long.show_message(
            self.tr("A note is kept up to %1 characters; this one has %2. Shorten it to save it.")
            .replace("%1", f"{MAX_TEXT:,}")
            .replace("%2", f"{length:,}")
            if too_long
            else None
        )
        if self._target is not None and not too_long:
            self._timer.start()

    def _html(self, node: Node | None) -> str:
        if node is None or node.item is None:
            hint = self.tr(
                "Select a document to see why it is needed, attach files or write a note."
            )
            return f"<p>{escape(hint)}</p>"
        item = node.item
        stage, status = escape(self.tr("Stage")), escape(self.tr("Status"))
        waived, source = escape(self.tr("Waived")), escape(self.tr("Source"))
        unverified, attached = escape(self.tr("unverified rule")), escape(self.tr("Attached files"))
        parts = [
            f"<h3>{escape(item.title)}</h3>",
            f"<p><b>{stage}:</b> {escape(stage_label(node.stage))}<br>"
            f"<b>{status}:</b> {escape(item_status_label(item.status))}</p>",
        ]
        if item.waived_reason:
            parts.append(f"<p><b>{waived}:</b> {escape(item.waived_reason)}</p>")
        parts.append(f"<p>{escape(item.why)}</p>")
        flag = "" if item.verified else f" <i>({unverified})</i>"
        parts.append(f"<p><small>{source}: {escape(item.source)}{flag}</small></p>")
        if item.files:
            parts.append(f"<p><b>{attached}</b></p><ul>")
            parts.extend(self._file_html(node, path) for path in item.files)
            parts.append("</ul>")
        return "".join(parts)

    def _file_html(self, node: Node, path: str) -> str:
        mine = node.kind is Kind.FILE and node.path == path
        state = node.state if mine else None
        name = escape(os.path.basename(path) or path)
        name = f"<b>{name}</b>" if mine else name
        line = f"<li>{name}<br><small>{escape(path)}</small>"
        if mine:
            ok = state is not None and state.ok
            colour = theme.colour("eligible" if ok else "error").name()
            line += (
                f"<br><span style='color:{colour}'>{escape(file_status_label(state))}</span>: "
                f"{escape(file_reason(state))}"
            )
            if state is not None and not state.ok:
                hint = self.tr("Choose Relink… to point this record at the file's new place.")
                line += f"<br>{escape(hint)}"
        return line + "</li>"

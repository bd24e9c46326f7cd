"""Exporting the PDFs from the GUI: a save dialog, the work on a worker with progress, then open.

The lead wires :func:`export_adviser_report` and :func:`export_checklist` to the File menu and
to the buttons of the Compare and Checklist tabs. reportlab is imported inside the worker the
first time a user exports, so it costs nothing at start-up. The dialogs are module-level
functions (:func:`ask_save_path`, :func:`ask_open`, :func:`open_url`) so tests replace them.

Signals of :class:`ReportExport`:
    exported(str path, int pages): the PDF is complete under its name.
    failed(str message): nothing was written; the user was told why.
    cancelled(): the user stopped it; nothing was written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from hkpath_desktop.core.facts import Household
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.ui import file_dialogs
from hkpath_desktop.ui.i18n import current_language
from hkpath_desktop.ui.workers import Progress, Task, start

Writer = Callable[[Path, str, Progress], int]
"""(out, page size, progress) -> pages: one of the report builders, with its arguments bound."""


def paper_filters() -> dict[str, str]:
    """The save dialog's file types, each with the paper it stands for."""
    return {
        QCoreApplication.translate("ReportExport", "PDF, A4 paper (*.pdf)"): "A4",
        QCoreApplication.translate("ReportExport", "PDF, US Letter paper (*.pdf)"): "Letter",
    }


def ask_save_path(parent: QWidget, caption: str, suggested: str) -> tuple[Path, str] | None:
    """The save dialog: where to write and on which paper; ``None`` when the user cancels."""
    answer = file_dialogs.save_file(parent, caption, suggested, ";;".join(paper_filters()))
    return None if answer is None else chosen_path(str(answer[0]), answer[1])


def chosen_path(name: str, chosen_filter: str) -> tuple[Path, str]:
    """The dialog's answer as (path ending in .pdf, page size of the chosen filter)."""
    path = Path(name)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    return path, paper_filters().get(chosen_filter, "A4")


def ask_open(parent: QWidget, path: Path, pages: int) -> bool:
    """Offer to open the finished PDF."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ReportExport", "PDF saved"),
        QCoreApplication.translate(
            "ReportExport", "Saved {pages} pages to {path}.\n\nOpen it now?"
        ).format(pages=pages, path=path),
    )
    return answer == QMessageBox.StandardButton.Yes


def open_url(url: QUrl) -> bool:
    return QDesktopServices.openUrl(url)


def tell_failure(parent: QWidget, message: str) -> None:
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("ReportExport", "PDF not saved"),
        QCoreApplication.translate("ReportExport", "The PDF could not be written: {0}").format(
            message
        ),
    )


def suggested_name(household: Household, what: str, on: date) -> str:
    """A file name from the household's name, safe on every platform."""
    base = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", f"{household.name} - {what} {on.isoformat()}")
    return re.sub(r"\s+", " ", base).strip() + ".pdf"


class ReportExport(QObject):
    """One export in flight: owns the progress dialog and the worker until a final signal."""

    exported = Signal(str, int)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget, path: Path, page_size: str, writer: Writer) -> None:
        super().__init__(parent)
        self._parent, self.path = parent, path
        self.dialog = QProgressDialog(
            self.tr("Writing {0}…").format(path.name), self.tr("Cancel"), 0, 0, parent
        )
        self.dialog.setWindowTitle(self.tr("Saving PDF"))
        # Not modal: the PDF is written from a copy of the household in a thread, so the window
        # may go on being used; blocking it walked every widget twice (~40 ms, ui_stall).
        self.dialog.setWindowModality(Qt.WindowModality.NonModal)
        self.dialog.setMinimumDuration(300)
        self.task: Task[int] = Task(lambda progress: writer(path, page_size, progress))
        self.task.signals.progress.connect(self._progress)
        self.task.signals.finished.connect(self._finished)
        self.task.signals.failed.connect(self._failed)
        self.task.signals.cancelled.connect(self._cancelled)
        self.dialog.canceled.connect(self.task.cancel)

    def start(self) -> ReportExport:
        start(self.task)
        return self

    def _progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)

    def _close(self) -> None:
        self.dialog.canceled.disconnect(self.task.cancel)
        self.dialog.reset()
        self.dialog.close()
        self.deleteLater()

    def _finished(self, pages: int) -> None:
        self._close()
        self.exported.emit(str(self.path), pages)
        if ask_open(self._parent, self.path, pages):
            open_url(QUrl.fromLocalFile(str(self.path)))

    def _failed(self, message: str) -> None:
        self._close()
        self.failed.emit(message)
        tell_failure(self._parent, message)

    def _cancelled(self) -> None:
        self._close()
        self.cancelled.emit()


def export_adviser_report(
    parent: QWidget,
    household: Household,
    rules: RulePack,
    on: date,
    pathways: Sequence[str] | None = None,
    language: str | None = None,
) -> ReportExport | None:
    """File > Export adviser report, and the Compare tab's button."""
    chosen = ask_save_path(
        parent,
        QCoreApplication.translate("ReportExport", "Save adviser report"),
        suggested_name(household, QCoreApplication.translate("ReportExport", "adviser report"), on),
    )
    if chosen is None:
        return None
    words_language = language or current_language()

    def write(out: Path, page_size: str, progress: Progress) -> int:
        from hkpath_desktop.report.adviser import write_adviser_report

        return write_adviser_report(
            household,
            rules,
            on,
            out,
            pathways=pathways,
            page_size=page_size,
            progress=progress,
            language=words_language,
        )

    return ReportExport(parent, chosen[0], chosen[1], write).start()


def export_checklist(
    parent: QWidget,
    household: Household,
    rules: RulePack,
    on: date,
    pathway: str,
    stages: Sequence[str] | None = None,
    language: str | None = None,
) -> ReportExport | None:
    """File > Export checklist, and the Checklist tab's button: one pathway, some stages."""
    chosen = ask_save_path(
        parent,
        QCoreApplication.translate("ReportExport", "Save checklist"),
        suggested_name(household, QCoreApplication.translate("ReportExport", "checklist"), on),
    )
    if chosen is None:
        return None
    words_language = language or current_language()

    def write(out: Path, page_size: str, progress: Progress) -> int:
        from hkpath_desktop.report.checklist_pdf import write_checklist_report

        return write_checklist_report(
            household,
            rules,
            on,
            out,
            pathways=[pathway],
            stages=stages,
            page_size=page_size,
            progress=progress,
            language=words_language,
        )

    return ReportExport(parent, chosen[0], chosen[1], write).start()

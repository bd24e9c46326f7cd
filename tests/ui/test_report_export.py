"""Exporting PDFs from the GUI: save dialog answer, worker with progress, offer to open, cancel."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QPushButton, QWidget

from hkpath_desktop.core.facts import Household
from hkpath_desktop.core.profile_io import load_profile_file
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.ui import report_export
from hkpath_desktop.ui.workers import Progress

pytestmark = pytest.mark.gui
ON = date(2026, 11, 22)


@pytest.fixture
def family(fixtures_dir: Path) -> Household:
    return load_profile_file(fixtures_dir / "family.json")


@pytest.fixture
def window(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture(autouse=True)
def no_modal_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """No test may block on a message box: decline to open, record failures."""
    told: list[str] = []
    monkeypatch.setattr(report_export, "ask_open", lambda parent, path, pages: False)
    monkeypatch.setattr(report_export, "tell_failure", lambda parent, message: told.append(message))
    return told


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """Answer "yes" to the offer to open, and record what would have been opened."""
    urls: list[QUrl] = []
    monkeypatch.setattr(report_export, "ask_open", lambda parent, path, pages: True)
    monkeypatch.setattr(report_export, "open_url", lambda url: urls.append(url) or True)
    return urls


def _answer_save(monkeypatch: pytest.MonkeyPatch, path: Path | None, size: str = "A4") -> None:
    answer = None if path is None else (path, size)
    monkeypatch.setattr(report_export, "ask_save_path", lambda parent, caption, name: answer)


def test_adviser_report_is_written_off_thread_and_offered_to_open(
    qtbot,  # type: ignore[no-untyped-def]
    window: QWidget,
    family: Household,
    rules: RulePack,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    opened: list[QUrl],
) -> None:
    out = tmp_path / "adviser.pdf"
    _answer_save(monkeypatch, out, "Letter")
    export = report_export.export_adviser_report(window, family, rules, ON)
    assert export is not None
    with qtbot.waitSignal(export.exported, timeout=20000) as blocker:
        pass
    path, pages = blocker.args
    assert Path(path) == out and pages == len(PdfReader(out).pages)
    assert {round(p.mediabox.width) for p in PdfReader(out).pages} == {612}
    assert opened == [QUrl.fromLocalFile(str(out))]
    qtbot.waitUntil(lambda: not export.dialog.isVisible())


def test_checklist_for_one_pathway_and_declining_to_open(
    qtbot,  # type: ignore[no-untyped-def]
    window: QWidget,
    family: Household,
    rules: RulePack,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "list.pdf"
    _answer_save(monkeypatch, out)
    urls: list[QUrl] = []
    monkeypatch.setattr(report_export, "open_url", urls.append)
    export = report_export.export_checklist(window, family, rules, ON, "cies", ["entry"])
    assert export is not None
    with qtbot.waitSignal(export.exported, timeout=20000):
        pass
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "New Capital Investment Entrant Scheme: Entry application" in " ".join(text.split())
    assert urls == []


def test_cancelling_the_save_dialog_does_nothing(
    window: QWidget, family: Household, rules: RulePack, monkeypatch: pytest.MonkeyPatch
) -> None:
    _answer_save(monkeypatch, None)
    assert report_export.export_adviser_report(window, family, rules, ON) is None
    assert report_export.export_checklist(window, family, rules, ON, "gep") is None


def test_a_failure_is_told_and_nothing_written(
    qtbot,  # type: ignore[no-untyped-def]
    window: QWidget,
    family: Household,
    rules: RulePack,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_modal_boxes: list[str],
) -> None:
    told = no_modal_boxes
    _answer_save(monkeypatch, tmp_path / "missing folder" / "x.pdf")
    export = report_export.export_adviser_report(window, family, rules, ON)
    assert export is not None
    with qtbot.waitSignal(export.failed, timeout=20000):
        pass
    assert told and "missing folder" in told[0]
    assert not (tmp_path / "missing folder").exists()


def test_cancel_in_the_progress_dialog_stops_and_leaves_no_file(
    qtbot,  # type: ignore[no-untyped-def]
    window: QWidget,
    family: Household,
    rules: RulePack,
    tmp_path: Path,
) -> None:
    from hkpath_desktop.report.checklist_pdf import write_checklist_report

    gate = threading.Event()

    def writer(out: Path, page_size: str, progress: Progress) -> int:
        gate.wait(10)
        return write_checklist_report(
            family, rules, ON, out, pathways=["ttps"], page_size=page_size, progress=progress
        )

    export = report_export.ReportExport(window, tmp_path / "x.pdf", "A4", writer).start()
    export.dialog.findChild(QPushButton).click()
    with qtbot.waitSignal(export.cancelled, timeout=20000):
        gate.set()
    assert os.listdir(tmp_path) == []


def test_dialog_answer_gets_a_pdf_suffix_and_the_filters_paper(qtbot) -> None:  # type: ignore[no-untyped-def]
    letter = next(f for f, size in report_export.paper_filters().items() if size == "Letter")
    assert report_export.chosen_path("/x/report", letter) == (Path("/x/report.pdf"), "Letter")
    assert report_export.chosen_path("/x/a.PDF", "") == (Path("/x/a.PDF"), "A4")


def test_suggested_name_is_safe_on_every_platform(family: Household) -> None:
    odd = Household(name='陳/家: "a"?', members=family.members)
    assert (
        report_export.suggested_name(odd, "checklist", ON) == "陳 家 a - checklist 2026-11-22.pdf"
    )


def test_reportlab_is_not_imported_at_start_up() -> None:
    code = (
        "import sys, hkpath_desktop.ui.report_export, hkpath_desktop.ui.main_window;"
        "print('reportlab' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "False"


def test_the_export_lives_on_when_the_caller_drops_it(
    qtbot,  # type: ignore[no-untyped-def]
    window: QWidget,
    family: Household,
    rules: RulePack,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    opened: list[QUrl],
) -> None:
    out = tmp_path / "dropped.pdf"
    _answer_save(monkeypatch, out)
    report_export.export_checklist(window, family, rules, ON, "gep", ["entry"])
    gc.collect()
    qtbot.waitUntil(lambda: opened == [QUrl.fromLocalFile(str(out))], timeout=20000)
    assert PdfReader(out).pages

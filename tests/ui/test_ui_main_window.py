"""The main window and the Compare tab on a real SQLite file; the GUI start-up path itself."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from conftest import TODAY, settle
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from hkpath_desktop.core.comparison import assess_all
from hkpath_desktop.core.facts import PATHWAY_IDS, Income, IncomeKind
from hkpath_desktop.core.profile_io import load_profile_file, parse_profile
from hkpath_desktop.ui.app import build_main_window, run_gui
from hkpath_desktop.ui.main_window import MainWindow, actions
from hkpath_desktop.ui.models.compare_model import Column, CompareModel
from hkpath_desktop.ui.wizard.ids import PageId
from hkpath_desktop.ui.wizard.wizard import InterviewWizard

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, repository, rules) -> MainWindow:
    win = MainWindow(repository, rules, today=lambda: TODAY)
    qtbot.addWidget(win)
    win.show()
    return win


def _import(window, monkeypatch, path: Path) -> list[str]:
    warnings: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    window.import_action.trigger()
    settle(None, window.session)
    return warnings


def test_compare_model_passes_the_model_tester(qtmodeltester, fixtures_dir, rules) -> None:
    household = load_profile_file(fixtures_dir / "family.json")
    model = CompareModel()
    model.set_assessments(assess_all(household, rules, TODAY))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 5
    verdicts = {model.data(model.index(r, Column.VERDICT)) for r in range(5)}
    assert verdicts <= {"Eligible", "Not eligible", "Needs answers"}
    assert model.data(model.index(0, Column.VERDICT), 9) is not None  # ForegroundRole: colour


def test_a_qmas_score_is_criteria_met_of_how_many(fixtures_dir, rules) -> None:
    household = load_profile_file(fixtures_dir / "family.json")
    model = CompareModel()
    model.set_assessments(assess_all(household, rules, TODAY))
    row = next(r for r in range(5) if model.assessment(r).pathway == "qmas")
    assert model.data(model.index(row, Column.CATEGORY)) == "8 of 12 criteria met"


def test_import_shows_five_routes_and_the_detail(window, monkeypatch, fixtures_dir) -> None:
    assert _import(window, monkeypatch, fixtures_dir / "family.json") == []
    assert window.households.count() == 1
    model = window.compare.model
    assert model.rowCount() == 5
    assert {model.assessment(r).pathway for r in range(5)} == set(PATHWAY_IDS)
    html = window.compare.detail.toPlainText()
    assert "What was checked" in html and "seven years" in html


def test_a_broken_profile_is_refused_with_its_field_path(window, monkeypatch, tmp_path) -> None:
    document = json.loads((Path(__file__).parents[1] / "fixtures" / "family.json").read_text())
    document["household"]["members"][0]["date_of_birth"] = "soon"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    warnings = _import(window, monkeypatch, bad)
    assert len(warnings) == 1
    assert "household.members[0].date_of_birth" in warnings[0]
    assert window.repository.list_households() == []


def test_export_writes_the_profile_back(window, monkeypatch, fixtures_dir, tmp_path) -> None:
    _import(window, monkeypatch, fixtures_dir / "family.json")
    target = tmp_path / "out.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export_action.trigger()
    original = load_profile_file(fixtures_dir / "family.json")
    assert parse_profile(target.read_text(encoding="utf-8")).members == original.members


def test_new_rename_and_delete_with_confirmation(window, monkeypatch, qtbot) -> None:
    names = iter(["Wong family", "Wongs"])
    monkeypatch.setattr(actions, "ask_name", lambda *a, **k: (next(names), True))
    window.new_action.trigger()
    settle(qtbot, window.session)
    assert window.wizard is not None and window.wizard.isVisible()
    assert window.wizard.currentId() == PageId.WELCOME
    window.wizard.close()
    window.rename_action.trigger()
    settle(qtbot, window.session)
    assert [h.name for h in window.repository.list_households()] == ["Wongs"]
    assert window.households.currentItem().text() == "Wongs"
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    window.delete_action.trigger()
    assert window.households.count() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    window.delete_action.trigger()
    settle(qtbot, window.session)
    assert window.households.count() == 0
    assert not window.edit_action.isEnabled()
    assert "Choose or create" in window.compare.empty.text()


def _ttps(model: CompareModel):  # type: ignore[no-untyped-def]
    return next(model.assessment(r) for r in range(5) if model.assessment(r).pathway == "ttps")


def test_compare_follows_an_income_answer_in_the_wizard(window, monkeypatch, qtbot) -> None:
    household_id = window.repository.create_household("Income")
    window.reload_households(select=household_id)
    window.edit_action.trigger()
    wizard = window.wizard
    wizard.next()
    qtbot.keyClicks(wizard.answer_page(PageId.YOU).given_name, "Mei")
    while wizard.currentId() != PageId.INCOME:
        wizard.next()
    model = window.compare.model
    before = [model.data(model.index(r, c)) for r in range(5) for c in range(len(Column))]
    ttps_before = next(
        model.assessment(r) for r in range(5) if model.assessment(r).pathway == "ttps"
    )
    page = wizard.answer_page(PageId.INCOME)
    page.any.setValue(True)
    card = page.entries.cards()[0]
    card.year_ending.setValue(date(2026, 10, 31))
    card.kind.setCurrentIndex(card.kind.findData(IncomeKind.EMPLOYMENT))
    card.amount.setHkd(9_000_000)
    wizard.next()
    settle(qtbot, wizard.session)
    assert window.repository.load(household_id).principal.income == (
        Income(date(2026, 10, 31), 9_000_000, IncomeKind.EMPLOYMENT),
    )
    assert window.tab_settled(window.tabs.currentIndex())
    after = [model.data(model.index(r, c)) for r in range(5) for c in range(len(Column))]
    ttps_after = next(
        model.assessment(r) for r in range(5) if model.assessment(r).pathway == "ttps"
    )
    assert model.rowCount() == 5
    assert after != before
    assert ttps_after.criteria != ttps_before.criteria


def test_menus_status_bar_and_tabs(window, rules) -> None:
    assert window.new_action.shortcut().toString() == "Ctrl+N"
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert rules.version in window.about_text()
    status = " ".join(w.text() for w in window.statusBar().findChildren(type(window.data_label)))
    assert rules.version in status and str(window.repository.database_path) in status
    titles = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    assert titles == ["Compare", "Checklist", "Timeline", "Residence", "Seven-year plan"]
    views = [window.compare, window.checklist, window.timeline, window.residence, window.plan]
    assert [window.tabs.widget(i) for i in range(5)] == views


def test_window_geometry_is_remembered(qtbot, repository, rules, private_settings) -> None:
    first = build_main_window(repository)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 520)
    first.close()
    assert any(private_settings.rglob("*.ini"))
    second = build_main_window(repository)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 520)


def test_run_gui_opens_offscreen_and_closes_cleanly(data_dir) -> None:
    seen: list[str] = []
    QTimer.singleShot(
        100,
        lambda: seen.extend(
            w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()
        ),
    )
    assert run_gui(data_dir, quit_after_ms=300) == 0
    assert "HKPath Desktop" in seen
    assert (data_dir / "hkpath.sqlite3").exists() or any(data_dir.iterdir())


def test_pdf_exports_from_the_menu_and_both_tab_buttons(
    window, monkeypatch, fixtures_dir, tmp_path, qtbot
) -> None:
    from pypdf import PdfReader

    from hkpath_desktop.ui import report_export

    _import(window, monkeypatch, fixtures_dir / "family.json")
    targets = iter([tmp_path / "menu.pdf", tmp_path / "compare.pdf", tmp_path / "checklist.pdf"])
    monkeypatch.setattr(report_export, "ask_save_path", lambda *a: (next(targets), "A4"))
    monkeypatch.setattr(report_export, "ask_open", lambda *a: False)
    assert window.report_action.isEnabled() and window.checklist_pdf_action.isEnabled()
    export = window.export_report()
    assert export is not None
    qtbot.waitUntil(lambda: (tmp_path / "menu.pdf").exists(), timeout=30000)
    window.compare.report_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "compare.pdf").exists(), timeout=30000)
    window.tabs.setCurrentWidget(window.checklist)
    pathway, _stages = window.checklist.current_selection()
    window.checklist.export_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "checklist.pdf").exists(), timeout=30000)
    text = PdfReader(tmp_path / "checklist.pdf").pages[0].extract_text()
    assert window.rules.version in text
    assert "Mei Chan" in text
    assert pathway


def test_opening_the_interview_again_keeps_only_one(window, qtbot) -> None:
    household_id = window.repository.create_household("Once")
    window.reload_households(select=household_id)
    window.edit_answers()
    first = window.wizard
    first.close()
    window.edit_answers()
    assert window.wizard is not first and window.wizard.isVisible()
    qtbot.waitUntil(lambda: not shiboken6.isValid(first))
    assert len(window.findChildren(InterviewWizard)) == 1
    window.wizard.close()


def test_the_end_of_a_session_saves_what_is_typed(window, qtbot) -> None:
    """What the desktop's logout (``commitDataRequest``) asks: the answer on screen is in the
    file once ``save_typed`` returns, without leaving the field, the page or the window."""
    household_id = window.repository.create_household("Logout")
    window.reload_households(select=household_id)
    window.edit_answers()
    wizard = window.wizard
    wizard.next()
    you = wizard.answer_page(PageId.YOU)
    qtbot.keyClicks(you.family_name, "Cheung")
    window.save_typed()
    assert window.repository.load(household_id).principal.family_name == "Cheung"
    assert wizard.isVisible() and wizard.currentId() == PageId.YOU
    wizard.close()

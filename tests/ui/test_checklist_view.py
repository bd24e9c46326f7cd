"""The Checklist tab on real widgets, a real database and real files in tmp_path."""

from __future__ import annotations

import dataclasses
import hashlib
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from checklist_helpers import choose, household, item_ids, nodes, select, status_text, walk
from conftest import re_rendered, settle
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QThreadPool, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from hkpath_desktop.core.checklists import build_checklist
from hkpath_desktop.core.comparison import assess_all
from hkpath_desktop.core.facts import Household
from hkpath_desktop.core.profile_fields import MAX_TEXT
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.store.attachments import FileState, FileStatus, Problem, fingerprint
from hkpath_desktop.store.repository import Repository
from hkpath_desktop.ui.models.checklist_model import ATTENTION, ChecklistModel, Kind
from hkpath_desktop.ui.session import HouseholdSession
from hkpath_desktop.ui.views.checklist_view import ChecklistView

pytestmark = pytest.mark.gui

TODAY = date(2026, 11, 22)

PHOTO = "ttps.entry.photo"
PASSPORT = "ttps.entry.travel_document"


@pytest.fixture
def view(qtbot, session: HouseholdSession, rules: RulePack) -> ChecklistView:  # type: ignore[no-untyped-def]
    widget = re_rendered(ChecklistView(session, rules, lambda: TODAY), session)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.opened: list[str] = []  # type: ignore[attr-defined]

    def opener(url: QUrl) -> bool:
        widget.opened.append(url.toLocalFile())  # type: ignore[attr-defined]
        return True

    widget.open_url = opener
    return widget


@pytest.fixture
def show(qtbot, view: ChecklistView, repository: Repository) -> Callable[[Household], int]:  # type: ignore[no-untyped-def]
    def shower(h: Household) -> int:
        household_id = repository.add_household(h)
        view.show_household(household_id)
        qtbot.waitUntil(lambda: not view.files.busy(), timeout=10_000)
        return household_id

    return shower


def idle(qtbot, view: ChecklistView) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not view.files.busy(), timeout=20_000)


def test_model_passes_the_model_tester(qtmodeltester, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    h = household(keep_documents=True)
    model = ChecklistModel()
    lists = [build_checklist(h, "cies", s) for s in ("net_asset_assessment", "entry")]
    model.set_file_states({("m1", "cies.entry.travel_document", h.documents[0].path): FileState(
        FileStatus.MISSING, Problem.NOT_FOUND)})  # fmt: skip
    model.set_content(h, lists)
    assert model.rowCount() == 4
    qtmodeltester.check(model, force_py=True)
    model.set_content(h, lists, text="passport", status=ATTENTION)
    assert model.rowCount() == 1
    model.set_file_states({})
    model.set_content(None, ())
    assert model.rowCount() == 0


def test_empty_until_a_household_is_shown(view: ChecklistView, show, rules) -> None:  # type: ignore[no-untyped-def]
    assert view.empty.isVisibleTo(view) and not view.body.isVisibleTo(view)
    view.show_household(999)
    assert view.empty.isVisibleTo(view) and view.household_id is None
    h = household()
    show(h)
    assert view.body.isVisibleTo(view) and not view.empty.isVisibleTo(view)
    best = assess_all(h, rules, TODAY)[0].pathway
    assert view.current_selection() == (best, view.controls.selected_stages())
    assert len(view.current_selection()[1]) > 1


def test_progress_per_person_and_stage_matches_the_core(view: ChecklistView, show) -> None:  # type: ignore[no-untyped-def]
    h = household()
    show(h)
    choose(view, "pathway", "ttps")
    choose(view, "stage", "entry")
    assert view.current_selection() == ("ttps", ("entry",))
    core = build_checklist(h, "ttps", "entry", category=view.controls.selected_category())
    people = [view.model.index(r, 0) for r in range(view.model.rowCount())]
    assert [view.model.node(p).member for p in people] == ["m1", "m2", "m3", "m4"]  # type: ignore[union-attr]
    for person in people:
        member = view.model.node(person).member  # type: ignore[union-attr]
        expected = core.progress_by_member()[member]
        words = f"{expected.done} of {expected.total} documents ready"
        assert status_text(view, person) == words
        assert status_text(view, view.model.index(0, 0, person)) == words
    total = core.progress()
    assert f"{total.done} of {total.total} documents ready" in view.status.summary.text()
    for member in h.members:
        expected = core.progress_by_member()[member.id]
        words = f"{member.display_name}: {expected.done} of {expected.total} documents ready"
        assert words in view.status.summary.text(), "each person's count in words, not 0/27"
    assert view.status.bar.text() == f"{total.done} of {total.total} documents ready"
    assert view.status.bar.value() == total.done and view.status.bar.maximum() == total.total


def test_ttps_category_a_versus_b(view: ChecklistView, show) -> None:  # type: ignore[no-untyped-def]
    show(household())
    choose(view, "pathway", "ttps")
    assert view.controls.category.isVisibleTo(view)
    choose(view, "category", "A")
    a = item_ids(view)
    assert view.current_category() == "A"
    choose(view, "category", "B")
    assert view.current_category() == "B"
    b = item_ids(view)
    assert "ttps.entry.income_proof" in a and "ttps.entry.income_proof" not in b
    assert "ttps.entry.degree_proof" in b and "ttps.entry.degree_proof" not in a
    choose(view, "pathway", "gep")
    assert not view.controls.category.isVisibleTo(view)


def test_mainland_versus_japanese_resident(view: ChecklistView, show) -> None:  # type: ignore[no-untyped-def]
    show(household())
    choose(view, "pathway", "ttps")
    assert "ttps.entry.consent_letter" not in item_ids(view)
    show(household(mainland=True))
    choose(view, "pathway", "ttps")
    assert "ttps.entry.consent_letter" in item_ids(view)
    assert "ttps.entry.consent_letter" not in item_ids(view, "m2")


def test_with_and_without_spouse_and_child(view: ChecklistView, show) -> None:  # type: ignore[no-untyped-def]
    show(household())
    choose(view, "pathway", "ttps")
    assert {n.member for n in nodes(view, Kind.MEMBER)} == {"m1", "m2", "m3", "m4"}
    assert "ttps.entry.relationship_proof" in item_ids(view, "m2")
    show(household(alone=True))
    choose(view, "pathway", "ttps")
    assert [n.member for n in nodes(view, Kind.MEMBER)] == ["m1"]
    assert "Ken" not in view.status.summary.text()


def test_text_and_status_filters(view: ChecklistView, show) -> None:  # type: ignore[no-untyped-def]
    show(household())
    choose(view, "pathway", "ttps")
    all_items = len(nodes(view, Kind.ITEM))
    view.controls.text.setText("photograph")
    shown = nodes(view, Kind.ITEM)
    assert shown and all(n.item and "photograph" in n.item.title.casefold() for n in shown)
    view.controls.text.setText("Yui")
    assert {n.member for n in nodes(view, Kind.ITEM)} == {"m3"}
    view.controls.text.clear()
    choose(view, "status", "not_applicable")
    assert all(n.item and n.item.status == "not_applicable" for n in nodes(view, Kind.ITEM))
    choose(view, "status", "")
    assert len(nodes(view, Kind.ITEM)) == all_items


def _files(tmp_path: Path, *names: str) -> list[str]:
    folder = tmp_path / "papers"
    folder.mkdir(exist_ok=True)
    paths = []
    for n, name in enumerate(names):
        path = folder / name
        path.write_bytes(f"content {n} of {name}".encode())
        paths.append(str(path))
    return paths


def test_attach_open_show_and_detach(qtbot, view, show, repository, tmp_path) -> None:  # type: ignore[no-untyped-def]
    household_id = show(household())
    choose(view, "pathway", "ttps")
    select(view, "m1", PHOTO)
    paths = _files(tmp_path, "photo front.jpg", "photo 側面.jpg")
    view.choose_files = lambda: paths
    with qtbot.waitSignal(view.session.changed, timeout=10_000) as changed:
        view.file_actions.attach.trigger()
    assert changed.args[0] == household_id
    settle(None, view.session)
    docs = repository.load(household_id).documents
    assert [d.path for d in docs] == paths
    assert docs[0].sha256 == hashlib.sha256(Path(paths[0]).read_bytes()).hexdigest()
    assert docs[0].size == Path(paths[0]).stat().st_size
    item = view.model.find("m1", PHOTO)
    assert status_text(view, item).startswith("Attached")
    files = [view.model.index(r, 0, item) for r in range(2)]
    assert [status_text(view, f) for f in files] == ["OK", "OK"]
    assert view.current_node().item.id == PHOTO  # type: ignore[union-attr]

    select(view, "m1", PHOTO, paths[1])
    view.file_actions.open.trigger()
    view.file_actions.folder.trigger()
    assert view.opened == [paths[1], str(Path(paths[1]).parent)]  # type: ignore[attr-defined]
    with qtbot.waitSignal(view.session.changed):
        view.file_actions.detach.trigger()
    settle(None, view.session)
    assert [d.path for d in repository.load(household_id).documents] == [paths[0]]
    assert Path(paths[1]).exists()
    assert "not touched" in view.status.message.text()


def test_files_that_cannot_be_read_are_not_attached(
    qtbot, view, show, repository, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    household_id = show(household())
    select(
        view,
        "m1",
        view.model.node(
            view.model.index(0, 0, view.model.index(0, 0, view.model.index(0, 0)))
        ).item.id,
    )  # type: ignore[union-attr]
    view.attach_files([str(tmp_path / "not there.pdf"), str(tmp_path)])
    idle(qtbot, view)
    settle(None, view.session)
    assert repository.load(household_id).documents == ()
    assert "Not attached" in view.status.message.text()
    assert "not there.pdf" in view.status.message.text()


def test_recheck_finds_a_moved_file_and_relink_fixes_it(
    qtbot, view, show, repository, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    household_id = show(household())
    choose(view, "pathway", "ttps")
    [path] = _files(tmp_path, "passport.pdf")
    select(view, "m1", PASSPORT)
    view.attach_files([path])
    idle(qtbot, view)
    moved = tmp_path / "moved" / "passport (scan).pdf"
    moved.parent.mkdir()
    os.rename(path, moved)
    view.file_actions.recheck.trigger()
    idle(qtbot, view)
    row = view.model.find("m1", PASSPORT, path)
    assert status_text(view, row) == "Moved or deleted"
    assert "Files needing attention: 1" in view.status.attention.text()
    choose(view, "status", ATTENTION)
    assert item_ids(view) == [PASSPORT]
    select(view, "m1", PASSPORT, path)
    view.file_actions.open.trigger()
    assert view.opened == []  # type: ignore[attr-defined]
    assert "choose Relink" in view.status.message.text()
    view.choose_new_place = lambda old: str(moved) if old == path else ""
    with qtbot.waitSignal(view.session.changed, timeout=10_000):
        view.file_actions.relink.trigger()
    settle(None, view.session)
    [doc] = repository.load(household_id).documents
    assert doc == fingerprint("m1", PASSPORT, moved)
    assert item_ids(view) == []
    assert not view.status.attention.isVisibleTo(view)
    choose(view, "status", "")
    assert status_text(view, view.model.find("m1", PASSPORT, str(moved))) == "OK"


def test_opening_a_household_rechecks_its_files(qtbot, view, repository, tmp_path) -> None:  # type: ignore[no-untyped-def]
    [good, bad] = _files(tmp_path, "good.pdf", "bad.pdf")
    refs = (fingerprint("m1", PHOTO, good), fingerprint("m1", PASSPORT, bad))
    Path(bad).write_bytes(b"edited by someone else, longer than before")
    h = household()
    household_id = repository.add_household(Household(h.name, h.members, documents=refs))
    view.show_household(household_id)
    choose(view, "pathway", "ttps")
    idle(qtbot, view)
    assert status_text(view, view.model.find("m1", PHOTO, good)) == "OK"
    assert status_text(view, view.model.find("m1", PASSPORT, bad)) == "Changed since attached"


def test_note_is_saved_as_you_type(qtbot, view, show, repository) -> None:  # type: ignore[no-untyped-def]
    household_id = show(household())
    choose(view, "pathway", "ttps")
    select(view, "m2", PHOTO)
    view.detail.note.setFocus()
    with qtbot.waitSignal(view.session.changed, timeout=5_000):
        qtbot.keyClicks(view.detail.note, "white background")
    settle(None, view.session)
    notes = repository.load(household_id).notes
    assert [(n.member, n.item, n.text) for n in notes if n.item == PHOTO] == [
        ("m2", PHOTO, "white background")
    ]
    select(view, "m1", PHOTO)
    assert view.detail.note.toPlainText() == ""
    select(view, "m2", PHOTO)
    assert view.detail.note.toPlainText() == "white background"


def test_a_note_too_long_to_export_is_not_saved_and_says_why(  # type: ignore[no-untyped-def]
    qtbot, view, show, repository
) -> None:
    """Issue 21 point 5: a note over the limit the import applies is never stored (an export
    of it could not be imported back); the note kept is the last one that fits."""
    household_id = show(household())
    choose(view, "pathway", "ttps")
    select(view, "m2", PHOTO)
    view.detail.note.setFocus()
    with qtbot.waitSignal(view.session.changed, timeout=5_000):
        qtbot.keyClicks(view.detail.note, "short")
    settle(None, view.session)
    view.detail.note.setPlainText("z" * (MAX_TEXT + 1))  # pasted
    view.detail.flush()
    settle(None, view.session)
    assert view.detail.note_too_long.isVisibleTo(view)
    assert f"{MAX_TEXT:,}" in view.detail.note_too_long.text()
    notes = repository.load(household_id).notes
    assert [n.text for n in notes if n.item == PHOTO] == ["short"]
    view.detail.note.setPlainText("z" * MAX_TEXT)
    view.detail.flush()
    settle(None, view.session)
    assert not view.detail.note_too_long.isVisibleTo(view)
    notes = repository.load(household_id).notes
    assert [n.text for n in notes if n.item == PHOTO] == ["z" * MAX_TEXT]


def test_drop_many_files_at_once(qtbot, view, show, repository, tmp_path) -> None:  # type: ignore[no-untyped-def]
    household_id = show(household())
    choose(view, "pathway", "ttps")
    select(view, "m3", PASSPORT)
    paths = _files(tmp_path, "a.pdf", "b c.pdf", "長い名前.pdf")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(p) for p in paths] + [QUrl("https://example.org/x.pdf")])
    zone = view.detail.drop
    view.show()
    qtbot.waitExposed(view)
    enter = QDragEnterEvent(
        QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(zone, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    with qtbot.waitSignal(view.session.changed, timeout=10_000):
        QApplication.sendEvent(zone, drop)
    assert drop.isAccepted()
    settle(None, view.session)
    docs = repository.load(household_id).documents
    assert sorted(d.path for d in docs) == sorted(paths)
    assert {(d.member, d.item) for d in docs} == {("m3", PASSPORT)}


def test_drop_of_non_files_is_refused(qtbot, view, show) -> None:  # type: ignore[no-untyped-def]
    show(household())
    mime = QMimeData()
    mime.setText("just text")
    enter = QDragEnterEvent(
        QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(view.detail.drop, enter)
    assert not enter.isAccepted()


def test_export_button_asks_for_the_report(qtbot, view, show) -> None:  # type: ignore[no-untyped-def]
    show(household())
    with qtbot.waitSignal(view.reportRequested, timeout=1_000):
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)


def test_a_200_mb_file_is_hashed_with_progress(qtbot, view, show, repository, tmp_path) -> None:  # type: ignore[no-untyped-def]
    household_id = show(household())
    select(
        view,
        "m1",
        view.model.node(
            view.model.index(0, 0, view.model.index(0, 0, view.model.index(0, 0)))
        ).item.id,
    )  # type: ignore[union-attr]
    big = tmp_path / "scan of everything.pdf"
    with open(big, "wb") as f:
        f.truncate(200 * 1024 * 1024)
    progress: list[int] = []
    view.files.progress.connect(lambda done, total, _what: progress.append(done))
    view.attach_files([str(big)])
    idle(qtbot, view)
    settle(None, view.session)
    [doc] = repository.load(household_id).documents
    assert doc.size == 200 * 1024 * 1024
    assert doc.sha256 == fingerprint("m1", doc.item, big).sha256
    assert len(progress) > 10 and progress[-1] == 200 * 1024


def test_closing_the_tab_while_a_file_is_read_is_harmless(  # type: ignore[no-untyped-def]
    qtbot, repository, session, rules, tmp_path
) -> None:
    household_id = repository.add_household(household())
    view = ChecklistView(session, rules, lambda: TODAY)
    view.show_household(household_id)
    qtbot.waitUntil(lambda: not view.files.busy(), timeout=10_000)
    first = view.model.index(0, 0, view.model.index(0, 0, view.model.index(0, 0)))
    view.tree.setCurrentIndex(first)
    big = tmp_path / "big.bin"
    with open(big, "wb") as f:
        f.truncate(64 * 1024 * 1024)
    view.attach_files([str(big)])
    assert view.files.busy()
    view.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(view), timeout=5_000)
    assert QThreadPool.globalInstance().waitForDone(20_000)
    qtbot.wait(50)
    settle(None, view.session)
    assert repository.load(household_id).documents == ()


def test_drop_files_onto_a_document_row(qtbot, view, show, repository, tmp_path) -> None:  # type: ignore[no-untyped-def]
    household_id = show(household())
    choose(view, "pathway", "ttps")
    choose(view, "stage", "entry")
    view.show()
    qtbot.waitExposed(view)
    target = view.model.find("m2", PHOTO)
    view.tree.scrollTo(target)
    point = view.tree.visualRect(target).center()
    person_point = view.tree.visualRect(view.model.index(0, 0)).center()
    paths = _files(tmp_path, "one.jpg", "two.jpg")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(p) for p in paths])

    def event(kind, where):  # type: ignore[no-untyped-def]
        args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton)
        if kind is QDropEvent:
            return QDropEvent(QPointF(where), *args, Qt.KeyboardModifier.NoModifier)
        return QDragEnterEvent(where, *args, Qt.KeyboardModifier.NoModifier)

    on_person = event(QDragEnterEvent, person_point)
    QApplication.sendEvent(view.tree.viewport(), on_person)
    assert not on_person.isAccepted()
    on_item = event(QDragEnterEvent, point)
    QApplication.sendEvent(view.tree.viewport(), on_item)
    assert on_item.isAccepted()
    drop = event(QDropEvent, point)
    with qtbot.waitSignal(view.session.changed, timeout=10_000):
        QApplication.sendEvent(view.tree.viewport(), drop)
    settle(None, view.session)
    docs = repository.load(household_id).documents
    assert [(d.member, d.item, d.path) for d in docs] == [("m2", PHOTO, p) for p in paths]


def test_a_recheck_signals_once_per_document_not_once_per_file() -> None:
    h = household(keep_documents=True)
    [first, *_] = h.documents
    many = tuple(dataclasses.replace(first, path=f"/scans/page-{n:03d}.pdf") for n in range(40))
    h = dataclasses.replace(h, documents=many)
    model = ChecklistModel()
    model.set_content(h, [build_checklist(h, "cies", "entry")])
    item = model.find(first.member, first.item)
    assert model.rowCount(item) == 40
    changes: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(
        lambda top, bottom, _roles: changes.append(
            (top.row(), bottom.row(), top.column(), bottom.column())
        )
    )
    ok = FileState(FileStatus.OK)
    model.set_file_states({(d.member, d.item, d.path): ok for d in many})
    assert changes == [(0, 39, 0, 1), (item.row(), item.row(), 0, 1)]
    assert all(
        model.node(model.index(r, 0, item)).state == ok  # type: ignore[union-attr]
        for r in range(40)
    )
    changes.clear()
    model.set_file_states({(d.member, d.item, d.path): ok for d in many})
    assert changes == []  # nothing changed, nothing to repaint


def test_the_view_stays_busy_until_the_attached_files_are_shown(
    qtbot, view, show, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    show(household())
    choose(view, "pathway", "ttps")
    select(view, "m1", PHOTO)
    [path] = _files(tmp_path, "photo.jpg")
    seen: list[tuple[bool, int]] = []

    def busy_changed(busy: bool) -> None:
        item = view.model.find("m1", PHOTO)
        seen.append((busy, view.model.rowCount(item)))

    view.files.busyChanged.connect(busy_changed)
    with qtbot.waitSignal(view.session.changed, timeout=10_000):
        view.attach_files([path])
    idle(qtbot, view)
    assert seen[0] == (True, 0)
    assert (False, 1) in seen and (False, 0) not in seen


def test_a_household_already_read_is_not_read_again(view, repository, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    household_id = repository.add_household(household())
    settle(None, view.session)
    loaded = repository.load(household_id)
    reads: list[int] = []
    real = repository.load
    monkeypatch.setattr(repository, "load", lambda i: reads.append(i) or real(i))
    view.show_household(household_id, loaded)
    assert view.household is loaded and view.household_id == household_id
    assert reads == []
    view.show_household(household_id)
    assert reads == [household_id] and view.household == loaded


def test_not_applicable_papers_count_in_neither_number(view: ChecklistView, show) -> None:  # type: ignore[no-untyped-def]
    """Ken holds no Hong Kong status: his "if any" identity card is shown, but not as done."""
    show(household())
    choose(view, "pathway", "gep")
    choose(view, "stage", "extension")
    ken = next(
        i
        for i in walk(view)
        if view.model.node(i).kind is Kind.MEMBER and view.model.node(i).member == "m2"
    )  # type: ignore[union-attr]
    stage = view.model.index(0, 0, ken)
    rows = [
        status_text(view, view.model.index(r, 0, stage)) for r in range(view.model.rowCount(stage))
    ]
    assert rows.count("Not applicable") == 1 and rows.count("Missing") == len(rows) - 1
    words = f"0 of {len(rows) - 1} documents ready"
    assert status_text(view, ken) == words and status_text(view, stage) == words


def _spouse_at(h: Household, country: str | None) -> Household:
    spouse = h.members[1]
    home = dataclasses.replace(spouse.residence, country=country)
    moved = dataclasses.replace(spouse, nationality="GB", residence=home)
    return dataclasses.replace(h, members=(h.members[0], moved, *h.members[2:]))


def test_macao_papers_only_where_they_can_apply(view: ChecklistView, show) -> None:  # type: ignore[no-untyped-def]
    """A British spouse in the UK: no Macao or Taiwan rows; home not answered: marked rows."""
    show(_spouse_at(household(), "GB"))
    choose(view, "pathway", "ttps")
    choose(view, "stage", "entry")
    kens = item_ids(view, "m2")
    assert kens and not [i for i in kens if "macao" in i or "taiwan" in i]
    show(_spouse_at(household(), None))
    choose(view, "pathway", "ttps")
    choose(view, "stage", "entry")
    assert "ttps.entry.macao_id" in item_ids(view, "m2")
    row = view.model.find("m2", "ttps.entry.macao_id", "")
    assert status_text(view, row) == "Missing (if it applies)"
    assert "Needed only for a Macao resident." in str(
        view.model.data(row, Qt.ItemDataRole.ToolTipRole)
    )

"""The GUI's way out of a bad data file: what is offered, and what each choice does."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from safety_cases import BAD_FILES, good_database, sha256

from hkpath_desktop.store.backups import Backup, back_up_now, list_backups
from hkpath_desktop.store.db import (
    BusyDatabaseError,
    CorruptDatabaseError,
    DatabaseError,
    DiskFullError,
    MigrationError,
    NewerSchemaError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    database_path,
)
from hkpath_desktop.ui.recovery import (
    Choice,
    Problem,
    RecoveryDialog,
    RecoveryPlan,
    open_with_recovery,
    plan_recovery,
)

BACKUP = Backup(Path("b.sqlite3"), datetime(2026, 11, 21, 9, 0, tzinfo=UTC))
P = Path("hkpath.sqlite3")


@pytest.mark.parametrize(
    ("error", "problem", "choices"),
    [
        (CorruptDatabaseError(P, "x"), Problem.DAMAGED, ("restore", "start_new", "quit")),
        (NotADatabaseError(P, "x"), Problem.NOT_OURS, ("restore", "start_new", "quit")),
        (MigrationError(P, "x", None), Problem.MIGRATION_FAILED, ("restore", "start_new", "quit")),
        (NewerSchemaError(P, "0099"), Problem.NEWER, ("quit",)),
        (ReadOnlyDatabaseError(P, "x"), Problem.READ_ONLY, ("retry", "quit")),
        (DiskFullError(P, "x"), Problem.DISK_FULL, ("retry", "quit")),
        (BusyDatabaseError(P, "x"), Problem.BUSY, ("retry", "quit")),
        (DatabaseError(P, "x"), Problem.UNAVAILABLE, ("retry", "quit")),
    ],
)
def test_plan_offers_replacing_only_a_file_that_is_broken(
    error: DatabaseError, problem: Problem, choices: tuple[str, ...]
) -> None:
    plan = plan_recovery(error, BACKUP)
    assert plan.problem is problem
    assert tuple(c.value for c in plan.choices) == choices
    assert plan.backup == (BACKUP if "restore" in choices else None)


def test_plan_without_a_backup_offers_a_new_file_or_quitting() -> None:
    plan = plan_recovery(CorruptDatabaseError(P, "x"), None)
    assert plan.choices == (Choice.START_NEW, Choice.QUIT)


def _ask(choice: Choice, seen: list[RecoveryPlan]):  # type: ignore[no-untyped-def]
    def ask(plan: RecoveryPlan, _error: DatabaseError) -> Choice:
        seen.append(plan)
        return choice

    return ask


@pytest.mark.parametrize("case", ["corrupt", "truncated", "not-sqlite"])
def test_restoring_the_newest_backup_keeps_the_bad_file_aside(data_dir: Path, case: str) -> None:
    good_database(data_dir, households=3)
    back_up_now(data_dir, now=datetime(2026, 11, 20, tzinfo=UTC))
    newest = back_up_now(data_dir, now=datetime(2026, 11, 21, tzinfo=UTC))
    database_path(data_dir).unlink()
    BAD_FILES[case][0](data_dir)
    bad = sha256(database_path(data_dir))
    seen: list[RecoveryPlan] = []

    repo = open_with_recovery(data_dir, _ask(Choice.RESTORE, seen))

    assert repo is not None
    with repo:
        assert [s.name for s in repo.list_households()] == [f"Household {n}" for n in range(3)]
    assert [p.backup.path for p in seen if p.backup] == [newest]
    kept = list(data_dir.glob("hkpath.sqlite3.before-restore-*.bak"))
    assert [sha256(p) for p in kept] == [bad]


def test_a_damaged_newest_backup_is_passed_over(data_dir: Path) -> None:
    good_database(data_dir, households=2)
    older = back_up_now(data_dir, now=datetime(2026, 11, 20, tzinfo=UTC))
    newest = back_up_now(data_dir, now=datetime(2026, 11, 21, tzinfo=UTC))
    newest.write_bytes(b"\x00" * 4096)
    database_path(data_dir).write_bytes(b"junk" * 100)
    seen: list[RecoveryPlan] = []
    repo = open_with_recovery(data_dir, _ask(Choice.RESTORE, seen))
    assert repo is not None
    repo.close()
    assert seen[0].backup is not None and seen[0].backup.path == older


def test_starting_a_new_file_renames_the_bad_one_unchanged(data_dir: Path) -> None:
    BAD_FILES["corrupt"][0](data_dir)
    bad = sha256(database_path(data_dir))
    repo = open_with_recovery(data_dir, _ask(Choice.START_NEW, []))
    assert repo is not None
    with repo:
        assert repo.list_households() == []
    kept = list(data_dir.glob("hkpath.sqlite3.damaged-*.bak"))
    assert [sha256(p) for p in kept] == [bad]


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_quitting_leaves_everything_as_it_was(data_dir: Path, case: str) -> None:
    BAD_FILES[case][0](data_dir)
    before = sha256(database_path(data_dir))
    assert open_with_recovery(data_dir, _ask(Choice.QUIT, [])) is None
    assert sha256(database_path(data_dir)) == before
    assert list(data_dir.glob("*.bak")) == []


def test_a_newer_file_is_only_explained(data_dir: Path) -> None:
    BAD_FILES["newer-schema"][0](data_dir)
    back_up_now(data_dir)
    seen: list[RecoveryPlan] = []
    assert open_with_recovery(data_dir, _ask(Choice.QUIT, seen)) is None
    assert [p.choices for p in seen] == [(Choice.QUIT,)]
    assert len(list_backups(data_dir)) == 1


@pytest.mark.gui
def test_dialog_explains_in_plain_words_and_offers_the_choices(qtbot) -> None:  # type: ignore[no-untyped-def]
    plan = plan_recovery(CorruptDatabaseError(P, "x"), BACKUP)
    dialog = RecoveryDialog(plan, Path("/data/hkpath.sqlite3"))
    qtbot.addWidget(dialog)
    assert "damaged" in dialog.text()
    assert "/data/hkpath.sqlite3" in dialog.informativeText()
    assert "nothing is deleted" in dialog.informativeText()
    assert BACKUP.taken_at.astimezone().strftime("%Y-%m-%d") in dialog.informativeText()
    assert [b.text() for b in dialog.choice_buttons.values()] == [
        "Restore the backup",
        "Start a new file",
        "Quit",
    ]
    assert "Traceback" not in dialog.text() + dialog.informativeText()


@pytest.mark.gui
def test_dialog_for_a_newer_file_offers_only_quit(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = RecoveryDialog(plan_recovery(NewerSchemaError(P, "0099"), BACKUP), P)
    qtbot.addWidget(dialog)
    assert "newer version" in dialog.text()
    assert list(dialog.choice_buttons) == [Choice.QUIT]


@pytest.mark.gui
def test_clicking_start_new_in_the_real_dialog_opens_a_new_file(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    BAD_FILES["not-sqlite"][0](data_dir)
    bad = sha256(database_path(data_dir))

    def click() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RecoveryDialog)
        dialog.choice_buttons[Choice.START_NEW].click()

    QTimer.singleShot(0, click)
    repo = open_with_recovery(data_dir)
    assert repo is not None
    repo.close()
    assert [sha256(p) for p in data_dir.glob("hkpath.sqlite3.damaged-*.bak")] == [bad]

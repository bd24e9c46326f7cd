"""When the data file cannot be opened: explain in plain words and offer a way out.

``plan_recovery`` decides, without Qt or disk, what to offer for each refusal of
``store.db``: restoring the newest sound backup or starting a new file only when the file is
damaged or not ours (a file with schema objects of someone else's or from a newer program is
not ours to replace); trying again, and nothing that moves the file, when the file is fine
but its disk is full or read-only, it is busy, or it could not be read for a reason not
known; quitting always. ``RecoveryDialog`` asks; ``open_with_recovery`` puts it together at
start-up. Nothing is ever deleted: a new file starts only after the old one was renamed.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from hkpath_desktop.store.backups import (
    Backup,
    back_up_daily,
    check_database,
    list_backups,
    move_aside,
    restore_backup,
)
from hkpath_desktop.store.db import (
    BusyDatabaseError,
    CorruptDatabaseError,
    DatabaseError,
    DiskFullError,
    ForeignSchemaError,
    MigrationError,
    NewerSchemaError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    resolve_data_dir,
)
from hkpath_desktop.store.repository import Repository

MAX_ATTEMPTS = 3
"""Restores or new files tried at one start-up before giving up (a restore may meet another
bad backup); trying again after freeing space is not counted."""


class Problem(enum.Enum):
    DAMAGED = "damaged"
    NOT_OURS = "not_ours"
    FOREIGN = "foreign"
    NEWER = "newer"
    READ_ONLY = "read_only"
    DISK_FULL = "disk_full"
    BUSY = "busy"
    MIGRATION_FAILED = "migration_failed"
    UNAVAILABLE = "unavailable"


class Choice(enum.Enum):
    RESTORE = "restore"
    START_NEW = "start_new"
    RETRY = "retry"
    QUIT = "quit"


@dataclass(frozen=True, slots=True)
class RecoveryPlan:
    problem: Problem
    choices: tuple[Choice, ...]
    backup: Backup | None
    """The backup ``Choice.RESTORE`` puts back (``None`` when it is not offered)."""


_PROBLEMS: tuple[tuple[type[DatabaseError], Problem], ...] = (
    (CorruptDatabaseError, Problem.DAMAGED),
    (NotADatabaseError, Problem.NOT_OURS),
    (ForeignSchemaError, Problem.FOREIGN),
    (NewerSchemaError, Problem.NEWER),
    (ReadOnlyDatabaseError, Problem.READ_ONLY),
    (DiskFullError, Problem.DISK_FULL),
    (BusyDatabaseError, Problem.BUSY),
    (MigrationError, Problem.MIGRATION_FAILED),
)
_REPLACEABLE = {Problem.DAMAGED, Problem.NOT_OURS, Problem.MIGRATION_FAILED}
_PASSING = {Problem.READ_ONLY, Problem.DISK_FULL, Problem.BUSY, Problem.UNAVAILABLE}
"""The file is fine and may open once the user has made room, fixed permissions or closed
the other program: offered to try again, never to move the file."""


def plan_recovery(error: DatabaseError, newest_backup: Backup | None) -> RecoveryPlan:
    """What to offer for ``error``, given the newest sound backup (if any)."""
    problem = next((p for kind, p in _PROBLEMS if isinstance(error, kind)), Problem.UNAVAILABLE)
    if problem in _PASSING:
        return RecoveryPlan(problem, (Choice.RETRY, Choice.QUIT), None)
    if problem not in _REPLACEABLE:
        return RecoveryPlan(problem, (Choice.QUIT,), None)
    if newest_backup is None:
        return RecoveryPlan(problem, (Choice.START_NEW, Choice.QUIT), None)
    return RecoveryPlan(problem, (Choice.RESTORE, Choice.START_NEW, Choice.QUIT), newest_backup)


def newest_sound_backup(data_dir: Path) -> Backup | None:
    for backup in list_backups(data_dir):
        try:
            check_database(backup.path)
        except (DatabaseError, OSError):
            continue
        return backup
    return None


def carry_out(data_dir: Path, plan: RecoveryPlan, choice: Choice) -> None:
    """Do what the user chose, if the plan offered it; the old file is always kept."""
    if choice not in plan.choices:
        return
    if choice is Choice.RESTORE and plan.backup is not None:
        restore_backup(data_dir, plan.backup.path)
    elif choice is Choice.START_NEW:
        move_aside(data_dir)


def _explanations() -> dict[Problem, str]:
    return {
        Problem.DAMAGED: QCoreApplication.translate(
            "RecoveryDialog", "Your saved data file is damaged and cannot be opened."
        ),
        Problem.NOT_OURS: QCoreApplication.translate(
            "RecoveryDialog", "The data file is not an HKPath Desktop file."
        ),
        Problem.FOREIGN: QCoreApplication.translate(
            "RecoveryDialog",
            "Your data file holds things HKPath Desktop did not put there, or lacks some it "
            "needs; another program may have changed it. It was not opened, so nothing in it "
            "could run.",
        ),
        Problem.NEWER: QCoreApplication.translate(
            "RecoveryDialog",
            "Your data was saved by a newer version of HKPath Desktop. Please install that "
            "version to open it.",
        ),
        Problem.READ_ONLY: QCoreApplication.translate(
            "RecoveryDialog",
            "HKPath Desktop may not write to your data file or its folder: the disk may be "
            "read-only, or their permissions forbid it. The file itself is fine. Please make "
            "the disk or folder writable, then choose Try again.",
        ),
        Problem.DISK_FULL: QCoreApplication.translate(
            "RecoveryDialog",
            "The disk that holds your data file is full, so HKPath Desktop cannot open it. The "
            "file itself is fine. Please free some space on that disk (move or delete other "
            "files), then choose Try again.",
        ),
        Problem.BUSY: QCoreApplication.translate(
            "RecoveryDialog",
            "Another program, perhaps a second HKPath Desktop window, is using your data file. "
            "The file itself is fine. Please close that program, then choose Try again.",
        ),
        Problem.MIGRATION_FAILED: QCoreApplication.translate(
            "RecoveryDialog",
            "Your data could not be brought up to date for this version of the program. A copy "
            "taken before the attempt is kept beside it.",
        ),
        Problem.UNAVAILABLE: QCoreApplication.translate(
            "RecoveryDialog",
            "Your data file could not be read just now. This does not mean it is damaged. "
            "Please check the disk it is on, then choose Try again.",
        ),
    }


def backup_label(backup: Backup) -> str:
    """When the backup was taken, in local time (ISO order: unambiguous in every language)."""
    return backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")


class RecoveryDialog(QMessageBox):
    """Explains a refused data file and offers the plan's choices as buttons."""

    def __init__(self, plan: RecoveryPlan, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("HKPath Desktop cannot open your data"))
        self.setText(_explanations()[plan.problem])
        lines = [self.tr("The file is %1. It has not been changed.").replace("%1", str(path))]
        if Choice.RESTORE in plan.choices and plan.backup is not None:
            lines.append(
                self.tr("You can go back to your newest backup, from %1.").replace(
                    "%1", backup_label(plan.backup)
                )
            )
        if Choice.START_NEW in plan.choices:
            lines.append(
                self.tr(
                    "Whatever you choose, the current file is kept under a new name beside it; "
                    "nothing is deleted."
                )
            )
        self.setInformativeText("\n\n".join(lines))
        labels = {
            Choice.RESTORE: (self.tr("Restore the backup"), QMessageBox.ButtonRole.AcceptRole),
            Choice.START_NEW: (self.tr("Start a new file"), QMessageBox.ButtonRole.ActionRole),
            Choice.RETRY: (self.tr("Try again"), QMessageBox.ButtonRole.AcceptRole),
            Choice.QUIT: (self.tr("Quit"), QMessageBox.ButtonRole.RejectRole),
        }
        self.choice_buttons: dict[Choice, QPushButton] = {}
        for choice in plan.choices:
            text, role = labels[choice]
            self.choice_buttons[choice] = self.addButton(text, role)
        self.setDefaultButton(self.choice_buttons[plan.choices[0]])
        self.setEscapeButton(self.choice_buttons[Choice.QUIT])

    def choice(self) -> Choice:
        clicked = self.clickedButton()
        return next((c for c, b in self.choice_buttons.items() if b is clicked), Choice.QUIT)


def ask_user(plan: RecoveryPlan, error: DatabaseError) -> Choice:
    dialog = RecoveryDialog(plan, error.path)
    dialog.exec()
    return dialog.choice()


def open_with_recovery(
    data_dir: Path | None,
    ask: Callable[[RecoveryPlan, DatabaseError], Choice] = ask_user,
) -> Repository | None:
    """Open the repository, asking the user what to do while the file is refused.

    ``None`` when the user quits (or nothing helped): the caller ends the program.
    """
    folder = resolve_data_dir(data_dir)
    replaced = 0
    while replaced < MAX_ATTEMPTS:
        try:
            return Repository.open(folder)
        except DatabaseError as error:
            plan = plan_recovery(error, newest_sound_backup(folder))
            choice = ask(plan, error)
            if choice is Choice.QUIT:
                return None
            if choice is not Choice.RETRY:
                carry_out(folder, plan, choice)
                replaced += 1
    return None


def start_up_backup(data_dir: Path) -> Path | None:
    """The day's automatic backup; a failure is logged and never stops the program."""
    try:
        return back_up_daily(data_dir)
    except (OSError, DatabaseError) as exc:
        logging.getLogger(__name__).warning("start-up backup failed: %s", type(exc).__name__)
        return None

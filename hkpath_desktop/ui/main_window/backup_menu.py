"""The File menu's "Back up now" and "Restore from backup", for the narrow window they serve.

Their strings stay in the ``RecoveryDialog`` translation context, where their translations
have always been; the backup's label is the recovery dialog's, so both name a backup alike.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from hkpath_desktop.store.backups import Backup, back_up_now, list_backups, restore_backup
from hkpath_desktop.store.db import BusyDatabaseError, DatabaseError, open_database
from hkpath_desktop.ui.recovery import backup_label

if TYPE_CHECKING:
    from hkpath_desktop.ui.session import HouseholdSession


class BackupWindow(Protocol):
    """What the backup actions need: the session on the file, a dialog parent, a re-read."""

    session: HouseholdSession

    @property
    def dialog_parent(self) -> QWidget: ...

    def reload_households(self, select: int | None = None) -> None: ...


def back_up(window: BackupWindow) -> Path | None:
    """File > Back up now: one more copy in the backups folder, and say where."""
    window.session.wait()
    try:
        copy = back_up_now(window.session.repository.data_dir)
    except (OSError, DatabaseError) as exc:
        QMessageBox.warning(
            window.dialog_parent,
            QCoreApplication.translate("RecoveryDialog", "Back up now"),
            QCoreApplication.translate("RecoveryDialog", "No backup was made: %1").replace(
                "%1", str(exc)
            ),
        )
        return None
    QMessageBox.information(
        window.dialog_parent,
        QCoreApplication.translate("RecoveryDialog", "Back up now"),
        QCoreApplication.translate("RecoveryDialog", "Your data was copied to %1.").replace(
            "%1", str(copy)
        ),
    )
    return copy


def restore(window: BackupWindow) -> Backup | None:
    """File > Restore from backup: pick a backup, confirm, swap the files, re-read."""
    backups = list_backups(window.session.repository.data_dir)
    if not backups:
        QMessageBox.information(
            window.dialog_parent,
            QCoreApplication.translate("RecoveryDialog", "Restore from backup"),
            QCoreApplication.translate("RecoveryDialog", "There is no backup yet."),
        )
        return None
    labels = [backup_label(b) for b in backups]
    picked, ok = QInputDialog.getItem(
        window.dialog_parent,
        QCoreApplication.translate("RecoveryDialog", "Restore from backup"),
        QCoreApplication.translate("RecoveryDialog", "Go back to the backup from:"),
        labels,
        0,
        False,
    )
    if not ok:
        return None
    return restore_chosen(window, backups[labels.index(picked)])


def restore_chosen(window: BackupWindow, backup: Backup) -> Backup | None:
    """Confirm, then put ``backup`` in place of the data file (kept beside it) and re-read."""
    answer = QMessageBox.question(
        window.dialog_parent,
        QCoreApplication.translate("RecoveryDialog", "Restore from backup"),
        QCoreApplication.translate(
            "RecoveryDialog",
            "Replace your current data with the backup from %1? The current file is kept "
            "beside it under a new name.",
        ).replace("%1", backup_label(backup)),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    window.session.wait()
    repository = window.session.repository
    data_dir = repository.data_dir
    repository.close()  # the engine reconnects, to the restored file, on next use
    try:
        restore_backup(data_dir, backup.path)
    except (DatabaseError, OSError) as exc:
        why = (
            QCoreApplication.translate(
                "RecoveryDialog",
                "another program (a command in a terminal, say) has your data file open, and "
                "its saves would be lost. Close it and try again.",
            )
            if isinstance(exc, BusyDatabaseError)
            else str(exc)
        )
        QMessageBox.warning(
            window.dialog_parent,
            QCoreApplication.translate("RecoveryDialog", "Restore from backup"),
            QCoreApplication.translate("RecoveryDialog", "Nothing was restored: %1").replace(
                "%1", why
            ),
        )
        return None
    open_database(data_dir).dispose()  # an older backup is brought up to date here
    window.reload_households()
    return backup

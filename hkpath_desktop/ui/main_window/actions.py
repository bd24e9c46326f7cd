"""The main window's work on households: new, rename, delete, profile JSON in and out, the PDFs.

Each takes the narrow ``HouseholdWindow`` it works for, not the window class, and changes
households only through its session, whose ``changed`` signal the window follows. Their
strings stay in the ``MainWindow`` translation context, where their translations have always
been.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QListWidget, QMessageBox, QWidget

from hkpath_desktop.core.private_file import write_private
from hkpath_desktop.core.profile_fields import MAX_NAME
from hkpath_desktop.ui import file_dialogs

if TYPE_CHECKING:
    from hkpath_desktop.core.i18n import Language
    from hkpath_desktop.core.rules import RulePack
    from hkpath_desktop.ui.report_export import ReportExport
    from hkpath_desktop.ui.session import HouseholdSession


class HouseholdWindow(Protocol):
    """What the actions need of the window: its store, its selection and a parent for dialogs."""

    session: HouseholdSession
    rules: RulePack
    today: Callable[[], date]
    households: QListWidget

    @property
    def language(self) -> Language: ...

    @property
    def dialog_parent(self) -> QWidget: ...

    def current_household(self) -> int | None: ...

    def reload_households(self, select: int | None = None) -> None: ...

    def edit_answers(self) -> None: ...

    def checklist_selection(self) -> tuple[str, tuple[str, ...]]: ...


def name_dialog(parent: QWidget, title: str, prompt: str, text: str) -> QInputDialog:
    """A dialog for a household name that takes no more characters than a profile file
    accepts (core's MAX_NAME), so that every name typed exports and imports back; at the
    limit it says so under the prompt."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setLabelText(prompt)
    edit = dialog.findChild(QLineEdit)
    assert edit is not None
    edit.setMaxLength(MAX_NAME)
    dialog.setTextValue(text)
    full = QCoreApplication.translate("MainWindow", "A name has at most %1 characters.")

    def shown(value: str) -> None:
        at_limit = len(value) >= MAX_NAME
        dialog.setLabelText(prompt + ("\n" + full.replace("%1", str(MAX_NAME)) if at_limit else ""))

    dialog.textValueChanged.connect(shown)
    shown(dialog.textValue())
    return dialog


def ask_name(parent: QWidget, title: str, prompt: str, text: str) -> tuple[str, bool]:
    """The name typed in a ``name_dialog`` and whether it was accepted."""
    dialog = name_dialog(parent, title, prompt, text)
    ok = dialog.exec() == QInputDialog.DialogCode.Accepted
    return dialog.textValue(), ok


def new_household(window: HouseholdWindow) -> None:
    """Ask for a name (again, with the reason, while it is empty), create the household and
    open the interview on it."""
    name = QCoreApplication.translate("MainWindow", "My household")
    prompt = QCoreApplication.translate("MainWindow", "Name of the household:")
    while True:
        name, ok = ask_name(
            window.dialog_parent,
            QCoreApplication.translate("MainWindow", "New household"),
            prompt,
            name,
        )
        if not ok:
            return
        if name.strip():
            break
        prompt = QCoreApplication.translate(
            "MainWindow", "A household needs a name, for example your family name:"
        )

    def created(household_id: int) -> None:
        window.reload_households(select=household_id)
        window.edit_answers()

    window.session.create(
        lambda repository: repository.create_household(name.strip()),
        created,
        lambda error: _not_saved(window, error),
    )


def add_demo_household(window: HouseholdWindow) -> None:
    """The sample family, stored as a household named as a demo (the user may delete it)."""
    from dataclasses import replace
    from importlib import resources

    from hkpath_desktop.core.profile_io import parse_profile

    data = resources.files("hkpath_desktop.resources").joinpath("demo/family.json").read_bytes()
    sample = parse_profile(data)
    named = QCoreApplication.translate("MainWindow", "%1 (demo)").replace("%1", sample.name)
    demo = replace(sample, name=named)
    window.session.create(
        lambda repository: repository.add_household(demo),
        lambda household_id: window.reload_households(select=household_id),
        lambda error: _not_saved(window, error),
    )


def rename_household(window: HouseholdWindow) -> None:
    household_id = window.current_household()
    item = window.households.currentItem()
    if household_id is None or item is None:
        return
    name, ok = ask_name(
        window.dialog_parent,
        QCoreApplication.translate("MainWindow", "Rename household"),
        QCoreApplication.translate("MainWindow", "New name:"),
        item.text(),
    )
    if ok and name.strip():
        window.session.write(
            household_id,
            lambda repository: repository.rename(household_id, name.strip()),
            failed=lambda error: _not_saved(window, error),
        )


def delete_household(window: HouseholdWindow) -> None:
    """Delete the current household after the user confirms (No is the default)."""
    household_id = window.current_household()
    item = window.households.currentItem()
    if household_id is None or item is None:
        return
    answer = QMessageBox.question(
        window.dialog_parent,
        QCoreApplication.translate("MainWindow", "Delete household"),
        QCoreApplication.translate(
            "MainWindow", 'Delete "%1" and all its answers? This cannot be undone.'
        ).replace("%1", item.text()),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer == QMessageBox.StandardButton.Yes:
        window.session.write(
            household_id,
            lambda repository: repository.delete(household_id),
            failed=lambda error: _not_saved(window, error),
        )


def import_profile(window: HouseholdWindow) -> None:
    """Ask for a profile JSON file and add its household; a bad file names the bad field."""
    from hkpath_desktop.core.profile_fields import ProfileError
    from hkpath_desktop.core.profile_io import load_profile_file
    from hkpath_desktop.core.texts import say

    path = file_dialogs.open_file(
        window.dialog_parent,
        QCoreApplication.translate("MainWindow", "Import profile"),
        QCoreApplication.translate("MainWindow", "Profile JSON (*.json);;All files (*)"),
    )
    if path is None:
        return
    try:
        household = load_profile_file(Path(path))
    except ProfileError as exc:
        QMessageBox.warning(
            window.dialog_parent,
            QCoreApplication.translate("MainWindow", "Cannot import this profile"),
            QCoreApplication.translate(
                "MainWindow", "Nothing was imported. The problem is at %1: %2"
            )
            .replace("%1", exc.path)
            .replace("%2", say(exc.problem, window.language)),
        )
        return
    window.session.create(
        lambda repository: repository.add_household(household),
        lambda household_id: window.reload_households(select=household_id),
        lambda error: _not_saved(window, error),
    )


def _not_saved(window: HouseholdWindow, error: Exception) -> None:
    QMessageBox.warning(
        window.dialog_parent,
        QCoreApplication.translate("MainWindow", "Not saved"),
        QCoreApplication.translate("MainWindow", "Nothing was changed: %1").replace(
            "%1", str(error)
        ),
    )


def export_profile(window: HouseholdWindow) -> None:
    """Write the current household as profile JSON where the user says."""
    from hkpath_desktop.core.profile_io import dump_profile

    household_id = window.current_household()
    if household_id is None:
        return
    household = window.session.load(household_id)
    answer = file_dialogs.save_file(
        window.dialog_parent,
        QCoreApplication.translate("MainWindow", "Export profile"),
        f"{household.name}.json",
        QCoreApplication.translate("MainWindow", "Profile JSON (*.json)"),
    )
    if answer is None:
        return
    path = answer[0]
    try:
        write_private(Path(path), dump_profile(household))
    except OSError as exc:
        QMessageBox.warning(
            window.dialog_parent,
            QCoreApplication.translate("MainWindow", "Cannot export"),
            str(exc.strerror or exc),
        )


def export_report(window: HouseholdWindow) -> ReportExport | None:
    """The adviser's PDF, built in the background (report_export shows the progress)."""
    household_id = window.current_household()
    if household_id is None:
        return None
    from hkpath_desktop.ui import report_export

    return report_export.export_adviser_report(
        window.dialog_parent,
        window.session.load(household_id),
        window.rules,
        window.today(),
        language=window.language,
    )


def export_checklist(window: HouseholdWindow) -> ReportExport | None:
    """The checklist PDF of the route and stages the Checklist tab shows."""
    household_id = window.current_household()
    if household_id is None:
        return None
    from hkpath_desktop.ui import report_export

    pathway, stages = window.checklist_selection()
    return report_export.export_checklist(
        window.dialog_parent,
        window.session.load(household_id),
        window.rules,
        window.today(),
        pathway,
        stages,
        language=window.language,
    )

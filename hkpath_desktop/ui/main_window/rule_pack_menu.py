"""File > Import rule pack: check the pack, show what it changes, apply it only when asked.

The dialog lists what ``hkpath rules import`` prints (``core.rule_diff``): each value old → new
with its source, and each verdict of the stored households that the pack turns today. Apply
stores the pack (``store.rulepacks.apply_pack``, as the CLI does) and the window goes on with
it at once; Cancel changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hkpath_desktop.core.rule_diff import value_changes, verdict_changes
from hkpath_desktop.core.texts import Text, say
from hkpath_desktop.store.db import DatabaseError
from hkpath_desktop.store.rulepacks import ImportRefused, apply_pack, read_pack
from hkpath_desktop.ui import file_dialogs

if TYPE_CHECKING:
    from hkpath_desktop.core.i18n import Language
    from hkpath_desktop.core.rules import RulePack
    from hkpath_desktop.ui.session import HouseholdSession


class RulePackWindow(Protocol):
    """What the import needs: the pack in use, the households' file, the day, a dialog parent."""

    session: HouseholdSession
    rules: RulePack
    today: Callable[[], date]

    @property
    def language(self) -> Language: ...

    @property
    def dialog_parent(self) -> QWidget: ...

    def use_rules(self, rules: RulePack) -> None: ...


def import_rule_pack(window: RulePackWindow, path: Path | None = None) -> RulePack | None:
    """Ask for a pack (unless ``path`` is given), show its changes, apply it on Apply."""
    if path is None:
        path = file_dialogs.open_file(
            window.dialog_parent,
            QCoreApplication.translate("RulePackDialog", "Import rule pack"),
            QCoreApplication.translate("RulePackDialog", "Rule pack (*.zip);;All files (*)"),
        )
        if path is None:
            return None
    try:
        pending = read_pack(path)
    except ImportRefused as exc:
        _warn(
            window,
            QCoreApplication.translate("RulePackDialog", "Nothing was changed: %1").replace(
                "%1", _said(exc, window.language)
            ),
        )
        return None
    window.session.wait()
    on = window.today()
    try:
        households = window.session.repository.named_households()
    except DatabaseError as exc:
        _warn(
            window,
            QCoreApplication.translate(
                "RulePackDialog", "Your households cannot be read: %1"
            ).replace("%1", str(exc)),
        )
        return None
    dialog = RulePackDialog(
        window.rules,
        pending.pack,
        value_changes(window.rules, pending.pack),
        (len(households), on, verdict_changes(households, window.rules, pending.pack, on)),
        window.language,
        window.dialog_parent,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    try:
        pack = apply_pack(window.session.repository.data_dir, pending)
    except ImportRefused as exc:
        _warn(
            window,
            QCoreApplication.translate("RulePackDialog", "Nothing was changed: %1").replace(
                "%1", _said(exc, window.language)
            ),
        )
        return None
    window.use_rules(pack)
    return pack


class RulePackDialog(QDialog):
    """The changes a rule pack makes, said in the window's language; Apply or Cancel."""

    def __init__(
        self,
        current: RulePack,
        new: RulePack,
        values: list[Text],
        verdicts: tuple[int, date, list[Text]],
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import rule pack"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("Rule pack %1 → %2, released %3")
                .replace("%1", say(current.label, language))
                .replace("%2", say(new.label, language))
                .replace("%3", new.released.isoformat()),
                self,
            )
        )
        counted, on, turned = verdicts
        self.values = self._listing(
            self.tr("Values that change (%1):").replace("%1", str(len(values)))
            if values
            else self.tr("No value changes."),
            [say(line, language) for line in values],
        )
        self.verdicts = self._listing(
            self.tr("Verdicts of your households that change on %1:").replace("%1", on.isoformat())
            if turned
            else self.tr("No verdict of your %1 households changes on %2.")
            .replace("%1", str(counted))
            .replace("%2", on.isoformat()),
            [say(line, language) for line in turned],
        )
        buttons = QDialogButtonBox(self)
        self.apply_button = buttons.addButton(
            self.tr("&Apply this rule pack"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _listing(self, heading: str, lines: list[str]) -> QPlainTextEdit:
        """A heading and, under it, the lines in a read-only box (none when there are none)."""
        layout = self.layout()
        assert layout is not None
        layout.addWidget(QLabel(heading, self))
        box = QPlainTextEdit("\n".join(lines), self)
        box.setReadOnly(True)
        box.setVisible(bool(lines))
        layout.addWidget(box)
        return box


def _said(exc: ImportRefused, language: Language) -> str:
    """The refusal in ``language`` where it is a catalogue Text (the checks' reasons)."""
    return say(exc.args[0], language) if exc.args else str(exc)


def _warn(window: RulePackWindow, message: str) -> None:
    QMessageBox.warning(
        window.dialog_parent,
        QCoreApplication.translate("RulePackDialog", "Cannot import this rule pack"),
        message,
    )

"""A searchable list of countries and territories, built from Qt's own locale data.

The list is data Qt already ships (ISO 3166-1 alpha-2 codes and English names), so no one has
to type or maintain two hundred names in Python.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from hkpath_desktop.core.facts import STATELESS


@cache
def territories() -> tuple[tuple[str, str], ...]:
    """(alpha-2 code, English name) for every territory Qt knows, sorted by name."""
    names: dict[str, str] = {}
    for territory in QLocale.Country:
        code = QLocale.territoryToCode(territory)
        if len(code) == 2 and code.isalpha():
            names[code.upper()] = QLocale.territoryToString(territory)
    return tuple(sorted(names.items(), key=lambda item: item[1].casefold()))


def territory_name(code: str | None) -> str:
    """The English name of a code, or the code itself when Qt does not know it."""
    return dict(territories()).get(code or "", code or "")


class CountryCombo(QComboBox):
    """An editable combo box: type part of a name and pick from the matches.

    ``code()`` is the alpha-2 code, ``None`` for "don't know"; with ``allow_stateless`` the list
    also offers "Stateless" (the profile's ``stateless`` nationality).

    Signals:
        codeChanged(): the chosen country changed; read ``code()``.
    """

    codeChanged = Signal()

    def __init__(
        self, accessible_name: str, allow_stateless: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem(self.tr("Don't know"), "")
        if allow_stateless:
            self.addItem(self.tr("Stateless"), STATELESS)
        for code, name in territories():
            self.addItem(name, code)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setMinimumContentsLength(22)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.currentIndexChanged.connect(lambda _i: self.codeChanged.emit())

    def code(self) -> str | None:
        value = self.currentData()
        return value if isinstance(value, str) and value else None

    def setCode(self, code: str | None) -> None:
        index = self.findData(code) if code is not None else 0
        if index < 0:
            self.addItem(code or "", code)
            index = self.count() - 1
        self.setCurrentIndex(index)

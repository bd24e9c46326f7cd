"""A searchable list of countries and territories in the user's language.

The codes and English names are data Qt already ships (ISO 3166-1 alpha-2); the Chinese names
are the core's (:mod:`hkpath_desktop.core.countries`, from iso-codes), so the screens and the
engine's sentences name a country alike. A code iso-codes does not have (Kosovo's
user-assigned XK) keeps its English name.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from PySide6.QtCore import QCollator, QLocale, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from hkpath_desktop.core.countries import USUAL_NAMES, chinese_names
from hkpath_desktop.core.facts import STATELESS
from hkpath_desktop.core.i18n import CHINESE, Language
from hkpath_desktop.ui.i18n import ENGLISH, current_language


def territories(language: str | None = None) -> tuple[tuple[str, str], ...]:
    """(alpha-2 code, name) for every territory Qt knows, in ``language`` (default: the GUI's).

    Sorted by the name as the language sorts it (Chinese by its own collation, not by code).
    """
    return _territories(language or current_language())


def territory_name(code: str | None, language: str | None = None) -> str:
    """The name of a code in ``language``, or the code itself when Qt does not know it."""
    return dict(territories(language)).get(code or "", code or "")


@cache
def _territories(language: str) -> tuple[tuple[str, str], ...]:
    english = _english_names()
    said = Language(language)
    local = chinese_names(said) if said in CHINESE else {}
    names = {code: local.get(code, name) for code, name in english.items()}
    names.update({code: usual[said] for code, usual in USUAL_NAMES.items() if said in usual})
    if language == ENGLISH:
        return tuple(sorted(names.items(), key=lambda item: item[1].casefold()))
    collator = QCollator(QLocale(language))
    return tuple(sorted(names.items(), key=lambda item: collator.sortKey(item[1])))


@cache
def _english_names() -> Mapping[str, str]:
    names: dict[str, str] = {}
    for territory in QLocale.Country:
        code = QLocale.territoryToCode(territory)
        if len(code) == 2 and code.isalpha():
            names[code.upper()] = QLocale.territoryToString(territory)
    return names


class CountryCombo(QComboBox):
    """An editable combo box: type part of a name and pick from the matches.

    ``code()`` is the alpha-2 code, ``None`` for "don't know"; with ``allow_stateless`` the list
    also offers "Stateless" (the profile's ``stateless`` nationality). The names are in
    ``language`` (default: the GUI's).

    Signals:
        codeChanged(): the chosen country changed; read ``code()``.
    """

    codeChanged = Signal()

    def __init__(
        self,
        accessible_name: str,
        allow_stateless: bool = False,
        parent: QWidget | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        first = [(self.tr("Don't know"), "")]
        if allow_stateless:
            first.append((self.tr("Stateless"), STATELESS))
        self.setModel(_shared_model(tuple(first), language or current_language()))
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
            self._own_model()
            self.addItem(code or "", code)
            index = self.count() - 1
        self.setCurrentIndex(index)

    def _own_model(self) -> None:
        """A copy of the shared list for this box alone, before it gets a code no one knows."""
        shared = self.model()
        own = QStandardItemModel(self)
        for row in range(shared.rowCount()):
            own.appendRow(_item(self.itemText(row), self.itemData(row)))
        current = self.currentIndex()
        self.setModel(own)
        completer = self.completer()
        assert completer is not None  # set in __init__
        completer.setModel(own)
        self.setCurrentIndex(current)


def _item(name: str, code: object) -> QStandardItem:
    item = QStandardItem(name)
    item.setData(code, Qt.ItemDataRole.UserRole)
    return item


@cache
def _shared_model(first: tuple[tuple[str, str], ...], language: str) -> QStandardItemModel:
    """The names every country box in ``language`` lists, made once and shared: filling each
    box's own list took a few milliseconds per box, paid on every page and card with one."""
    model = QStandardItemModel()
    for name, code in (*first, *((n, c) for c, n in territories(language))):
        model.appendRow(_item(name, code))
    return model

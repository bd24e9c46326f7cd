"""Human words for the facts' coded values (from ``core.value_words``, the catalogue the PDFs
use too) in the GUI's language, and the few words every view shares."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from hkpath_desktop.core.facts import (
    EducationLevel,
    HKStatus,
    IncomeKind,
    Relationship,
    Sector,
)
from hkpath_desktop.core.i18n import Language
from hkpath_desktop.core.language_names import language_name
from hkpath_desktop.core.texts import say
from hkpath_desktop.core.value_words import value_words
from hkpath_desktop.ui.i18n import current_language


def _language() -> Language:
    return Language(current_language())


def hk_status() -> dict[HKStatus, str]:
    return value_words(HKStatus, _language())


def education_level() -> dict[EducationLevel, str]:
    return value_words(EducationLevel, _language())


def sector() -> dict[Sector, str]:
    return value_words(Sector, _language())


def income_kind() -> dict[IncomeKind, str]:
    return value_words(IncomeKind, _language())


def relationship() -> dict[Relationship, str]:
    return value_words(Relationship, _language())


def languages(codes: tuple[str, ...]) -> str:
    """Language codes as their names in the window's language, "Japanese, French"."""
    return ", ".join(language_name(code, _language()) for code in codes)


def unknown() -> str:
    return QCoreApplication.translate("labels", "Don't know")


def yes_no(value: bool | None) -> str:
    if value is None:
        return unknown()
    return (
        QCoreApplication.translate("labels", "Yes")
        if value
        else QCoreApplication.translate("labels", "No")
    )


def day(value: date | None) -> str:
    return unknown() if value is None else value.isoformat()


def hkd(value: int | None) -> str:
    return unknown() if value is None else f"HK${value:,}"


def said_error(exc: Exception, language: Language) -> str:
    """A core error's message in ``language`` (said when it is a catalogue Text)."""
    message = exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else str(exc)
    return say(message, language)

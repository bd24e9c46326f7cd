"""Human words for the facts' coded values, translated once and shared by every view."""

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
from hkpath_desktop.core.texts import say


def hk_status() -> dict[HKStatus, str]:
    return {
        HKStatus.NONE: QCoreApplication.translate("labels", "No Hong Kong status"),
        HKStatus.VISITOR: QCoreApplication.translate("labels", "Visitor"),
        HKStatus.STUDENT: QCoreApplication.translate("labels", "Student"),
        HKStatus.NON_PERMANENT: QCoreApplication.translate("labels", "Non-permanent resident"),
        HKStatus.PERMANENT: QCoreApplication.translate("labels", "Permanent resident"),
    }


def education_level() -> dict[EducationLevel, str]:
    return {
        EducationLevel.SUB_DEGREE: QCoreApplication.translate(
            "labels", "Sub-degree (diploma, associate)"
        ),
        EducationLevel.BACHELOR: QCoreApplication.translate("labels", "Bachelor's degree"),
        EducationLevel.MASTER: QCoreApplication.translate("labels", "Master's degree"),
        EducationLevel.DOCTORATE: QCoreApplication.translate("labels", "Doctorate (PhD)"),
        EducationLevel.PROFESSIONAL: QCoreApplication.translate(
            "labels", "Professional qualification"
        ),
    }


def sector() -> dict[Sector, str]:
    return {
        Sector.INNOVATION_TECHNOLOGY: QCoreApplication.translate(
            "labels", "Innovation and technology"
        ),
        Sector.FINANCIAL_SERVICES: QCoreApplication.translate("labels", "Financial services"),
        Sector.INTERNATIONAL_TRADE: QCoreApplication.translate("labels", "International trade"),
        Sector.OTHER: QCoreApplication.translate("labels", "Other"),
    }


def income_kind() -> dict[IncomeKind, str]:
    return {
        IncomeKind.EMPLOYMENT: QCoreApplication.translate("labels", "Employment (salary, bonus)"),
        IncomeKind.BUSINESS: QCoreApplication.translate("labels", "Business profit"),
        IncomeKind.INVESTMENT: QCoreApplication.translate("labels", "Investment income"),
    }


def relationship() -> dict[Relationship, str]:
    return {
        Relationship.MARRIED: QCoreApplication.translate("labels", "Married"),
        Relationship.CIVIL_PARTNERSHIP: QCoreApplication.translate("labels", "Civil partnership"),
        Relationship.CIVIL_UNION: QCoreApplication.translate("labels", "Civil union"),
    }


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

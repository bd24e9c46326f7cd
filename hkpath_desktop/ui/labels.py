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


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def hk_status() -> dict[HKStatus, str]:
    return {
        HKStatus.NONE: _t("No Hong Kong status"),
        HKStatus.VISITOR: _t("Visitor"),
        HKStatus.STUDENT: _t("Student"),
        HKStatus.NON_PERMANENT: _t("Non-permanent resident"),
        HKStatus.PERMANENT: _t("Permanent resident"),
    }


def education_level() -> dict[EducationLevel, str]:
    return {
        EducationLevel.SUB_DEGREE: _t("Sub-degree (diploma, associate)"),
        EducationLevel.BACHELOR: _t("Bachelor's degree"),
        EducationLevel.MASTER: _t("Master's degree"),
        EducationLevel.DOCTORATE: _t("Doctorate (PhD)"),
        EducationLevel.PROFESSIONAL: _t("Professional qualification"),
    }


def sector() -> dict[Sector, str]:
    return {
        Sector.INNOVATION_TECHNOLOGY: _t("Innovation and technology"),
        Sector.FINANCIAL_SERVICES: _t("Financial services"),
        Sector.INTERNATIONAL_TRADE: _t("International trade"),
        Sector.OTHER: _t("Other"),
    }


def income_kind() -> dict[IncomeKind, str]:
    return {
        IncomeKind.EMPLOYMENT: _t("Employment (salary, bonus)"),
        IncomeKind.BUSINESS: _t("Business profit"),
        IncomeKind.INVESTMENT: _t("Investment income"),
    }


def relationship() -> dict[Relationship, str]:
    return {
        Relationship.MARRIED: _t("Married"),
        Relationship.CIVIL_PARTNERSHIP: _t("Civil partnership"),
        Relationship.CIVIL_UNION: _t("Civil union"),
    }


def unknown() -> str:
    return _t("Don't know")


def yes_no(value: bool | None) -> str:
    if value is None:
        return unknown()
    return _t("Yes") if value else _t("No")


def day(value: date | None) -> str:
    return unknown() if value is None else value.isoformat()


def hkd(value: int | None) -> str:
    return unknown() if value is None else f"HK${value:,}"

"""The words of the facts' coded values (statuses, levels, sectors, kinds, roles), in three
languages: one catalogue, said the same way by the screens and the PDFs.

English is the source and lives here; the Chinese words are in ``core.toml``'s ``[words.*]``
tables, read by ``core.i18n`` (a word missing there falls back to the English).
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from hkpath_desktop.core.facts import (
    EducationLevel,
    HKStatus,
    IncomeKind,
    Relationship,
    Role,
    Sector,
)
from hkpath_desktop.core.i18n import Language, builtin_texts

E = TypeVar("E", bound=StrEnum)

ENGLISH: dict[type[StrEnum], tuple[str, dict[str, str]]] = {
    HKStatus: (
        "hk_status",
        {
            "none": "No Hong Kong status",
            "visitor": "Visitor",
            "student": "Student",
            "non_permanent": "Non-permanent resident",
            "permanent": "Permanent resident",
        },
    ),
    EducationLevel: (
        "education_level",
        {
            "sub_degree": "Sub-degree (diploma, associate)",
            "bachelor": "Bachelor's degree",
            "master": "Master's degree",
            "doctorate": "Doctorate (PhD)",
            "professional": "Professional qualification",
        },
    ),
    Sector: (
        "sector",
        {
            "innovation_technology": "Innovation and technology",
            "financial_services": "Financial services",
            "international_trade": "International trade",
            "other": "Other",
        },
    ),
    IncomeKind: (
        "income_kind",
        {
            "employment": "Employment (salary, bonus)",
            "business": "Business profit",
            "investment": "Investment income",
        },
    ),
    Relationship: (
        "relationship",
        {
            "married": "Married",
            "civil_partnership": "Civil partnership",
            "civil_union": "Civil union",
        },
    ),
    Role: (
        "role",
        {"principal": "Principal applicant", "spouse": "Spouse", "child": "Child"},
    ),
}
"""Per coded type: its group in ``core.toml`` and the English word of each value."""


def value_word(value: StrEnum, language: Language) -> str:
    """``value`` as a word in ``language``."""
    group, english = ENGLISH[type(value)]
    if language is Language.EN:
        return english[value.value]
    word = builtin_texts().word(group, value.value, language)
    return english[value.value] if word == value.value else word


def value_words(kind: type[E], language: Language) -> dict[E, str]:
    """Every value of ``kind`` with its word, in the enum's order (for a list to choose from)."""
    return {value: value_word(value, language) for value in kind}

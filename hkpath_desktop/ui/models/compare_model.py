"""The five pathways side by side: one row per ``Assessment``, columns for what decides a move."""

from __future__ import annotations

from datetime import date
from enum import IntEnum

from PySide6.QtCore import QObject, Qt

from hkpath_desktop.core.assessment import Assessment, Status, Verdict
from hkpath_desktop.core.i18n import Language, builtin_texts
from hkpath_desktop.core.texts import say
from hkpath_desktop.ui import labels, theme
from hkpath_desktop.ui.models.rows import RowsModel


class Column(IntEnum):
    PATHWAY = 0
    VERDICT = 1
    CATEGORY = 2
    JOB_OFFER = 3
    CAPITAL = 4
    INITIAL_STAY = 5
    EARLIEST_PR = 6
    MAIN_RISK = 7


class CompareModel(RowsModel[Assessment]):
    """Read-only table; ``set_assessments`` swaps the whole result in one model reset.

    ``language`` picks the core's own words (route names, verdicts, criterion titles, status)
    from the core's translations; in English they stay the GUI's translatable strings. The
    core's sentences (details, gaps, the outlook) are said in it with :meth:`say`.
    """

    columns = Column

    def __init__(self, parent: QObject | None = None, language: Language = Language.EN) -> None:
        super().__init__(parent)
        self.language = language

    def set_assessments(self, assessments: tuple[Assessment, ...]) -> None:
        self.set_rows(assessments)

    def assessment(self, row: int) -> Assessment:
        return self.row(row)

    def headers(self) -> dict[Column, str]:
        return {
            Column.PATHWAY: self.tr("Route"),
            Column.VERDICT: self.tr("Verdict"),
            Column.CATEGORY: self.tr("Category or points"),
            Column.JOB_OFFER: self.tr("Job offer needed"),
            Column.CAPITAL: self.tr("Investment needed"),
            Column.INITIAL_STAY: self.tr("First stay"),
            Column.EARLIEST_PR: self.tr("PR from"),
            Column.MAIN_RISK: self.tr("Main risk"),
        }

    def header_tips(self) -> dict[Column, str]:
        return {
            **self.headers(),
            Column.JOB_OFFER: self.tr("Whether a job offer in Hong Kong is needed to apply"),
            Column.CAPITAL: self.tr("Money that must be invested or committed"),
            Column.INITIAL_STAY: self.tr("Length of the first stay granted"),
            Column.EARLIEST_PR: self.tr("Earliest date to apply for permanent residency"),
        }

    def pathway_name(self, item: Assessment) -> str:
        return builtin_texts().pathway_name(item.pathway, item.name, self.language)

    def say(self, value: str) -> str:
        """A sentence of the core in the model's language (a plain string as it is)."""
        return say(value, self.language)

    def category_text(self, item: Assessment) -> str:
        """TTPS's letter as it is; QMAS's score (criteria met of how many, or points) or its test
        named in words; "—" when there is none."""
        if item.points is not None and item.points_out_of is not None:
            return (
                self.tr("%1 of %2 criteria met")
                .replace("%1", str(item.points))
                .replace("%2", str(item.points_out_of))
            )
        if item.points is not None:
            return self.tr("%1 points").replace("%1", str(item.points))
        words = {
            "general": self.tr("General Points Test"),
            "achievement": self.tr("Achievement-based Points Test"),
        }
        return words.get(item.category or "", item.category or "—")

    def criterion_title(self, english: str) -> str:
        return say(english, self.language)

    def status_text(self, status: Status) -> str:
        if self.language is not Language.EN:
            return builtin_texts().word("status", status.value, self.language)
        return {
            Status.MET: self.tr("met"),
            Status.NOT_MET: self.tr("not met"),
            Status.UNKNOWN: self.tr("unknown"),
        }[status]

    def verdict_text(self, verdict: Verdict) -> str:
        if self.language is not Language.EN:
            return builtin_texts().word("verdict", verdict.value, self.language)
        return {
            Verdict.ELIGIBLE: self.tr("Eligible"),
            Verdict.NOT_ELIGIBLE: self.tr("Not eligible"),
            Verdict.INCOMPLETE: self.tr("Needs answers"),
        }[verdict]

    def short_name(self, item: Assessment) -> str:
        """The name the table shows: the scheme's own abbreviation in English (the full name is
        the tooltip and the detail's heading); the Chinese names are short as they are."""
        if self.language is not Language.EN:
            return self.pathway_name(item)
        short = {
            "ttps": self.tr("TTPS"),
            "qmas": self.tr("QMAS"),
            "asmtp": self.tr("ASMTP"),
            "gep": self.tr("GEP"),
            "cies": self.tr("New CIES"),
        }
        return short.get(item.pathway, self.pathway_name(item))

    def cell(self, item: Assessment, column: IntEnum, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole and column == Column.PATHWAY:
            return self.short_name(item)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(item, Column(column))
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.VERDICT:
            return theme.colour(item.verdict.value)
        return None

    def _text(self, item: Assessment, column: Column) -> str:
        outlook = item.outlook
        if column == Column.PATHWAY:
            return self.pathway_name(item)
        if column == Column.VERDICT:
            return self.verdict_text(item.verdict)
        if column == Column.CATEGORY:
            return self.category_text(item)
        if column == Column.JOB_OFFER:
            return self.tr("Yes") if outlook.job_offer_needed else self.tr("No")
        if column == Column.CAPITAL:
            return labels.hkd(outlook.capital_hkd) if outlook.capital_hkd else self.tr("None")
        if column == Column.INITIAL_STAY:
            months = outlook.initial_stay_months
            return "—" if months is None else self.tr("%1 months").replace("%1", str(months))
        if column == Column.EARLIEST_PR:
            return _day(outlook.earliest_pr_on, self.tr("Not yet known"))
        return self.say(outlook.main_risk)


def _day(value: date | None, missing: str) -> str:
    return missing if value is None else value.isoformat()

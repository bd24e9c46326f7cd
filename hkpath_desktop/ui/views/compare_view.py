"""The Compare tab: the five routes in a table, and everything behind the selected one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hkpath_desktop.core.assessment import Assessment, Status
from hkpath_desktop.core.comparison import assess_all
from hkpath_desktop.core.facts import PATHWAY_IDS, Household
from hkpath_desktop.core.i18n import Language
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.ui import labels, theme
from hkpath_desktop.ui.models.compare_model import Column, CompareModel


class CompareView(QWidget):
    """Shows ``assess_all`` for one household; call ``show_household`` whenever it changes.

    Signals:
        reportRequested(): the user asked for the adviser's PDF of this household.
    """

    reportRequested = Signal()

    def __init__(
        self,
        rules: RulePack,
        today: Callable[[], date],
        parent: QWidget | None = None,
        language: Language = Language.EN,
    ) -> None:
        super().__init__(parent)
        self.rules = rules
        self.today = today
        self.model = CompareModel(self, language)
        self.empty = QLabel(self.tr("Choose or create a household to compare the routes."), self)
        theme.style_label(self.empty, "emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Comparison of the five routes"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.MAIN_RISK, QHeaderView.ResizeMode.Stretch)
        self.detail = QTextBrowser(self)
        self.detail.setAccessibleName(self.tr("Details of the selected route"))
        self.detail.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(1, 2)
        rows = self.table.verticalHeader().defaultSectionSize() * (len(PATHWAY_IDS) + 1)
        splitter.setSizes([rows + 2 * self.table.frameWidth() + 24, 2 * rows])
        self.splitter = splitter
        self.report_button = QPushButton(self.tr("Export adviser report (PDF)…"), self)
        self.report_button.setToolTip(
            self.tr("A PDF of the comparison, every criterion, the outlook and the timeline")
        )
        self.report_button.clicked.connect(self.reportRequested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.show_household(None)

    def show_household(self, household: Household | None) -> None:
        """Re-assess and re-render; keeps the selected route selected."""
        selected = self.selected_pathway()
        if household is None:
            self.model.set_assessments(())
        else:
            self.model.set_assessments(assess_all(household, self.rules, self.today()))
        self.empty.setVisible(household is None)
        self.splitter.setVisible(household is not None)
        self.report_button.setEnabled(household is not None)
        rows = [self.model.assessment(r).pathway for r in range(self.model.rowCount())]
        if rows:
            self.table.selectRow(rows.index(selected) if selected in rows else 0)
        else:
            self.detail.clear()

    def selected_pathway(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.assessment(rows[0].row()).pathway if rows else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.detail.setHtml(self.detail_html(self.model.assessment(rows[0].row())))

    def _status(self, status: Status) -> str:
        text = self.model.status_text(status)
        role = {Status.MET: "eligible", Status.NOT_MET: "not_eligible"}.get(status, "incomplete")
        return f"<span style='color:{theme.colour(role).name()}'><b>{escape(text)}</b></span>"

    def detail_html(self, item: Assessment) -> str:
        """Every criterion, the gaps and the seven-year outlook of one route, as HTML.

        The core's sentences are said in the view's language (``self.model.say``).
        """
        say = self.model.say
        verdict = self.model.verdict_text(item.verdict)
        colour = theme.colour(item.verdict.value).name()
        checked = escape(self.tr("What was checked"))
        unverified = escape(self.tr("unverified rule"))
        source = escape(self.tr("Source"))
        name = escape(self.model.pathway_name(item))
        parts = [f"<h2>{name} — <span style='color:{colour}'>{escape(verdict)}</span></h2>"]
        parts.append(f"<h3>{checked}</h3><ul>")
        for c in item.criteria:
            flag = "" if c.verified else f" <i>({unverified})</i>"
            title = escape(self.model.criterion_title(c.title))
            parts.append(
                f"<li>{self._status(c.status)} — <b>{title}</b>{flag}<br>"
                f"{escape(say(c.detail))}<br>"
                f"<small>{source}: {escape(say(c.source))}</small></li>"
            )
        parts.append("</ul>")
        if item.gaps:
            would_change = escape(self.tr("What would change the answer"))
            parts.append(f"<h3>{would_change}</h3><ul>")
            parts.extend(f"<li>{escape(say(gap))}</li>" for gap in item.gaps)
            parts.append("</ul>")
        parts.append(self._outlook_html(item))
        rules_version = escape(self.tr("Rules version"))
        parts.append(f"<p><small>{rules_version}: {escape(item.rules_version)}</small></p>")
        return "".join(parts)

    def _outlook_html(self, item: Assessment) -> str:
        o, say = item.outlook, self.model.say
        pattern = " + ".join(str(m) for m in o.stay_pattern_months) or "—"
        rows = [
            (self.tr("Stays granted (months)"), pattern),
            (self.tr("Earliest permanent residency"), labels.day(o.earliest_pr_on)),
            (self.tr("Government fees"), labels.hkd(o.fees_hkd)),
            (self.tr("Fees in detail"), say(o.fee_breakdown) or "—"),
            (
                self.tr("Investment needed"),
                labels.hkd(o.capital_hkd) if o.capital_hkd else self.tr("None"),
            ),
            (self.tr("Job offer needed"), labels.yes_no(o.job_offer_needed)),
            (self.tr("Family who may come"), say(o.dependants_allowed) or "—"),
        ]
        table = "".join(
            f"<tr><td><b>{escape(k)}</b>&nbsp;&nbsp;</td><td>{escape(v)}</td></tr>" for k, v in rows
        )
        heading = escape(self.tr("The seven years to permanent residency"))
        out = [f"<h3>{heading}</h3><table>{table}</table>"]
        if o.renewal_conditions:
            renew = escape(self.tr("To renew each stay"))
            out.append(f"<p><b>{renew}</b></p><ul>")
            out.extend(f"<li>{escape(say(x))}</li>" for x in o.renewal_conditions)
            out.append("</ul>")
        if o.risks:
            risks = escape(self.tr("Risks"))
            out.append(f"<p><b>{risks}</b></p><ul>")
            out.extend(f"<li>{escape(say(x))}</li>" for x in o.risks)
            out.append("</ul>")
        return "".join(out)

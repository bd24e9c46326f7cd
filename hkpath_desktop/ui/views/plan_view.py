"""The Plan tab: "will each renewal go through?", per member, renewal by renewal.

It shows ``core.plan`` as the engine made it: for the chosen route, each member's renewals in
order with their status (word, icon and colour), the conditions with the facts and sources,
what to do by when, and the routes open when one is blocked. The what-if panel applies
scenarios to a copy of the household (``core.what_if``; nothing is saved) and shows, beside
each status, what it is on the plan itself.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hkpath_desktop.core.facts import Household
from hkpath_desktop.core.i18n import Language
from hkpath_desktop.core.plan import (
    MemberPlan,
    PathwayPlan,
    Plan,
    PlanStatus,
    Renewal,
    apply_by,
    followed_pathway,
    worst,
)
from hkpath_desktop.core.residence import TripError
from hkpath_desktop.core.rules import RuleNotInForce, RulePack
from hkpath_desktop.core.texts import say, text
from hkpath_desktop.core.what_if import Scenario, parse_scenario, plan_with
from hkpath_desktop.report import labels as words
from hkpath_desktop.ui import theme
from hkpath_desktop.ui.i18n import current_language
from hkpath_desktop.ui.labels import said_error
from hkpath_desktop.ui.widgets import plan_status
from hkpath_desktop.ui.widgets.field_error import FieldError
from hkpath_desktop.ui.widgets.optional_date import OptionalDateEdit

JOB_ENDS, AWAY, INCOME, PORTFOLIO = "job-ends", "away", "income", "portfolio"


class _Wrapped(QStyledItemDelegate):
    """Rows of the first column as tall as their text wrapped to the column's width: a
    condition's sentence is read whole, never cut off with "…"."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        if index.column() != 0:
            return size
        depth, parent = 1, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self._tree.columnWidth(0) - depth * self._tree.indentation() - 8
        text = str(index.data() or "")
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font) if isinstance(font, QFont) else self._tree.fontMetrics()
        bounds = metrics.boundingRect(
            QRect(0, 0, max(width, 40), 100_000), Qt.TextFlag.TextWordWrap, text
        )
        return QSize(size.width(), max(size.height(), bounds.height() + 4))


class PlanView(QWidget):
    """Shows the plan of one household; call ``show_household`` whenever it changes."""

    def __init__(
        self,
        rules: RulePack,
        today: Callable[[], date],
        parent: QWidget | None = None,
        *,
        language: Language | None = None,
    ) -> None:
        super().__init__(parent)
        self.rules = rules
        self.today = today
        self.language = language or Language(current_language())
        self.household: Household | None = None
        self.plan: Plan | None = None
        self.scenarios: list[Scenario] = []
        self.empty = QLabel(self)
        theme.style_label(self.empty, "emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.pathway = QComboBox(self)
        self.pathway.setAccessibleName(self.tr("Route planned"))
        self.pathway.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.pathway.setMinimumContentsLength(56)
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Renewal, condition or step"), self.tr("Status")])
        self.tree.setAccessibleName(self.tr("Renewals of each member"))
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setItemDelegate(_Wrapped(self.tree))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(lambda *_a: self.tree.doItemsLayout())
        self.what_if = self._what_if_panel()
        self.content = QWidget(self)
        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("Route:"), self))
        tools.addWidget(self.pathway)
        tools.addStretch(1)
        split = QSplitter(Qt.Orientation.Horizontal, self.content)
        split.addWidget(self.tree)
        split.addWidget(self.what_if)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        em = self.fontMetrics().horizontalAdvance("M")
        split.setSizes([64 * em, 22 * em])
        column = QVBoxLayout(self.content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(tools)
        column.addWidget(self.headline)
        column.addWidget(split, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.content, 1)
        self.pathway.currentIndexChanged.connect(lambda _i: self._fill_tree())
        self.show_household(None)

    # -- the what-if panel -------------------------------------------------------------------

    def _what_if_panel(self) -> QGroupBox:
        box = QGroupBox(self.tr("What if…"), self)
        self.kind = QComboBox(box)
        self.kind.setAccessibleName(self.tr("Kind of change"))
        for kind, title in (
            (JOB_ENDS, self.tr("The Hong Kong job ends on")),
            (AWAY, self.tr("Away from Hong Kong from")),
            (INCOME, self.tr("Income a year, from")),
            (PORTFOLIO, self.tr("New CIES portfolio, from")),
        ):
            self.kind.addItem(title, kind)
        self.first = OptionalDateEdit(self.tr("Date"), parent=box)
        self.until_label = QLabel(self.tr("until"), box)
        self.until = OptionalDateEdit(self.tr("Back on"), parent=box)
        self.amount_label = QLabel(self.tr("HK$"), box)
        self.amount = QLineEdit(box)
        self.amount.setAccessibleName(self.tr("Amount in HK$"))
        self.amount.setPlaceholderText(self.tr("e.g. 2,000,000"))
        self.add_scenario = QPushButton(self.tr("Tr&y it"), box)
        self.scenario_error = FieldError(box)
        self.scenario_list = QListWidget(box)
        self.scenario_list.setAccessibleName(self.tr("Changes tried"))
        self.scenario_list.setMaximumHeight(self.fontMetrics().height() * 7)
        self.clear_scenarios = QPushButton(self.tr("C&lear the changes"), box)
        self.difference = QLabel(box)
        self.difference.setWordWrap(True)
        self.difference.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        intro = QLabel(
            self.tr(
                "Try a change on a copy of the household: nothing is saved. Each status then "
                "shows what it is on your plan as well."
            ),
            box,
        )
        intro.setWordWrap(True)
        theme.style_label(intro, "hint")
        layout = QVBoxLayout(box)
        layout.addWidget(intro)
        layout.addWidget(self.kind)
        layout.addWidget(self.first)
        layout.addWidget(self.until_label)
        layout.addWidget(self.until)
        amount = QHBoxLayout()
        amount.addWidget(self.amount_label)
        amount.addWidget(self.amount, 1)
        layout.addLayout(amount)
        layout.addWidget(self.add_scenario)
        layout.addWidget(self.scenario_error)
        layout.addWidget(self.scenario_list)
        layout.addWidget(self.clear_scenarios)
        layout.addWidget(self.difference, 1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.add_scenario.clicked.connect(self.try_scenario)
        self.clear_scenarios.clicked.connect(self.clear)
        self._kind_changed()
        return box

    def _kind_changed(self, *_args: object) -> None:
        kind = self.kind.currentData()
        self.until_label.setVisible(kind == AWAY)
        self.until.setVisible(kind == AWAY)
        money = kind in (INCOME, PORTFOLIO)
        self.amount_label.setVisible(money)
        self.amount.setVisible(money)
        self.scenario_error.show_message(None)

    def scenario_text(self) -> str | None:
        """The scenario the fields describe (``core.what_if``'s form); None with a message."""
        kind, first = self.kind.currentData(), self.first.value()
        problem = None
        if not self.first.is_valid() or first is None:
            problem = self.tr("Give the date.")
        elif kind == AWAY:
            back = self.until.value()
            if back is None or not self.until.is_valid():
                problem = self.tr("Give the day you would be back.")
            elif back < first:
                problem = self.tr("The day back is before the day you leave.")
            else:
                return f"{AWAY}:{first.isoformat()}..{back.isoformat()}"
        elif kind == JOB_ENDS:
            return f"{JOB_ENDS}:{first.isoformat()}"
        else:
            digits = self.amount.text().replace(",", "").replace(" ", "").strip()
            if not digits.isascii() or not digits.isdigit():
                problem = self.tr("Give the amount in whole Hong Kong dollars.")
            else:
                return f"{kind}:{int(digits)}@{first.isoformat()}"
        self.scenario_error.show_message(problem)
        return None

    def try_scenario(self) -> bool:
        """Add the change the fields describe and show the plan with it."""
        raw = self.scenario_text()
        if raw is None:
            return False
        self.scenario_error.show_message(None)
        self.scenarios.append(parse_scenario(raw))
        self.scenario_list.addItem(self._scenario_words(self.scenarios[-1]))
        self._recompute()
        return True

    def clear(self) -> None:
        """Back to the plan itself."""
        self.scenarios.clear()
        self.scenario_list.clear()
        self._recompute()

    def _scenario_words(self, s: Scenario) -> str:
        start = s.start.isoformat() if s.start else ""
        if s.kind == JOB_ENDS:
            return self.tr("The Hong Kong job ends on %1").replace("%1", start)
        if s.kind == AWAY:
            end = s.end.isoformat() if s.end else ""
            return self.tr("Away from %1 until %2").replace("%1", start).replace("%2", end)
        amount = f"HK${s.hkd or 0:,}"
        if s.kind == INCOME:
            return self.tr("Income of %1 a year from %2").replace("%1", amount).replace("%2", start)
        return self.tr("Portfolio of %1 from %2").replace("%1", amount).replace("%2", start)

    # -- showing -----------------------------------------------------------------------------

    def show_household(self, household: Household | None) -> None:
        """Work out the plan of ``household`` (None: nothing chosen); the changes tried stay."""
        if household is not self.household:
            self.scenarios.clear()
            self.scenario_list.clear()
        self.household = household
        self._recompute()

    def _recompute(self) -> None:
        self.plan = None
        message = ""
        household = self.household
        if household is None:
            message = self.tr("Choose or create a household to see its seven-year plan.")
        else:
            try:
                self.plan = plan_with(household, self.rules, self.today(), self.scenarios)
            except (TripError, RuleNotInForce) as exc:
                message = self.tr("The plan cannot be made: %1").replace(
                    "%1", said_error(exc, self.language)
                )
            else:
                if not self.plan.pathways:
                    message = say(text("plan.pdf.nothing"), self.language)
                    self.plan = None
        self.empty.setText(message)
        self.empty.setVisible(self.plan is None)
        self.content.setVisible(self.plan is not None)
        self._fill_pathways()

    def _fill_pathways(self) -> None:
        """List the plan's routes, keeping the one chosen; first the route the household is on
        (its plan's, else its latest stay's), as the Timeline's markers are."""
        chosen = self.pathway.currentData() or (
            followed_pathway(self.household) if self.household is not None else None
        )
        self.pathway.blockSignals(True)
        self.pathway.clear()
        for p in self.plan.pathways if self.plan else ():
            title = self.tr("%1, entering %2: %3")
            title = (
                title.replace("%1", words.pathway(p.id, self.language))
                .replace("%2", p.entry.isoformat())
                .replace("%3", plan_status.word(p.status, self.language))
            )
            self.pathway.addItem(plan_status.icon(p.status), title, p.id)
        self.pathway.setCurrentIndex(max(self.pathway.findData(chosen), 0))
        self.pathway.blockSignals(False)
        self._fill_tree()

    def shown_pathway(self) -> PathwayPlan | None:
        if self.plan is None:
            return None
        chosen = self.pathway.currentData()
        return next((p for p in self.plan.pathways if p.id == chosen), None)

    def _fill_tree(self) -> None:
        self.tree.clear()
        shown = self.shown_pathway()
        self.headline.setText(self._headline(shown))
        self.difference.setText(self._difference(shown))
        if shown is None:
            return
        for m in shown.members:  # a condition's source stays folded
            member = self._member_item(m)
            self.tree.addTopLevelItem(member)
            member.setExpanded(True)
            for j in range(member.childCount()):
                renewal = member.child(j)
                if renewal is not None:
                    renewal.setExpanded(renewal.data(0, Qt.ItemDataRole.UserRole) != "ready")

    def _headline(self, p: PathwayPlan | None) -> str:
        if p is None:
            return ""
        if p.status is PlanStatus.READY:
            return self.tr("Every renewal of this plan has its conditions met.")
        if p.status is PlanStatus.AT_RISK:
            return self.tr(
                "Some conditions are not known yet: answer them, or check them, before the "
                "window opens."
            )
        return self.tr("A renewal of this plan is blocked: see what to do, and the other routes.")

    def _status_text(self, status: PlanStatus, baseline: PlanStatus | None) -> str:
        said = plan_status.word(status, self.language)
        if baseline is None or baseline is status:
            return said
        was = plan_status.word(baseline, self.language)
        return self.tr("%1 (on your plan: %2)").replace("%1", said).replace("%2", was)

    def _set_status(
        self, item: QTreeWidgetItem, status: PlanStatus, baseline: PlanStatus | None = None
    ) -> None:
        item.setText(1, self._status_text(status, baseline))
        item.setIcon(1, plan_status.icon(status))
        item.setForeground(1, plan_status.colour(status))
        item.setData(0, Qt.ItemDataRole.UserRole, str(status))

    def _member_item(self, m: MemberPlan) -> QTreeWidgetItem:
        role = words.role(m.role, self.language)
        if m.pr_eligible_on is None:
            line = self.tr("%1 (%2): this plan does not reach permanent residence")
        else:
            line = self.tr("%1 (%2): permanent residence from %3").replace(
                "%3", m.pr_eligible_on.isoformat()
            )
        item = QTreeWidgetItem([line.replace("%1", m.name or m.id).replace("%2", role), ""])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        baselines = [r.baseline_status for r in m.renewals if r.baseline_status is not None]
        self._set_status(item, m.status, worst(baselines) if baselines else None)
        if m.pr_note:
            item.addChild(QTreeWidgetItem([say(m.pr_note, self.language), ""]))
        if not m.renewals:
            item.addChild(QTreeWidgetItem([say(text("plan.pdf.no_renewal"), self.language), ""]))
        for r in m.renewals:
            item.addChild(self._renewal_item(r))
        return item

    def _renewal_item(self, r: Renewal) -> QTreeWidgetItem:
        lang = self.language
        months = (
            say(text("plan.pdf.months", months=r.next_stay_months), lang)
            if r.next_stay_months is not None
            else self.tr("not known")
        )
        tier = say(text("plan.pdf.top_tier"), lang) if r.top_tier else ""
        head = text(
            "plan.pdf.renewal",
            limit=r.limit_of_stay,
            opens=r.window_opens,
            last=apply_by(r.limit_of_stay),
            months=f"{months}{tier}",
        )
        item = QTreeWidgetItem([say(head, lang), ""])
        self._set_status(item, r.status, r.baseline_status)
        for c in r.conditions:
            child = QTreeWidgetItem([say(c.detail, lang), words.status(c.status, lang)])
            look = plan_status.LEADS_TO[c.status]
            child.setIcon(1, plan_status.icon(look))
            child.setForeground(1, plan_status.colour(look))
            source = say(c.source, lang)
            child.setToolTip(0, source)
            child.addChild(QTreeWidgetItem([source, ""]))
            item.addChild(child)
        if r.top_tier_detail:
            item.addChild(QTreeWidgetItem([say(r.top_tier_detail, lang), ""]))
        for action in r.actions:
            item.addChild(QTreeWidgetItem([say(text("plan.pdf.action", action=action), lang), ""]))
        if r.switches:
            routes = words.joined([words.pathway(s, lang) for s in r.switches], lang)
            item.addChild(
                QTreeWidgetItem([say(text("plan.pdf.switches", routes=routes), lang), ""])
            )
        return item

    def _difference(self, p: PathwayPlan | None) -> str:
        """What the changes tried do to this route's renewals, in words."""
        if p is None or not self.scenarios:
            return ""
        lines = []
        for m in p.members:
            for r in m.renewals:
                if r.baseline_status is not None and r.baseline_status is not r.status:
                    line = self.tr("%1, renewal at %2: %3 → %4")
                    lines.append(
                        line.replace("%1", m.name or m.id)
                        .replace("%2", r.limit_of_stay.isoformat())
                        .replace("%3", plan_status.word(r.baseline_status, self.language))
                        .replace("%4", plan_status.word(r.status, self.language))
                    )
        if not lines:
            return self.tr("With these changes, no renewal of this route changes status.")
        return "\n".join([self.tr("With these changes:"), *lines])

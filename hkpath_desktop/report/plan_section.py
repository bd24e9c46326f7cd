"""The adviser report's "Seven-year plan": per member, each renewal and what it needs.

It renders :class:`core.plan.Plan` as the engine made it (conditions, sources, actions), in
the report's language; nothing here judges a condition.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from hkpath_desktop.core.assessment import Status
from hkpath_desktop.core.facts import Household
from hkpath_desktop.core.i18n import Language
from hkpath_desktop.core.plan import MemberPlan, PathwayPlan, Plan, PlanStatus, Renewal, apply_by
from hkpath_desktop.core.plan import status_word as plan_status_word
from hkpath_desktop.core.texts import Text, say, text
from hkpath_desktop.report import labels
from hkpath_desktop.report.document import Styles, heading, para
from hkpath_desktop.report.grid import cell, table

_CONDITION_COLOUR = {
    Status.MET: colors.HexColor("#1b7f3b"),
    Status.NOT_MET: colors.HexColor("#b42318"),
    Status.UNKNOWN: colors.HexColor("#b45309"),
}


def plan_sections(
    plan: Plan | Text, household: Household, styles: Styles, width: float, lang: Language
) -> list[Flowable]:
    """One section per member; ``plan`` is a sentence when the plan could not be made."""
    title = say(text("plan.pdf.title"), lang)
    if isinstance(plan, str):
        return [*heading(title, styles.h1, section=title), para(say(plan, lang), styles.body)]
    if not plan.pathways:
        nothing = para(say(text("plan.pdf.nothing"), lang), styles.body)
        return [*heading(title, styles.h1, section=title), nothing]
    flow: list[Flowable] = []
    for member in household.members:
        name = member.display_name or member.id
        head = say(text("plan.pdf.member", name=name), lang)
        flow += heading(head, styles.h1, 50 * mm, section=head)
        for pathway in plan.pathways:
            found = next((m for m in pathway.members if m.id == member.id), None)
            if found is not None:
                flow += _pathway(pathway, found, styles, width, lang)
    return flow


def _status(status: PlanStatus, lang: Language) -> str:
    """The status as a word (never colour alone)."""
    return say(plan_status_word(status), lang).upper()


def _pathway(
    p: PathwayPlan, m: MemberPlan, styles: Styles, width: float, lang: Language
) -> list[Flowable]:
    route, status = labels.pathway(p.id, lang), _status(m.status, lang)
    if m.pr_eligible_on is None:
        line = text("plan.pdf.pathway_no_pr", route=route, entry=p.entry, status=status)
    else:
        line = text(
            "plan.pdf.pathway", route=route, entry=p.entry, status=status, pr=m.pr_eligible_on
        )
    flow: list[Flowable] = [para(say(line, lang), styles.h2)]
    if m.pr_note:
        flow.append(para(say(m.pr_note, lang), styles.body))
    if not m.renewals:
        flow.append(para(say(text("plan.pdf.no_renewal"), lang), styles.body))
    for r in m.renewals:
        flow += _renewal(r, styles, width, lang)
    return flow


def _renewal(r: Renewal, styles: Styles, width: float, lang: Language) -> list[Flowable]:
    months = (
        say(text("plan.pdf.months", months=r.next_stay_months), lang)
        if r.next_stay_months is not None
        else labels.label("Unknown", lang)
    )
    tier = say(text("plan.pdf.top_tier"), lang) if r.top_tier else ""
    head = text(
        "plan.pdf.renewal",
        limit=r.limit_of_stay,
        opens=r.window_opens,
        last=apply_by(r.limit_of_stay),
        months=f"{months}{tier}",
    )
    rows: list[list[object]] = [
        [
            cell(say(head, lang), styles.head),
            cell(_status(r.status, lang), styles.head),
        ]
    ]
    for c in r.conditions:
        rows.append(
            [
                cell(say(c.detail, lang), styles.cell),
                cell(labels.status(c.status, lang), styles.cell, _CONDITION_COLOUR[c.status]),
            ]
        )
        rows.append([cell(say(c.source, lang), styles.small), cell("", styles.small)])
    if r.top_tier_detail:
        rows.append([cell(say(r.top_tier_detail, lang), styles.cell), cell("", styles.cell)])
    for action in r.actions:
        todo = say(text("plan.pdf.action", action=action), lang)
        rows.append([cell(todo, styles.cell), cell("", styles.cell)])
    if r.switches:
        routes = labels.joined([labels.pathway(s, lang) for s in r.switches], lang)
        switches = say(text("plan.pdf.switches", routes=routes), lang)
        rows.append([cell(switches, styles.cell), cell("", styles.cell)])
    grid = table(rows, [width * 0.8, width * 0.2])
    return [KeepTogether([grid]) if len(rows) < 14 else grid]

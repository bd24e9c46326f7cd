"""The adviser report: the whole assessment on paper, each verdict with its reasons and sources.

It renders the core's objects (``Assessment``, ``Criterion``, ``Outlook``, ``Timeline``,
``ResidenceLog``) and never re-derives a reason, so the PDF says exactly what the GUI says.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from dateutil.relativedelta import relativedelta
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from hkpath_desktop.core.assessment import Assessment, Status, Verdict
from hkpath_desktop.core.comparison import assess_all
from hkpath_desktop.core.facts import PATHWAY_IDS, Household
from hkpath_desktop.core.i18n import Language
from hkpath_desktop.core.plan import Plan, build_plan, plan_pathways, planned_entry
from hkpath_desktop.core.residence import TripError
from hkpath_desktop.core.rules import RuleNotInForce, RulePack
from hkpath_desktop.core.texts import Text, say, text
from hkpath_desktop.core.timeline import Timeline, build_timeline
from hkpath_desktop.report import labels, words
from hkpath_desktop.report.chart import timeline_charts
from hkpath_desktop.report.document import (
    ACCENT,
    Decor,
    ProgressFn,
    Section,
    Styles,
    frame_width,
    heading,
    make_styles,
    para,
    write_pdf,
)
from hkpath_desktop.report.grid import cell, table
from hkpath_desktop.report.labels import label, language_of
from hkpath_desktop.report.plan_section import plan_sections
from hkpath_desktop.report.profile_summary import profile_summary

TITLE = "Adviser report"
_NOT_COVERED = "The timeline cannot be drawn: the rule pack {} has no rule for {} ({})."
UPCOMING_MONTHS = 12
"""How far ahead "upcoming deadlines" looks; later events are on the chart."""


def write_adviser_report(
    household: Household,
    rules: RulePack,
    on: date,
    out: Path,
    *,
    pathways: Sequence[str] | None = None,
    page_size: str = "A4",
    progress: ProgressFn | None = None,
    generated: date | None = None,
    language: str = "en",
) -> int:
    """Write the adviser report for ``pathways`` (default all five, ranked); returns pages.

    ``language`` ("en", "zh_HK", "zh_CN") is the language of every word: the report's own
    headings, and the engine's sentences (facts used, gaps, outlook, timeline events, the
    residence explanation), which are catalogue Texts said with :func:`core.texts.say`.
    Names, sources and codes are printed as written.

    ``progress(done, total)`` is called after each section; an exception from it stops the
    work and leaves no file behind.
    """
    lang = language_of(language)
    chosen = _chosen(pathways)
    report = progress or (lambda done, total: None)
    assessments = [a for a in assess_all(household, rules, on) if a.pathway in chosen]
    total = len(assessments) + 6
    report(0, total)
    styles = make_styles()
    width = frame_width(page_size)
    title = label(TITLE, lang)
    story: list[Flowable] = [para(label("{}: {}", lang, title, household.name), styles.title)]
    assessed = label(
        "Assessed on {} with rule pack {}.", lang, on.isoformat(), say(rules.label, lang)
    )
    story.append(para(assessed, styles.body))
    story += profile_summary(household, on, styles, width, lang)
    report(1, total)
    story += _comparison(assessments, styles, width, lang)
    report(2, total)
    for done, assessment in enumerate(assessments, start=3):
        story += _pathway(assessment, on, styles, width, lang)
        report(done, total)
    story += plan_sections(_plan(household, rules, on, chosen), household, styles, width, lang)
    report(total - 3, total)
    try:
        timeline: Timeline | str = build_timeline(household, rules, on)
    except TripError as exc:
        why = say(exc.args[0], lang) if exc.args else str(exc)
        timeline = label(
            "The timeline cannot be drawn until the trips are corrected: {}", lang, why
        )
    except RuleNotInForce as exc:
        reason = str(exc).strip("'\"")
        timeline = label(_NOT_COVERED, lang, say(rules.label, lang), on.isoformat(), reason)
    story += _timeline(timeline, on, styles, width, lang)
    report(total - 2, total)
    story += _residence(timeline, styles, width, lang)
    report(total - 1, total)
    decor = Decor.of(TITLE, household.name, rules, generated, lang)
    subject = label("Assessment of the routes to Hong Kong", lang)
    pages = write_pdf(out, story, decor, page_size, subject)
    report(total, total)
    return pages


def _plan(household: Household, rules: RulePack, on: date, chosen: tuple[str, ...]) -> Plan | Text:
    """The plan for the report's pathways that the household would plan (or why there is none)."""
    entry = planned_entry(household, on)
    try:
        planned = [p for p in plan_pathways(household, rules, on, entry) if p in chosen]
        return build_plan(household, rules, on, planned, entry)
    except TripError as exc:
        why = exc.args[0] if exc.args else str(exc)
        return text("plan.pdf.trips", why=why)
    except RuleNotInForce as exc:
        return text("plan.pdf.not_covered", version=rules.version, reason=str(exc).strip("'\""))


def _chosen(pathways: Sequence[str] | None) -> tuple[str, ...]:
    if pathways is None:
        return PATHWAY_IDS
    if not pathways:
        raise ValueError("choose at least one pathway")
    for p in pathways:
        if p not in PATHWAY_IDS:
            raise ValueError(f"unknown pathway {p!r}; choose from {', '.join(PATHWAY_IDS)}")
    return tuple(pathways)


def _headline(a: Assessment, lang: Language) -> str:
    extra = [label("category {}", lang, labels.category(a.category, lang))] if a.category else []
    extra += [_score(a, lang)] if a.points is not None else []
    verdict = labels.verdict(a.verdict, lang)
    return label("{} ({})", lang, verdict, labels.joined(extra, lang)) if extra else verdict


def _score(a: Assessment, lang: Language) -> str:
    if a.points_out_of is None:
        return label("{} points", lang, a.points)
    return label("{} of {} criteria met", lang, a.points, a.points_out_of)


def _name(a: Assessment, lang: Language) -> str:
    return labels.pathway_name(a.pathway, a.name, lang)


def _comparison(
    assessments: list[Assessment], styles: Styles, width: float, lang: Language
) -> list[Flowable]:
    flow = heading(
        label("Comparison, most sustainable first", lang),
        styles.h1,
        section=label("Comparison", lang),
    )
    head = (
        "#",
        "Route",
        "Verdict",
        "Job offer needed",
        "Investment needed",
        "First stay",
        "PR from",
        "Main risk",
    )
    rows: list[list[object]] = [[cell(label(h, lang), styles.head) for h in head]]
    for rank, a in enumerate(assessments, start=1):
        o = a.outlook
        months = o.initial_stay_months
        rows.append(
            [
                cell(rank, styles.cell),
                cell(_name(a, lang), styles.cell),
                cell(_headline(a, lang), styles.cell),
                cell(_needed(o.job_offer_needed, lang), styles.cell),
                cell(_capital(o.capital_hkd, lang), styles.cell),
                cell(_months(months, lang), styles.cell),
                cell(labels.text(o.earliest_pr_on, lang), styles.cell),
                cell(say(o.main_risk, lang) or label("None named", lang), styles.cell),
            ]
        )
    shares = (0.04, 0.17, 0.13, 0.08, 0.135, 0.08, 0.1, 0.265)
    return [KeepTogether([*flow, table(rows, [width * s for s in shares])])]


def _capital(hkd: int | None, lang: Language) -> str:
    return label("None", lang) if not hkd else words.hkd(hkd)


def _needed(needed: bool, lang: Language) -> str:
    return label("Needed" if needed else "Not needed", lang)


def _months(months: int | None, lang: Language) -> str:
    return label("Unknown", lang) if months is None else label("{} months", lang, months)


_STATUS_COLOUR = {
    Status.MET: colors.HexColor("#1b7f3b"),
    Status.NOT_MET: colors.HexColor("#b42318"),
    Status.UNKNOWN: colors.HexColor("#b45309"),
}


def _pathway(
    a: Assessment, on: date, styles: Styles, width: float, lang: Language
) -> list[Flowable]:
    name = _name(a, lang)
    if a.verdict is Verdict.NOT_ELIGIBLE:
        return _closed(a, name, on, styles, lang)
    flow = heading(
        label("{}: {}", lang, name, _headline(a, lang)), styles.h1, 60 * mm, section=name
    )
    head = ("Criterion", "Status", "Facts used", "Source")
    rows: list[list[object]] = [[cell(label(h, lang), styles.head) for h in head]]
    for c in a.criteria:
        unverified = "" if c.verified else label(" (unverified)", lang)
        title = labels.criterion(c.title, lang) + unverified
        rows.append(
            [
                cell(title, styles.cell),
                cell(labels.status(c.status, lang), styles.cell, _STATUS_COLOUR[c.status]),
                cell(say(c.detail, lang), styles.cell),
                cell(say(c.source, lang), styles.small),
            ]
        )
    flow.append(table(rows, [width * s for s in (0.2, 0.09, 0.46, 0.25)]))
    flow += heading(label("Gaps", lang), styles.h2, 20 * mm)
    gaps = [say(gap, lang) for gap in a.gaps] or [label("None: every criterion is met.", lang)]
    flow += [para(f"• {gap}", styles.body) for gap in gaps]
    outlook = table(_outlook_rows(a, styles, lang), [width * 0.25, width * 0.75], header=False)
    flow.append(KeepTogether([para(label("Seven-year outlook", lang), styles.h2), outlook]))
    return flow


def _closed(a: Assessment, name: str, on: date, styles: Styles, lang: Language) -> list[Flowable]:
    """A route the household cannot take: why, in a few lines, without its documents, gaps
    or seven-year outlook (they are the plan of a route nobody can start)."""
    flow = heading(
        label("{}: {}", lang, name, _headline(a, lang)), styles.h2, 30 * mm, section=name
    )
    flow.append(
        para(
            label("This route is not open to the household on {}, because:", lang, on), styles.body
        )
    )
    for c in a.criteria:
        if c.status is Status.NOT_MET:
            title = labels.criterion(c.title, lang)
            flow.append(para(f"• {title}: {say(c.detail, lang)}", styles.body))
            flow.append(para(label("Source: {}", lang, say(c.source, lang)), styles.small))
    return flow


def _outlook_rows(a: Assessment, styles: Styles, lang: Language) -> list[list[object]]:
    """Label and value rows; a list gets one row per entry so a long one can break across pages."""
    o = a.outlook
    none = label("None named", lang)
    months = [_months(m, lang) for m in o.stay_pattern_months]
    pattern = labels.joined(months, lang) or label("Unknown", lang)
    pairs: list[tuple[str, list[str]]] = [
        ("Stays, first to last", [pattern]),
        ("Earliest permanent residence", [labels.text(o.earliest_pr_on, lang)]),
        ("To renew each stay", [f"• {say(c, lang)}" for c in o.renewal_conditions] or [none]),
        ("Risks", [f"• {say(r, lang)}" for r in o.risks] or [none]),
        ("Fees", [say(o.fee_breakdown, lang) or words.hkd(o.fees_hkd)]),
        ("Investment needed", [_capital(o.capital_hkd, lang)]),
        ("Job offer needed", [_needed(o.job_offer_needed, lang)]),
        ("Family", [say(o.dependants_allowed, lang)]),
    ]
    rows: list[list[object]] = []
    for name, values in pairs:
        for n, value in enumerate(values):
            shown = label(name, lang) if n == 0 else ""
            rows.append(
                [
                    cell(shown, styles.cell, ACCENT),
                    cell(value, styles.cell),
                ]
            )
    return rows


def _timeline(
    timeline: Timeline | str, on: date, styles: Styles, width: float, lang: Language
) -> list[Flowable]:
    title = [Section(label("Timeline", lang)), para(label("Timeline", lang), styles.h1)]
    if isinstance(timeline, str):
        return [*title, para(timeline, styles.body)]
    first, *more = timeline_charts(timeline, width, lang)
    flow: list[Flowable] = [KeepTogether([*title, first]), *more]
    flow.append(Spacer(1, 3 * mm))
    until = on + relativedelta(months=UPCOMING_MONTHS)
    events = sorted(
        ((e, m.name or m.id) for m in timeline.members for e in m.events if on <= e.date <= until),
        key=lambda pair: (pair[0].date, pair[1]),
    )
    upcoming = label("Upcoming deadlines, to {}", lang, until.isoformat())
    flow += heading(upcoming, styles.h2, 30 * mm, section=upcoming)
    if not events:
        return [*flow, para(label("Nothing falls due in this period.", lang), styles.body)]
    head = ("Date", "Person", "What")
    rows: list[list[object]] = [[cell(label(h, lang), styles.head) for h in head]]
    rows += [
        [
            cell(e.date.isoformat(), styles.cell),
            cell(name, styles.cell),
            cell(say(e.label, lang), styles.cell),
        ]
        for e, name in events
    ]
    flow.append(table(rows, [width * 0.13, width * 0.2, width * 0.67]))
    return flow


def _residence(
    timeline: Timeline | str, styles: Styles, width: float, lang: Language
) -> list[Flowable]:
    title = label("Residence summary", lang)
    flow = heading(title, styles.h1, section=title)
    if isinstance(timeline, str):
        return [*flow, para(timeline, styles.body)]
    head = (
        "Person",
        "Days outside, last 12 months",
        "Busiest 12 months",
        "Long absences",
        "By year",
    )
    rows: list[list[object]] = [[cell(label(h, lang), styles.head) for h in head]]
    for m in timeline.members:
        log = m.residence
        end = log.busiest_12_months_end
        busiest = (
            label("{} days, to {}", lang, log.busiest_12_months, end.isoformat())
            if end
            else label("0 days", lang)
        )
        years = [label("{}: {}", lang, year, days) for year, days in log.days_by_year]
        by_year = labels.joined(years, lang) or label("No trips", lang)
        rows.append(
            [
                cell(m.name or m.id, styles.cell),
                cell(log.last_12_months, styles.cell),
                cell(busiest, styles.cell),
                cell(len(log.long_absences), styles.cell),
                cell(by_year, styles.cell),
            ]
        )
    flow.append(table(rows, [width * s for s in (0.24, 0.16, 0.22, 0.12, 0.26)]))
    if timeline.members:
        flow.append(Spacer(1, 2 * mm))
        explanation = timeline.members[0].residence.explanation
        flow += [para(say(line, lang), styles.small) for line in explanation]
    return flow

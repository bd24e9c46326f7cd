"""The adviser report: the whole assessment on paper, each verdict with its reasons and sources.

It renders the core's objects (``Assessment``, ``Criterion``, ``Outlook``, ``Timeline``,
``ResidenceLog``) and never re-derives a reason, so the PDF says exactly what the GUI says.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from dateutil.relativedelta import relativedelta
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from hkpath_desktop.core.assessment import Assessment, Status, assess_all
from hkpath_desktop.core.facts import PATHWAY_IDS, Household
from hkpath_desktop.core.residence import TripError
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.core.timeline import Timeline, build_timeline
from hkpath_desktop.report import words
from hkpath_desktop.report.chart import timeline_charts
from hkpath_desktop.report.document import (
    ACCENT,
    Decor,
    ProgressFn,
    Section,
    Styles,
    esc,
    frame_width,
    heading,
    make_styles,
    para,
    table,
    write_pdf,
)
from hkpath_desktop.report.profile_summary import profile_summary

TITLE = "Adviser report"
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
) -> int:
    """Write the adviser report for ``pathways`` (default all five, ranked); returns pages.

    ``progress(done, total)`` is called after each section; an exception from it stops the
    work and leaves no file behind.
    """
    chosen = _chosen(pathways)
    report = progress or (lambda done, total: None)
    assessments = [a for a in assess_all(household, rules, on) if a.pathway in chosen]
    total = len(assessments) + 5
    report(0, total)
    styles = make_styles()
    width = frame_width(page_size)
    story: list[Flowable] = [Paragraph(esc(f"{TITLE}: {household.name}"), styles.title)]
    story.append(para(f"Assessed on {on.isoformat()} with rule pack {rules.label}.", styles.body))
    story += profile_summary(household, on, styles, width)
    report(1, total)
    story += _comparison(assessments, styles, width)
    report(2, total)
    for done, assessment in enumerate(assessments, start=3):
        story += _pathway(assessment, styles, width)
        report(done, total)
    try:
        timeline: Timeline | str = build_timeline(household, rules, on)
    except TripError as exc:
        timeline = f"The timeline cannot be drawn until the trips are corrected: {exc}"
    story += _timeline(timeline, on, styles, width)
    report(total - 2, total)
    story += _residence(timeline, styles, width)
    report(total - 1, total)
    decor = Decor.of(TITLE, household.name, rules, generated)
    pages = write_pdf(out, story, decor, page_size, "Assessment of the routes to Hong Kong")
    report(total, total)
    return pages


def _chosen(pathways: Sequence[str] | None) -> tuple[str, ...]:
    if pathways is None:
        return PATHWAY_IDS
    if not pathways:
        raise ValueError("choose at least one pathway")
    for p in pathways:
        if p not in PATHWAY_IDS:
            raise ValueError(f"unknown pathway {p!r}; choose from {', '.join(PATHWAY_IDS)}")
    return tuple(pathways)


def _headline(a: Assessment) -> str:
    extra = [f"category {a.category}"] if a.category else []
    extra += [f"{a.points} points"] if a.points is not None else []
    return words.VERDICT[a.verdict] + (f" ({', '.join(extra)})" if extra else "")


def _comparison(assessments: list[Assessment], styles: Styles, width: float) -> list[Flowable]:
    flow = heading("Comparison, most sustainable first", styles.h1, section="Comparison")
    head = ("#", "Route", "Verdict", "Job offer", "Capital", "First stay", "PR from", "Main risk")
    rows: list[list[object]] = [[para(h, styles.head) for h in head]]
    for rank, a in enumerate(assessments, start=1):
        o = a.outlook
        months = o.initial_stay_months
        rows.append(
            [
                para(rank, styles.cell),
                para(a.name, styles.cell),
                para(_headline(a), styles.cell),
                para("Needed" if o.job_offer_needed else "Not needed", styles.cell),
                para(_capital(o.capital_hkd), styles.cell),
                para(words.UNKNOWN if months is None else f"{months} months", styles.cell),
                para(words.text(o.earliest_pr_on), styles.cell),
                para(o.main_risk or "None named", styles.cell),
            ]
        )
    shares = (0.04, 0.17, 0.13, 0.08, 0.135, 0.08, 0.1, 0.265)
    return [KeepTogether([*flow, table(rows, [width * s for s in shares])])]


def _capital(hkd: int | None) -> str:
    return "None" if not hkd else words.hkd(hkd)


_STATUS_COLOUR = {Status.MET: "#1b7f3b", Status.NOT_MET: "#b42318", Status.UNKNOWN: "#b45309"}


def _pathway(a: Assessment, styles: Styles, width: float) -> list[Flowable]:
    flow = heading(f"{a.name}: {_headline(a)}", styles.h1, 60 * mm, section=a.name)
    rows: list[list[object]] = [
        [para(h, styles.head) for h in ("Criterion", "Status", "Facts used", "Source")]
    ]
    for c in a.criteria:
        title = c.title + ("" if c.verified else " (unverified)")
        status = f"<font color='{_STATUS_COLOUR[c.status]}'>{words.STATUS[c.status]}</font>"
        rows.append(
            [
                para(title, styles.cell),
                Paragraph(status, styles.cell),
                para(c.detail, styles.cell),
                para(c.source, styles.small),
            ]
        )
    flow.append(table(rows, [width * s for s in (0.2, 0.09, 0.46, 0.25)]))
    flow += heading("Gaps", styles.h2, 20 * mm)
    gaps = a.gaps or ("None: every criterion is met.",)
    flow += [para(f"• {gap}", styles.body) for gap in gaps]
    outlook = table(_outlook_rows(a, styles), [width * 0.25, width * 0.75], header=False)
    flow.append(KeepTogether([para("Seven-year outlook", styles.h2), outlook]))
    return flow


def _outlook_rows(a: Assessment, styles: Styles) -> list[list[object]]:
    """Label and value rows; a list gets one row per entry so a long one can break across pages."""
    o = a.outlook
    pattern = ", ".join(f"{m} months" for m in o.stay_pattern_months) or words.UNKNOWN
    pairs: list[tuple[str, list[str]]] = [
        ("Stays, first to last", [pattern]),
        ("Earliest permanent residence", [words.text(o.earliest_pr_on)]),
        ("To renew each stay", [f"• {c}" for c in o.renewal_conditions] or ["None named"]),
        ("Risks", [f"• {r}" for r in o.risks] or ["None named"]),
        ("Fees", [o.fee_breakdown or words.hkd(o.fees_hkd)]),
        ("Capital", [_capital(o.capital_hkd)]),
        ("Job offer", ["Needed" if o.job_offer_needed else "Not needed"]),
        ("Family", [o.dependants_allowed]),
    ]
    rows: list[list[object]] = []
    for label, values in pairs:
        for n, value in enumerate(values):
            shown = label if n == 0 else ""
            rows.append(
                [
                    Paragraph(f"<font color='{ACCENT.hexval()}'>{esc(shown)}</font>", styles.cell),
                    para(value, styles.cell),
                ]
            )
    return rows


def _timeline(timeline: Timeline | str, on: date, styles: Styles, width: float) -> list[Flowable]:
    title = [Section("Timeline"), para("Timeline", styles.h1)]
    if isinstance(timeline, str):
        return [*title, para(timeline, styles.body)]
    first, *more = timeline_charts(timeline, width)
    flow: list[Flowable] = [KeepTogether([*title, first]), *more]
    flow.append(Spacer(1, 3 * mm))
    until = on + relativedelta(months=UPCOMING_MONTHS)
    events = sorted(
        ((e, m.name or m.id) for m in timeline.members for e in m.events if on <= e.date <= until),
        key=lambda pair: (pair[0].date, pair[1]),
    )
    upcoming = f"Upcoming deadlines, to {until.isoformat()}"
    flow += heading(upcoming, styles.h2, 30 * mm, section=upcoming)
    if not events:
        return [*flow, para("Nothing falls due in this period.", styles.body)]
    rows: list[list[object]] = [[para(h, styles.head) for h in ("Date", "Person", "What")]]
    rows += [
        [para(e.date.isoformat(), styles.cell), para(name, styles.cell), para(e.label, styles.cell)]
        for e, name in events
    ]
    flow.append(table(rows, [width * 0.13, width * 0.2, width * 0.67]))
    return flow


def _residence(timeline: Timeline | str, styles: Styles, width: float) -> list[Flowable]:
    flow = heading("Residence summary", styles.h1, section="Residence summary")
    if isinstance(timeline, str):
        return [*flow, para(timeline, styles.body)]
    head = (
        "Person",
        "Days outside, last 12 months",
        "Busiest 12 months",
        "Long absences",
        "By year",
    )
    rows: list[list[object]] = [[para(h, styles.head) for h in head]]
    for m in timeline.members:
        log = m.residence
        busiest = (
            f"{log.busiest_12_months} days, to {log.busiest_12_months_end.isoformat()}"
            if log.busiest_12_months_end
            else "0 days"
        )
        by_year = ", ".join(f"{year}: {days}" for year, days in log.days_by_year) or "No trips"
        rows.append(
            [
                para(m.name or m.id, styles.cell),
                para(log.last_12_months, styles.cell),
                para(busiest, styles.cell),
                para(len(log.long_absences), styles.cell),
                para(by_year, styles.cell),
            ]
        )
    flow.append(table(rows, [width * s for s in (0.24, 0.16, 0.22, 0.12, 0.26)]))
    if timeline.members:
        flow.append(Spacer(1, 2 * mm))
        flow += [para(line, styles.small) for line in timeline.members[0].residence.explanation]
    return flow

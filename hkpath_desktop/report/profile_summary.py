"""The household as an adviser first reads it: who is moving, and the facts the verdicts use."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from hkpath_desktop.core.facts import Household, Member, Role
from hkpath_desktop.core.i18n import Language
from hkpath_desktop.report import labels, words
from hkpath_desktop.report.document import Styles, heading, para, table


def profile_summary(
    household: Household,
    on: date,
    styles: Styles,
    width: float,
    language: Language = Language.EN,
) -> list[Flowable]:
    """The people and their facts; ``language`` translates the labels, the values stay as given."""
    lang = language
    flow = heading(
        labels.label("Profile summary on {}", lang, on.isoformat()),
        styles.h1,
        section=labels.label("Profile summary", lang),
    )
    head = ("Name", "Role", "Age", "Nationality", "Lives in", "Hong Kong status", "Passport to")
    rows: list[list[object]] = [[para(labels.label(h, lang), styles.head) for h in head]]
    for m in household.members:
        hk = m.residence.hk_status
        rows.append(
            [
                para(m.display_name or m.id, styles.cell),
                para(labels.role(m.role, lang), styles.cell),
                para(labels.text(m.age_on(on), lang), styles.cell),
                para(labels.text(m.nationality, lang), styles.cell),
                para(labels.text(m.residence.country, lang), styles.cell),
                para(labels.hk_status(hk, lang), styles.cell),
                para(labels.text(m.travel_document_expiry, lang), styles.cell),
            ]
        )
    shares = (0.24, 0.16, 0.07, 0.11, 0.1, 0.18, 0.14)
    flow.append(table(rows, [width * s for s in shares]))
    for member in household.members:
        facts = _facts(member, on)
        if not facts:
            continue
        name = member.display_name or member.id
        flow += heading(labels.label("{}: facts used", lang, name), styles.h2, 30 * mm)
        fact_rows = [
            [para(labels.label(k, lang), styles.cell), para(v, styles.cell)] for k, v in facts
        ]
        flow.append(table(fact_rows, [width * 0.25, width * 0.75], header=False))
    flow.append(Spacer(1, 2 * mm))
    return flow


def _facts(member: Member, on: date) -> list[tuple[str, str]]:
    """Label/value pairs; a dependant's empty sections are left out, a principal's say Unknown."""
    principal = member.role is Role.PRINCIPAL
    facts: list[tuple[str, str]] = []
    if member.education:
        facts += [("Education", _education(member))]
    elif principal:
        facts += [("Education", words.UNKNOWN)]
    if not principal:
        return facts
    facts.append(("Work", _work(member)))
    facts.append(("Income", _income(member)))
    facts.append(("Job offer in Hong Kong", _offer(member)))
    languages = member.languages
    if languages is None:
        facts.append(("Languages", words.UNKNOWN))
    else:
        other = ", ".join(languages.other or ()) or "none"
        facts.append(
            (
                "Languages",
                f"Chinese {words.text(languages.chinese)}, English "
                f"{words.text(languages.english)}, other {other}",
            )
        )
    assets = member.net_assets
    facts.append(
        (
            "Net assets",
            words.UNKNOWN
            if assets is None
            else f"{words.hkd(assets.hkd)} held since {words.text(assets.held_since)}",
        )
    )
    business = member.business
    if business is False:
        facts.append(("Business", "None"))
    elif business is not None:
        profit = words.hkd(business.annual_profit_hkd)
        facts.append(("Business", f"Annual profit {profit}, listed {words.text(business.listed)}"))
    facts.append(("Funds to live on", words.hkd(member.support_funds_hkd)))
    records = member.records
    if records is not None:
        facts.append(
            (
                "Records",
                f"Criminal record {words.text(records.criminal)}, adverse immigration record "
                f"{words.text(records.adverse_immigration)}",
            )
        )
    return facts


def _education(member: Member) -> str:
    lines = []
    for e in member.education or ():
        level = words.text(e.level.value.replace("_", " ") if e.level else None)
        where = ", ".join(x for x in (e.institution, e.country) if x)
        when = f" ({e.awarded_on.year})" if e.awarded_on else ""
        lines.append(f"{level}: {where or words.UNKNOWN}{when}")
    return "\n".join(lines)


def _work(member: Member) -> str:
    if member.work is None:
        return words.UNKNOWN
    if not member.work:
        return "None"
    lines = []
    for w in member.work:
        end = "now" if w.end is None else w.end.isoformat()
        sector = w.sector.value.replace("_", " ") if w.sector else "sector unknown"
        lines.append(f"{words.text(w.start)} to {end}: {sector}")
    return "\n".join(lines)


def _income(member: Member) -> str:
    if member.income is None:
        return words.UNKNOWN
    if not member.income:
        return "None"
    return "\n".join(
        f"{words.hkd(i.hkd)} {words.text(i.kind.value if i.kind else None)}, "
        f"year to {words.text(i.year_ending)}"
        for i in member.income
    )


def _offer(member: Member) -> str:
    offer = member.job_offer
    if offer is None:
        return words.UNKNOWN
    if offer is False:
        return "None"
    pay = words.hkd(offer.monthly_salary_hkd)
    return (
        f"{words.text(offer.post)} at {words.text(offer.employer)}, {pay} a month, "
        f"from {words.text(offer.start)}"
    )

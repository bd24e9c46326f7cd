"""The household as an adviser first reads it: who is moving, and the facts the verdicts use."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from hkpath_desktop.core.facts import Household, Member, Role
from hkpath_desktop.core.i18n import Language
from hkpath_desktop.core.language_names import language_name
from hkpath_desktop.core.value_words import value_word
from hkpath_desktop.report import labels, words
from hkpath_desktop.report.document import Styles, heading
from hkpath_desktop.report.grid import cell, table
from hkpath_desktop.report.labels import label


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
    rows: list[list[object]] = [[cell(labels.label(h, lang), styles.head) for h in head]]
    for m in household.members:
        hk = m.residence.hk_status
        rows.append(
            [
                cell(m.display_name or m.id, styles.cell),
                cell(labels.role(m.role, lang), styles.cell),
                cell(labels.text(m.age_on(on), lang), styles.cell),
                cell(labels.country(m.nationality, lang), styles.cell),
                cell(labels.country(m.residence.country, lang), styles.cell),
                cell(labels.hk_status(hk, lang), styles.cell),
                cell(labels.text(m.travel_document_expiry, lang), styles.cell),
            ]
        )
    shares = (0.24, 0.16, 0.07, 0.11, 0.1, 0.18, 0.14)
    flow.append(table(rows, [width * s for s in shares]))
    for member in household.members:
        facts = _facts(member, lang)
        if not facts:
            continue
        name = member.display_name or member.id
        flow += heading(labels.label("{}: facts used", lang, name), styles.h2, 30 * mm)
        fact_rows = [
            [cell(labels.label(k, lang), styles.cell), cell(v, styles.cell)] for k, v in facts
        ]
        flow.append(table(fact_rows, [width * 0.25, width * 0.75], header=False))
    flow.append(Spacer(1, 2 * mm))
    return flow


def _facts(member: Member, lang: Language) -> list[tuple[str, str]]:
    """Label/value pairs; a dependant's empty sections are left out, a principal's say Unknown."""
    principal = member.role is Role.PRINCIPAL
    unknown = label(words.UNKNOWN, lang)
    facts: list[tuple[str, str]] = []
    if member.education:
        facts += [("Education", _education(member, lang))]
    elif principal:
        facts += [("Education", unknown)]
    if not principal:
        return facts
    facts.append(("Work", _work(member, lang)))
    facts.append(("Income", _income(member, lang)))
    facts.append(("Job offer in Hong Kong", _offer(member, lang)))
    languages = member.languages
    if languages is None:
        facts.append(("Languages", unknown))
    else:
        names = [language_name(code, lang) for code in languages.other or ()]
        other = labels.joined(names, lang) or label("none", lang)
        chinese, english = _said(languages.chinese, lang), _said(languages.english, lang)
        spoken = label("Chinese {}, English {}, other {}", lang, chinese, english, other)
        facts.append(("Languages", spoken))
    assets = member.net_assets
    if assets is None:
        facts.append(("Net assets", unknown))
    else:
        since = _said(assets.held_since, lang)
        facts.append(("Net assets", label("{} held since {}", lang, _hkd(assets.hkd, lang), since)))
    business = member.business
    if business is False:
        facts.append(("Business", label("None", lang)))
    elif business is not None:
        profit = _hkd(business.annual_profit_hkd, lang)
        listed = _said(business.listed, lang)
        facts.append(("Business", label("Annual profit {}, listed {}", lang, profit, listed)))
    facts.append(("Funds to live on", _hkd(member.support_funds_hkd, lang)))
    records = member.records
    if records is not None:
        criminal = _said(records.criminal, lang)
        adverse = _said(records.adverse_immigration, lang)
        facts.append(
            (
                "Records",
                label("Criminal record {}, adverse immigration record {}", lang, criminal, adverse),
            )
        )
    return facts


def _said(value: object, lang: Language) -> str:
    """A fact's value: Unknown / Yes / No in ``lang``, a date in ISO, anything else as given."""
    return labels.text(value, lang)


def _hkd(value: int | None, lang: Language) -> str:
    return label(words.UNKNOWN, lang) if value is None else words.hkd(value)


def _education(member: Member, lang: Language) -> str:
    lines = []
    for e in member.education or ():
        level = value_word(e.level, lang) if e.level else _said(None, lang)
        place = e.country and labels.country(e.country, lang)
        where = ", ".join(x for x in (e.institution, place) if x) or _said(None, lang)
        line = label("{}: {}", lang, level, where)
        lines.append(label("{} ({})", lang, line, e.awarded_on.year) if e.awarded_on else line)
    return "\n".join(lines)


def _work(member: Member, lang: Language) -> str:
    if member.work is None:
        return _said(None, lang)
    if not member.work:
        return label("None", lang)
    lines = []
    for w in member.work:
        end = label("now", lang) if w.end is None else w.end.isoformat()
        sector = value_word(w.sector, lang) if w.sector else label("sector unknown", lang)
        lines.append(label("{} to {}: {}", lang, _said(w.start, lang), end, sector))
    return "\n".join(lines)


def _income(member: Member, lang: Language) -> str:
    if member.income is None:
        return _said(None, lang)
    if not member.income:
        return label("None", lang)
    return "\n".join(
        label(
            "{} ({}), year to {}",
            lang,
            _hkd(i.hkd, lang),
            value_word(i.kind, lang) if i.kind else _said(None, lang),
            _said(i.year_ending, lang),
        )
        for i in member.income
    )


def _offer(member: Member, lang: Language) -> str:
    offer = member.job_offer
    if offer is None:
        return _said(None, lang)
    if offer is False:
        return label("None", lang)
    return label(
        "{} at {}, {} a month, from {}",
        lang,
        _said(offer.post, lang),
        _said(offer.employer, lang),
        _hkd(offer.monthly_salary_hkd, lang),
        _said(offer.start, lang),
    )

"""The QMAS General Points Test in its two versions, chosen by the date of applying.

From 1 Nov 2024 a yes/no questionnaire of 12 criteria (``points`` = how many are met, out of how
many there are); before it a points table (``points`` = the total, out of ``None``). Unknown
answers never score: ``points`` counts only what is known, and the test is open (unknown) while
the unknowns could still make it pass.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from hkpath_desktop.core.assessment import Status
from hkpath_desktop.core.facts import Household, Member, Role, Work
from hkpath_desktop.core.pathways import checks
from hkpath_desktop.core.pathways.common import Check, Evidence, all_of, any_of, hkd, tri
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.core.texts import Text, clauses, listing, sentences, text

ID = "qmas"
_EVER = date.min


Score = tuple[int, int | None]
"""The points and, for the questionnaire, the number of criteria they count among."""


def general_test(household: Household, rules: RulePack, on: date) -> tuple[Check, Score]:
    """The version in force on ``on``, as one check and its score."""
    ev = Evidence(rules, on)
    if ev.text(f"{ID}.general_test") == "criteria":
        return _questionnaire(household.principal, ev)
    return _points_table(household, ev)


def _both(*answers: bool | None) -> bool | None:
    if any(a is False for a in answers):
        return False
    return None if any(a is None for a in answers) else True


def _years(work: Sequence[Work] | None, on: date, years: int, test: checks.WorkTest) -> Status:
    floor, ceiling = checks.experience_days(work, on, None, _EVER, test)
    return checks.at_least(floor, ceiling, checks.years_in_days(on, years))


def _questionnaire(p: Member, ev: Evidence) -> tuple[Check, Score]:
    on = ev.on
    max_age = ev.num(f"{ID}.criteria_max_age")
    levels = ev.strs(f"{ID}.criteria_degree_levels")
    graduate, multinational = (
        ev.num(f"{ID}.criteria_graduate_years"),
        ev.num(f"{ID}.criteria_multinational_years"),
    )
    sector_years, sectors = ev.num(f"{ID}.criteria_sector_years"), ev.strs(f"{ID}.criteria_sectors")
    abroad = ev.num(f"{ID}.criteria_international_years")
    min_income, min_profit = (
        ev.num(f"{ID}.criteria_min_income_hkd"),
        ev.num(f"{ID}.criteria_min_profit_hkd"),
    )
    months, kinds = (
        ev.num(f"{ID}.criteria_income_window_months"),
        ev.strs(f"{ID}.criteria_income_kinds"),
    )
    edu, lang, age = p.education, p.languages, p.age_on(on)
    higher = [checks.degree_status(r, levels, need_list=True) for r in edu or ()]
    stem = [all_of((s, tri(r.stem))) for s, r in zip(higher, edu or (), strict=True)]
    income, maybe, _ = checks.income(p.income, on, months, kinds)

    def in_sector(w: Work) -> bool | None:
        return _both(w.graduate_level, None if w.sector is None else str(w.sector) in sectors)

    items: list[tuple[Text, Status]] = [
        (
            text("qmas_points_test.criteria.age", max_age=max_age),
            Status.UNKNOWN if age is None else tri(age <= max_age),
        ),
        (text("qmas_points_test.criteria.degree"), _any_row(edu, higher)),
        (text("qmas_points_test.criteria.stem"), _any_row(edu, stem)),
        (text("qmas_points_test.criteria.two_languages"), _two_languages(p)),
        (
            text("qmas_points_test.criteria.english"),
            Status.UNKNOWN if lang is None else tri(lang.english),
        ),
        (
            text("qmas_points_test.criteria.graduate_work", years=graduate),
            _years(p.work, on, graduate, lambda w: w.graduate_level),
        ),
        (
            text("qmas_points_test.criteria.multinational", years=multinational),
            _years(p.work, on, multinational, lambda w: _both(w.graduate_level, w.multinational)),
        ),
        (
            text("qmas_points_test.criteria.sector", years=sector_years),
            _years(p.work, on, sector_years, in_sector),
        ),
        (
            text("qmas_points_test.criteria.international", years=abroad),
            _years(p.work, on, abroad, lambda w: _both(w.graduate_level, w.international)),
        ),
        (
            text("qmas_points_test.criteria.income", amount=hkd(min_income)),
            checks.threshold(income, maybe, min_income),
        ),
        (
            text("qmas_points_test.criteria.business_profit", amount=hkd(min_profit)),
            _business_profit(p, min_profit),
        ),
        (text("qmas_points_test.criteria.listed_company"), _business_listed(p)),
    ]
    needed = ev.num(f"{ID}.criteria_pass")
    met = [label for label, s in items if s is Status.MET]
    unknown = [label for label, s in items if s is Status.UNKNOWN]
    not_met = [label for label, s in items if s is Status.NOT_MET]
    status = _pass(len(met), len(met) + len(unknown), needed)
    detail = sentences(
        text("qmas_points_test.questionnaire.count", met=len(met), total=len(items), needed=needed),
        text("qmas_points_test.questionnaire.met", items=clauses(*met)) if met else None,
        text("qmas_points_test.questionnaire.unanswered", items=clauses(*unknown))
        if unknown
        else None,
        text("qmas_points_test.questionnaire.not_met", items=clauses(*not_met))
        if not_met
        else None,
    )
    if status is Status.UNKNOWN:
        gap = text("qmas_points_test.questionnaire.open_gap", items=clauses(*unknown))
    else:
        gap = text(
            "qmas_points_test.questionnaire.more_gap", more=needed - len(met), total=len(items)
        )
    title = text("qmas_points_test.general.title")
    return ev.check(f"{ID}.general_points", title, status, detail, gap), (len(met), len(items))


def _any_row(rows: object, statuses: list[Status]) -> Status:
    return Status.UNKNOWN if rows is None else any_of(statuses)


def _pass(floor: int, ceiling: int, needed: int) -> Status:
    if floor >= needed:
        return Status.MET
    return Status.NOT_MET if ceiling < needed else Status.UNKNOWN


def _two_languages(p: Member) -> Status:
    lang = p.languages
    if lang is None:
        return Status.UNKNOWN
    pair = (lang.chinese, lang.english)
    known = sum(1 for v in pair if v) + len(lang.other or ())
    possible = known + sum(1 for v in pair if v is None) + (2 if lang.other is None else 0)
    return _pass(known, possible, 2)


def _business_profit(p: Member, needed: int) -> Status:
    biz = p.business
    if biz is None:
        return Status.UNKNOWN
    if biz is False:
        return Status.NOT_MET
    if biz.annual_profit_hkd is None:
        return Status.UNKNOWN
    return tri(biz.annual_profit_hkd >= needed)


def _business_listed(p: Member) -> Status:
    biz = p.business
    if biz is None:
        return Status.UNKNOWN
    return Status.NOT_MET if biz is False else tri(biz.listed)


def _points_table(household: Household, ev: Evidence) -> tuple[Check, Score]:
    p, on = household.principal, ev.on
    factors = [
        (text("qmas_points_test.factor.age"), _age_points(p, ev)),
        (text("qmas_points_test.factor.education"), _education_points(p, ev)),
        (text("qmas_points_test.factor.work"), _work_points(p, ev)),
        (
            text("qmas_points_test.factor.talent_list"),
            _flag_points(p.talent_list, ev.num(f"{ID}.points_talent_list")),
        ),
        (text("qmas_points_test.factor.language"), _language_points(p, ev)),
        (text("qmas_points_test.factor.family"), _family_points(household, ev)),
    ]
    low = sum(lo for _, (lo, _) in factors)
    high = sum(hi for _, (_, hi) in factors)
    needed = ev.num(f"{ID}.points_pass")
    status = _pass(low, high, needed)
    shown = listing(
        text("qmas_points_test.points.factor_up_to", factor=name, points=lo, most=hi)
        if hi > lo
        else text("qmas_points_test.points.factor", factor=name, points=lo)
        for name, (lo, hi) in factors
    )
    detail = text("qmas_points_test.points.detail", points=low, factors=shown, needed=needed, on=on)
    gap = (
        text("qmas_points_test.points.open_gap", most=high)
        if status is Status.UNKNOWN
        else text("qmas_points_test.points.more_gap", more=needed - low)
    )
    title = text("qmas_points_test.general.title")
    return ev.check(f"{ID}.general_points", title, status, detail, gap), (low, None)


def _flag_points(answer: bool | None, points: int) -> tuple[int, int]:
    return (points, points) if answer else (0, 0 if answer is False else points)


def _age_points(p: Member, ev: Evidence) -> tuple[int, int]:
    bands, points = ev.nums(f"{ID}.points_age_band_max"), ev.nums(f"{ID}.points_age")
    age = p.age_on(ev.on)
    if age is None:
        return 0, max(points)
    for upper, score in zip(bands, points, strict=False):
        if age <= upper:
            return score, score
    return points[-1], points[-1]


def _education_points(p: Member, ev: Evidence) -> tuple[int, int]:
    top, middle, base = ev.nums(f"{ID}.points_education")
    bonus = ev.num(f"{ID}.points_renowned_bonus")
    levels = ev.strs(f"{ID}.degree_levels")

    def score(rows: list[str]) -> int:
        if "doctorate" in rows or rows.count("master") >= 2:
            return top
        if "master" in rows or rows.count("bachelor") >= 2:
            return middle
        return base if rows else 0

    sure = [r for r in p.education or () if r.honorary is False and r.level is not None]
    maybe = [r for r in p.education or () if r.honorary is not True]
    low = score([str(r.level) for r in sure])
    high = score([str(r.level or "doctorate") for r in maybe]) if p.education is not None else top
    if any(r.renowned and str(r.level) in levels for r in sure):
        low += bonus
    if p.education is None or any(
        r.renowned is not False and str(r.level or "bachelor") in levels for r in maybe
    ):
        high += bonus
    return low, max(low, high)


def _work_points(p: Member, ev: Evidence) -> tuple[int, int]:
    years, senior_years = (
        ev.nums(f"{ID}.points_work_years"),
        ev.nums(f"{ID}.points_work_senior_years"),
    )
    points = ev.nums(f"{ID}.points_work")
    on = ev.on
    grad = checks.experience_days(p.work, on, None, _EVER, lambda w: w.graduate_level)
    senior = checks.experience_days(
        p.work, on, None, _EVER, lambda w: _both(w.graduate_level, w.senior)
    )

    def tier(total: int | None, top: int | None) -> int:
        for need, need_senior, score in zip(years, senior_years, points, strict=True):
            enough = total is None or total >= checks.years_in_days(on, need)
            if enough and (
                need_senior == 0 or top is None or top >= checks.years_in_days(on, need_senior)
            ):
                return score
        return 0

    intl_years, intl = (
        ev.num(f"{ID}.points_international_years"),
        ev.num(f"{ID}.points_international"),
    )
    abroad = _years(p.work, on, intl_years, lambda w: _both(w.graduate_level, w.international))
    low = tier(grad[0], senior[0]) + (intl if abroad is Status.MET else 0)
    high = tier(grad[1], senior[1]) + (intl if abroad is not Status.NOT_MET else 0)
    return low, max(low, high)


def _language_points(p: Member, ev: Evidence) -> tuple[int, int]:
    both, plus_other, one = ev.nums(f"{ID}.points_language")
    lang = p.languages
    if lang is None:
        return 0, both

    def score(chinese: bool, english: bool, other: bool) -> int:
        if chinese and english:
            return both
        if chinese or english:
            return plus_other if other else one
        return 0

    low = score(bool(lang.chinese), bool(lang.english), bool(lang.other))
    high = score(lang.chinese is not False, lang.english is not False, lang.other != ())
    return low, high


def _family_points(household: Household, ev: Evidence) -> tuple[int, int]:
    relative, spouse_degree, per_child = ev.nums(f"{ID}.points_family")
    children_max = ev.num(f"{ID}.points_family_children_max")
    limit = ev.num("common.dependant_child_age_limit")
    levels = ev.strs(f"{ID}.degree_levels")
    p = household.principal
    low, high = _flag_points(p.family_in_hk, relative)
    for member in household.dependants:
        if member.role is Role.SPOUSE:
            degree = [checks.degree_status(r, levels, False) for r in member.education or ()]
            married = member.relationship is not None and str(member.relationship) == "married"
            sure = married and Status.MET in degree
            could = member.relationship in (None, "married") and (
                member.education is None or Status.MET in degree or Status.UNKNOWN in degree
            )
            low, high = low + spouse_degree * sure, high + spouse_degree * could
    kids = [m for m in household.dependants if m.role is Role.CHILD]
    sure_kids = [m for m in kids if (m.age_on(ev.on) or limit) < limit and m.unmarried]
    open_kids = [m for m in kids if (m.age_on(ev.on) or 0) < limit and m.unmarried is not False]
    low += min(per_child * len(sure_kids), children_max)
    high += min(per_child * len(open_kids), children_max)
    return low, high

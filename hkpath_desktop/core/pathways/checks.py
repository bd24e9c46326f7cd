"""Checks several schemes share: records, nationality lists, age, degrees, income, experience.

Each returns a :class:`Check` whose status never says "met" on an unknown fact: work and income
are counted twice, once with only what is known (the floor) and once granting every unknown
(the ceiling); met needs the floor, not met needs the ceiling to fall short.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from dateutil.relativedelta import relativedelta

from hkpath_desktop.core.assessment import Status
from hkpath_desktop.core.countries import countries, country
from hkpath_desktop.core.facts import Education, Income, Member, Work
from hkpath_desktop.core.pathways.common import Check, Evidence, all_of, hkd
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.core.texts import Text, listing, sentences, text

_LEVELS = {
    "sub_degree": text("checks.level.sub_degree"),
    "bachelor": text("checks.level.bachelor"),
    "master": text("checks.level.master"),
    "doctorate": text("checks.level.doctorate"),
    "professional": text("checks.level.professional"),
}
_INCOME_KINDS = {
    "employment": text("checks.income_kind.employment"),
    "business": text("checks.income_kind.business"),
    "investment": text("checks.income_kind.investment"),
}


def level_name(level: str) -> str:
    """An education level in words; a level the engine does not know is said as it is."""
    return _LEVELS.get(level, level)


def levels_listed(levels: Sequence[str]) -> Text:
    """Education levels as a list in words, e.g. "bachelor, master"."""
    return listing(level_name(v) for v in levels)


def income_kind_name(kind: str) -> str:
    """A kind of income in words; a kind the engine does not know is said as it is."""
    return _INCOME_KINDS.get(kind, kind)


def records(scheme: str, member: Member, rules: RulePack, on: date) -> Check:
    ev = Evidence(rules, on)
    ev.flag(f"{scheme}.records_clear_required")
    rec = member.records
    if rec is None:
        status = Status.UNKNOWN
    else:
        status = all_of(_clear(v) for v in (rec.criminal, rec.adverse_immigration))
    detail = {
        Status.MET: text("checks.records.met_detail"),
        Status.NOT_MET: text("checks.records.not_met_detail"),
        Status.UNKNOWN: text("checks.records.unknown_detail"),
    }[status]
    gap = {
        Status.NOT_MET: text("checks.records.not_met_gap"),
        Status.UNKNOWN: text("checks.records.unknown_gap"),
    }.get(status, "")
    return ev.check(f"{scheme}.records", text("checks.records.title"), status, detail, gap)


def _clear(has_record: bool | None) -> Status:
    if has_record is None:
        return Status.UNKNOWN
    return Status.NOT_MET if has_record else Status.MET


def nationality(scheme: str, member: Member, rules: RulePack, on: date) -> Check:
    ev = Evidence(rules, on)
    excluded = ev.strs(f"common.excluded_nationalities_{scheme}")
    nat = member.nationality
    title = text("checks.nationality.title")
    if nat is None:
        return ev.check(
            f"{scheme}.nationality",
            title,
            Status.UNKNOWN,
            text("checks.nationality.unknown_detail"),
            text("checks.nationality.unknown_gap"),
        )
    if nat.upper() in excluded:
        return ev.check(
            f"{scheme}.nationality",
            title,
            Status.NOT_MET,
            text(
                "checks.nationality.not_met_detail",
                nationality=country(nat),
                excluded=countries(excluded),
            ),
            text("checks.nationality.not_met_gap"),
        )
    shown = countries(excluded) if excluded else text("checks.nationality.none")
    detail = text("checks.nationality.met_detail", nationality=country(nat), excluded=shown)
    return ev.check(f"{scheme}.nationality", title, Status.MET, detail)


def overseas_chinese(scheme: str, member: Member, rules: RulePack, on: date) -> tuple[Check, ...]:
    """A PRC passport holder living overseas needs permanent residence there, or a year there
    and an application from there; nothing to check for anyone else (an empty tuple)."""
    ev = Evidence(rules, on)
    chinese = ev.text("asmtp.scope_nationality")
    if member.nationality is None or member.nationality.upper() != chinese:
        return ()
    not_overseas = ev.strs("common.not_overseas")
    years = ev.num("common.overseas_chinese_min_years_abroad")
    home = member.residence.country
    cid, title = f"{scheme}.overseas_chinese", text("checks.overseas_chinese.title")
    if home is None:
        detail, gap = (
            text("checks.overseas_chinese.home_unknown"),
            text("employment.scope.unknown_gap"),
        )
        return (ev.check(cid, title, Status.UNKNOWN, detail, gap),)
    if home.upper() in not_overseas:
        return (
            ev.check(
                cid,
                title,
                Status.MET,
                text("checks.overseas_chinese.not_abroad", home=country(home)),
            ),
        )
    held = [
        c
        for c in member.residence.permanent_residence_abroad or ()
        if c.upper() not in not_overseas
    ]
    if held:
        detail = text(
            "checks.overseas_chinese.permanent", home=country(home), places=countries(held)
        )
        return (ev.check(cid, title, Status.MET, detail),)
    need = text("gep.scope.abroad_gap", years=years)
    detail = sentences(text("checks.overseas_chinese.abroad", home=country(home)), need)
    return (ev.check(cid, title, Status.UNKNOWN, detail, need),)


def min_age(scheme: str, member: Member, rules: RulePack, on: date) -> Check:
    ev = Evidence(rules, on)
    limit = ev.num(f"{scheme}.min_age")
    age = member.age_on(on)
    title = text("checks.age.title", limit=limit)
    if age is None:
        return ev.check(
            f"{scheme}.age",
            title,
            Status.UNKNOWN,
            text("checks.age.unknown_detail"),
            text("checks.age.unknown_gap"),
        )
    assert member.date_of_birth is not None
    status = Status.MET if age >= limit else Status.NOT_MET
    adult_on = member.date_of_birth + relativedelta(years=limit)
    gap = text("checks.age.gap", limit=limit, on=adult_on)
    detail = text("checks.age.detail", age=age, on=on, limit=limit)
    return ev.check(f"{scheme}.age", title, status, detail, gap)


def degree_status(row: Education, levels: Sequence[str], need_list: bool) -> Status:
    """Whether one education row is an accepted, non-honorary degree (listed if asked)."""
    if row.level is None:
        level = Status.UNKNOWN
    else:
        level = Status.MET if str(row.level) in levels else Status.NOT_MET
    parts = [level, _clear(row.honorary)]
    if need_list:
        parts.append(
            Status.UNKNOWN
            if row.on_ttps_list is None
            else Status.MET
            if row.on_ttps_list
            else Status.NOT_MET
        )
    return all_of(parts)


def degree(
    scheme: str, member: Member, rules: RulePack, on: date, *, need_list: bool = False
) -> Check:
    ev = Evidence(rules, on)
    levels = ev.strs(f"{scheme}.degree_levels")
    title = text("checks.degree.listed_title") if need_list else text("checks.degree.title")
    rows = member.education
    if rows is None:
        return ev.check(
            f"{scheme}.degree",
            title,
            Status.UNKNOWN,
            text("checks.degree.unknown_detail"),
            text("checks.degree.unknown_gap"),
        )
    statuses = [degree_status(r, levels, need_list) for r in rows]
    if Status.MET in statuses:
        row = rows[statuses.index(Status.MET)]
        level = level_name(str(row.level))
        school = row.institution or text("checks.degree.an_institution")
        detail = (
            text("checks.degree.listed_met_detail", level=level, institution=school)
            if need_list
            else text("checks.degree.met_detail", level=level, institution=school)
        )
        return ev.check(f"{scheme}.degree", title, Status.MET, detail)
    honorary = any(r.honorary for r in rows)
    status = Status.UNKNOWN if Status.UNKNOWN in statuses else Status.NOT_MET
    if status is Status.NOT_MET and _alternatives_considered(scheme, ev):
        # the scheme may take other qualifications instead of a degree: the Department decides
        detail = sentences(
            text("checks.degree.accepted", levels=levels_listed(levels)),
            text("checks.degree.honorary") if honorary else None,
            text("checks.degree.special_circumstances"),
        )
        gap = text("checks.degree.special_circumstances_gap")
        return ev.check(f"{scheme}.degree", title, Status.UNKNOWN, detail, gap)
    accepted = (
        text(
            "checks.degree.listed_accepted",
            levels=levels_listed(levels),
            years=ev.num("ttps.eligible_universities_years"),
        )
        if need_list
        else text("checks.degree.accepted", levels=levels_listed(levels))
    )
    detail = sentences(accepted, text("checks.degree.honorary") if honorary else None)
    if status is Status.UNKNOWN:
        undecided = [r for r, s in zip(rows, statuses, strict=True) if s is Status.UNKNOWN]
        gap = _unanswered(undecided, need_list)
    elif need_list:
        gap = text("checks.degree.listed_not_met_gap")
    else:
        gap = accepted
    return ev.check(f"{scheme}.degree", title, status, detail, gap)


def _unanswered(rows: Sequence[Education], need_list: bool) -> Text:
    """Ask only what these rows leave open (their level, honorary or not, on the list or not),
    never again what the user has answered."""
    return sentences(
        text("checks.degree.level_unknown_gap") if any(r.level is None for r in rows) else None,
        text("checks.degree.honorary_unknown_gap")
        if any(r.honorary is None for r in rows)
        else None,
        text("checks.degree.list_unknown_gap")
        if need_list and any(r.on_ttps_list is None for r in rows)
        else None,
    )


def _alternatives_considered(scheme: str, ev: Evidence) -> bool:
    """Whether the scheme says other qualifications may stand in for a degree (QMAS, GEP, ASMTP)."""
    rule = f"{scheme}.degree_alternatives_considered"
    return ev.rules.has(rule, ev.on) and ev.flag(rule)


def graduation(member: Member, levels: Sequence[str], need_list: bool) -> date | None:
    """The earliest known award date of an accepted degree: when experience starts to count."""
    dates = [
        r.awarded_on
        for r in member.education or ()
        if r.awarded_on is not None and degree_status(r, levels, need_list) is not Status.NOT_MET
    ]
    return min(dates) if dates else None


def window_start(on: date, months: int) -> date:
    return on - relativedelta(months=months)


def income(
    rows: Sequence[Income] | None, on: date, months: int, kinds: Sequence[str]
) -> tuple[int | None, bool, str]:
    """Counted income in the year before ``on``: (known total, could be more, description).

    A row counts when its year ends after ``on`` minus ``months`` and not after ``on``; per
    kind the latest such row is used, so overlapping years are not added twice.
    """
    if rows is None:
        return None, True, text("checks.income.not_answered")
    start = window_start(on, months)
    latest: dict[str, Income] = {}
    maybe = False
    for row in rows:
        counted = row.kind is None or str(row.kind) in kinds
        if not counted:
            continue
        if row.year_ending is None or row.kind is None:
            maybe = True
            continue
        if start < row.year_ending <= on:
            kind = str(row.kind)
            if kind not in latest or row.year_ending > _year_end(latest[kind]):
                latest[kind] = row
    total = 0
    parts = []
    for kind, row in sorted(latest.items()):
        if row.hkd is None:
            maybe = True
            continue
        total += row.hkd
        parts.append(
            text(
                "checks.income.part",
                kind=income_kind_name(kind),
                amount=hkd(row.hkd),
                year_end=_year_end(row),
            )
        )
    found = listing(parts) if parts else text("checks.income.none")
    return total, maybe, text("checks.income.described", counted=found, months=months, on=on)


def _year_end(row: Income) -> date:
    assert row.year_ending is not None
    return row.year_ending


def threshold(total: int | None, maybe: bool, needed: int) -> Status:
    if total is not None and total >= needed:
        return Status.MET
    return Status.UNKNOWN if maybe or total is None else Status.NOT_MET


WorkTest = Callable[[Work], bool | None]


def experience_days(
    work: Sequence[Work] | None,
    on: date,
    since: date | None,
    floor_since: date | None,
    qualifies: WorkTest,
) -> tuple[int, int | None]:
    """Days of qualifying work up to ``on``: (known floor, ceiling; None = no limit known).

    ``since`` bounds both counts (e.g. the five-year window); ``floor_since`` is a start that
    may be unknown (a graduation date): when None, nothing counts for sure and the ceiling
    ignores it.
    """
    if work is None:
        return 0, None
    known: list[tuple[date, date]] = []
    possible: list[tuple[date, date]] = []
    unbounded = False
    for row in work:
        verdict = qualifies(row)
        if verdict is False:
            continue
        if row.start is None:
            unbounded = True
            continue
        end = min(row.end or on, on)
        possible.append((max(row.start, since or row.start, floor_since or row.start), end))
        if verdict and floor_since is not None:
            known.append((max(row.start, floor_since, since or floor_since), end))
    ceiling = None if unbounded else _covered_days(possible)
    return _covered_days(known), ceiling


def _covered_days(spans: list[tuple[date, date]]) -> int:
    """Days covered by the union of inclusive date spans."""
    total = 0
    last_end: date | None = None
    for start, end in sorted(s for s in spans if s[0] <= s[1]):
        if last_end is not None and start <= last_end:
            if end > last_end:
                total += (end - last_end).days
                last_end = end
            continue
        total += (end - start).days + 1
        last_end = end
    return total


def years_in_days(on: date, years: int) -> int:
    """The length of the ``years`` immediately before ``on``, both ends included."""
    return (on - (on - relativedelta(years=years))).days + 1


def at_least(floor: int, ceiling: int | None, needed: int) -> Status:
    if floor >= needed:
        return Status.MET
    return Status.NOT_MET if ceiling is not None and ceiling < needed else Status.UNKNOWN


def as_years(days: int) -> Text:
    """Days as years with one decimal, e.g. "2.5 years"."""
    return text("checks.years", years=f"{days / 365.25:.1f}")

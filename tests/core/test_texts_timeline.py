"""The timeline's sentences in three languages: events, residence log, stay patterns, deadlines.

Runs build_timeline, the top-tier projection, the residence summary, the outlook's shared
helpers and the working-day deadlines over the family fixture (and variants of it that reach
every kind of event) and the persona table, and fails on any sentence that is not a catalogue
Text or that reads the same in zh_HK as in English. A few exact renderings in each language
keep a broken template from passing, and exact English keeps the `hkpath timeline --json`
labels what they were.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar as ICalendar
from test_texts import untranslated

from hkpath_desktop.core import outlook
from hkpath_desktop.core.calendar_ics import to_ics
from hkpath_desktop.core.facts import Household, Stay, StayPathway, Trip
from hkpath_desktop.core.i18n import Language
from hkpath_desktop.core.profile_io import load_profile_file
from hkpath_desktop.core.residence import TripError, residence_log, validate_trips
from hkpath_desktop.core.rules import load_builtin
from hkpath_desktop.core.texts import Text
from hkpath_desktop.core.timeline import EventKind, MemberTimeline, Timeline, build_timeline
from hkpath_desktop.core.workdays import Calendar, DeadlineKind, deadline

FIXTURE = Path(__file__).parents[1] / "fixtures" / "family.json"
RULES = load_builtin()
ON = date(2026, 11, 22)
DATES = (date(2026, 3, 1), ON, date(2027, 6, 1), date(2030, 8, 1))
"""Before the spouse's passport is close to running out, today, mid-trip, near the PR date."""

FAMILY = load_profile_file(FIXTURE)


def _variants() -> Iterator[Household]:
    """The family, with the principal on each pathway, long trips and a later dependant stay."""
    yield FAMILY
    for pathway in ("qmas", "ttps", "gep", "asmtp"):
        stays = tuple(
            dataclasses.replace(s, pathway=StayPathway(pathway), formal_approval=None)
            if s.member == "m1"
            else s
            for s in FAMILY.stays
        )
        yield dataclasses.replace(FAMILY, stays=stays)
    trips = (
        *FAMILY.trips,
        Trip("m4", date(2025, 1, 1), date(2025, 9, 1)),
        Trip("m2", date(2026, 9, 10), None),
    )
    later = tuple(
        dataclasses.replace(s, limit_of_stay=date(2029, 1, 1)) if s.member == "m2" else s
        for s in FAMILY.stays
    )
    yield dataclasses.replace(FAMILY, trips=trips, stays=later)


def _personas() -> list[tuple[Household, date]]:
    from test_pathways_personas import CASES, household_of

    return [(household_of(case), date.fromisoformat(case["on"])) for case in CASES]


def _timelines() -> Iterator[Timeline]:
    for household in _variants():
        for on in DATES:
            yield build_timeline(household, RULES, on)
    for household, on in _personas():
        yield build_timeline(household, RULES, on)


def _member_sentences(m: MemberTimeline) -> list[str]:
    where = f"{m.id}"
    problems = untranslated([e.label for e in m.events], f"{where}.events")
    problems += untranslated(list(m.residence.explanation), f"{where}.residence")
    for a in m.alternatives:
        problems += untranslated([a.title, a.condition], f"{where}.alternative")
    return problems


def test_every_timeline_sentence_is_translated() -> None:
    problems: list[str] = []
    kinds: set[EventKind] = set()
    alternatives = 0
    for timeline in _timelines():
        for member in timeline.members:
            problems += _member_sentences(member)
            kinds |= {e.kind for e in member.events}
            alternatives += len(member.alternatives)
    assert kinds == set(EventKind)  # every label builder was reached
    assert alternatives > 0
    assert not sorted(set(problems))[:40]


def test_every_outlook_helper_sentence_is_translated() -> None:
    problems: list[str] = []
    households = [(h, on) for h in _variants() for on in DATES] + _personas()
    spouse_unknown = dataclasses.replace(
        FAMILY,
        members=tuple(
            dataclasses.replace(m, relationship=None, date_of_birth=None)
            if m.id == "m2"
            else dataclasses.replace(m, unmarried=False, date_of_birth=None)
            if m.id == "m3"
            else m
            for m in FAMILY.members
        ),
    )
    households.append((spouse_unknown, ON))
    notes = 0
    for household, on in households:
        found = outlook.party(household, RULES, on).notes
        notes += len(found)
        problems += untranslated(list(found), f"{household.name}@{on}.party")
    assert notes > 0
    for when in (date(2020, 1, 1), date(2010, 1, 1), ON):
        problems += untranslated(outlook.dependants_allowed(RULES, when), "dependants")
        problems += untranslated(outlook.residence_condition(RULES, when), "residence")
        problems += untranslated(outlook.extension_window(RULES, when), "extension")
        for days in (30, 730):
            problems += untranslated(outlook.entry_fees(RULES, when, 3, days)[1], f"fees@{when}")
    assert not problems


def test_trip_problems_are_translated() -> None:
    trips = [
        Trip("m1", date(2026, 1, 5), date(2026, 1, 1)),
        Trip("m1", date(2026, 2, 1), None),
        Trip("m1", date(2026, 3, 1), date(2026, 3, 9)),
    ]
    problems = validate_trips(trips)
    assert len(problems) == 2
    assert not untranslated(problems, "trips")
    assert problems[1].say(Language.ZH_HK) == (
        "m1：2026-03-01出發、2026-03-09回港的行程與m1：2026-02-01出發、尚未回港的行程重疊"
    )
    with pytest.raises(TripError) as raised:
        residence_log(trips, "m1", RULES, ON)
    message = raised.value.args[0]
    assert isinstance(message, Text) and "；" in message.say(Language.ZH_CN)
    assert str(raised.value).startswith("m1: trip leaving 2026-01-05 (2026-01-01) returns before")


def _deadlines() -> Iterator[Text]:
    warning = frozenset({date(2026, 7, 22), date(2027, 4, 6)})
    starts = (date(2026, 2, 14), date(2026, 2, 3), date(2026, 12, 20), date(2027, 4, 3))
    for kind in DeadlineKind:
        for start in starts:
            for days in (frozenset(), warning):
                yield deadline(kind, start, None, days, rules=RULES).explanation
    for completion in (date(2026, 3, 10), date(2026, 4, 25)):
        yield deadline("re-to-pfa", date(2026, 3, 2), completion, rules=RULES).explanation


def test_every_deadline_explanation_is_translated() -> None:
    explanations = list(_deadlines())
    assert not untranslated(explanations, "deadline")
    assert any("warning day" in e for e in explanations)
    assert any("general holiday" in e for e in explanations)


def test_every_reason_a_day_is_not_a_working_day_is_translated() -> None:
    """Every Sunday and general holiday the library computes for years to come has Chinese."""
    calendar = Calendar.from_rules(RULES, ON, frozenset({date(2027, 7, 2)}))
    problems: list[str] = []
    day = date(2026, 1, 1)
    while day < date(2040, 1, 1):
        reason = calendar.why_not_working(day)
        if reason is not None:
            problems += untranslated(reason, day.isoformat())
        day += timedelta(days=1)
    assert not problems


def test_chinese_renderings() -> None:
    timeline = build_timeline(FAMILY, RULES, ON)
    m1, m2, m3, _ = timeline.members
    travel = next(e.label for e in m2.events if e.kind is EventKind.TRAVEL_DOCUMENT)
    assert isinstance(travel, Text)
    assert travel.say(Language.ZH_HK) == (
        "旅行證件於逗留期限（2028-03-01）前及6個月內到期：請續領；簽證的有效期不會超越旅行證件的有效期"
    )
    child = next(e.label for e in m3.events if e.kind is EventKind.CHILD_TURNS_ADULT)
    assert isinstance(child, Text)
    assert child.say(Language.ZH_CN) == (
        "Yui Sato年满18岁，在目前的逗留期限（2028-03-01）之后；"
        "受养子女满18岁后能否保留受养人身份尚未确定（未经核实）"
    )
    limit = next(e.label for e in m1.events if e.kind is EventKind.LIMIT_OF_STAY)
    assert isinstance(limit, Text)
    assert limit.say(Language.ZH_HK) == "逗留期限（已記錄）；須在此日前向入境事務處遞交延期申請"
    weighs = m1.residence.explanation[-2].say(Language.ZH_HK)
    assert weighs.startswith("入境事務處會考慮：") and "；是否在香港保留慣常居所；" in weighs
    excluded = m1.residence.explanation[-1].say(Language.ZH_CN)
    assert excluded.startswith("在以下情况下身处香港的时间不属于通常居住")
    assert outlook.dependants_allowed(RULES, ON).say(Language.ZH_HK) == (
        "配偶或獲承認的伴侶（已婚、民事伴侶關係、民事結合），以及未滿18歲的未婚受養子女。"
    )
    fees = outlook.entry_fees(RULES, ON, 3, 730)[1]
    assert isinstance(fees, Text)
    assert (
        fees.say(Language.ZH_CN) == "3 x（申请费HK$600 + 逗留超过180天的签证费HK$1,300）= HK$5,700"
    )
    holiday = Calendar.from_rules(RULES, ON).why_not_working(date(2026, 2, 17))
    assert holiday is not None and holiday.say(Language.ZH_HK) == "公眾假期（農曆年初一）"
    switch = deadline("pfa-to-pfa", date(2026, 2, 3), rules=RULES).explanation
    assert "公眾假期（農曆年初" in switch.say(Language.ZH_HK)
    assert "2026-02-20（星期五）" in switch.say(Language.ZH_HK)


def test_english_labels_are_unchanged() -> None:
    """Exact English of labels that are now put together from several catalogue sentences."""
    timeline = build_timeline(FAMILY, RULES, ON)
    m1, m2, m3, m4 = timeline.members
    labels = {e.kind: e.label for m in (m1, m2) for e in m.events}
    assert labels[EventKind.TRAVEL_DOCUMENT] == (
        "Travel document expires before the limit of stay (2028-03-01) and within 6 months: "
        "renew it; a visa is not issued beyond its validity"
    )
    assert [e.label for e in m4.events] == [
        "Ren Sato turns 18; whether a dependant child keeps that status after 18 is not "
        "confirmed (unverified)"
    ]
    child = next(e.label for e in m3.events if e.kind is EventKind.CHILD_TURNS_ADULT)
    assert child == (
        "Yui Sato turns 18, after the current limit of stay (2028-03-01); whether a dependant "
        "child keeps that status after 18 is not confirmed (unverified)"
    )
    qmas = next(h for h in _variants() if h.stays[0].pathway is StayPathway.QMAS)
    alternative = build_timeline(qmas, RULES, ON).members[0].alternatives[0]
    assert alternative.title == "top-tier stream"
    assert alternative.condition == (
        "Top-tier stream: one 5-year extension instead of the usual ones, if at the first "
        "extension the salaries-tax assessable income of the previous year of assessment is at "
        "least HK$2,000,000; only after at least 2 years in Hong Kong under the scheme"
    )


@pytest.mark.parametrize("language", list(Language))
def test_calendar_in_each_language(language: Language) -> None:
    timeline = build_timeline(FAMILY, RULES, ON)
    data = to_ics(timeline, "Chan family", [14], language=language)
    calendar = ICalendar.from_ical(data)
    events = list(calendar.walk("VEVENT"))
    english = list(ICalendar.from_ical(to_ics(timeline, "Chan family", [14])).walk("VEVENT"))
    assert [str(e["uid"]) for e in events] == [str(e["uid"]) for e in english]
    summaries = [str(e["summary"]) for e in events]
    descriptions = [str(e["description"]) for e in events]
    if language is Language.EN:
        assert summaries[0] == "Mei Chan: New CIES anniversary (Fulfillment document window)"
        return
    assert all(s != str(e["summary"]) for s, e in zip(summaries, english, strict=True))
    assert all(d != str(e["description"]) for d, e in zip(descriptions, english, strict=True))
    alarm = str(events[0].walk("VALARM")[0]["description"])
    if language is Language.ZH_HK:
        assert str(calendar["x-wr-calname"]) == "Chan family：香港相關限期"
        assert summaries[0] == "Mei Chan：新資本投資者入境計劃周年日（遞交「符合規定文件」的期間）"
        assert alarm.startswith("Mei Chan：14日後新資本投資者入境計劃周年日")
    else:
        assert "规则集 2026.12" in str(calendar["x-wr-caldesc"])
        assert "Mei Chan：满七年" in summaries
        assert alarm.startswith("Mei Chan：14天后新资本投资者入境计划周年日")


def test_a_stay_without_formal_approval_still_speaks_chinese() -> None:
    """A New CIES stay with no Formal Approval date yet: portfolio and limit labels only."""
    stays = tuple(
        Stay(s.member, s.pathway, s.entry, s.limit_of_stay, s.sponsor, None) for s in FAMILY.stays
    )
    timeline = build_timeline(dataclasses.replace(FAMILY, stays=stays), RULES, ON)
    assert not _member_sentences(timeline.members[0])

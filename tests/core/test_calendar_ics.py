"""The .ics export, parsed back with icalendar: all-day events, stable UIDs, reminders."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from hkpath_desktop.core.calendar_ics import event_uid, reminder_days, to_ics, upcoming
from hkpath_desktop.core.facts import Household
from hkpath_desktop.core.profile_io import load_profile_file
from hkpath_desktop.core.rules import RulePack, load_builtin
from hkpath_desktop.core.timeline import EventKind, Timeline, build_timeline

FIXTURE = Path(__file__).parents[1] / "fixtures" / "family.json"
ON = date(2026, 11, 22)


@pytest.fixture(scope="module")
def rules() -> RulePack:
    return load_builtin()


@pytest.fixture(scope="module")
def household() -> Household:
    return load_profile_file(FIXTURE)


@pytest.fixture(scope="module")
def timeline(household: Household, rules: RulePack) -> Timeline:
    return build_timeline(household, rules, ON)


def parsed(data: bytes) -> list[Calendar]:
    return list(Calendar.from_ical(data).walk("VEVENT"))


def test_one_all_day_vevent_per_upcoming_event(timeline: Timeline) -> None:
    events = parsed(to_ics(timeline, "Chan family", [14, 3]))
    expected = [e for m in timeline.members for e in upcoming(m, ON)]
    assert len(events) == len(expected) > 10
    for vevent, event in zip(events, expected, strict=True):
        start, end = vevent.decoded("dtstart"), vevent.decoded("dtend")
        assert type(start) is date and type(end) is date  # all-day, not a date-time
        assert start == event.date
        assert end == (event.until or event.date) + timedelta(days=1)
        assert str(vevent["description"]) == event.label
    assert all(e.date >= ON or (e.until and e.until >= ON) for e in expected)


def test_a_window_still_open_today_is_kept_and_past_events_are_not(
    timeline: Timeline,
) -> None:
    later = date(2028, 2, 15)  # inside the window that opened 2027-12-01 and closes 2028-03-01
    events = parsed(to_ics(timeline, "Chan family", [14], since=later))
    kinds = [(str(e["categories"].cats[0]), e.decoded("dtstart")) for e in events]
    assert ("portfolio_check", date(2027, 12, 1)) in kinds
    assert ("extension_window", date(2028, 2, 2)) in kinds  # the spouse's, four weeks
    assert all(e.decoded("dtend") > later for e in events)
    assert not any(start == date(2027, 2, 20) for _, start in kinds)


def test_uids_are_stable_unique_and_per_household(timeline: Timeline) -> None:
    first = [str(e["uid"]) for e in parsed(to_ics(timeline, "Chan family", [14, 3]))]
    again = [str(e["uid"]) for e in parsed(to_ics(timeline, "Chan family", [7]))]
    other = [str(e["uid"]) for e in parsed(to_ics(timeline, "Lee family", [14, 3]))]
    assert first == again
    assert len(set(first)) == len(first)
    assert not set(first) & set(other)
    assert event_uid("Chan family", "m1", EventKind.LIMIT_OF_STAY, date(2028, 3, 1)) in first


def test_reminders_before_each_event(timeline: Timeline) -> None:
    for vevent in parsed(to_ics(timeline, "Chan family", [14, 3])):
        alarms = vevent.walk("VALARM")
        assert [a.decoded("trigger") for a in alarms] == [timedelta(days=-14), timedelta(days=-3)]
        assert all(str(a["action"]) == "DISPLAY" for a in alarms)
    no_alarms = parsed(to_ics(timeline, "Chan family", []))
    assert all(not e.walk("VALARM") for e in no_alarms)


def test_bytes_are_deterministic_and_keep_non_ascii_names(timeline: Timeline) -> None:
    data = to_ics(timeline, "陳 family", [14])
    assert data == to_ics(timeline, "陳 family", [14])
    calendar = Calendar.from_ical(data)
    assert str(calendar["x-wr-calname"]) == "陳 family: Hong Kong deadlines"
    assert "2026.12" in str(calendar["x-wr-caldesc"])
    assert str(parsed(data)[0]["summary"]).startswith("Mei Chan: ")


def test_reminder_days_come_from_the_pack(rules: RulePack) -> None:
    assert reminder_days(rules, ON) == [14, 3]
    bare = dataclasses.replace(
        rules, rules={k: v for k, v in rules.rules.items() if "calendar" not in k}
    )
    assert reminder_days(bare, ON) == []

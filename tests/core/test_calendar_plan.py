"""The calendar export carries each renewal's window and its last day to apply."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from plan_helpers import ON, RULES, household, principal, profile

from hkpath_desktop.cli import main
from hkpath_desktop.core.calendar_ics import reminder_days, to_ics
from hkpath_desktop.core.i18n import Language
from hkpath_desktop.core.plan import build_plan
from hkpath_desktop.core.timeline import build_timeline


def entries(data: bytes, category: str) -> list[tuple[date, date, str]]:
    found = []
    for event in Calendar.from_ical(data).walk("VEVENT"):
        if category in [str(c) for c in event.get("categories").cats]:
            start = event.decoded("dtstart")
            end = event.decoded("dtend") - timedelta(days=1)
            found.append((start, end, str(event.get("description"))))
    return sorted(found)


def calendar(doc: dict[str, object], language: Language = Language.EN) -> bytes:
    h = household(doc)
    plan = build_plan(h, RULES, ON)
    timeline = build_timeline(h, RULES, ON)
    return to_ics(timeline, h.name, reminder_days(RULES, ON), language=language, plan=plan)


def test_each_renewal_has_its_window_and_apply_by_day() -> None:
    data = calendar(profile(principal(hk_work=[])))
    windows = entries(data, "plan_renewal_window")
    assert windows[0][:2] == (date(2029, 11, 28), date(2030, 2, 27))
    assert "blocked" in windows[0][2] and "Secure a Hong Kong job" in windows[0][2]
    assert [d[:2] for d in entries(data, "plan_apply_by")] == [(date(2030, 2, 27),) * 2]


def test_the_entries_keep_their_uids_across_languages() -> None:
    doc = profile(principal())
    uids = [
        {str(e.get("uid")) for e in Calendar.from_ical(calendar(doc, lang)).walk("VEVENT")}
        for lang in (Language.EN, Language.ZH_HK)
    ]
    assert uids[0] == uids[1]


def test_timeline_ics_adds_the_plan_of_the_route_followed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(profile(principal())), encoding="utf-8")
    out = tmp_path / "out.ics"
    assert main(["timeline", str(path), "--ics", str(out), "--data-dir", str(tmp_path)]) == 0
    assert len(entries(out.read_bytes(), "plan_apply_by")) == 2  # 2030-02-27, 2033-02-27
    doc = profile(principal())
    doc.pop("plan")
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert main(["timeline", str(path), "--ics", str(out), "--data-dir", str(tmp_path)]) == 0
    assert entries(out.read_bytes(), "plan_apply_by") == []  # no route followed yet

"""A timeline's deadlines as an iCalendar (.ics) file, for any calendar program.

One all-day VEVENT per event (a window spans its days), with reminders (VALARM) a few days before
it starts; the day a window closes is an event of its own (the limit of stay, the Fulfillment
document's due date), with its own reminders. The UID is derived from the household, the
member, the kind and the date, so importing a newer export updates the entries instead of
doubling them. Pure: the bytes depend only on the arguments.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta

from icalendar import Alarm, Calendar
from icalendar import Event as VEvent

from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.core.timeline import Event, EventKind, MemberTimeline, Timeline

PRODID = "-//HKPath Desktop//Timeline//EN"
UID_DOMAIN = "hkpath-desktop.local"

KIND_TITLES = {
    EventKind.EXTENSION_WINDOW: "Extension window",
    EventKind.PORTFOLIO_CHECK: "New CIES portfolio check window",
    EventKind.LIMIT_OF_STAY: "Limit of stay",
    EventKind.CIES_ANNIVERSARY: "New CIES anniversary (Fulfillment document window)",
    EventKind.FULFILLMENT_DUE: "New CIES Fulfillment document due",
    EventKind.CHILD_TURNS_ADULT: "Child comes of age",
    EventKind.TRAVEL_DOCUMENT: "Travel document expires",
    EventKind.SPONSOR_STAY_ENDS: "Sponsor's stay ends first",
    EventKind.PR_ELIGIBLE: "Seven years complete",
    EventKind.LONG_ABSENCE: "Long absence",
}


def event_uid(household: str, member: str, kind: EventKind, day: date) -> str:
    """Stable across exports: the same deadline gets the same UID every time."""
    key = "\x1f".join((household, member, kind.value, day.isoformat()))
    return f"{hashlib.sha256(key.encode('utf-8')).hexdigest()[:32]}@{UID_DOMAIN}"


def reminder_days(rules: RulePack, on: date) -> list[int]:
    """The pack's reminder lead times; none when an imported pack lacks the rule."""
    rule = "timeline.calendar_reminder_days"
    found = rules.get(rule, on).value if rules.has(rule, on) else ()
    return [int(d) for d in found] if isinstance(found, tuple) else []


def upcoming(member: MemberTimeline, since: date) -> list[Event]:
    """The events still ahead on ``since``: a window counts until it closes."""
    return [e for e in member.events if (e.until or e.date) >= since]


def to_ics(
    timeline: Timeline,
    household: str,
    reminder_days: Sequence[int],
    since: date | None = None,
) -> bytes:
    """The events from ``since`` (default: the timeline's date) on, as .ics bytes."""
    start = timeline.on if since is None else since
    stamp = datetime.combine(timeline.on, time(0, 0), tzinfo=UTC)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", f"{household}: Hong Kong deadlines")
    for member in timeline.members:
        name = member.name or member.id
        for event in upcoming(member, start):
            cal.add_component(_vevent(household, member.id, name, event, reminder_days, stamp))
    footer = f"Rule pack {timeline.rules_version}; exported for {timeline.on.isoformat()}."
    cal.add("x-wr-caldesc", footer)
    return bytes(cal.to_ical())


def _vevent(
    household: str,
    member: str,
    name: str,
    event: Event,
    reminder_days: Sequence[int],
    stamp: datetime,
) -> VEvent:
    vevent = VEvent()
    vevent.add("uid", event_uid(household, member, event.kind, event.date))
    vevent.add("dtstamp", stamp)
    vevent.add("summary", f"{name}: {KIND_TITLES[event.kind]}")
    vevent.add("description", event.label)
    vevent.add("dtstart", event.date)
    last = event.until or event.date
    vevent.add("dtend", last + timedelta(days=1))
    vevent.add("transp", "TRANSPARENT")
    vevent.add("categories", [event.kind.value])
    for days in reminder_days:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"{name}: {KIND_TITLES[event.kind]} in {days} days")
        alarm.add("trigger", timedelta(days=-days))
        vevent.add_component(alarm)
    return vevent

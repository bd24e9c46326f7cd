"""A timeline's deadlines as an iCalendar (.ics) file, for any calendar program.

One all-day VEVENT per event (a window spans its days), with reminders (VALARM) a few days before
it starts; the day a window closes is an event of its own (the limit of stay, the Fulfillment
document's due date), with its own reminders. The UID is derived from the household, the
member, the kind and the date, so importing a newer export updates the entries instead of
doubling them. Titles and descriptions are said in the chosen language; the UIDs do not depend on
it, so switching language updates the same entries. Pure: the bytes depend only on the arguments.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from hkpath_desktop.core.i18n import Language
from hkpath_desktop.core.plan import Plan, Renewal, apply_by, status_word
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.core.texts import Text, say, sentences, text
from hkpath_desktop.core.timeline import Event, EventKind, MemberTimeline, Timeline

if TYPE_CHECKING:
    from icalendar import Event as VEvent

PRODID = "-//HKPath Desktop//Timeline//EN"
UID_DOMAIN = "hkpath-desktop.local"


def kind_title(kind: EventKind) -> Text:
    """A calendar entry's short title for its kind of event."""
    match kind:
        case EventKind.EXTENSION_WINDOW:
            return text("calendar_ics.kind.extension_window")
        case EventKind.PORTFOLIO_CHECK:
            return text("calendar_ics.kind.portfolio_check")
        case EventKind.LIMIT_OF_STAY:
            return text("calendar_ics.kind.limit_of_stay")
        case EventKind.CIES_ANNIVERSARY:
            return text("calendar_ics.kind.cies_anniversary")
        case EventKind.FULFILLMENT_DUE:
            return text("calendar_ics.kind.fulfillment_due")
        case EventKind.CHILD_TURNS_ADULT:
            return text("calendar_ics.kind.child_turns_adult")
        case EventKind.TRAVEL_DOCUMENT:
            return text("calendar_ics.kind.travel_document")
        case EventKind.SPONSOR_STAY_ENDS:
            return text("calendar_ics.kind.sponsor_stay_ends")
        case EventKind.PR_ELIGIBLE:
            return text("calendar_ics.kind.pr_eligible")
    return text("calendar_ics.kind.long_absence")


def event_uid(household: str, member: str, kind: EventKind | str, day: date) -> str:
    """Stable across exports: the same deadline gets the same UID every time."""
    name = kind.value if isinstance(kind, EventKind) else kind
    key = "\x1f".join((household, member, name, day.isoformat()))
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
    language: Language = Language.EN,
    plan: Plan | None = None,
) -> bytes:
    """The events from ``since`` (default: the timeline's date) on, as .ics in ``language``.

    With ``plan``, each renewal still ahead adds its window (to the last day to apply) and
    its apply-by day, described with the renewal's status and what to do.
    """
    start = timeline.on if since is None else since
    stamp = datetime.combine(timeline.on, time(0, 0), tzinfo=UTC)
    from icalendar import Calendar  # only writing a file needs the library

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", say(text("calendar_ics.name", household=household), language))
    for member in timeline.members:
        name = member.name or member.id
        for event in upcoming(member, start):
            vevent = _vevent(household, member.id, name, event, reminder_days, stamp, language)
            cal.add_component(vevent)
    names = {m.id: m.name or m.id for m in timeline.members}
    for pathway in plan.pathways if plan else ():
        for planned in pathway.members:
            for renewal in planned.renewals:
                if apply_by(renewal.limit_of_stay) < start:
                    continue
                name = names.get(planned.id, planned.id)
                for vevent in _renewal_events(
                    household, planned.id, name, renewal, reminder_days, stamp, language
                ):
                    cal.add_component(vevent)
    footer = text("calendar_ics.footer", version=timeline.rules_version, on=timeline.on)
    cal.add("x-wr-caldesc", say(footer, language))
    return bytes(cal.to_ical())


def _renewal_events(
    household: str,
    member: str,
    name: str,
    renewal: Renewal,
    reminder_days: Sequence[int],
    stamp: datetime,
    language: Language,
) -> list[VEvent]:
    """The renewal's window and its apply-by day, each with the renewal's status and actions."""
    last = apply_by(renewal.limit_of_stay)
    what = sentences(
        text("plan.calendar.status", status=status_word(renewal.status)), *renewal.actions
    )
    window = Event(renewal.window_opens, EventKind.EXTENSION_WINDOW, what, last)
    due = Event(last, EventKind.EXTENSION_WINDOW, what)
    titles = (text("plan.calendar.window"), text("plan.calendar.apply_by"))
    kinds = ("plan_renewal_window", "plan_apply_by")
    out = []
    for event, title, kind in zip((window, due), titles, kinds, strict=True):
        out.append(
            _vevent(household, member, name, event, reminder_days, stamp, language, title, kind)
        )
    return out


def _vevent(
    household: str,
    member: str,
    name: str,
    event: Event,
    reminder_days: Sequence[int],
    stamp: datetime,
    language: Language,
    title: Text | None = None,
    kind: str | None = None,
) -> VEvent:
    """One entry; ``title`` and ``kind`` (its UID and category) default to the event's kind."""
    from icalendar import Alarm
    from icalendar import Event as VEvent

    title = title or kind_title(event.kind)
    category = kind or event.kind.value
    vevent = VEvent()
    vevent.add("uid", event_uid(household, member, category, event.date))
    vevent.add("dtstamp", stamp)
    vevent.add("summary", say(text("calendar_ics.summary", name=name, title=title), language))
    vevent.add("description", say(event.label, language))
    vevent.add("dtstart", event.date)
    last = event.until or event.date
    vevent.add("dtend", last + timedelta(days=1))
    vevent.add("transp", "TRANSPARENT")
    vevent.add("categories", [category])
    for days in reminder_days:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        reminder = text("calendar_ics.reminder", name=name, title=title, days=days)
        alarm.add("description", say(reminder, language))
        alarm.add("trigger", timedelta(days=-days))
        vevent.add_component(alarm)
    return vevent

"""Calendars (.ics exported from Google Calendar or Outlook) read into talks: who was at which meeting.

Each occurrence of an event up to today that has attendees becomes one talk for each person at it:
its ORGANIZER and its ATTENDEEs, by the address of their `mailto:` and their CN (the address when
there is no CN). Left out: rooms and resources (CUTYPE=ROOM or RESOURCE, and Google's resource
calendars, `...@resource.calendar.google.com`), attendees who declined (PARTSTAT=DECLINED), events
without any attendee (a reminder to oneself), cancelled events (STATUS:CANCELLED) and cancelled
occurrences (EXDATE, or a cancelled RECURRENCE-ID).

Repeating events are expanded up to today with recurring-ical-events, an occurrence that was moved
(RECURRENCE-ID) taken at its new time. Google writes times in UTC and names the calendar's zone in
X-WR-TIMEZONE: x-wr-timezone moves the times into that zone first. The day of an occurrence is then
the day it starts: in its own zone for a time with a TZID (or moved by X-WR-TIMEZONE), in the zone
given (the computer's when none is) for a time still in UTC, as written for a floating time or an
all-day event.

Each series (one UID) is expanded by itself, so a series with a broken rule or time is skipped and
reported (`import.skip.event_unreadable`) without costing the others; a file cut off inside an
event keeps the events before it (`import.skip.event_unfinished`). The packages are imported here
only, and this module only when a calendar is read, so they never slow down `shima due`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta, tzinfo

import icalendar
import recurring_ical_events
import x_wr_timezone

from .fields import Progress, decode_text, email_source, one_line
from .people import ImportProblem, Skipped
from .talks import ParsedTalks, Talk

_IGNORED_KINDS = frozenset({"ROOM", "RESOURCE"})
_RESOURCE_DOMAIN = "@resource.calendar.google.com"
_EVENT_END = re.compile(r"^END:VEVENT[ \t]*\r?$", re.MULTILINE | re.IGNORECASE)
_EVENT_BEGIN = re.compile(r"^BEGIN:VEVENT[ \t]*\r?$", re.MULTILINE | re.IGNORECASE)
_FAR_PAST = date(1900, 1, 1)


def parse(
    data: bytes, today: date, progress: Callable[[int, int], None] | None = None, zone: tzinfo | None = None
) -> ParsedTalks:
    text = decode_text(data)
    skipped: list[Skipped] = []
    calendar = _calendar(text, skipped)
    try:
        calendar = x_wr_timezone.to_standard(calendar)
    except (ValueError, KeyError):
        pass  # an X-WR-TIMEZONE that names no zone: the times stay as written
    zones = [part for part in calendar.subcomponents if part.name == "VTIMEZONE"]
    series: dict[str, list[tuple[int, icalendar.Event]]] = {}
    for number, event in enumerate((part for part in calendar.subcomponents if part.name == "VEVENT"), 1):
        if _start(event) is None:
            skipped.append(Skipped(f"event {number}", "import.skip.event_no_start", {"number": number}))
        else:
            series.setdefault(str(event.get("UID", f"\x00{number}")), []).append((number, event))
    talks: list[Talk] = []
    tick = Progress(progress, len(series))
    for done, (uid, events) in enumerate(series.items(), 1):
        try:
            talks.extend(_talks(uid, [event for _, event in events], zones, today, zone))
        except (ValueError, KeyError, TypeError, AttributeError):  # recurring-ical-events on a broken series
            skipped.extend(Skipped(f"event {number}", "import.skip.event_unreadable", {"number": number}) for number, _ in events)
        tick(done)
    talks = sorted(dict.fromkeys(talks), key=lambda talk: talk.day)  # one talk per person, event and day
    participants = list(dict.fromkeys(talk.name for talk in talks))
    return ParsedTalks("calendar", "", participants, talks, sorted(skipped, key=lambda skip: skip.params["number"]))


def _calendar(text: str, skipped: list[Skipped]) -> icalendar.Calendar:
    """The file's calendar; one cut off inside an event keeps the events before the cut."""
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except ValueError:
        pass
    else:
        if calendar.name != "VCALENDAR":
            raise ImportProblem("import.not_calendar")
        return calendar
    ends = list(_EVENT_END.finditer(text))
    if not ends or not text.lstrip().upper().startswith("BEGIN:VCALENDAR"):
        raise ImportProblem("import.not_calendar")
    whole = text[: ends[-1].end()] + "\r\nEND:VCALENDAR\r\n"
    try:
        calendar = icalendar.Calendar.from_ical(whole)
    except ValueError:
        raise ImportProblem("import.not_calendar") from None
    begun = len(_EVENT_BEGIN.findall(text))
    if begun > len(_EVENT_BEGIN.findall(whole)):
        skipped.append(Skipped(f"event {begun}", "import.skip.event_unfinished", {"number": begun}))
    return calendar


def _start(event: icalendar.Event) -> date | None:
    try:
        start = event.get("DTSTART")
        return start.dt if start is not None else None
    except (ValueError, AttributeError):  # icalendar keeps a broken DTSTART and refuses to give its time
        return None


def _talks(uid: str, events: list, zones: list, today: date, zone: tzinfo | None) -> list[Talk]:
    """The talks of every occurrence of one series up to today."""
    series = icalendar.Calendar()
    for part in [*zones, *events]:
        series.add_component(part)
    talks = []
    # Two days of margin: an occurrence in UTC may fall on the next day in the zone of the day.
    for occurrence in recurring_ical_events.of(series).between(_FAR_PAST, today + timedelta(days=2)):
        day = _day(occurrence["DTSTART"].dt, zone)
        if day > today or str(occurrence.get("STATUS", "")).upper() == "CANCELLED":
            continue
        title = one_line(str(occurrence.get("SUMMARY", "")))
        conversation = f"calendar:{uid}" if not uid.startswith("\x00") else f"calendar:{title}"
        talks.extend(
            Talk("calendar", day, name, email=email, title=title, conversation=conversation)
            for name, email in _people(occurrence)
        )
    return talks


def _people(occurrence) -> list[tuple[str, str]]:
    """(name, e-mail) of the organiser and of each attendee who did not decline, rooms and resources
    left out; nobody for an event that has no attendee besides rooms."""
    attendees = occurrence.get("ATTENDEE", [])
    attendees = [address for address in (attendees if isinstance(attendees, list) else [attendees]) if not _is_place(address)]
    if not attendees:
        return []
    organiser = occurrence.get("ORGANIZER")
    present = [] if organiser is None or _is_place(organiser) else [organiser]
    present += [address for address in attendees if str(address.params.get("PARTSTAT", "")).upper() != "DECLINED"]
    people: dict[str, tuple[str, str]] = {}
    for address in present:
        key = email_source(str(address))
        email = key.removeprefix("email:") if key else ""
        name = one_line(str(address.params.get("CN", ""))) or email
        if name:
            people.setdefault(email or name, (name, email))
    return list(people.values())


def _is_place(address) -> bool:
    kind = str(address.params.get("CUTYPE", "")).upper()
    return kind in _IGNORED_KINDS or str(address).lower().endswith(_RESOURCE_DOMAIN)


def _day(start: date | datetime, zone: tzinfo | None) -> date:
    if not isinstance(start, datetime):
        return start  # an all-day event
    if start.tzinfo is not None and start.tzname() == "UTC":
        return start.astimezone(zone).date()  # no zone: the computer's
    return start.date()

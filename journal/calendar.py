"""Keep-in-touch days as an iCalendar file (RFC 5545), for a phone's or Google's calendar.

`shima calendar -o due.ics` lets the reminders reach people where they already look, without the
app open. Written by hand rather than with the icalendar package: a calendar of all-day events
needs a dozen lines, and shima keeps its command line free of dependencies it does not need. The
rules calendar apps trip over are all here: text escaped (backslash, semicolon, comma, newline),
control characters removed (they are not allowed in iCalendar text and some readers stop at them),
lines folded at 75 octets without cutting a UTF-8 character or an escape, CRLF line ends.

Each event keeps the UID it is given (one per contact), so importing a newer file updates the day
instead of adding a second one; SEQUENCE grows with the file's time stamp because Google Calendar
only replaces an event it already has when the sequence is higher. No alarms: Google and Outlook
drop them on import, and the events are transparent so they never show the user as busy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

PRODID = "-//shima//keep-in-touch days//EN"
_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)
_LIMIT = 75  # octets per line, not counting CRLF
# C0 controls except tab and newline (tab becomes a space, newline is escaped), DEL, C1 controls,
# and lone surrogates, which cannot be written as UTF-8.
_UNWRITABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_UNITS = re.compile(r"\\.|.", re.DOTALL)  # what a fold may not cut: one character, or an escape


@dataclass(frozen=True, slots=True)
class CalendarDay:
    """One all-day event: `uid` stable per contact, `day` the day they are due."""

    uid: str
    day: date
    summary: str
    description: str = ""


def calendar_bytes(events: Iterable[CalendarDay], stamp: datetime) -> bytes:
    """A VCALENDAR of all-day VEVENTs, as UTF-8 bytes with CRLF line ends.

    `stamp` is when the file is made (DTSTAMP, SEQUENCE); a naive datetime is taken as local time.
    The same events and stamp always give the same bytes.
    """
    utc = stamp.astimezone(UTC)
    dtstamp = utc.strftime("%Y%m%dT%H%M%SZ")
    sequence = max(0, int((utc - _EPOCH).total_seconds()) // 60)  # minutes: grows, and fits in 32 bits
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    for event in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{escape_text(event.uid)}",
            f"DTSTAMP:{dtstamp}",
            f"SEQUENCE:{sequence}",
            f"DTSTART;VALUE=DATE:{event.day:%Y%m%d}",
            f"DTEND;VALUE=DATE:{event.day + timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{escape_text(event.summary)}",
        ]
        description = escape_text(event.description)
        if description:
            lines.append(f"DESCRIPTION:{description}")
        lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines).encode("utf-8")


def escape_text(value: str) -> str:
    """A TEXT value: line ends made one newline, controls removed, then \\ ; , and newline escaped."""
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    value = _UNWRITABLE.sub("", value)
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """A content line folded at 75 octets (a continuation starts with a space, which counts)."""
    if len(line) <= _LIMIT // 4 or len(line.encode("utf-8")) <= _LIMIT:
        return line
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for unit in _UNITS.findall(line):
        octets = len(unit.encode("utf-8"))
        if size + octets > _LIMIT:
            pieces.append("".join(current))
            current, size = [" "], 1
        current.append(unit)
        size += octets
    pieces.append("".join(current))
    return "\r\n".join(pieces)

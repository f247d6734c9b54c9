"""The keep-in-touch calendar (issue 14): an .ics file that calendar apps read back exactly.

Parsed back with the icalendar package (a test dependency only), with Japanese and hostile text.
"""

from __future__ import annotations

import re
import time
from datetime import UTC, date, datetime, timedelta, timezone

import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journal.calendar import PRODID, CalendarDay, calendar_bytes

JST = timezone(timedelta(hours=9))
STAMP = datetime(2025, 1, 6, 8, 30, tzinfo=JST)


def events_of(data: bytes) -> list:
    return icalendar.Calendar.from_ical(data.decode("utf-8")).walk("VEVENT")


def cleaned(text: str) -> str:
    """What a calendar app should read back: line ends as \\n, tab a space, other controls gone."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return "".join(ch for ch in text if ch == "\n" or not (ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F))


def test_a_calendar_of_all_day_events_reads_back():
    days = [
        CalendarDay("contact-c1a2b3@shima", date(2025, 1, 10), "山田 太郎さんに連絡", "最後の記録: 2024-11-02 紹介のお礼"),
        CalendarDay("contact-c9f8e7@shima", date(2024, 12, 31), "Call John Smith"),
    ]
    data = calendar_bytes(days, STAMP)
    calendar = icalendar.Calendar.from_ical(data)
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]) == PRODID
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    assert str(calendar["METHOD"]) == "PUBLISH"
    first, second = calendar.walk("VEVENT")
    assert str(first["UID"]) == "contact-c1a2b3@shima"
    assert str(first["SUMMARY"]) == "山田 太郎さんに連絡"
    assert str(first["DESCRIPTION"]) == "最後の記録: 2024-11-02 紹介のお礼"
    assert first.decoded("DTSTART") == date(2025, 1, 10) and first.decoded("DTEND") == date(2025, 1, 11)
    assert first["DTSTART"].params["VALUE"] == "DATE"
    assert first.decoded("DTSTAMP") == datetime(2025, 1, 5, 23, 30, tzinfo=UTC)
    assert str(first["TRANSP"]) == "TRANSPARENT"
    assert second.decoded("DTEND") == date(2025, 1, 1)  # the day after New Year's Eve
    assert "DESCRIPTION" not in second
    assert calendar.walk("VALARM") == []


def test_the_file_is_crlf_folded_at_75_octets_and_never_cuts_a_character():
    long = "山田 太郎さん (株式会社山田商店 代表取締役) に連絡する日です 🎉" * 4
    data = calendar_bytes([CalendarDay("u1", date(2025, 3, 1), long, long)], STAMP)
    assert data.endswith(b"\r\n")
    assert data.count(b"\n") == data.count(b"\r\n")  # no bare LF
    lines = data.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= 75
    assert sum(line.startswith(b" ") for line in lines) >= 8  # it really folded
    for line in lines:
        line.decode("utf-8")  # each physical line is whole UTF-8: no character cut in two
    (event,) = events_of(data)
    assert str(event["SUMMARY"]) == long and str(event["DESCRIPTION"]) == long


HOSTILE = 'a\\b;c,d\ne\r\nf\rg\x1b[31mred\x00nul\x07bell\x7f\x85\th "quoted" :colon: \\n literal'


def test_hostile_text_is_escaped_and_controls_removed():
    data = calendar_bytes([CalendarDay("u;1,\\x", date(2025, 1, 1), HOSTILE, HOSTILE)], STAMP)
    assert not re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", data)
    (event,) = events_of(data)
    assert str(event["SUMMARY"]) == cleaned(HOSTILE)
    assert str(event["SUMMARY"]) == 'a\\b;c,d\ne\nf\ng[31mrednulbell h "quoted" :colon: \\n literal'
    assert str(event["DESCRIPTION"]) == cleaned(HOSTILE)
    assert str(event["UID"]) == "u;1,\\x"
    assert b"SUMMARY:a\\\\b\\;c\\,d\\ne\\nf\\ng" in data


def test_a_lone_surrogate_cannot_break_the_encoding():
    (event,) = events_of(calendar_bytes([CalendarDay("u", date(2025, 1, 1), "broken \ud800 half")], STAMP))
    assert str(event["SUMMARY"]) == "broken  half"


def test_the_same_days_give_the_same_bytes_and_uids_stay():
    days = [CalendarDay(f"contact-{n}@shima", date(2025, 2, n + 1), f"Person {n}") for n in range(5)]
    first = calendar_bytes(days, STAMP)
    assert calendar_bytes(days, STAMP) == first
    later = calendar_bytes(days, STAMP + timedelta(days=7))
    assert [str(e["UID"]) for e in events_of(later)] == [str(e["UID"]) for e in events_of(first)]
    # Google Calendar replaces an event it has only when SEQUENCE grows.
    assert all(int(b["SEQUENCE"]) > int(a["SEQUENCE"]) for a, b in zip(events_of(first), events_of(later), strict=True))
    assert int(events_of(later)[0]["SEQUENCE"]) < 2**31


def test_an_empty_calendar_is_still_a_calendar():
    calendar = icalendar.Calendar.from_ical(calendar_bytes([], STAMP))
    assert calendar.walk("VEVENT") == [] and str(calendar["VERSION"]) == "2.0"


def test_a_naive_stamp_is_local_time(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    try:
        (event,) = events_of(calendar_bytes([CalendarDay("u", date(2025, 1, 1), "x")], datetime(2025, 1, 6, 8, 30)))
    finally:
        monkeypatch.undo()
        time.tzset()
    assert event.decoded("DTSTAMP") == datetime(2025, 1, 5, 23, 30, tzinfo=UTC)


@pytest.mark.parametrize("day", [date(2024, 2, 28), date(2024, 2, 29), date(2025, 12, 31)])
def test_the_event_ends_the_next_day(day):
    (event,) = events_of(calendar_bytes([CalendarDay("u", day, "x")], STAMP))
    assert event.decoded("DTEND") - event.decoded("DTSTART") == timedelta(days=1)


# Any text, built from pieces that mean something to iCalendar as well as from any characters.
_PIECES = ["\\", "\\n", "\\,", ";", ",", ":", '"', "\r\n", "\r", "\n", "\t", "\x00", "\x1b[2J", "\x85", "山田", "🎉", " "]
_TEXT = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=8)), max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(summary=_TEXT, description=_TEXT, uid=_TEXT.filter(bool))
def test_any_text_reads_back_as_written_less_its_controls(summary, description, uid):
    data = calendar_bytes([CalendarDay(uid, date(2025, 1, 1), summary, description)], STAMP)
    assert max(len(line) for line in data.split(b"\r\n")) <= 75
    (event,) = events_of(data)
    assert str(event["SUMMARY"]) == cleaned(summary)
    assert str(event["UID"]) == cleaned(uid)
    if cleaned(description):
        assert str(event["DESCRIPTION"]) == cleaned(description)
    else:
        assert "DESCRIPTION" not in event

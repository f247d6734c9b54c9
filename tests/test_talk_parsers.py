"""Conversation parsers on files shaped like the ones people really have (issue 23, point 1).

The fixtures in tests/fixtures/talks are written by hand from the exporters' formats: LINE's talk
history in Japanese (iPhone: CRLF and a BOM) and in English from a phone, a LINE group from a phone
and one from LINE for PC (names with spaces), WhatsApp from Android (United States: month first) and
from iOS (day first, its invisible marks), a Messenger message_1.json with its escaped Japanese, and a
Google Calendar export with a weekly meeting (one occurrence moved, one removed, one cancelled).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from journal.importers import TALK_FORMATS, ImportProblem, ParsedTalks, Talk, detect_format, parse_talks
from journal.importers.talks import talk_format
from journal.words import importers as words
from journal.words import say

FIXTURES = Path(__file__).parent / "fixtures" / "talks"
TOKYO = ZoneInfo("Asia/Tokyo")
TODAY = date(2024, 12, 1)


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def parsed(name: str, format: str, today: date = TODAY, **options) -> ParsedTalks:
    return parse_talks(fixture(name), format, today, zone=TOKYO, **options)


def counts(result: ParsedTalks) -> dict[tuple[date, str], int]:
    return {(talk.day, talk.name): talk.messages for talk in result.talks}


def skips(result: ParsedTalks) -> list[tuple[str, str, dict]]:
    return [(skip.where, skip.code, skip.params) for skip in result.skipped]


def chat(source: str, title: str, conversation: str, *talks: tuple[date, str, int]) -> list[Talk]:
    return [Talk(source, day, name, messages=n, title=title, conversation=conversation) for day, name, n in talks]


# ----- LINE ---------------------------------------------------------------------------------


def test_line_japanese_phone_one_to_one():
    result = parsed("line_ja_phone.txt", "line")
    jan15, jan16 = date(2024, 1, 15), date(2024, 1, 16)
    # 山田太郎 on the 15th: a greeting, a sticker and a call, not the message taken back; 佐藤 花子's
    # three-line quoted message (a date and a time inside it) is one message; her notice is none.
    assert result.talks == chat(
        "line",
        "山田太郎",
        "line:山田太郎",
        (jan15, "山田太郎", 3),
        (jan15, "佐藤 花子", 2),
        (jan16, "山田太郎", 2),
        (jan16, "佐藤 花子", 1),  # a missed call is her reaching out
    )
    assert (result.format, result.conversation, result.participants, result.skipped) == (
        "line",
        "line:山田太郎",
        ["山田太郎", "佐藤 花子"],
        [],
    )


def test_line_english_phone_with_twelve_hour_times():
    result = parsed("line_en_phone.txt", "line")
    jan15, jan17 = date(2024, 1, 15), date(2024, 1, 17)
    assert result.talks == chat(
        "line",
        "Taro Yamada",
        "line:Taro Yamada",
        (jan15, "Taro Yamada", 3),  # "Taro Yamada unsent a message." is not one
        (jan15, "Hanako Sato", 2),
        (jan17, "Hanako Sato", 1),
        (jan17, "Taro Yamada", 1),
    )


def test_line_group_from_a_phone_leaves_out_the_notices():
    result = parsed("line_group_phone.txt", "line")
    jan28, jan29 = date(2024, 1, 28), date(2024, 1, 29)
    assert result.talks == chat(
        "line",
        "読書会",
        "line:読書会",
        (jan28, "山田太郎", 1),
        (jan28, "鈴木一郎", 2),  # invited, joined and left are LINE's notices, not his messages
        (jan28, "佐藤 花子", 1),
        (jan29, "山田太郎", 1),
        (jan29, "佐藤 花子", 1),
    )


def test_line_pc_layout_splits_names_with_spaces_from_the_text():
    result = parsed("line_pc.txt", "line")
    jun24, jun25 = date(2023, 6, 24), date(2023, 6, 25)
    # 山田 太郎, 佐藤 花子 and 鈴木 一郎 are named by the joined and invited notices; Mary Jane Watson is
    # what her lines have in common; 健 wrote one word names.
    assert result.talks == chat(
        "line",
        "大学の友達",
        "line:大学の友達",
        (jun24, "山田 太郎", 1),
        (jun24, "鈴木 一郎", 1),
        (jun24, "Mary Jane Watson", 2),
        (jun24, "佐藤 花子", 2),
        (jun25, "Mary Jane Watson", 1),
        (jun25, "健", 2),
    )


def test_line_pc_names_the_file_cannot_tell_apart_are_told_by_the_names_known():
    text = (
        "[LINE] 同窓会のトーク履歴\n保存日時：2023/06/25 21:00\n\n2023.06.24 土曜日\n"
        "10:00 山田 太郎 こんにちは\n10:01 山田 花子 はじめまして\n10:02 山田 花子 よろしく\n10:03 Ann Lee hi\n"
        "10:04 山田 太郎 ひさしぶり\n"
    ).encode()
    day = date(2023, 6, 24)
    # 山田 太郎 and 山田 花子 share their first word, Ann Lee wrote once: first words only.
    assert counts(parse_talks(text, "line", TODAY)) == {(day, "山田"): 4, (day, "Ann"): 1}
    # Known, 山田 花子 leaves 山田 太郎's lines to themselves, and his name is what they share.
    known = parse_talks(text, "line", TODAY, known_names=["山田 花子", "Ann Lee"])
    assert counts(known) == {(day, "山田 太郎"): 2, (day, "山田 花子"): 2, (day, "Ann Lee"): 1}


def test_line_pc_keeps_a_word_of_text_on_every_line():
    text = b"[LINE] Chat history in Club\n\n2023.06.24 Saturday\n10:00 Ken hi there\n10:01 Ken hi\n10:02 Ken hi\n"
    assert counts(parse_talks(text, "line", TODAY)) == {(date(2023, 6, 24), "Ken"): 3}


def test_line_an_unclosed_quote_costs_nothing_after_it():
    text = (
        "[LINE] 山田太郎とのトーク履歴\n\n2024/01/15(月)\n"
        '10:00\t山田太郎\t"引用のつもり\n10:01\t佐藤 花子\tはい\n10:02\t山田太郎\t彼は"うん"と\n'
        "2024/01/16(火)\n10:00\t佐藤 花子\t[スタンプ]\n"
    ).encode()
    assert counts(parse_talks(text, "line", TODAY)) == {
        (date(2024, 1, 15), "山田太郎"): 2,
        (date(2024, 1, 15), "佐藤 花子"): 1,
        (date(2024, 1, 16), "佐藤 花子"): 1,
    }


def test_line_messages_without_a_day_an_impossible_day_and_a_future_day_are_reported():
    text = (
        "[LINE] 山田太郎とのトーク履歴\n"  # line 1
        "10:00\t山田太郎\t日付の前\n"  # 2: the file was cut above its first date line
        "2024/01/15(月)\n10:00\t山田太郎\tおはよう\n"  # 3, 4
        "2024/02/30(金)\n10:00\t山田太郎\tありえない日\n"  # 5, 6
        "2024/01/17(水)\n10:00\t佐藤 花子\tこんにちは\n"  # 7, 8
        "2025/01/01(水)\n10:00\t山田太郎\t未来\n"  # 9, 10
    ).encode()
    result = parse_talks(text, "line", TODAY)
    assert counts(result) == {(date(2024, 1, 15), "山田太郎"): 1, (date(2024, 1, 17), "佐藤 花子"): 1}
    assert skips(result) == [
        ("line 2", "import.skip.talk_no_day", {"number": 2}),
        ("line 5", "import.skip.talk_bad_date", {"number": 5}),
        ("line 9", "import.skip.talk_future", {"number": 9, "day": "2025-01-01"}),
    ]


def test_line_the_same_day_written_twice_adds_up():
    text = "[LINE] Aとのトーク履歴\n\n2024/01/15(月)\n10:00\tA\tx\n2024/01/15(月)\n11:00\tA\ty\n".encode()
    assert counts(parse_talks(text, "line", TODAY)) == {(date(2024, 1, 15), "A"): 2}


# ----- WhatsApp ------------------------------------------------------------------------------


def test_whatsapp_android_month_first_group():
    result = parsed("whatsapp_android.txt", "whatsapp")
    dec24, jan2 = date(2019, 12, 24), date(2020, 1, 2)
    title = "Book club: 2020"  # the subject as last changed
    assert result.talks == chat(
        "whatsapp",
        title,
        f"whatsapp:{title}",
        (dec24, "Taro", 1),
        (dec24, "Hanako", 1),  # two lines, one message
        (jan2, "Hanako", 1),  # <Media omitted>
        (jan2, "+81 90-1234-5678", 1),  # the marks around a number removed; Taro's deleted message is none
    )
    assert result.participants == ["Taro", "Hanako", "+81 90-1234-5678"]


def test_whatsapp_ios_day_first_with_its_marks():
    result = parsed("whatsapp_ios.txt", "whatsapp")
    oct24, oct25, nov3 = date(2024, 10, 24), date(2024, 10, 25), date(2024, 11, 3)
    # The encryption notice comes under the chat's name: that is its title; "~ Hanako" is Hanako.
    assert result.talks == chat(
        "whatsapp",
        "Taro Yamada",
        "whatsapp:Taro Yamada",
        (oct24, "Taro Yamada", 1),
        (oct24, "Hanako", 2),  # an image and a two-line message
        (oct25, "Taro Yamada", 1),  # a missed call; Hanako's deleted message is none
        (nov3, "Taro Yamada", 1),
    )
    assert result.skipped == []


def android(*stamps: str) -> bytes:
    return "".join(f"{stamp} - Taro: message {n}\n" for n, stamp in enumerate(stamps)).encode()


@pytest.mark.parametrize(
    ("stamps", "days"),
    [
        # a first field over 12: day first
        (["03/04/24, 10:00", "13/04/24, 10:00"], [date(2024, 4, 3), date(2024, 4, 13)]),
        # a second field over 12: month first
        (["03/04/24, 10:00", "03/13/24, 10:00"], [date(2024, 3, 4), date(2024, 3, 13)]),
        # undecided by the numbers: the order that runs forward (month first goes back from May 1 to Feb 3),
        # whatever the clock says
        (["05/01/24, 10:00 AM", "02/03/24, 10:00 AM"], [date(2024, 1, 5), date(2024, 3, 2)]),
        # both run forward: the order that puts no day after today (TODAY is 2024-12-01; day first gives Dec 11)
        (["11/12/24, 10:00", "11/12/24, 11:00"], [date(2024, 11, 12)]),
        # nothing tells: 24-hour times, day first; 12-hour times, month first
        (["03/04/24, 10:00", "03/05/24, 10:00"], [date(2024, 4, 3), date(2024, 5, 3)]),
        (["03/04/24, 10:00 AM", "03/05/24, 10:00 AM"], [date(2024, 3, 4), date(2024, 3, 5)]),
        # four digits first: year, month, day (Japanese phones)
        (["2024/03/04 10:00", "2024/03/05 10:00"], [date(2024, 3, 4), date(2024, 3, 5)]),
        # a four-digit year last, dots (German phones)
        (["03.04.2024, 10:00", "13.04.2024, 10:00"], [date(2024, 4, 3), date(2024, 4, 13)]),
    ],
)
def test_whatsapp_day_and_month_order_is_worked_out_from_the_file(stamps, days):
    assert sorted({talk.day for talk in parse_talks(android(*stamps), "whatsapp", TODAY).talks}) == days


def test_whatsapp_an_impossible_date_is_reported_with_its_line():
    result = parse_talks(android("13/04/24, 10:00", "31/02/24, 10:00"), "whatsapp", TODAY)
    assert counts(result) == {(date(2024, 4, 13), "Taro"): 1}
    assert skips(result) == [("line 2", "import.skip.talk_bad_date", {"number": 2})]


# ----- Messenger and Instagram ---------------------------------------------------------------


def test_messenger_with_escaped_japanese():
    result = parsed("messenger_message_1.json", "messenger")
    jan15, jan16 = date(2024, 1, 15), date(2024, 1, 16)
    key = "messenger:inbox/yamadataro_1234567890"
    # Days in Tokyo: 15:30 UTC on the 15th is the 16th. The unsent message and the "left" notice are none.
    assert result.talks == chat(
        "messenger",
        "山田 太郎",
        key,
        (jan15, "山田 太郎", 2),
        (jan15, "Hanako Sato", 1),
        (jan16, "山田 太郎", 1),  # a call
        (jan16, "Hanako Sato", 1),
    )
    assert (result.conversation, result.participants) == (key, ["山田 太郎", "Hanako Sato"])
    assert skips(result) == [("message 1", "import.skip.message_unreadable", {"number": 1})]


def test_messenger_days_are_in_the_zone_given():
    utc = parse_talks(fixture("messenger_message_1.json"), "messenger", TODAY, zone=UTC)
    assert counts(utc) == {(date(2024, 1, 15), "山田 太郎"): 3, (date(2024, 1, 15), "Hanako Sato"): 2}


def meta(messages: list[dict], **extra) -> bytes:
    return json.dumps({"participants": [{"name": "A"}], "messages": messages, "title": "A", **extra}).encode()


def test_text_already_right_is_not_repaired_and_a_thread_without_a_path_is_keyed_by_its_title():
    data = meta([{"sender_name": "José Müller", "timestamp_ms": 1705280000000, "content": "¡Hola!"}])
    result = parse_talks(data, "messenger", TODAY, zone=TOKYO)
    assert [talk.name for talk in result.talks] == ["José Müller"]
    assert result.conversation == "messenger:A"


def test_instagram_is_told_by_its_media_paths_or_by_the_format_given():
    photo = {
        "sender_name": "A",
        "timestamp_ms": 1705280000000,
        "photos": [{"uri": "your_instagram_activity/messages/inbox/a_1/photos/1.jpg"}],
    }
    data = meta([photo], thread_path="inbox/a_1")
    assert detect_format(data) == "instagram"
    result = parse_talks(data, "messenger", TODAY, zone=TOKYO)
    assert (result.format, result.conversation, result.talks[0].source) == ("instagram", "instagram:inbox/a_1", "instagram")
    text_only = meta([{"sender_name": "A", "timestamp_ms": 1705280000000, "content": "hi"}])
    assert detect_format(text_only) == "messenger"
    assert parse_talks(text_only, "instagram", TODAY).talks[0].source == "instagram"


def test_messenger_times_that_are_no_time_are_reported():
    data = meta([{"sender_name": "A", "timestamp_ms": value} for value in (True, "1705280000000", 10**18, 1705280000000)])
    result = parse_talks(data, "messenger", TODAY, zone=TOKYO)
    assert counts(result) == {(date(2024, 1, 15), "A"): 1}
    assert [skip.params["number"] for skip in result.skipped] == [3, 2, 1]  # read oldest (last) first


def test_messenger_messages_after_today_are_reported_once_per_day():
    late = int(datetime(2025, 1, 1, 3, tzinfo=UTC).timestamp() * 1000)
    data = meta([{"sender_name": "A", "timestamp_ms": late + n} for n in range(3)])
    result = parse_talks(data, "messenger", TODAY, zone=TOKYO)
    assert result.talks == []
    assert skips(result) == [("message 3", "import.skip.message_future", {"number": 3, "day": "2025-01-01"})]


# ----- calendars ---------------------------------------------------------------------------


def meeting(day: date, name: str, email: str, title: str, uid: str) -> Talk:
    return Talk("calendar", day, name, email=email, title=title, conversation=f"calendar:{uid}")


def test_google_calendar_with_attendees_and_a_moved_occurrence():
    # The zone given is UTC: the calendar's own zone (X-WR-TIMEZONE: Asia/Tokyo) is what places its UTC times.
    result = parse_talks(fixture("google_calendar.ics"), "calendar", date(2024, 2, 3), zone=UTC)
    weekly = "3k2j4h5g6f7d8s9a0weekly@google.com"
    hanako = ("Hanako Sato", "hanako.sato@example.com")
    taro = ("山田 太郎", "taro.yamada@example.co.jp")
    # Weekly on Fridays at 10:00 in Tokyo: Jan 12 moved to Saturday the 13th, Jan 19 removed (EXDATE),
    # Jan 26 cancelled, Feb 9 after today. Ken declined; the rooms are left out; the organiser is there.
    # The late call is 16:00 UTC on Jan 10: Jan 11 in the calendar's zone (X-WR-TIMEZONE). The all-day
    # offsite keeps its date. The dentist has no attendee, lunch was cancelled, one event has no start.
    assert result.talks == [
        meeting(date(2024, 1, 5), *hanako, "定例ミーティング", weekly),
        meeting(date(2024, 1, 5), *taro, "定例ミーティング", weekly),
        meeting(
            date(2024, 1, 11),
            "hanako.sato@example.com",
            "hanako.sato@example.com",
            "Call with Ken, late",
            "late-call-20240111@google.com",
        ),
        meeting(date(2024, 1, 11), "ken@example.com", "ken@example.com", "Call with Ken, late", "late-call-20240111@google.com"),
        meeting(date(2024, 1, 13), *hanako, "定例ミーティング（土曜に変更）", weekly),
        meeting(date(2024, 1, 13), *taro, "定例ミーティング（土曜に変更）", weekly),
        meeting(date(2024, 1, 20), "Suzuki, Ichiro", "ichiro@example.jp", "Offsite", "offsite-20240120@google.com"),
        meeting(date(2024, 2, 2), *hanako, "定例ミーティング", weekly),
        meeting(date(2024, 2, 2), *taro, "定例ミーティング", weekly),
    ]
    assert skips(result) == [("event 8", "import.skip.event_no_start", {"number": 8})]
    assert (result.format, result.conversation) == ("calendar", "")
    assert result.participants == ["Hanako Sato", "山田 太郎", "hanako.sato@example.com", "ken@example.com", "Suzuki, Ichiro"]


def calendar(*events: str, head: str = "") -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\n{event.strip()}\r\nEND:VEVENT\r\n" for event in events)
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n{head}{body}END:VCALENDAR\r\n".encode()


def event(uid: str, start: str, *lines: str) -> str:
    return "\r\n".join([f"UID:{uid}", f"DTSTART{start}", "SUMMARY:Talk", "ATTENDEE;CN=A:mailto:a@example.com", *lines])


def test_times_in_utc_without_a_calendar_zone_take_the_zone_given_and_floating_times_stay():
    data = calendar(event("utc", ":20240110T160000Z"), event("floating", ":20240112T235900"))
    assert [talk.day for talk in parse_talks(data, "calendar", TODAY, zone=TOKYO).talks] == [date(2024, 1, 11), date(2024, 1, 12)]
    in_utc = parse_talks(data, "calendar", TODAY, zone=UTC)
    assert [talk.day for talk in in_utc.talks] == [date(2024, 1, 10), date(2024, 1, 12)]


def test_a_time_with_its_own_zone_keeps_its_day():
    data = calendar(event("ny", ";TZID=America/New_York:20240125T210000"), head="X-WR-TIMEZONE:Asia/Tokyo\r\n")
    assert [talk.day for talk in parse_talks(data, "calendar", TODAY, zone=TOKYO).talks] == [date(2024, 1, 25)]


def test_a_broken_series_or_start_is_reported_and_costs_nothing_else():
    data = calendar(
        event("bad", ":20240101T100000Z", "RRULE:FREQ=SOMETIMES"),
        event("good", ":20240102T100000Z"),
        event("garbled", ":2024XX01"),
    )
    result = parse_talks(data, "calendar", TODAY, zone=TOKYO)
    assert [talk.conversation for talk in result.talks] == ["calendar:good"]
    assert skips(result) == [
        ("event 1", "import.skip.event_unreadable", {"number": 1}),
        ("event 3", "import.skip.event_no_start", {"number": 3}),
    ]


def test_a_repeating_event_stops_at_today():
    data = calendar(event("daily", ":20240101T100000Z", "RRULE:FREQ=DAILY"))
    result = parse_talks(data, "calendar", date(2024, 1, 10), zone=TOKYO)
    assert [talk.day for talk in result.talks] == [date(2024, 1, 1) + timedelta(days=n) for n in range(10)]


def test_a_calendar_cut_off_keeps_the_events_before_the_cut():
    whole = calendar(event("one", ":20240101T100000Z"), event("two", ":20240102T100000Z"))
    cut = whole[: whole.rindex(b"SUMMARY")]
    result = parse_talks(cut, "calendar", TODAY, zone=TOKYO)
    assert [talk.conversation for talk in result.talks] == ["calendar:one"]
    assert skips(result) == [("event 2", "import.skip.event_unfinished", {"number": 2})]


# ----- telling the formats apart -----------------------------------------------------------

FIXTURE_FORMATS = {
    "line_ja_phone.txt": "line",
    "line_en_phone.txt": "line",
    "line_group_phone.txt": "line",
    "line_pc.txt": "line",
    "whatsapp_android.txt": "whatsapp",
    "whatsapp_ios.txt": "whatsapp",
    "messenger_message_1.json": "messenger",
    "google_calendar.ics": "calendar",
}
PARSED_AS = {"line": "line", "whatsapp": "whatsapp", "messenger": "messenger", "calendar": "calendar"}


@pytest.mark.parametrize(("name", "format"), FIXTURE_FORMATS.items())
def test_each_format_is_recognised_from_the_content(name, format):
    assert detect_format(fixture(name)) == format


@pytest.mark.parametrize(("name", "other"), [(n, o) for n, f in FIXTURE_FORMATS.items() for o in PARSED_AS if o != f])
def test_a_file_read_as_another_format_is_refused(name, other):
    with pytest.raises(ImportProblem) as refused:
        parse_talks(fixture(name), other, TODAY)
    assert refused.value.code == f"import.not_{other}"


@pytest.mark.parametrize(
    "name",
    ["iphone_v3.vcf", "google_contacts.csv", "google_legacy.csv", "linkedin_connections.csv", "bank_statement.csv"],
)
def test_contact_files_are_no_conversation(name):
    data = (FIXTURES.parent / name).read_bytes()
    assert talk_format(data.decode("utf-8", errors="replace")) is None


@pytest.mark.parametrize(
    "data",
    [
        b"Chat notes\n2024/01/15(Mon)\n10:00\tA\thi\n",  # a LINE body without LINE's header
        b"Meeting on 12/24/19, 11:23 - Taro: hello\n",  # a WhatsApp-looking line that does not start the file
        "Notes\n[LINE] 山田太郎とのトーク履歴 came by mail\n".encode(),  # LINE's header, not at the top
        b'{"format": "shima-journal", "notes": "\\"participants\\": [], \\"messages\\": [], \\"sender_name\\":"}',
        b'{"participants": [], "title": "no messages"}',
        b'{"participants": ["A"], "messages": [{"text": "hi", "time": 1}]}',  # someone else's JSON
        b"BEGIN:VCALENDAR\r\nBEGIN:VTODO\r\nEND:VTODO\r\nEND:VCALENDAR\r\n",  # no event
    ],
)
def test_near_misses_are_not_taken_for_a_conversation(data):
    assert detect_format(data) in (None, "shima")


# ----- round trips --------------------------------------------------------------------------

_WORD = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zs", "Zl", "Zp")), min_size=1, max_size=8)
# Messages: any text but control characters and other line breaks than \n (what a phone lets one type).
_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp"), include_characters="\n"), max_size=30)


@st.composite
def chats(draw, names: st.SearchStrategy[str]) -> tuple[list[str], list[tuple[date, list[tuple[int, str]]]]]:
    """People and, for each of some days (in order), who wrote what."""
    people = draw(st.lists(names, min_size=1, max_size=4, unique=True))
    first = draw(st.dates(min_value=date(2015, 1, 1), max_value=date(2024, 6, 1)))
    gaps = draw(st.lists(st.integers(1, 40), min_size=1, max_size=4))
    days = [first + timedelta(days=sum(gaps[:n])) for n in range(len(gaps))]
    said = st.lists(st.tuples(st.integers(0, len(people) - 1), _TEXT), min_size=1, max_size=6)
    return people, [(day, draw(said)) for day in days]


def expected(people, days) -> dict[tuple[date, str], int]:
    found: dict[tuple[date, str], int] = {}
    for day, said in days:
        for who, _ in said:
            found[day, people[who]] = found.get((day, people[who]), 0) + 1
    return found


LINE_LAYOUTS = {
    # layout: (header, date line, time, separator)
    "ja-phone": ("[LINE] {title}とのトーク履歴\n保存日時：2024/07/01 10:00\n", "%Y/%m/%d(月)", "午後3:04", "\t"),
    "en-phone": ("[LINE] Chat history with {title}\nSaved on: 7/1/2024, 10:00\n", "%Y/%m/%d(Mon)", "3:04 PM", "\t"),
    "ja-pc": ("[LINE] {title}のトーク履歴\n保存日時：2024/07/01 10:00\n", "%Y.%m.%d 月曜日", "15:04", " "),
    "en-pc": ("[LINE] Chat history in {title}\nSaved on: 7/1/2024, 10:00\n", "%Y.%m.%d %A", "3:04 PM", " "),
}
_LINE_START = re.compile(r"(?:午前|午後)?\d{1,2}:\d{2}|\d{4}[/.]\d{1,2}[/.]\d{1,2}")


def render_line(layout: str, people, days) -> str:
    """A chat as LINE writes it: a message with a line break (or starting with a quote) in quotes,
    the quotes inside doubled."""
    header, date_line, time, separator = LINE_LAYOUTS[layout]
    lines = [header.format(title="Group"), ""]
    for day, said in days:
        lines.append(day.strftime(date_line))
        for who, text in said:
            if "\n" in text or text.startswith('"'):
                text = '"' + text.replace('"', '""') + '"'
            lines.append(f"{time}{separator}{people[who]}{separator}{text}")
    return "\n".join(lines) + "\n"


def plain_line_text(text: str) -> bool:
    """Text no reader could tell from LINE's own lines: a line inside it like a message or a date, or
    LINE's wording for a message taken back or a notice."""
    rest = text.split("\n")[1:]
    return not any(_LINE_START.match(part) for part in rest) and not re.search(
        r"取り消しました|nsent a message|参加しました|退会しました|招待しました|キャンセルしました|the group\.?$", text
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(chat=chats(_WORD), layout=st.sampled_from(["ja-phone", "en-phone"]))
def test_line_phone_round_trip(chat, layout):
    people, days = chat
    assume(all(plain_line_text(text) for _, said in days for _, text in said))
    result = parse_talks(render_line(layout, people, days).encode(), "line", TODAY)
    assert counts(result) == expected(people, days)


_NAME_WORDS = st.lists(_WORD.filter(lambda word: '"' not in word), min_size=1, max_size=3).map(" ".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(chat=chats(_NAME_WORDS), layout=st.sampled_from(["ja-pc", "en-pc"]))
def test_line_pc_round_trip_with_the_names_known(chat, layout):
    people, days = chat
    # One name the first words of another ("A" and "A B") cannot be told apart by anyone.
    assume(not any(other.startswith(name + " ") for name in people for other in people))
    assume(all(plain_line_text(text) and not text.startswith(" ") for _, said in days for _, text in said))
    result = parse_talks(render_line(layout, people, days).encode(), "line", TODAY, known_names=people)
    assert counts(result) == expected(people, days)


WHATSAPP_LAYOUTS = {
    # layout: how a message line starts, the date's order
    "android-us": ("{d:%m/%d/%y}, 3:04 PM - ", "mdy"),
    "android-eu": ("{d:%d/%m/%Y}, 15:04 - ", "dmy"),
    "ios-uk": ("\u200e[{d:%d/%m/%y}, 15:04:05] ", "dmy"),
    "ios-us": ("[{d:%m/%d/%y}, 3:04:05\u202fPM] ", "mdy"),
}
_WHATSAPP_START = re.compile(r"[\u200e\u200f]?\[?\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    chat=chats(
        _WORD.filter(lambda name: ":" not in name and '"' not in name and name.strip("~\u200e\u200f\u202a-\u202e") == name)
    ),
    layout=st.sampled_from(sorted(WHATSAPP_LAYOUTS)),
)
def test_whatsapp_round_trip(chat, layout):
    people, days = chat
    assume(
        all(
            text.strip("\u200e ") not in ("This message was deleted", "You deleted this message")
            for _, said in days
            for _, text in said
        )
    )
    assume(not any(_WHATSAPP_START.match(part) for _, said in days for _, text in said for part in text.split("\n")[1:]))
    start, _ = WHATSAPP_LAYOUTS[layout]
    lines = [f"{start.format(d=day)}{people[who]}: {text.lstrip(chr(0x200E))}" for day, said in days for who, text in said]
    result = parse_talks(("\n".join(lines) + "\n").encode(), "whatsapp", TODAY)
    assert counts(result) == expected(people, days)


# ----- malformed input ----------------------------------------------------------------------


@pytest.mark.parametrize("format", TALK_FORMATS)
@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "import.empty"),
        (b" \r\n\t", "import.empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa", None),
    ],
)
def test_empty_and_binary_files_are_refused(format, data, code):
    with pytest.raises(ImportProblem) as refused:
        parse_talks(data, format, TODAY)
    assert refused.value.code == (code or ("import.not_messenger" if format in ("messenger", "instagram") else "import.not_text"))


def test_an_unknown_format_is_refused():
    with pytest.raises(ImportProblem) as refused:
        parse_talks(b"x", "vcard", TODAY)
    assert (refused.value.code, refused.value.params) == ("import.unknown_format", {"format": "vcard"})


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(sorted(FIXTURE_FORMATS)), cut=st.floats(0, 1))
def test_a_file_cut_anywhere_gives_talks_or_a_refusal(name, cut):
    data = fixture(name)
    prefix = data[: int(len(data) * cut)]
    try:
        result = parse_talks(prefix, FIXTURE_FORMATS[name], TODAY, zone=TOKYO)
    except ImportProblem as problem:
        assert problem.code in words.EN
    else:
        whole = parsed(name, FIXTURE_FORMATS[name])
        if FIXTURE_FORMATS[name] == "calendar":
            # The events before the cut (a repeat whose moved occurrence was cut off is where it was).
            assert {talk.conversation for talk in result.talks} <= {talk.conversation for talk in whole.talks}
        else:
            # No day the whole file does not have (a notice cut short may read as a message, so the
            # counts are not compared).
            assert {talk.day for talk in result.talks} <= {talk.day for talk in whole.talks}
        assert all(skip.code in words.EN for skip in result.skipped)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=300), format=st.sampled_from(TALK_FORMATS))
def test_any_bytes_give_talks_or_a_refusal_never_a_crash(data, format):
    try:
        result = parse_talks(data, format, TODAY, zone=TOKYO)
    except ImportProblem as problem:
        assert problem.code in words.EN
    else:
        assert all(talk.name for talk in result.talks)
        assert all(skip.code in words.EN for skip in result.skipped)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=st.lists(_TEXT, max_size=8), format=st.sampled_from(["line", "whatsapp", "calendar"]))
def test_any_text_gives_talks_or_a_refusal_never_a_crash(lines, format):
    head = {
        "line": "[LINE] Aとのトーク履歴\n2024/01/15(月)\n",
        "whatsapp": "1/2/20, 9:00 AM - A: x\n",
        "calendar": "BEGIN:VCALENDAR\n",
    }
    try:
        parse_talks((head[format] + "\n".join(lines)).encode(), format, TODAY)
    except ImportProblem as problem:
        assert problem.code in words.EN


# ----- progress, loading, words -------------------------------------------------------------


def test_progress_runs_from_zero_to_the_whole_file():
    day = "2024/01/15(月)\n" + "10:00\t山田太郎\tこんにちは、今日もよろしくお願いします\n" * 2000
    data = ("[LINE] 山田太郎とのトーク履歴\n\n" + day * 40).encode()
    calls: list[tuple[int, int]] = []
    result = parse_talks(data, "line", TODAY, progress=lambda done, total: calls.append((done, total)))
    total = calls[0][1]
    assert calls[0] == (0, total) and calls[-1] == (total, total) and total > 2_000_000
    assert [done for done, _ in calls] == sorted(done for done, _ in calls) and len(calls) >= 3
    assert counts(result) == {(date(2024, 1, 15), "山田太郎"): 80_000}  # no message lost at a chunk's edge


@pytest.mark.parametrize(("name", "total"), [("messenger_message_1.json", 8), ("google_calendar.ics", 6)])
def test_progress_counts_messages_and_event_series(name, total):
    """Messages for Messenger; for calendars, the series (one UID: a repeat and its changed occurrences)."""
    calls: list[tuple[int, int]] = []
    parse_talks(fixture(name), FIXTURE_FORMATS[name], TODAY, progress=lambda done, of: calls.append((done, of)))
    assert calls[0] == (0, total) and calls[-1] == (total, total)


def test_calendar_packages_load_only_when_a_calendar_is_read():
    code = (
        "import sys, journal.importers, journal.cli; from datetime import date; "
        "heavy = ('icalendar', 'recurring_ical_events', 'x_wr_timezone', 'journal.importers.line'); "
        "assert not any(m in sys.modules for m in heavy), [m for m in heavy if m in sys.modules]; "
        "journal.importers.parse_talks(open(sys.argv[1], 'rb').read(), 'calendar', date(2024, 2, 3)); "
        "assert 'recurring_ical_events' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code, str(FIXTURES / "google_calendar.ics")], check=True)


def test_every_skip_reads_as_a_sentence_in_both_languages():
    results = [parsed(name, format, today=date(2024, 1, 16)) for name, format in FIXTURE_FORMATS.items()]
    found = {skip.code: skip for result in results for skip in result.skipped}
    assert {"import.skip.talk_future", "import.skip.message_unreadable", "import.skip.event_no_start"} <= found.keys()
    for skip in found.values():
        for lang in ("en", "ja"):
            sentence = say(skip.code, lang, **skip.params)
            assert "{" not in sentence and str(skip.params["number"]) in sentence
    for format in PARSED_AS:
        assert say(f"import.format.{format}", "ja") != say(f"import.format.{format}", "en")

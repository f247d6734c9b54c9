"""WhatsApp chat exports (Export chat, "Without media") read into talks: who wrote how much on which day.

Each message starts a line with its date and time:

- Android: `12/24/19, 11:23 - Taro: text` (`24/12/2019, 23:23 - `, `2019/12/24 11:23 - ` elsewhere);
- iOS: `[24/10/24, 9:18:35 AM] Taro: text`, often with a left-to-right mark (U+200E) before the line
  or the text, and a narrow no-break space (U+202F) before AM/PM.

A line that does not start so continues the message before it. Names lose the marks WhatsApp puts
around them (U+200E, U+202A...U+202C around phone numbers) and iOS's "~ " before people who are
not in the phone's contacts, so "~ Taro" and "Taro" are one person.

Day and month order is worked out from the whole file, because WhatsApp writes the phone's own
short date: `2019/12/24` (four digits first) is year, month, day; otherwise the file is read both
ways, day first and month first, and the way with the fewest impossible dates (a 13th month), then
the fewest dates after today, then the fewest steps back in time (an export runs forward) wins; a
file that still cannot tell (every date like 03/04 and running forward either way) is read month
first when its times are 12-hour (the United States' habit) and day first otherwise.

What counts as a message: text, media ("<Media omitted>", "image omitted", "<attached: ...>"),
locations, contact cards and calls (a call is the caller reaching out). What does not: "This message
was deleted" / "You deleted this message" (taken back), and WhatsApp's notices: the encryption
notice, joined, left, added, removed, the subject changed... On Android a notice has no "Name: "; on
iOS it comes under the chat's own name with its text starting with U+200E, which is how the chat's
title is known. On Android a group's title comes from "created group" and "changed the subject"
notices. A chat between two people has no title in the file: its conversation key is made of the
two names (see talks.chat_conversation).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date

from .fields import decode_text
from .people import ImportProblem, Skipped
from .talks import WHATSAPP_TIME, ParsedTalks, chat_result, chunks, line_number

_LINE = re.compile(
    r"^[\u200e\u200f]?(\[)?(\d{1,4})[./-](\d{1,2})[./-](\d{1,4}),? (" + WHATSAPP_TIME + r")(?(1)\]|\s[-\u2013]) (.*)$",
    re.MULTILINE,
)
_MESSAGE_START = re.compile(r"^[\u200e\u200f]?\[?\d{1,4}[./-]\d{1,2}[./-]\d{1,4},? " + WHATSAPP_TIME, re.MULTILINE)
_SENDER = re.compile(r"(.+?):(?: (.*)|$)", re.DOTALL)
_TWELVE_HOUR = re.compile(r"[AaPp]\.?[ \u202f]?[Mm]\.?$")
_NAME_MARKS = re.compile(r"^[\s~\u200e\u200f\u202a-\u202e\u2066-\u2069]+|[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]+$")
_TAKEN_BACK = frozenset(
    {
        "This message was deleted",
        "You deleted this message",
        "This message was deleted.",
        "You deleted this message.",
        "このメッセージは削除されました",
        "メッセージを削除しました",
    }
)
# Things sent and calls on iOS, whose text also starts with U+200E but are the person's own doing.
_SENT_THING = re.compile(r".* omitted|<attached: .*|Location: .*|(?:Missed )?(?:[Gg]roup )?(?:[Vv]oice|[Vv]ideo) call.*")
_SUBJECT = re.compile(
    r'.* (?:created group|changed the subject (?:from ".*" )?to|changed the group name (?:from ".*" )?to) "(.+)"'
)


def parse(data: bytes, today: date, progress: Callable[[int, int], None] | None = None) -> ParsedTalks:
    text = decode_text(data).replace("\r\n", "\n")
    # (day field, month field, year field as written) -> name -> messages, and where each first appears
    counts: dict[tuple[str, str, str], dict[str, int]] = {}
    first_seen: dict[tuple[str, str, str], int] = {}
    title, twelve_hour, dated = "", False, False
    for piece_start, piece in _pieces(text, progress):
        for line in _LINE.finditer(piece):
            dated = True
            ios, a, b, c, time, rest = line.groups()
            twelve_hour = twelve_hour or _TWELVE_HOUR.search(time) is not None
            sender = _SENDER.fullmatch(rest)
            if sender is None or '"' in sender[1]:  # an Android notice: no "Name: " (or a quoted subject before it)
                subject = _SUBJECT.fullmatch(rest)
                title = subject[1] if subject else title
                continue
            name, said = _NAME_MARKS.sub("", sender[1]), sender[2] or ""
            plain = said.strip("\u200e ")
            if not name or plain in _TAKEN_BACK:
                continue
            if ios and said.startswith("\u200e") and not _SENT_THING.fullmatch(plain):
                subject = _SUBJECT.fullmatch(plain)  # an iOS notice, under the chat's own name
                title = subject[1] if subject else name
                continue
            key = (a, b, c)
            day = counts.get(key)
            if day is None:
                day = counts[key] = {}
                first_seen[key] = piece_start + line.start()
            day[name] = day.get(name, 0) + 1
    if not dated:
        raise ImportProblem("import.not_whatsapp")
    order = _order(list(counts), today, twelve_hour)
    days: list[tuple[date, dict[str, int]]] = []
    skipped: list[Skipped] = []
    for key, names in counts.items():
        when = _date(key, order)
        if when is not None and when <= today:
            days.append((when, names))
            continue
        number = line_number(text, first_seen[key])
        if when is None:
            skipped.append(Skipped(f"line {number}", "import.skip.talk_bad_date", {"number": number}))
        else:
            skipped.append(Skipped(f"line {number}", "import.skip.talk_future", {"number": number, "day": when.isoformat()}))
    return chat_result("whatsapp", title.strip(), days, skipped)


def _pieces(text: str, progress) -> Iterator[tuple[int, str]]:
    """The text in chunks that start at a message, each with where it starts (for line numbers)."""
    start = 0
    for piece in chunks(text, _MESSAGE_START, progress):
        yield start, piece
        start += len(piece)


def _date(key: tuple[str, str, str], order: str) -> date | None:
    """The date the three fields make in that order ("ymd", "dmy", "mdy"), or None if there is none."""
    a, b, c = key
    if order == "ymd":
        year, month, day = a, b, c
    elif order == "dmy":
        day, month, year = a, b, c
    else:
        month, day, year = a, b, c
    if len(year) not in (2, 4) or len(day) > 2 or len(month) > 2:
        return None
    try:
        return date(int(year) + (2000 if len(year) == 2 else 0), int(month), int(day))
    except ValueError:
        return None


def _order(keys: list[tuple[str, str, str]], today: date, twelve_hour: bool) -> str:
    """How this file writes its dates: see the module's docstring for the rule."""
    if keys and all(len(a) == 4 for a, _, _ in keys):
        return "ymd"

    def cost(order: str) -> tuple[int, int, int]:
        dates = [_date(key, order) for key in keys]
        impossible = sum(when is None for when in dates)
        known = [when for when in dates if when is not None]
        future = sum(when > today for when in known)
        backwards = sum(later < earlier for earlier, later in zip(known, known[1:], strict=False))
        return impossible, future, backwards

    day_first, month_first = cost("dmy"), cost("mdy")
    if day_first == month_first:
        return "mdy" if twelve_hour else "dmy"
    return "dmy" if day_first < month_first else "mdy"

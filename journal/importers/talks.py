"""What the conversation importers hand back: who talked with the user, where and on which day.

LINE and WhatsApp chats, Messenger and Instagram threads and calendar meetings all come down to the
same fact for a relationship journal: on this day, this person wrote this many messages in this
conversation, or came to this meeting. `Talk` is that fact and nothing more: the messages
themselves never leave the parser, so nothing private is copied into the journal by accident.

The use case turns talks into notes. What it needs is all here: `Talk.day`, `Talk.source` and
the person's `name` (and `email` for calendars) give "at most one note per contact per day per
source"; summing `messages` over the talks of one `conversation` on one day gives "LINE: 14
messages"; `conversation` is stable across exports of the same chat, so a longer export adds only
the days (or the counts) that are new. The user's own name comes back like anyone else's (the
parser cannot know who is "me"); `ParsedTalks.participants` lists every name so the use case can
ask once which one is the user, and tell a chat of two (the other person's talk even on a day only
the user wrote) from a group.

Also here: recognising each format from its first bytes (`talk_format`), cheaply, without loading
any parser, and the chunked reading with progress that the text formats share.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date

from .people import Skipped

SOURCES = ("line", "whatsapp", "messenger", "instagram", "calendar")


@dataclass(frozen=True, slots=True)
class Talk:
    """What one person did in one conversation on one day.

    `day` is the local day of the messages (for calendars, the day the occurrence starts).
    `name` is as the file writes it: LINE's display name, WhatsApp's name (a "~" or bidi marks
    WhatsApp adds around names not in the phone's contacts removed), Messenger's sender_name, a
    calendar attendee's CN (its address when it has none). `messages` is 0 for meetings.
    `title` is the chat's title (a group's name or the other person's) or the event's SUMMARY;
    `conversation` a stable key: "line:<title>", "whatsapp:<title>", "messenger:<thread path>",
    "calendar:<UID>".
    """

    source: str
    day: date
    name: str
    email: str = ""
    messages: int = 0
    title: str = ""
    conversation: str = ""


@dataclass(slots=True)
class ParsedTalks:
    """Everything read from one conversation file.

    `format` is where the talks come from: the format read, except that a Meta file read as
    "messenger" says "instagram" when its content shows it is Instagram's.
    `conversation` is the chat's key ("" for a calendar, where each event is its own: see each
    Talk). `participants` are the names seen, in the order first seen. `talks` are sorted by day,
    then by the order each person first wrote that day (a meeting: its organiser, then its
    attendees). `skipped` says what was left out and why (codes in journal.words.importers).
    """

    format: str
    conversation: str
    participants: list[str]
    talks: list[Talk]
    skipped: list[Skipped] = field(default_factory=list)


def chat_conversation(source: str, title: str, participants: list[str]) -> str:
    """A chat's key: its title, or when the file does not name the chat (a WhatsApp chat between
    two people, a LINE file without its header), the names in it, sorted so the order people
    first wrote in does not matter."""
    return f"{source}:{title or ', '.join(sorted(participants))}"


def chat_result(
    source: str,
    title: str,
    days: list[tuple[date, dict[str, int]]],
    skipped: list[Skipped],
    names: Callable[[str], str] = str,
    listed: list[str] | None = None,
    key: str = "",
) -> ParsedTalks:
    """A chat read: its talks from the message counts per day and per writer, in the order read.

    `names` turns the key a parser counted under into the person's name (LINE's PC layout counts
    under a first word until it knows the whole name). Two keys that turn out to be one name, or
    one day written twice in the file, add up into one talk. `listed` are the members a file names
    besides those who wrote (Messenger's participants); `key` the file's own id of the chat.
    """
    merged: dict[tuple[date, str], int] = {}
    for day, counts in days:
        for counted, count in counts.items():
            name = names(counted)
            merged[day, name] = merged.get((day, name), 0) + count
    ordered = sorted(merged.items(), key=lambda item: item[0][0])  # stable: first-seen order within a day
    participants = list(dict.fromkeys([*(listed or ()), *(name for (_, name), _ in ordered)]))
    conversation = f"{source}:{key}" if key else chat_conversation(source, title, participants)
    talks = [Talk(source, day, name, messages=count, title=title, conversation=conversation) for (day, name), count in ordered]
    return ParsedTalks(source, conversation, participants, talks, skipped)


# ----- reading big text in pieces -------------------------------------------------------------

_CHUNK = 1 << 20  # characters: a chunk per percent of a 100 MB file, and no chunk is tiny


def chunks(text: str, boundary: re.Pattern[str], progress: Callable[[int, int], None] | None) -> Iterator[str]:
    """The text in pieces of about 1% (at least a megabyte) that each start at a `boundary` match,
    so a parser's regular expression never sees a message cut in two; `progress(done, total)` in
    characters at the start, after each piece and at the end."""
    total = len(text)
    size = max(_CHUNK, total // 100)
    if progress is not None:
        progress(0, total)
    start = 0
    while start < total:
        found = boundary.search(text, min(start + size, total))
        end = found.start() if found else total
        yield text[start:end]
        start = end
        if progress is not None:
            progress(start, total)


def line_number(text: str, position: int) -> int:
    """The 1-based line of a position: only for the rare lines a parser reports."""
    return text.count("\n", 0, position) + 1


# ----- telling the formats apart ---------------------------------------------------------------

LINE_HEADER = re.compile(
    r"\[LINE\] ?(?:(?P<ja>.+?)(?P<kind>との|の)トーク履歴|Chat history (?P<en_kind>with|in) (?P<en>.+?))[ \t]*"
)
_MARKS = "\ufeff\u200e\u200f"
# Android: "12/24/19, 11:23 - Name: text"; iOS: "[24/10/24, 9:18:35 AM] Name: text" (both any order of
# day, month and year, 12- or 24-hour, with the spaces and marks WhatsApp puts in)
WHATSAPP_TIME = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \u202f\u00a0]?[AaPp]\.?[ \u202f]?[Mm]\.?)?"
WHATSAPP_DATE = r"(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})"
WHATSAPP_ANDROID = re.compile(WHATSAPP_DATE + r",? " + WHATSAPP_TIME + r" [-\u2013] ")
WHATSAPP_IOS = re.compile(r"\[" + WHATSAPP_DATE + r",? " + WHATSAPP_TIME + r"\] ")
# The keys of Meta's message_1.json: `"key":` cannot be inside a JSON string, where a quote is escaped.
_META_KEYS = [re.compile(rf'"{key}"\s*:\s*\[') for key in ("participants", "messages")]
_META_MESSAGE = re.compile(r'"(?:sender_name|timestamp_ms)"\s*:')
INSTAGRAM_MEDIA = '"your_instagram_activity/'


def talk_format(text: str) -> str | None:
    """ "line", "whatsapp", "messenger", "instagram" or "calendar" from the start of a file (as text),
    or None. Strict on purpose: each needs the mark its exporter always writes at the top."""
    start = text.lstrip(_MARKS + " \t\r\n")
    first = start.split("\n", 1)[0].rstrip("\r")
    if LINE_HEADER.fullmatch(first):
        return "line"
    if WHATSAPP_ANDROID.match(first) or WHATSAPP_IOS.match(first):
        return "whatsapp"
    if start.startswith("{") and all(key.search(text) for key in _META_KEYS) and _META_MESSAGE.search(text):
        return "instagram" if INSTAGRAM_MEDIA in text else "messenger"
    if first.upper().startswith("BEGIN:VCALENDAR") and re.search(r"^BEGIN:VEVENT\r?$", text, re.MULTILINE | re.IGNORECASE):
        return "calendar"
    return None

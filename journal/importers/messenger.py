"""Facebook Messenger and Instagram threads (`message_1.json` from "Download your information", JSON)
read into talks: who wrote how much on which day.

Both write one file per thread (a long thread in several: message_1.json, message_2.json, ...):
`participants: [{name}]`, `messages: [{sender_name, timestamp_ms, content, type, ...}]` newest
first, `title` (a group's name or the other person's) and `thread_path` ("inbox/taro_1234567"),
which is the conversation's key. Meta writes every non-ASCII character as its UTF-8 bytes, each as a
`\\u00XX` escape, so "山田" reads as "å±±ç\u0094°": names and titles are repaired by reading those
characters back as bytes, wherever that gives valid UTF-8 (text already right is left as it is).
The messages' text is never read, so it is not repaired: nothing of it reaches the journal.

Instagram's export has the same shape. It is told apart by the paths of its media
(`your_instagram_activity/...`); a text-only Instagram thread cannot be told from Messenger and is
read as "messenger" unless the format is given as "instagram".

What counts: every message, share, call and reaction message a person sent; not: messages taken
back (`is_unsent`) and joined or left notices (types Subscribe and Unsubscribe). The day is the
local day of `timestamp_ms` in the zone given (the computer's when none is).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, tzinfo

import orjson

from .fields import Progress
from .people import ImportProblem, Skipped
from .talks import INSTAGRAM_MEDIA, ParsedTalks, chat_result

_NOTICE_TYPES = frozenset({"Subscribe", "Unsubscribe"})


def repaired(text: str) -> str:
    """Text Meta wrote as UTF-8 bytes in \\u00XX escapes, as the characters they spell."""
    try:
        return text.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return text


def parse(
    data: bytes, format: str, today: date, progress: Callable[[int, int], None] | None = None, zone: tzinfo | None = None
) -> ParsedTalks:
    try:
        document = orjson.loads(data.removeprefix(b"\xef\xbb\xbf"))
    except orjson.JSONDecodeError:
        raise ImportProblem("import.not_messenger") from None
    if not (isinstance(document, dict) and isinstance(document.get("messages"), list)):
        raise ImportProblem("import.not_messenger")
    source = "instagram" if format == "instagram" or INSTAGRAM_MEDIA.encode() in data else "messenger"
    listed = [repaired(person["name"]) for person in _list(document, "participants") if isinstance(person.get("name"), str)]
    title = repaired(document["title"]) if isinstance(document.get("title"), str) else ""
    thread = document.get("thread_path") if isinstance(document.get("thread_path"), str) else ""
    messages = document["messages"]
    counts: dict[date, dict[str, int]] = {}
    skipped: list[Skipped] = []
    future: set[date] = set()
    tick = Progress(progress, len(messages))
    for done, (number, message) in enumerate(reversed(list(enumerate(messages, 1))), 1):  # oldest first
        tick(done)
        if not isinstance(message, dict) or message.get("is_unsent") is True or message.get("type") in _NOTICE_TYPES:
            continue
        name, when = message.get("sender_name"), _day(message.get("timestamp_ms"), zone)
        if not isinstance(name, str) or not name.strip() or when is None:
            skipped.append(Skipped(f"message {number}", "import.skip.message_unreadable", {"number": number}))
        elif when > today:
            if when not in future:
                future.add(when)
                skipped.append(
                    Skipped(f"message {number}", "import.skip.message_future", {"number": number, "day": when.isoformat()})
                )
        else:
            name = repaired(name).strip()
            day = counts.setdefault(when, {})
            day[name] = day.get(name, 0) + 1
    return chat_result(source, title, list(counts.items()), skipped, listed=listed, key=thread)


def _list(document: dict, key: str) -> list[dict]:
    value = document.get(key)
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _day(timestamp_ms: object, zone: tzinfo | None) -> date | None:
    """The local day of a time in milliseconds since 1970, or None when it is not one."""
    if not isinstance(timestamp_ms, int) or isinstance(timestamp_ms, bool):
        return None
    try:
        moment = datetime.fromtimestamp(timestamp_ms / 1000, zone)  # no zone: the computer's local time
    except (OverflowError, OSError, ValueError):
        return None
    return moment.date()

"""WHEN: the words a person uses for a day, turned into a date (no I/O, today passed in).

Relative words are parsed here, never by python-dateutil's fuzzy mode, which silently reads
"3 days ago" as the 3rd of this month.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta

from dateutil import parser as dateutil_parser
from dateutil.relativedelta import relativedelta

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_AGO = re.compile(r"(\d{1,6}|a|an|one)\s+(day|week|month|year)s?\s+ago")
_ISO_DAY = re.compile(r"(\d{4,})-(\d{1,2})-(\d{1,2})")
_UNITS = {"day": "days", "week": "weeks", "month": "months", "year": "years"}


class DateError(ValueError):
    """A WHEN that is not a day, with the reason in one sentence."""


def parse_when(text: str, today: date) -> date:
    """today, yesterday, N days/weeks/months/years ago, a weekday (its most recent one, today
    included), an ISO date, or anything python-dateutil reads without guessing."""
    words = " ".join(unicodedata.normalize("NFKC", text).strip().lower().split())
    if not words:
        raise DateError("a date is required, for example 2026-11-20, yesterday or 3 days ago")
    if words == "today":
        return today
    if words == "yesterday":
        return today - timedelta(days=1)
    if match := _AGO.fullmatch(words):
        count = 1 if match[1] in ("a", "an", "one") else int(match[1])
        try:
            return today - relativedelta(**{_UNITS[match[2]]: count})
        except (OverflowError, ValueError):
            raise DateError(f"{text.strip()!r} is too far back to be a date") from None
    weekday = words.removeprefix("last ")
    for index, name in enumerate(WEEKDAYS):
        if len(weekday) >= 3 and name.startswith(weekday):
            back = (today.weekday() - index) % 7
            if words.startswith("last ") and back == 0:
                back = 7
            return today - timedelta(days=back)
    if match := _ISO_DAY.fullmatch(words):
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError as error:
            raise DateError(f"{words} is not a date: {error}") from None
    try:
        return dateutil_parser.parse(words, default=datetime(today.year, today.month, today.day)).date()
    except (ValueError, OverflowError) as error:
        reason = str(error).split(":")[0] or "not understood"
        raise DateError(f"{text.strip()!r} is not a date: {reason}") from None

"""WHEN: the words a person uses for a day, in English or Japanese, turned into a date.

Why a parser of our own: general date parsers guess. python-dateutil's fuzzy mode reads "3 days ago"
as the 3rd of this month, others read 11月20日 as 2011-11-20 or miss 先週の月曜, and a month alone
("june") silently takes today's day. So the words people type are a small table of patterns here,
each read exactly; only what none of them matches goes to python-dateutil, and its answer is checked
for which parts the text really gave. A day without a year (11月20日, 11/20, Nov 20) is the most recent
one. A month or a year alone is refused with a hint (`parse_when`), or taken as the whole month or
year where a range is meant (`parse_span`, for --since and --until).

A due day (`parse_due`, for promises) looks the other way: `friday`, `11月20日` and `in 3 days` name the
next such day, and a day already past is refused, since nothing can fall due before it is promised.

Every refusal is a `DateError` whose code (`date.*`) names a sentence in `journal.words.dates`.
No I/O: today is passed in. python-dateutil is imported only when the table fails, so the command
line starts fast. Weeks start on Monday (先週の月曜 is the Monday of the week before this one);
era dates are Gregorian, with each era's real first and last day.

`parse_duration` reads a length of time the same way (`30m`, `2 hours`, `1h30m`, `2時間半`, `三十分`):
how long `shima unlock --for` keeps a key.
"""

from __future__ import annotations

import re
import unicodedata
from collections import namedtuple
from datetime import date, datetime, timedelta

from .problems import Problem

_LONGEST = 100  # characters; no date is longer, and it bounds the work done on hostile input


class DateError(Problem):
    """A text that is not a day. `code` says why; `params` hold the text and the numbers."""


def parse_when(text: str, today: date) -> date:
    """The day `text` names; a month or a year alone is refused with a hint."""
    return _read(text, today, end=None)


def parse_span(text: str, today: date, *, end: bool) -> date:
    """Like parse_when, but a month or a year alone is the whole of it: its first day, or its last
    when `end` is true (`--since june`, `--until 2025`)."""
    return _read(text, today, end=end)


def parse_due(text: str, today: date) -> date:
    """The day something falls due: today or later, never a past day.

    Words lean forward here: `tomorrow`/`明日`, `in 3 days`/`3日後`, `next week`/`来週` (its Monday),
    `next month`/`来月` (its 1st), `end of month`/`月末`. A weekday alone (`friday`, `金曜`) is the next
    one after today (today is `today`); `next friday`/`来週の金曜` is the Friday of next week, `this
    friday`/`今週の金曜` of this one. A day without a year (`11月20日`, `11/20`) is the next one, today
    included. Every other WHEN is read as parse_when reads it, and refused when it has passed."""
    said = text.strip()
    found = _read(text, today, end=None, ahead=True)
    if found < today:
        raise DateError("date.due_past", text=said, day=found.isoformat())
    return found


# --- What a text may name: a day, or the parts of one ---------------------------------------------

Era = namedtuple("Era", "name letter first last")
ERAS = (
    Era("明治", "m", date(1868, 10, 23), date(1912, 7, 30)),
    Era("大正", "t", date(1912, 7, 30), date(1926, 12, 25)),
    Era("昭和", "s", date(1926, 12, 25), date(1989, 1, 7)),
    Era("平成", "h", date(1989, 1, 8), date(2019, 4, 30)),
    Era("令和", "r", date(2019, 5, 1), None),
)
_ERA = {key: era for era in ERAS for key in (era.name, era.letter)}

# A year (of an era, when `era` is set), month and day, each None when the text left it out;
# `weekday` (0 = Monday) when the text also named one, as in 2026年11月20日(金).
_Parts = namedtuple("_Parts", "year month day era weekday", defaults=(None, None, None, None, None))

_WEEKDAYS = {
    **dict.fromkeys(("monday", "mon", "月"), 0),
    **dict.fromkeys(("tuesday", "tue", "tues", "火"), 1),
    **dict.fromkeys(("wednesday", "wed", "水"), 2),
    **dict.fromkeys(("thursday", "thu", "thur", "thurs", "木"), 3),
    **dict.fromkeys(("friday", "fri", "金"), 4),
    **dict.fromkeys(("saturday", "sat", "土"), 5),
    **dict.fromkeys(("sunday", "sun", "日"), 6),
}
_DAYS_BACK = {
    **dict.fromkeys(("today", "今日", "きょう", "本日"), 0),
    **dict.fromkeys(("yesterday", "昨日", "きのう"), 1),
    **dict.fromkeys(("一昨日", "おととい", "おとつい"), 2),
    **dict.fromkeys(("一昨昨日", "さきおととい"), 3),
}
_UNITS = {
    **dict.fromkeys(("day", "日"), "days"),
    **dict.fromkeys(("week", "週", "週間"), "weeks"),
    **dict.fromkeys(("month", "か月", "ヶ月", "カ月", "ケ月", "ヵ月", "箇月"), "months"),
    **dict.fromkeys(("year", "年"), "years"),
}
_WEEKS_BACK = {"今週": 0, "先週": 1, "先々週": 2}
_WHOLE = {  # words for a whole month or year: (unit, how many back)
    **dict.fromkeys(("this month", "今月"), ("month", 0)),
    **dict.fromkeys(("last month", "先月"), ("month", 1)),
    **dict.fromkeys(("先々月",), ("month", 2)),
    **dict.fromkeys(("this year", "今年"), ("year", 0)),
    **dict.fromkeys(("last year", "去年", "昨年"), ("year", 1)),
    **dict.fromkeys(("一昨年", "おととし"), ("year", 2)),
}


def _any(words) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


_NUMBER = r"[0-9]+|[〇零一二三四五六七八九十百千]+"  # Arabic (after NFKC) or kanji numerals
_NINE = "[一二三四五六七八九]"
_KANJI = rf"(?:({_NINE}?)千)?(?:({_NINE}?)百)?(?:({_NINE}?)十)?({_NINE}?)"  # 二千二十六, 十一, 百
_DIGIT = {digit: value for value, digit in enumerate("〇一二三四五六七八九")} | {"零": 0}
_YEAR = rf"(?:(?P<era>{_any(_ERA)}) ?(?P<era_year>元|{_NUMBER})|(?P<year>{_NUMBER}))"
_JA_WEEKDAY = rf"(?P<weekday>{_any(k for k in _WEEKDAYS if not k.isascii())})(?:曜日?)?"  # 月, 月曜, 月曜日
_SUFFIX = rf"(?:\(?{_JA_WEEKDAY}\)?)?"  # after a date: (金), 金曜日
_SEP = r"(?P<sep>[-/.])"

# A time of day after the date (9am, 15:00, 午後3時, 02:24:00 UTC) says nothing about the day.
_TIME = (
    r"\s*(?:at )?(?<![0-9])(?:(?:午前|午後)?[0-9]{1,2}時(?:[0-9]{1,2}分|半)?(?:[0-9]{1,2}秒)?"
    r"|[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?: ?[ap]\.?m\.?)?|[0-9]{1,2} ?[ap]\.?m\.?)"
    r"(?: ?(?:[a-z]{1,5}|[+-][0-9]{2}:?[0-9]{2}))?$"
)


def _number(text: str) -> int:
    """An Arabic or kanji numeral: 21, 二十一, 二〇二六. Raises ValueError for ones like 十二十."""
    if text.isascii():
        return int(text)
    if not any(unit in text for unit in "十百千"):
        return int("".join(str(_DIGIT[digit]) for digit in text))
    match = re.fullmatch(_KANJI, text)
    if not match:
        raise ValueError(text)
    *units, ones = match.groups()  # a unit's digit is "" when it stands alone (十 = 10), None when absent
    tens = sum(_DIGIT.get(digit, 1) * unit for digit, unit in zip(units, (1000, 100, 10), strict=True) if digit is not None)
    return tens + _DIGIT.get(ones, 0)


class _TooFar(OverflowError):
    """A day beyond the calendar's ends: before the year 1 or after 9999 (`ahead` says which)."""

    def __init__(self, ahead: bool) -> None:
        super().__init__("after 9999" if ahead else "before year 1")
        self.ahead = ahead


def _shift(today: date, count: int, unit: str) -> date:
    """`count` days, weeks, months or years after today (before it when negative); a month end
    clamps (3/31 - 1 month = 2/28, 1/31 + 1 month = 2/28)."""
    try:
        if unit in ("days", "weeks"):
            return today + timedelta(**{unit: count})
        year, month = divmod(today.year * 12 + today.month - 1 + count * (12 if unit == "years" else 1), 12)
        return date(year, month + 1, min(today.day, _days_in(year, month + 1)))
    except (OverflowError, ValueError):  # ValueError: a year outside 1..9999
        raise _TooFar(ahead=count > 0) from None


def _days_in(year: int, month: int) -> int:
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


# --- The table: a pattern over the normalised text, and what a match names ------------------------


def _days_back(m, today):
    return today - timedelta(days=_DAYS_BACK[m[0]])


def _ago(m, today):
    return _shift(today, -_count(m["count"]), _UNITS[m["unit"]])


def _count(text: str) -> int:
    return 1 if text in ("a", "an", "one") else _number(text)


def _weekday(m, today):
    """The most recent such weekday, today included; strictly before today after `last`."""
    back = (today.weekday() - _WEEKDAYS[m["weekday"]]) % 7
    return today - timedelta(days=7 if m.groupdict().get("last") and back == 0 else back)


def _weekday_of_week(m, today):
    """先週の月曜: that weekday in the week (Monday to Sunday) this many weeks back."""
    monday = today - timedelta(days=today.weekday())
    return monday - timedelta(weeks=_WEEKS_BACK[m["week"]]) + timedelta(days=_WEEKDAYS[m["weekday"]])


def _whole(m, today):
    unit, back = _WHOLE[m[0]]
    if unit == "year":
        return _Parts(year=today.year - back)
    year, month = divmod(today.year * 12 + today.month - 1 - back, 12)
    return _Parts(year=year, month=month + 1)


def _parts(m, today):
    """The numbers a date pattern matched, by group name."""
    found = m.groupdict()
    era = _ERA.get(found.get("era"))
    year = found.get("era_year") or found.get("year")
    return _Parts(
        year=1 if year == "元" else year and _number(year),
        month=found.get("month") and _number(found["month"]),
        day=found.get("day") and _number(found["day"]),
        era=era,
        weekday=_WEEKDAYS.get(found.get("weekday")),
    )


_RULES = [
    (_any(_DAYS_BACK), _days_back),
    (r"(?P<count>[0-9]+|an?|one) ?(?P<unit>day|week|month|year)s? ago", _ago),
    (rf"(?P<count>{_NUMBER})(?P<unit>{_any(u for u in _UNITS if not u.isascii())})前", _ago),
    (rf"(?P<last>last )?(?P<weekday>{_any(k for k in _WEEKDAYS if k.isascii())})", _weekday),
    (_JA_WEEKDAY, _weekday),
    (rf"(?P<week>{_any(_WEEKS_BACK)})の?{_JA_WEEKDAY}", _weekday_of_week),
    (_any(_WHOLE), _whole),
    (rf"{_YEAR}年(?P<month>{_NUMBER})月(?P<day>{_NUMBER})日{_SUFFIX}", _parts),  # 2026年11月20日, 令和元年5月1日
    (rf"{_YEAR}年(?P<month>{_NUMBER})月", _parts),
    (rf"{_YEAR}年", _parts),
    (rf"(?P<month>{_NUMBER})月(?P<day>{_NUMBER})日{_SUFFIX}", _parts),  # the most recent 11月20日
    (rf"(?P<month>{_NUMBER})月", _parts),
    (rf"(?P<era>{_any(_ERA)}) ?(?P<era_year>元|[0-9]+){_SEP}(?P<month>[0-9]+)(?P=sep)(?P<day>[0-9]+){_SUFFIX}", _parts),
    (rf"(?P<year>[0-9]{{4,}}){_SEP}(?P<month>[0-9]+)(?P=sep)(?P<day>[0-9]+){_SUFFIX}", _parts),  # 2026-11-20, 2026/11/20
    (r"(?P<year>[0-9]{4,})[-/](?P<month>[0-9]{1,2})", _parts),  # 2026-11: a month
    (rf"(?P<month>[0-9]{{1,2}})/(?P<day>[0-9]{{1,2}}){_SUFFIX}", _parts),  # 11/20, month first
]


# --- The due table: days that lie ahead, read before the table above when a due day is meant -------

_DAYS_AHEAD = {
    **dict.fromkeys(("tomorrow", "明日", "あした", "あす"), 1),
    **dict.fromkeys(("明後日", "あさって"), 2),
    **dict.fromkeys(("明々後日", "明明後日", "しあさって"), 3),
}
_WEEKS_AHEAD = {"this": 0, "next": 1, "今週": 0, "来週": 1, "再来週": 2}
_NEXT_WEEKS = {"next week": 1, "来週": 1, "再来週": 2}
_MONTHS_AHEAD = {"next month": 1, "来月": 1, "再来月": 2, "next year": 12, "来年": 12}
_MONTH_ENDS = {
    **dict.fromkeys(("end of month", "end of the month", "end of this month", "月末", "今月末"), 0),
    **dict.fromkeys(("end of next month", "来月末"), 1),
}


def _days_ahead(m, today):
    return _shift(today, _DAYS_AHEAD[m[0]], "days")


def _in(m, today):
    return _shift(today, _count(m["count"]), _UNITS[m["unit"]])


def _next_weekday(m, today):
    """The next such weekday after today: a week ahead when today is one (today is `today`)."""
    return _shift(today, (_WEEKDAYS[m["weekday"]] - today.weekday() - 1) % 7 + 1, "days")


def _weekday_of_week_ahead(m, today):
    """来週の金曜, next friday: that weekday in the week (Monday to Sunday) this many weeks ahead."""
    return _shift(today, 7 * _WEEKS_AHEAD[m["week"]] + _WEEKDAYS[m["weekday"]] - today.weekday(), "days")


def _week_ahead(m, today):
    """来週, next week: its Monday, the first day something due 'next week' may be done."""
    return _shift(today, 7 * _NEXT_WEEKS[m[0]] - today.weekday(), "days")


def _month_ahead(m, today):
    """来月, next month: its first day (来年, next year: January 1st)."""
    months = _MONTHS_AHEAD[m[0]]
    first = _shift(today.replace(day=1), months, "months")
    return first.replace(month=1) if months == 12 else first


def _month_end(m, today):
    month = _shift(today.replace(day=1), _MONTH_ENDS[m[0]], "months")
    return month.replace(day=_days_in(month.year, month.month))


_DUE_RULES = [
    (_any(_DAYS_AHEAD), _days_ahead),
    (r"in (?P<count>[0-9]+|an?|one) ?(?P<unit>day|week|month|year)s?", _in),
    (rf"(?P<count>{_NUMBER})(?P<unit>{_any(u for u in _UNITS if not u.isascii())})後", _in),
    (rf"(?P<week>this|next) (?P<weekday>{_any(k for k in _WEEKDAYS if k.isascii())})", _weekday_of_week_ahead),
    (rf"(?P<week>{_any(w for w in _WEEKS_AHEAD if not w.isascii())})の?{_JA_WEEKDAY}", _weekday_of_week_ahead),
    (rf"(?P<weekday>{_any(k for k in _WEEKDAYS if k.isascii())})", _next_weekday),
    (_JA_WEEKDAY, _next_weekday),
    (_any(_NEXT_WEEKS), _week_ahead),
    (_any(_MONTHS_AHEAD), _month_ahead),
    (_any(_MONTH_ENDS), _month_end),
]


# --- Reading ----------------------------------------------------------------------------------------


def _read(text: str, today: date, end: bool | None, *, ahead: bool = False) -> date:
    """The day `text` names; with `end` set, a month or year alone is its first or last day; with
    `ahead`, words and days without a year name the next such day instead of the most recent."""
    said = text.strip()
    words = " ".join(unicodedata.normalize("NFKC", text).split())
    if not words:
        raise DateError("date.empty")
    if len(words) > _LONGEST:
        raise DateError("date.not_understood", text=said)
    # Spaces around Japanese carry no meaning (2026年 11月 20日, 先週 の 月曜); case never does.
    key = re.sub(r"\s+(?=[^\x00-\x7f])|(?<=[^\x00-\x7f])\s+", "", words).casefold()
    day_part = re.sub(_TIME, "", key, count=1)
    if not day_part:  # a time alone: today
        return today
    try:
        found = _from_table(day_part, today, ahead)
    except OverflowError as error:  # only _shift steps forward; the past-day rules' own steps go back
        far_ahead = isinstance(error, _TooFar) and error.ahead
        raise DateError("date.too_far_ahead" if far_ahead else "date.too_far_back", text=said) from None
    except ValueError:  # a kanji numeral that is not one (十二十)
        raise DateError("date.not_understood", text=said) from None
    if found is None:
        found = _dateutil(words, said)
    return found if isinstance(found, date) else _resolve(found, today, end, said, ahead)


def _from_table(key: str, today: date, ahead: bool) -> date | _Parts | None:
    """What the first pattern matching all of `key` names (the due table first when `ahead`); None
    when none does."""
    for pattern, read in [*_DUE_RULES, *_RULES] if ahead else _RULES:
        if match := re.fullmatch(pattern, key):
            return read(match, today)
    return None


_DEFAULTS = (datetime(2000, 1, 1), datetime(2004, 3, 2))  # every part differs; both years are leap years


def _dateutil(words: str, said: str) -> _Parts:
    """What python-dateutil reads (not lower-cased: `Wed Nov 25 02:24:00 UTC 2026`), as parts: a part
    is left out when the answer changes with the default the parser fills gaps from."""
    from dateutil import parser  # here, not at the top: importing it costs more than the rest of startup

    try:
        one, other = (parser.parse(words, default=default, ignoretz=True) for default in _DEFAULTS)
    except OverflowError:
        raise DateError("date.not_understood", text=said) from None
    except ValueError as error:
        raise DateError("date.no_such_day" if "out of range" in str(error) else "date.not_understood", text=said) from None
    given = [a if a == b else None for a, b in ((one.year, other.year), (one.month, other.month), (one.day, other.day))]
    return _Parts(*given)


def _resolve(parts: _Parts, today: date, end: bool | None, said: str, ahead: bool) -> date:
    """The day the parts name, checked: the month, the day in it, the era, the year's range."""
    year, month, day, era, weekday = parts
    if month is None and (day is not None or year is None):
        raise DateError("date.not_understood", text=said)
    if month is not None and not 1 <= month <= 12:
        raise DateError("date.no_such_month", text=said, month=month)
    if era is not None:
        year = era.first.year + year - 1
    if day is None:
        return _whole_span(year, month, era, today, end, said, ahead)
    if year is None:
        found = _next_one(month, day, today, said) if ahead else _most_recent(month, day, today, said)
    else:
        last_day = _days_in(year, month)
        if not 1 <= day <= last_day:
            raise DateError("date.impossible", text=said, year=year, month=month, day=day, last_day=last_day)
        _check_era(era, (year, month, day), (year, month, day), said)
        _check_year(year, said)
        found = date(year, month, day)
    if weekday is not None and found.weekday() != weekday:
        raise DateError("date.wrong_weekday", text=said)
    return found


def _most_recent(month: int, day: int, today: date, said: str) -> date:
    """The latest month/day on or before today: 2月29日 is the latest leap day."""
    if not 1 <= day <= _days_in(2000, month):
        raise DateError("date.impossible", text=said, month=month, day=day, last_day=_days_in(2000, month))
    year = today.year
    while day > _days_in(year, month) or (year, month, day) > _ymd(today):
        year -= 1
        if year < 1:
            raise DateError("date.too_far_back", text=said)
    return date(year, month, day)


def _next_one(month: int, day: int, today: date, said: str) -> date:
    """The first month/day on or after today: 2月29日 is the next leap day."""
    if not 1 <= day <= _days_in(2000, month):
        raise DateError("date.impossible", text=said, month=month, day=day, last_day=_days_in(2000, month))
    year = today.year
    while day > _days_in(year, month) or (year, month, day) < _ymd(today):
        year += 1
        if year > 9999:
            raise DateError("date.too_far_ahead", text=said)
    return date(year, month, day)


def _whole_span(
    year: int | None, month: int | None, era: Era | None, today: date, end: bool | None, said: str, ahead: bool
) -> date:
    """A month or a year alone: refused with a hint, or its first or last day (within its era)."""
    if year is None:  # a month alone: the latest one that has begun (the next one that has not ended, `ahead`)
        year = today.year + (month < today.month if ahead else -(month > today.month))
    first, last = ((year, month, 1), (year, month, _days_in(year, month))) if month else ((year, 1, 1), (year, 12, 31))
    _check_era(era, first, last, said)
    _check_year(year, said)
    if end is None:
        if month:
            raise DateError("date.month_only", text=said, year=year, month=month)
        raise DateError("date.year_only", text=said, year=year)
    if era is not None:  # 令和元年 began on May 1st, 平成31年 ended on April 30th
        first = max(first, _ymd(era.first))
        last = min(last, _ymd(era.last)) if era.last else last
    return date(*(last if end else first))


def _ymd(day: date) -> tuple[int, int, int]:
    return day.year, day.month, day.day


def _check_era(era: Era | None, first: tuple, last: tuple, said: str) -> None:
    """Refuse days outside the era they are written in (平成31年5月1日, 令和元年4月30日)."""
    if era is None or _ymd(era.first) <= last and (era.last is None or first <= _ymd(era.last)):
        return
    if era.last is None:
        raise DateError("date.era_start", text=said, era=era.name, first=era.first.isoformat())
    raise DateError("date.era_range", text=said, era=era.name, first=era.first.isoformat(), last=era.last.isoformat())


def _check_year(year: int, said: str) -> None:
    if not 1 <= year <= 9999:
        raise DateError("date.year_range", text=said, year=year)


# --- FOR: a length of time ------------------------------------------------------------------------

_DURATION_UNITS = {  # seconds in one
    **dict.fromkeys(("m", "min", "mins", "minute", "minutes", "分", "分間"), 60),
    **dict.fromkeys(("h", "hr", "hrs", "hour", "hours", "時間"), 3600),
    **dict.fromkeys(("d", "day", "days", "日", "日間"), 86400),
    **dict.fromkeys(("w", "wk", "wks", "week", "weeks", "週", "週間"), 604800),
}
# One part: a number (1.5 too), its unit, and 半 (and a half: 2時間半); parts may be joined by "and" or a comma.
_DURATION_PART = re.compile(
    rf"(?P<count>[0-9]+(?:\.[0-9]+)?|[〇零一二三四五六七八九十百千]+)\s*(?P<unit>{_any(_DURATION_UNITS)})(?P<half>半)?"
)
_DURATION_JOIN = re.compile(r"\s*(?:(?:,|and)\s*)?")


def parse_duration(text: str) -> timedelta:
    """The length of time `text` names (`30m`, `2h`, `1d`, `1 hour 30 minutes`, `30分`, `2時間半`),
    to the second; a bare number is refused (minutes or hours?), so is anything left unread."""
    said = text.strip()
    key = unicodedata.normalize("NFKC", said).casefold()
    if not key or len(key) > _LONGEST:
        raise DateError("duration.not_understood", text=said)
    seconds, position = 0.0, 0
    while position < len(key):
        if position:
            position = _DURATION_JOIN.match(key, position).end()
        part = _DURATION_PART.match(key, position)
        if part is None:
            raise DateError("duration.not_understood", text=said)
        try:
            count = float(part["count"]) if part["count"].isascii() else _number(part["count"])
        except ValueError:  # a kanji numeral that is not one (十二十)
            raise DateError("duration.not_understood", text=said) from None
        seconds += (count + (0.5 if part["half"] else 0)) * _DURATION_UNITS[part["unit"]]
        position = part.end()
    return timedelta(seconds=round(min(seconds, timedelta.max.total_seconds() // 2)))

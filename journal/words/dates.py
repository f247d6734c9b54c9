"""Messages of the dates area: code -> template, in English (EN) and Japanese (JA).

Each is one sentence that follows "shima: --date: " on the command line or sits under a form's date
field. `text` is what the person typed, as they typed it.
"""

from .pairs import Pair, languages

WORDS: dict[str, Pair] = {
    "date.empty": (
        "a date is required, for example 2026-11-20, yesterday or 3 days ago",
        "日付を入れてください（例: 2026-11-20、昨日、3日前）",
        "7323d6",
    ),
    "date.not_understood": (
        '"{text}" is not a date shima can read; try 2026-11-20, yesterday, 3 days ago or monday',
        "「{text}」は日付として読めません（例: 2026年11月20日、昨日、3日前、先週の月曜）",
        "71221b",
    ),
    "date.no_such_day": (
        '"{text}" is not a day on the calendar',
        "「{text}」という日はありません",
        "6fd95f",
    ),
    "date.impossible": (
        '"{text}" is not a day: that month has only {last_day} days',
        "「{text}」という日はありません（その月は{last_day}日までです）",
        "3b5a12",
    ),
    "date.no_such_month": (
        '"{text}" is not a day: there is no month {month}',
        "「{text}」という日はありません（{month}月という月はありません）",
        "b60f17",
    ),
    "date.year_range": (
        '"{text}" is out of range: a year is from 1 to 9999, not {year}',
        "「{text}」は扱えません（年は1から9999までで、{year}年は範囲外です）",
        "049aba",
    ),
    "date.too_far_back": (
        '"{text}" is too far back: it would be before the year 1',
        "「{text}」は遡りすぎです（西暦1年より前になります）",
        "d8fd14",
    ),
    "date.too_far_ahead": (
        '"{text}" is too far ahead: it would be after the year 9999',
        "「{text}」は先すぎます（西暦9999年より後になります）",
        "e570a0",
    ),
    "date.due_past": (
        '"{text}" has passed ({day}): a due day is today or later',
        "「{text}」はもう過ぎています（{day}）。期日は今日以降の日にしてください",
        "c34c55",
    ),
    "date.month_only": (
        '"{text}" is a whole month: name a day in it, for example {year}/{month}/1',
        "「{text}」は月なので、日まで入れてください（例: {year}年{month}月1日）",
        "5e8123",
    ),
    "date.year_only": (
        '"{text}" is a whole year: name a day in it, for example {year}/1/1',
        "「{text}」は年なので、月日まで入れてください（例: {year}年1月1日）",
        "01b38e",
    ),
    "date.era_range": (
        '"{text}" is not a day of {era}, which ran from {first} to {last}',
        "「{text}」という日はありません（{era}は{first}から{last}までです）",
        "8c3f73",
    ),
    "date.era_start": (
        '"{text}" is not a day of {era}, which began on {first}',
        "「{text}」という日はありません（{era}は{first}からです）",
        "a8f315",
    ),
    "date.wrong_weekday": (
        '"{text}" does not add up: that date falls on another day of the week',
        "「{text}」は日付と曜日が合いません",
        "67194c",
    ),
}
EN, JA = languages(WORDS)

"""WHEN parsing in English and Japanese: the words people use, the boundaries (month ends, leap days,
era changes), the refusals and their sentences in both languages, ranges for --since/--until."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journal.dates import DateError, parse_due, parse_span, parse_when
from journal.words import CATALOGUES, explain, placeholders
from journal.words import dates as words

TODAY = date(2026, 11, 25)  # a Wednesday


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English words
        ("today", TODAY),
        ("  Today ", TODAY),
        ("TODAY", TODAY),
        ("yesterday", ago(1)),
        ("0 days ago", TODAY),
        ("1 day ago", ago(1)),
        ("3 days ago", ago(3)),
        ("３ days ago", ago(3)),  # full-width digits
        ("a week ago", ago(7)),
        ("2 weeks ago", ago(14)),
        ("1 month ago", date(2026, 10, 25)),
        ("13 months ago", date(2025, 10, 25)),
        ("one year ago", date(2025, 11, 25)),
        ("2 years ago", date(2024, 11, 25)),
        # English weekdays: the most recent one, today included; `last` is strictly before today
        ("wednesday", TODAY),
        ("Wed", TODAY),
        ("last wednesday", ago(7)),
        ("tuesday", ago(1)),
        ("monday", ago(2)),
        ("last monday", ago(2)),
        ("Sunday", ago(3)),
        ("sat", ago(4)),
        ("friday", ago(5)),
        ("thurs", ago(6)),
        # a time of day changes nothing: monday 9am is the past Monday, like monday
        ("monday 9am", ago(2)),
        ("Monday at 9:30", ago(2)),
        ("thursday 14:00", ago(6)),
        ("last wednesday 8 pm", ago(7)),
        ("yesterday 23:59", ago(1)),
        ("9am", TODAY),
        # ISO and what python-dateutil reads, case kept (issue 11 point 14)
        ("2026-11-20", date(2026, 11, 20)),
        ("2024-02-29", date(2024, 2, 29)),
        ("2026-12-31", date(2026, 12, 31)),  # written out in full, a future day is taken as it is
        ("0001-01-01", date(1, 1, 1)),
        ("9999-12-31", date(9999, 12, 31)),
        ("March 3 2025", date(2025, 3, 3)),
        ("20 Nov 2026", date(2026, 11, 20)),
        ("2014 January 19 09:00 UTC", date(2014, 1, 19)),
        ("Wed Nov 25 02:24:00 UTC 2026", TODAY),  # the output of `date`
        ("2026-11-20T09:00:00+09:00", date(2026, 11, 20)),
        ("20261120", date(2026, 11, 20)),
        ("Nov 20", date(2026, 11, 20)),  # no year: the most recent one
        ("Dec 24", date(2025, 12, 24)),
        ("Feb 29", date(2024, 2, 29)),
        # numbers with slashes and dots: year first, else month first
        ("2026/11/01", date(2026, 11, 1)),
        ("2026/11/20", date(2026, 11, 20)),
        ("2026.11.20", date(2026, 11, 20)),
        ("11/20", date(2026, 11, 20)),
        ("11/25", TODAY),
        ("11/26", date(2025, 11, 26)),
        ("12/31", date(2025, 12, 31)),
        ("1/1", date(2026, 1, 1)),
        ("11/20(金)", date(2026, 11, 20)),
        # Japanese words
        ("今日", TODAY),
        ("きょう", TODAY),
        ("本日", TODAY),
        ("昨日", ago(1)),
        ("きのう", ago(1)),
        ("一昨日", ago(2)),
        ("おととい", ago(2)),
        ("さきおととい", ago(3)),
        ("昨日 15時", ago(1)),
        # N日前 and friends, with Arabic, full-width and kanji numerals
        ("0日前", TODAY),
        ("3日前", ago(3)),
        ("３日前", ago(3)),
        ("3 日 前", ago(3)),
        ("三日前", ago(3)),
        ("十日前", ago(10)),
        ("二十一日前", ago(21)),
        ("百日前", ago(100)),
        ("25日前", date(2026, 10, 31)),
        ("1週間前", ago(7)),
        ("二週間前", ago(14)),
        ("1か月前", date(2026, 10, 25)),
        ("1ヶ月前", date(2026, 10, 25)),
        ("2カ月前", date(2026, 9, 25)),
        ("3ケ月前", date(2026, 8, 25)),
        ("十二か月前", date(2025, 11, 25)),
        ("1年前", date(2025, 11, 25)),
        ("三年前", date(2023, 11, 25)),
        # 先週/今週 + a weekday: weeks run Monday to Sunday
        ("先週の月曜", date(2026, 11, 16)),
        ("先週の月曜日", date(2026, 11, 16)),
        ("先週月曜", date(2026, 11, 16)),
        ("先週 の 月曜", date(2026, 11, 16)),
        ("先週金曜日", date(2026, 11, 20)),
        ("先週の金曜", date(2026, 11, 20)),
        ("先週の日曜", date(2026, 11, 22)),
        ("今週の月曜", date(2026, 11, 23)),
        ("今週の水曜", TODAY),
        ("今週の金曜", date(2026, 11, 27)),  # named outright, so taken even though it is ahead
        ("先々週の水曜", date(2026, 11, 11)),
        # a weekday alone: the most recent one, today included
        ("月曜", ago(2)),
        ("月曜日", ago(2)),
        ("月", ago(2)),
        ("水曜日", TODAY),
        ("水", TODAY),
        ("木曜", ago(6)),
        ("日曜日", ago(3)),
        ("土", ago(4)),
        ("火曜 10時", ago(1)),
        ("月曜 午後3時", ago(2)),
        # M月D日: the most recent such day, never a future one
        ("11月20日", date(2026, 11, 20)),
        ("11月25日", TODAY),
        ("11月26日", date(2025, 11, 26)),
        ("12月31日", date(2025, 12, 31)),
        ("1月1日", date(2026, 1, 1)),
        ("2月28日", date(2026, 2, 28)),
        ("2月29日", date(2024, 2, 29)),  # the most recent leap day
        ("十一月二十日", date(2026, 11, 20)),
        ("１１月２０日", date(2026, 11, 20)),
        ("11月20日(金)", date(2026, 11, 20)),
        ("11月20日（金）", date(2026, 11, 20)),
        # YYYY年M月D日
        ("2026年11月20日", date(2026, 11, 20)),
        ("2026年 11月 20日", date(2026, 11, 20)),
        ("２０２６年１１月２０日", date(2026, 11, 20)),
        ("２０２６年\u3000１１月\u3000２０日", date(2026, 11, 20)),  # ideographic spaces
        ("二〇二六年十一月二十日", date(2026, 11, 20)),
        ("2024年2月29日", date(2024, 2, 29)),
        ("2026年1月31日", date(2026, 1, 31)),
        ("2026年11月20日(金)", date(2026, 11, 20)),
        ("2026年11月20日 金曜日", date(2026, 11, 20)),
        ("2026年 11月 25日 水曜日 02:24:00 JST", TODAY),  # the output of `date` in a Japanese locale
        # eras, with their real first and last days
        ("令和8年11月20日", date(2026, 11, 20)),
        ("令和八年十一月二十日", date(2026, 11, 20)),
        ("令和 8 年 11 月 20 日", date(2026, 11, 20)),
        ("令和元年5月1日", date(2019, 5, 1)),
        ("令和1年5月1日", date(2019, 5, 1)),
        ("平成31年4月30日", date(2019, 4, 30)),
        ("㍻31年4月30日", date(2019, 4, 30)),
        ("平成12年2月29日", date(2000, 2, 29)),  # 2000 is a leap year
        ("平成元年1月8日", date(1989, 1, 8)),
        ("昭和64年1月7日", date(1989, 1, 7)),
        ("昭和元年12月25日", date(1926, 12, 25)),
        ("大正15年12月25日", date(1926, 12, 25)),  # the same day, the last of 大正
        ("大正元年7月30日", date(1912, 7, 30)),
        ("明治45年7月30日", date(1912, 7, 30)),
        ("明治6年1月1日", date(1873, 1, 1)),
        ("R8.11.20", date(2026, 11, 20)),
        ("r8.11.20", date(2026, 11, 20)),
        ("R8/11/20", date(2026, 11, 20)),
        ("R 8.11.20", date(2026, 11, 20)),
        ("R元.5.1", date(2019, 5, 1)),
        ("R1.5.1", date(2019, 5, 1)),
        ("H31.4.30", date(2019, 4, 30)),
        ("H31年4月30日", date(2019, 4, 30)),
        ("H1.1.8", date(1989, 1, 8)),
        ("S64.1.7", date(1989, 1, 7)),
    ],
)
def test_words_people_use(text, expected):
    assert parse_when(text, TODAY) == expected


@pytest.mark.parametrize(
    ("text", "today", "expected"),
    [
        ("1 month ago", date(2026, 3, 31), date(2026, 2, 28)),  # month ends clamp
        ("1か月前", date(2024, 3, 31), date(2024, 2, 29)),
        ("1 year ago", date(2024, 2, 29), date(2023, 2, 28)),
        ("4年前", date(2024, 2, 29), date(2020, 2, 29)),
        ("2月29日", date(2028, 2, 28), date(2024, 2, 29)),
        ("2月29日", date(2028, 2, 29), date(2028, 2, 29)),
        ("2月29日", date(2103, 1, 1), date(2096, 2, 29)),  # 2100 is not a leap year
        ("12月31日", date(2026, 12, 31), date(2026, 12, 31)),
        ("12/31", date(2027, 1, 1), date(2026, 12, 31)),
        ("1月1日", date(2026, 12, 31), date(2026, 1, 1)),
        ("先週の日曜", date(2026, 11, 23), date(2026, 11, 22)),  # on a Monday, yesterday
        ("今週の月曜", date(2026, 11, 23), date(2026, 11, 23)),
        ("今週の月曜", date(2026, 11, 29), date(2026, 11, 23)),  # on a Sunday, six days back
        ("先週の日曜", date(2026, 11, 29), date(2026, 11, 22)),
        ("月曜", date(2026, 11, 23), date(2026, 11, 23)),
        ("last monday", date(2026, 11, 23), date(2026, 11, 16)),
        ("昨日", date(2026, 3, 1), date(2026, 2, 28)),
        ("yesterday", date(2024, 3, 1), date(2024, 2, 29)),
        ("昨日", date(2026, 1, 1), date(2025, 12, 31)),
    ],
)
def test_boundaries_move_with_today(text, today, expected):
    assert parse_when(text, today) == expected


# What each refusal must say: its code, and where it matters its numbers.
REFUSALS = [
    ("", "date.empty", {}),
    ("   ", "date.empty", {}),
    ("\u3000", "date.empty", {}),
    ("banana", "date.not_understood", {"text": "banana"}),
    ("in 2 weeks", "date.not_understood", {}),
    ("next monday", "date.not_understood", {}),
    ("20", "date.not_understood", {}),  # a day with no month
    ("on", "date.not_understood", {}),
    ("十二十日前", "date.not_understood", {}),  # not a kanji numeral
    ("元年5月1日", "date.not_understood", {}),  # 元年 of no era
    ("x" * 101, "date.not_understood", {}),
    ("99999999999999999999", "date.not_understood", {}),
    ("2026-02-30", "date.impossible", {"year": 2026, "month": 2, "day": 30, "last_day": 28}),
    ("2025-02-29", "date.impossible", {"last_day": 28}),
    ("2100-02-29", "date.impossible", {"last_day": 28}),
    ("2026-04-31", "date.impossible", {"last_day": 30}),
    ("2026-11-00", "date.impossible", {"day": 0}),
    ("令和8年2月30日", "date.impossible", {"text": "令和8年2月30日", "year": 2026, "month": 2, "day": 30, "last_day": 28}),
    ("平成10年2月29日", "date.impossible", {"year": 1998, "last_day": 28}),
    ("2月30日", "date.impossible", {"month": 2, "day": 30, "last_day": 29}),
    ("4月31日", "date.impossible", {"last_day": 30}),
    ("11/31", "date.impossible", {"last_day": 30}),
    ("2026-13-01", "date.no_such_month", {"month": 13}),
    ("13月1日", "date.no_such_month", {"month": 13}),
    ("2026年0月1日", "date.no_such_month", {"month": 0}),
    ("13月", "date.no_such_month", {"month": 13}),
    ("99999-01-01", "date.year_range", {"year": 99999}),
    ("0000-01-01", "date.year_range", {"year": 0}),
    ("999999 years ago", "date.too_far_back", {"text": "999999 years ago"}),
    ("99999999999999999999日前", "date.too_far_back", {}),
    ("3000000日前", "date.too_far_back", {}),
    ("Feb 30", "date.no_such_day", {}),
    ("Feb 30 2026", "date.no_such_day", {}),
    # a month or a year alone names no day (issue 11 point 14): a hint, not today's day
    ("june", "date.month_only", {"year": 2026, "month": 6}),
    ("June", "date.month_only", {"year": 2026, "month": 6}),
    ("december", "date.month_only", {"year": 2025, "month": 12}),  # the most recent December
    ("Sep 2003", "date.month_only", {"year": 2003, "month": 9}),
    ("2026年11月", "date.month_only", {"year": 2026, "month": 11}),
    ("11月", "date.month_only", {"year": 2026, "month": 11}),
    ("十二月", "date.month_only", {"year": 2025, "month": 12}),
    ("2026-11", "date.month_only", {"year": 2026, "month": 11}),
    ("令和8年11月", "date.month_only", {"year": 2026, "month": 11}),
    ("先月", "date.month_only", {"year": 2026, "month": 10}),
    ("this month", "date.month_only", {"year": 2026, "month": 11}),
    ("1980", "date.year_only", {"year": 1980}),
    ("2026年", "date.year_only", {"year": 2026}),
    ("令和8年", "date.year_only", {"year": 2026}),
    ("去年", "date.year_only", {"year": 2025}),
    ("last year", "date.year_only", {"year": 2025}),
    # a day outside the era it is written in
    ("平成31年5月1日", "date.era_range", {"era": "平成", "first": "1989-01-08", "last": "2019-04-30"}),
    ("H31.5.1", "date.era_range", {"era": "平成"}),
    ("平成0年12月31日", "date.era_range", {"era": "平成"}),
    ("昭和64年1月8日", "date.era_range", {"era": "昭和", "last": "1989-01-07"}),
    ("明治45年7月31日", "date.era_range", {"era": "明治", "last": "1912-07-30"}),
    ("令和1年4月30日", "date.era_start", {"era": "令和", "first": "2019-05-01"}),
    ("R1.4.30", "date.era_start", {"era": "令和"}),
    ("令和元年4月", "date.era_start", {"era": "令和"}),
    # a weekday that is not the date's
    ("2026年11月20日(水)", "date.wrong_weekday", {}),
    ("11月20日(月)", "date.wrong_weekday", {}),
]


@pytest.mark.parametrize(("text", "code", "params"), REFUSALS)
def test_refusals_name_the_reason(text, code, params):
    with pytest.raises(DateError) as caught:
        parse_when(text, TODAY)
    error = caught.value
    assert error.code == code
    assert params.items() <= error.params.items()
    assert str(error)  # other modules still print it
    assert_explained(error)


def assert_explained(error: DateError) -> None:
    """A sentence in each language, every placeholder filled (the typed text may hold braces itself)."""
    for lang in ("en", "ja"):
        sentence = explain(error, lang)
        assert sentence and not re.search(r"\{\w+\}", sentence.replace(str(error.params.get("text")), "")), sentence


def test_refusals_read_naturally_in_both_languages():
    def both(text):
        with pytest.raises(DateError) as caught:
            parse_when(text, TODAY)
        return explain(caught.value, "en"), explain(caught.value, "ja")

    assert both("令和8年2月30日") == (
        '"令和8年2月30日" is not a day: that month has only 28 days',
        "「令和8年2月30日」という日はありません（その月は28日までです）",
    )
    assert both("平成31年5月1日")[1] == "「平成31年5月1日」という日はありません（平成は1989-01-08から2019-04-30までです）"
    assert both("june") == (
        '"june" is a whole month: name a day in it, for example 2026/6/1',
        "「june」は月なので、日まで入れてください（例: 2026年6月1日）",
    )
    assert parse_when("2026/6/1", TODAY) == date(2026, 6, 1)  # the example the hint gives is read


def test_every_code_has_a_sentence_in_both_languages_with_the_same_placeholders():
    assert set(words.EN) == set(words.JA)
    for code in words.EN:
        assert code.startswith("date.")
        assert placeholders(words.EN[code]) == placeholders(words.JA[code]), code
        assert words.JA[code] != words.EN[code]
        assert CATALOGUES["ja"][code] == words.JA[code]  # merged into the catalogue


def test_every_code_raised_is_in_the_catalogue():
    source = Path(__file__).parents[1].joinpath("journal", "dates.py").read_text(encoding="utf-8")
    raised = set(re.findall(r'"(date\.[a-z_]+)"', source))
    assert raised and raised <= set(words.EN)
    tried = {code for _, code, _ in REFUSALS} | {code for _, _, code, _ in DUE_REFUSALS}
    assert tried == set(words.EN)  # and every one is tried, above or with the due days below


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("june", False, date(2026, 6, 1)),
        ("june", True, date(2026, 6, 30)),
        ("december", False, date(2025, 12, 1)),  # the most recent December that has begun
        ("november", False, date(2026, 11, 1)),
        ("november", True, date(2026, 11, 30)),
        ("2025", False, date(2025, 1, 1)),
        ("2025", True, date(2025, 12, 31)),
        ("Sep 2003", False, date(2003, 9, 1)),
        ("Sep 2003", True, date(2003, 9, 30)),
        ("2026年11月", False, date(2026, 11, 1)),
        ("2026年11月", True, date(2026, 11, 30)),
        ("2月", True, date(2026, 2, 28)),
        ("2024年2月", True, date(2024, 2, 29)),
        ("2026-02", True, date(2026, 2, 28)),
        ("先月", False, date(2026, 10, 1)),
        ("先月", True, date(2026, 10, 31)),
        ("last month", True, date(2026, 10, 31)),
        ("今年", False, date(2026, 1, 1)),
        ("今年", True, date(2026, 12, 31)),
        ("去年", False, date(2025, 1, 1)),
        ("令和8年", True, date(2026, 12, 31)),
        ("令和元年", False, date(2019, 5, 1)),  # an era's year is cut at the era's first day
        ("令和元年", True, date(2019, 12, 31)),
        ("平成31年", False, date(2019, 1, 1)),
        ("平成31年", True, date(2019, 4, 30)),  # ... and at its last
        ("昭和64年1月", True, date(1989, 1, 7)),
        ("平成元年1月", False, date(1989, 1, 8)),
        ("yesterday", False, ago(1)),
        ("yesterday", True, ago(1)),
        ("2026-11-20", True, date(2026, 11, 20)),
        ("先週の月曜", False, date(2026, 11, 16)),
    ],
)
def test_spans_take_a_whole_month_or_year(text, end, expected):
    assert parse_span(text, TODAY, end=end) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "date.empty"),
        ("令和元年4月", "date.era_start"),
        ("平成32年", "date.era_range"),
        ("13月", "date.no_such_month"),
        ("2026-02-30", "date.impossible"),
        ("banana", "date.not_understood"),
    ],
)
def test_spans_refuse_what_is_not_a_month_a_year_or_a_day(text, code):
    for end in (False, True):
        with pytest.raises(DateError) as caught:
            parse_span(text, TODAY, end=end)
        assert caught.value.code == code


def test_importing_dates_does_not_import_dateutil():
    code = "import sys, journal.dates; assert not any(m.startswith('dateutil') for m in sys.modules)"
    subprocess.run([sys.executable, "-c", code], check=True)


# --- Properties -----------------------------------------------------------------------------------

ERAS = [  # each era's first day, written out again here so that a slip in the module's table shows
    ("明治", date(1868, 10, 23)),
    ("大正", date(1912, 7, 30)),
    ("昭和", date(1926, 12, 25)),
    ("平成", date(1989, 1, 8)),
    ("令和", date(2019, 5, 1)),
]


def kanji(number: int) -> str:
    """0 to 9999 in kanji numerals: 2026 -> 二千二十六."""
    digits = "〇一二三四五六七八九"
    if number == 0:
        return digits[0]
    written = ""
    for unit, sign in ((1000, "千"), (100, "百"), (10, "十")):
        count, number = divmod(number, unit)
        if count:
            written += (digits[count] if count > 1 else "") + sign
    return written + (digits[number] if number else "")


@given(st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_iso_dates_round_trip(day):
    assert parse_when(day.isoformat(), TODAY) == day
    assert parse_when(f"{day.year}年{day.month}月{day.day}日", TODAY) == day


@given(st.dates(min_value=date(1873, 1, 1), max_value=date(9999, 12, 31)))
def test_era_dates_round_trip(day):
    name, first = [era for era in ERAS if era[1] <= day][-1]
    year = day.year - first.year + 1
    assert parse_when(f"{name}{year}年{day.month}月{day.day}日", TODAY) == day
    assert parse_when(f"{name}{kanji(year) if year > 1 else '元'}年{kanji(day.month)}月{kanji(day.day)}日", TODAY) == day


@given(st.integers(min_value=0, max_value=3000))
def test_days_ago_counts_back_exactly(days):
    assert parse_when(f"{days} days ago", TODAY) == TODAY - timedelta(days=days)
    assert parse_when(f"{kanji(days)}日前", TODAY) == TODAY - timedelta(days=days)


def assert_a_day_or_a_date_error(read, text):
    try:
        assert isinstance(read(text), date)
    except DateError as error:
        assert_explained(error)


DATE_LIKE = st.text(alphabet="0123456789 /-.:()年月日前週間か元令和平成昭R今昨先の曜金水 amjunedayslgo", max_size=16)


@given(st.one_of(st.text(max_size=40), DATE_LIKE))
def test_any_text_is_a_day_or_a_date_error(text):
    assert_a_day_or_a_date_error(lambda t: parse_when(t, TODAY), text)


@given(st.one_of(st.text(max_size=40), DATE_LIKE))
def test_a_span_starts_no_later_than_it_ends(text):
    assert_a_day_or_a_date_error(lambda t: parse_span(t, TODAY, end=False), text)
    try:
        assert parse_span(text, TODAY, end=False) <= parse_span(text, TODAY, end=True)
    except DateError:
        pass


# ----- due days (promises): the next such day, never a past one -----------------------------------------

FRIDAY = date(2026, 11, 27)
SUNDAY = date(2026, 11, 29)
NEW_YEARS_EVE = date(2026, 12, 31)  # a Thursday
LEAP_FEB_28 = date(2028, 2, 28)  # a Monday, the day before a leap day


@pytest.mark.parametrize(
    ("text", "today", "expected"),
    [
        # on a Friday: a weekday alone is the next one, so `friday` is a week ahead (today is `today`)
        ("today", FRIDAY, FRIDAY),
        ("今日", FRIDAY, FRIDAY),
        ("tomorrow", FRIDAY, date(2026, 11, 28)),
        ("明日", FRIDAY, date(2026, 11, 28)),
        ("あした", FRIDAY, date(2026, 11, 28)),
        ("明後日", FRIDAY, date(2026, 11, 29)),
        ("あさって", FRIDAY, date(2026, 11, 29)),
        ("in 3 days", FRIDAY, date(2026, 11, 30)),
        ("In 3 Days", FRIDAY, date(2026, 11, 30)),
        ("3日後", FRIDAY, date(2026, 11, 30)),
        ("三日後", FRIDAY, date(2026, 11, 30)),
        ("３日後", FRIDAY, date(2026, 11, 30)),
        ("in a week", FRIDAY, date(2026, 12, 4)),
        ("2週間後", FRIDAY, date(2026, 12, 11)),
        ("friday", FRIDAY, date(2026, 12, 4)),
        ("Fri", FRIDAY, date(2026, 12, 4)),
        ("金曜", FRIDAY, date(2026, 12, 4)),
        ("金曜日", FRIDAY, date(2026, 12, 4)),
        ("saturday", FRIDAY, date(2026, 11, 28)),
        ("月曜", FRIDAY, date(2026, 11, 30)),
        ("thursday", FRIDAY, date(2026, 12, 3)),
        ("friday 3pm", FRIDAY, date(2026, 12, 4)),  # a time of day changes nothing
        ("this friday", FRIDAY, FRIDAY),
        ("今週の金曜", FRIDAY, FRIDAY),
        ("next friday", FRIDAY, date(2026, 12, 4)),  # the Friday of next week, as 来週の金曜
        ("来週の金曜", FRIDAY, date(2026, 12, 4)),
        ("来週金曜日", FRIDAY, date(2026, 12, 4)),
        ("再来週の月曜", FRIDAY, date(2026, 12, 7)),
        ("next week", FRIDAY, date(2026, 11, 30)),  # its Monday
        ("来週", FRIDAY, date(2026, 11, 30)),
        ("再来週", FRIDAY, date(2026, 12, 7)),
        ("end of month", FRIDAY, date(2026, 11, 30)),
        ("end of the month", FRIDAY, date(2026, 11, 30)),
        ("月末", FRIDAY, date(2026, 11, 30)),
        ("来月末", FRIDAY, date(2026, 12, 31)),
        ("next month", FRIDAY, date(2026, 12, 1)),
        ("来月", FRIDAY, date(2026, 12, 1)),
        ("11月27日", FRIDAY, FRIDAY),  # a day without a year: the next one, today included
        ("11月20日", FRIDAY, date(2027, 11, 20)),
        ("11/20", FRIDAY, date(2027, 11, 20)),
        ("Nov 20", FRIDAY, date(2027, 11, 20)),
        ("12/25", FRIDAY, date(2026, 12, 25)),
        ("2026-12-01", FRIDAY, date(2026, 12, 1)),
        ("令和9年1月5日", FRIDAY, date(2027, 1, 5)),
        # on a Sunday, the last day of the week (weeks run Monday to Sunday)
        ("monday", SUNDAY, date(2026, 11, 30)),
        ("日曜", SUNDAY, date(2026, 12, 6)),
        ("今週の日曜", SUNDAY, SUNDAY),
        ("next week", SUNDAY, date(2026, 11, 30)),
        ("来週の月曜", SUNDAY, date(2026, 11, 30)),
        ("来週の金曜", SUNDAY, date(2026, 12, 4)),
        ("next friday", SUNDAY, date(2026, 12, 4)),
        ("friday", SUNDAY, date(2026, 12, 4)),
        # on December 31st, everything ahead is next year
        ("tomorrow", NEW_YEARS_EVE, date(2027, 1, 1)),
        ("1月1日", NEW_YEARS_EVE, date(2027, 1, 1)),
        ("12月31日", NEW_YEARS_EVE, NEW_YEARS_EVE),
        ("月末", NEW_YEARS_EVE, NEW_YEARS_EVE),
        ("来月", NEW_YEARS_EVE, date(2027, 1, 1)),
        ("来年", NEW_YEARS_EVE, date(2027, 1, 1)),
        ("来月末", NEW_YEARS_EVE, date(2027, 1, 31)),
        ("in 1 month", NEW_YEARS_EVE, date(2027, 1, 31)),
        ("2か月後", NEW_YEARS_EVE, date(2027, 2, 28)),  # a month end clamps
        ("next week", NEW_YEARS_EVE, date(2027, 1, 4)),
        ("friday", NEW_YEARS_EVE, date(2027, 1, 1)),
        # on February 28th of a leap year
        ("tomorrow", LEAP_FEB_28, date(2028, 2, 29)),
        ("2月29日", LEAP_FEB_28, date(2028, 2, 29)),
        ("月末", LEAP_FEB_28, date(2028, 2, 29)),
        ("end of month", LEAP_FEB_28, date(2028, 2, 29)),
        ("in 2 days", LEAP_FEB_28, date(2028, 3, 1)),
        ("2月28日", LEAP_FEB_28, LEAP_FEB_28),
        ("2月27日", LEAP_FEB_28, date(2029, 2, 27)),
        ("1年後", LEAP_FEB_28, date(2029, 2, 28)),
        ("来月", LEAP_FEB_28, date(2028, 3, 1)),
        ("2月29日", date(2027, 3, 1), date(2028, 2, 29)),  # the next leap day
        ("2月29日", date(2097, 3, 1), date(2104, 2, 29)),  # 2100 is not a leap year
    ],
)
def test_due_days_are_the_next_ones(text, today, expected):
    assert parse_due(text, today) == expected


DUE_REFUSALS = [
    ("yesterday", FRIDAY, "date.due_past", {"text": "yesterday", "day": "2026-11-26"}),
    ("昨日", FRIDAY, "date.due_past", {"day": "2026-11-26"}),
    ("last friday", FRIDAY, "date.due_past", {"day": "2026-11-20"}),
    ("先週の金曜", FRIDAY, "date.due_past", {"day": "2026-11-20"}),
    ("this friday", SUNDAY, "date.due_past", {"day": "2026-11-27"}),
    ("今週の月曜", FRIDAY, "date.due_past", {"day": "2026-11-23"}),
    ("2026-11-01", FRIDAY, "date.due_past", {"day": "2026-11-01"}),
    ("3日前", FRIDAY, "date.due_past", {"day": "2026-11-24"}),
    ("in 99999 years", FRIDAY, "date.too_far_ahead", {"text": "in 99999 years"}),
    ("tomorrow", date(9999, 12, 31), "date.too_far_ahead", {}),
    ("2月29日", date(9996, 3, 1), "date.too_far_ahead", {}),  # no leap day is left before 9999 ends
    ("12月", FRIDAY, "date.month_only", {"year": 2026, "month": 12}),
    ("6月", FRIDAY, "date.month_only", {"year": 2027, "month": 6}),  # the hint names the next June
    ("2月30日", FRIDAY, "date.impossible", {"last_day": 29}),
    ("next fortnight", FRIDAY, "date.not_understood", {}),
    ("", FRIDAY, "date.empty", {}),
]


@pytest.mark.parametrize(("text", "today", "code", "params"), DUE_REFUSALS)
def test_due_refusals_name_the_reason(text, today, code, params):
    with pytest.raises(DateError) as caught:
        parse_due(text, today)
    assert caught.value.code == code
    assert params.items() <= caught.value.params.items()
    assert_explained(caught.value)


def test_a_past_due_day_reads_naturally_in_both_languages():
    with pytest.raises(DateError) as caught:
        parse_due("昨日", FRIDAY)
    assert explain(caught.value, "en") == '"昨日" has passed (2026-11-26): a due day is today or later'
    assert explain(caught.value, "ja") == "「昨日」はもう過ぎています（2026-11-26）。期日は今日以降の日にしてください"


DUE_LIKE = st.one_of(
    st.sampled_from(["today", "tomorrow", "friday", "next friday", "this friday", "last friday", "next week", "月末"]),
    st.builds("{}日後".format, st.integers(min_value=0, max_value=400)),
    st.builds("in {} days".format, st.integers(min_value=0, max_value=400)),
    st.builds("{}/{}".format, st.integers(min_value=1, max_value=12), st.integers(min_value=1, max_value=31)),
    st.text(alphabet="0123456789 /-.:()年月日後前週間か来再今先の曜金水末 inextdaysfrow", max_size=16),
)


@given(DUE_LIKE, st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_a_due_day_is_never_in_the_past(text, today):
    try:
        assert parse_due(text, today) >= today
    except DateError as error:
        assert_explained(error)

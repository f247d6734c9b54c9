"""WHEN parsing: relative words, weekdays, ISO dates, dateutil formats, impossible dates refused."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journal.dates import DateError, parse_when

TODAY = date(2026, 11, 24)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("today", TODAY),
        ("  Today ", TODAY),
        ("yesterday", date(2026, 11, 23)),
        ("3 days ago", date(2026, 11, 21)),
        ("1 day ago", date(2026, 11, 23)),
        ("a week ago", date(2026, 11, 17)),
        ("2 weeks ago", date(2026, 11, 10)),
        ("1 month ago", date(2026, 10, 24)),
        ("13 months ago", date(2025, 10, 24)),
        ("2 years ago", date(2024, 11, 24)),
        ("３ days ago", date(2026, 11, 21)),  # full-width digits, NFKC
        ("tuesday", TODAY),  # the most recent one is today
        ("last tuesday", date(2026, 11, 17)),
        ("monday", date(2026, 11, 23)),
        ("wed", date(2026, 11, 18)),
        ("Sunday", date(2026, 11, 22)),
        ("2026-11-20", date(2026, 11, 20)),
        ("2024-02-29", date(2024, 2, 29)),
        ("March 3 2025", date(2025, 3, 3)),
        ("20 Nov 2026", date(2026, 11, 20)),
        ("2026/11/01", date(2026, 11, 1)),
    ],
)
def test_words_people_use(text, expected):
    assert parse_when(text, TODAY) == expected


def test_month_arithmetic_clamps_month_ends():
    assert parse_when("1 month ago", date(2026, 3, 31)) == date(2026, 2, 28)
    assert parse_when("1 month ago", date(2024, 3, 31)) == date(2024, 2, 29)
    assert parse_when("1 year ago", date(2024, 2, 29)) == date(2023, 2, 28)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2026-02-30", "is not a date: day is out of range for month"),
        ("2025-02-29", "is not a date: day is out of range for month"),
        ("2026-13-01", "month must be in 1..12"),
        ("99999-01-01", "year 99999 is out of range"),
        ("", "a date is required"),
        ("in 2 weeks", "is not a date"),
        ("banana", "is not a date"),
        ("999999 years ago", "too far back"),
        ("99999999999999999999", "is not a date"),
    ],
)
def test_impossible_dates_are_refused_with_the_reason(text, reason):
    with pytest.raises(DateError, match=reason):
        parse_when(text, TODAY)


@given(st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_iso_dates_round_trip(day):
    assert parse_when(day.isoformat(), TODAY) == day


@given(st.integers(min_value=0, max_value=3000))
def test_days_ago_counts_back_exactly(days):
    assert parse_when(f"{days} days ago", TODAY) == TODAY - timedelta(days=days)


@given(st.text(max_size=40))
def test_any_text_is_a_date_or_a_date_error(text):
    try:
        assert isinstance(parse_when(text, TODAY), date)
    except DateError as error:
        assert str(error)

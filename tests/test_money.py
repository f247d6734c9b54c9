"""Amounts as people type them (issue 13, point 3) and the bounds at every door (issue 11, point 7)."""

from __future__ import annotations

import math
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journal.money import MAX_AMOUNT, AmountError, check_amount, format_money, parse_amount
from journal.words import explain, placeholders
from journal.words import money as catalogue

READ = [
    # text, journal currency, amount
    ("30000", "JPY", 30000),
    ("30,000", "JPY", 30000),
    ("¥30,000", "JPY", 30000),
    ("￥３０，０００", "JPY", 30000),
    ("30000円", "JPY", 30000),
    ("３００００円", "JPY", 30000),
    ("3万円", "JPY", 30000),
    ("3万", "JPY", 30000),
    ("３万", "JPY", 30000),
    ("1.5万", "JPY", 15000),
    ("3千円", "JPY", 3000),
    ("3千", "JPY", 3000),
    ("千円", "JPY", 1000),
    ("1億", "JPY", 100_000_000),
    ("1億2000万", "JPY", 120_000_000),
    ("1,000万円", "JPY", 10_000_000),
    ("2万5千円", "JPY", 25000),
    ("3万500円", "JPY", 30500),
    ("三万円", "JPY", 30000),
    ("二万五千円", "JPY", 25000),
    ("30,000円", "JPY", 30000),
    ("  30000  ", "JPY", 30000),
    ("\u300030000円\u3000", "JPY", 30000),  # ideographic spaces around
    ("¥ 30,000", "JPY", 30000),
    ("30000 JPY", "JPY", 30000),
    ("jpy 30000", "JPY", 30000),
    ("30000 yen", "JPY", 30000),
    ("0", "JPY", 0),
    ("0円", "JPY", 0),
    ("30000.00", "JPY", 30000),
    ("999,999,999,999", "JPY", MAX_AMOUNT),
    ("9999億", "JPY", 999_900_000_000),
    ("12.50", "USD", 12.5),
    ("$12.50", "USD", 12.5),
    ("＄１２．５０", "USD", 12.5),
    ("US$12.50", "USD", 12.5),
    ("12.50 USD", "USD", 12.5),
    ("12.50ドル", "USD", 12.5),
    ("$1,234.56", "USD", 1234.56),
    ("$30,000", "USD", 30000),
    ("3万", "USD", 30000),
    ("€12.50", "EUR", 12.5),
    ("12.50 €", "EUR", 12.5),
    ("CN¥30,000", "CNY", 30000),
    ("¥30,000", "CNY", 30000),
    ("30,000元", "CNY", 30000),
    ("1,234 CHF", "CHF", 1234),
]


@pytest.mark.parametrize(("text", "currency", "amount"), READ)
def test_amounts_read_as_people_type_them(text, currency, amount):
    value = parse_amount(text, currency)
    assert value == amount
    assert type(value) is type(amount)  # whole amounts come back as int


REFUSED = [
    # text, journal currency, code, params the message needs
    ("$500", "JPY", "amount.wrong_currency", {"sign": "$", "currency": "JPY"}),
    ("500ドル", "JPY", "amount.wrong_currency", {"sign": "ドル", "currency": "JPY"}),
    ("3万ドル", "JPY", "amount.wrong_currency", {"sign": "ドル", "currency": "JPY", "text": "3万ドル"}),
    ("500 USD", "JPY", "amount.wrong_currency", {"sign": "USD"}),
    ("500 usd", "JPY", "amount.wrong_currency", {"sign": "usd"}),
    ("€500", "JPY", "amount.wrong_currency", {"sign": "€"}),
    ("500円", "USD", "amount.wrong_currency", {"sign": "円", "currency": "USD"}),
    ("¥500", "USD", "amount.wrong_currency", {"sign": "¥", "currency": "USD"}),
    ("500円", "CNY", "amount.wrong_currency", {"sign": "円"}),
    ("-500", "JPY", "amount.negative", {"text": "-500"}),
    ("−500", "JPY", "amount.negative", {}),
    ("▲5,000", "JPY", "amount.negative", {}),
    ("¥-500", "JPY", "amount.negative", {}),
    ("-$5", "USD", "amount.negative", {}),
    ("1e308", "JPY", "amount.too_large", {"limit": "¥999,999,999,999"}),
    ("1e308", "USD", "amount.too_large", {"limit": "$999,999,999,999"}),
    ("1000000000000", "JPY", "amount.too_large", {}),
    ("1兆", "JPY", "amount.too_large", {}),
    ("10000億", "JPY", "amount.too_large", {}),
    ("nan", "JPY", "amount.not_a_number", {"text": "nan"}),
    ("NaN", "USD", "amount.not_a_number", {}),
    ("inf", "JPY", "amount.not_a_number", {}),
    ("-inf", "JPY", "amount.not_a_number", {}),
    ("Infinity", "JPY", "amount.not_a_number", {}),
    ("∞", "JPY", "amount.not_a_number", {}),
    ("", "JPY", "amount.not_a_number", {}),
    ("   ", "JPY", "amount.not_a_number", {}),
    ("lots", "JPY", "amount.not_a_number", {"text": "lots"}),
    ("500 abc", "JPY", "amount.not_a_number", {}),
    ("円", "JPY", "amount.not_a_number", {}),
    ("万", "JPY", "amount.not_a_number", {}),
    ("30 000", "JPY", "amount.not_a_number", {}),  # two numbers, not one with a space
    ("3,0000", "JPY", "amount.not_a_number", {}),  # misplaced grouping
    ("1,5", "EUR", "amount.not_a_number", {}),  # a decimal comma is not read as fifteen
    ("1万20000", "JPY", "amount.not_a_number", {}),
    ("2千5000", "JPY", "amount.not_a_number", {}),
    ("万3", "JPY", "amount.not_a_number", {}),
    ("--5", "JPY", "amount.not_a_number", {}),
    ("0x10", "JPY", "amount.not_a_number", {}),
    ("3万5", "JPY", "amount.ambiguous", {"text": "3万5"}),
    ("三万五", "JPY", "amount.ambiguous", {}),
    ("12.5", "JPY", "amount.not_whole", {"currency": "JPY"}),
    ("1.23456万", "JPY", "amount.not_whole", {}),
    ("12.505", "USD", "amount.too_precise", {"currency": "USD", "digits": 2}),
]


@pytest.mark.parametrize(("text", "currency", "code", "params"), REFUSED)
def test_amounts_refused_with_the_reason(text, currency, code, params):
    with pytest.raises(AmountError) as caught:
        parse_amount(text, currency)
    problem = caught.value
    assert problem.code == code
    assert problem.field == "value"
    assert params.items() <= problem.params.items()
    for lang in ("en", "ja"):
        sentence = explain(problem, lang)
        assert sentence and "{" not in sentence and "}" not in sentence, sentence


def test_a_refusal_is_a_value_error_that_survives_pickling():
    with pytest.raises(ValueError) as caught:
        parse_amount("$500", "JPY")
    copy = pickle.loads(pickle.dumps(caught.value))
    assert isinstance(copy, AmountError) and copy.code == "amount.wrong_currency" and copy.params == caught.value.params


def test_a_pasted_page_is_not_echoed_back_whole():
    with pytest.raises(AmountError) as caught:
        parse_amount("\x1b[2J" * 3000, "JPY")
    assert len(caught.value.params["text"]) <= 30


def test_the_japanese_refusal_names_what_was_typed():
    with pytest.raises(AmountError) as caught:
        parse_amount("3万ドル", "JPY")
    assert explain(caught.value, "ja").startswith("「3万ドル」はJPYの帳簿では使えません")


@given(st.integers(min_value=0, max_value=MAX_AMOUNT), st.sampled_from(["JPY", "USD"]))
def test_whole_amounts_round_trip(amount, currency):
    assert parse_amount(format_money(amount, currency), currency) == amount


@given(st.integers(min_value=0, max_value=MAX_AMOUNT * 100))
def test_cents_round_trip(cents):
    amount = cents / 100
    assert parse_amount(format_money(amount, "USD"), "USD") == amount


CHECKED = [(None, None), (0, 0), (30000, 30000), (12.5, 12.5), (MAX_AMOUNT, MAX_AMOUNT), (float(MAX_AMOUNT), MAX_AMOUNT)]


@pytest.mark.parametrize(("value", "kept"), CHECKED)
def test_stored_amounts_in_bounds_pass(value, kept):
    assert check_amount(value) == kept


@pytest.mark.parametrize(
    ("value", "code"),
    [
        (True, "amount.not_a_number"),
        (False, "amount.not_a_number"),
        ("30000", "amount.not_a_number"),
        ([30000], "amount.not_a_number"),
        (math.nan, "amount.not_a_number"),
        (math.inf, "amount.not_a_number"),
        (-math.inf, "amount.not_a_number"),
        (-1, "amount.negative"),
        (-0.01, "amount.negative"),
        (1e308, "amount.too_large"),
        (MAX_AMOUNT + 1, "amount.too_large"),
    ],
)
def test_stored_amounts_out_of_bounds_are_refused(value, code):
    with pytest.raises(AmountError) as caught:
        check_amount(value, field="value")
    assert caught.value.code == code and caught.value.field == "value"
    for lang in ("en", "ja"):
        assert "{" not in explain(caught.value, lang)


def test_the_bound_keeps_sums_exact_and_finite():
    # A year of entries at the maximum still sums to a finite number the report can divide.
    assert MAX_AMOUNT < 10**12 and MAX_AMOUNT * 100 < 2**53
    assert math.isfinite(sum([float(MAX_AMOUNT)] * 100_000))


def test_every_code_has_both_languages_with_the_same_placeholders():
    assert catalogue.EN.keys() == catalogue.JA.keys()
    for code in catalogue.EN:
        assert code.startswith("amount.")
        assert placeholders(catalogue.EN[code]) == placeholders(catalogue.JA[code]), code
    raised = {code for _, _, code, _ in REFUSED}
    assert raised == set(catalogue.EN)  # every message is reachable, every refusal has a message

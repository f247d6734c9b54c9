"""Money: how an amount is written (`format_money`) and read back from what a person typed.

People type amounts the way they write them on a receipt or say them aloud: `30,000`, `¥30,000`,
`￥３０，０００`, `30000円`, `3万円`, `1.5万`, `2万5千円`, `$12.50`. `parse_amount` reads all of these
exactly (decimal arithmetic, no float rounding) and refuses, with the reason as an `AmountError`
code, anything it would otherwise have to guess: another currency's sign or word than the journal's
(`$500` in a yen journal is not 500 yen), a negative amount, NaN or infinity, more decimals than the
currency has, an amount beyond `MAX_AMOUNT`, and the spoken shorthand `3万5` (35,000 or 30,005?).

`check_amount` guards the same bounds for values that arrive already as numbers (stored records,
imports), so every door into the journal holds the same limit.
"""

from __future__ import annotations

import math
import re
import unicodedata
from decimal import ROUND_DOWN, Decimal, InvalidOperation

from .problems import Problem

# Under one trillion. Any real amount between people fits (¥999,999,999,999 is about 6 billion
# dollars), the written form stays short enough for a column ("¥999,999,999,999"), and an amount
# with cents is still exact as a float (1e14 cents < 2**53), so totals, averages and the report's
# arithmetic never meet overflow, infinity or NaN (issue 11, point 7: `--value 1e308` twice crashed
# the report).
MAX_AMOUNT = 999_999_999_999

_SYMBOLS = {"JPY": "¥", "USD": "$", "EUR": "€", "GBP": "£", "CNY": "CN¥", "KRW": "₩", "INR": "₹"}
_NO_MINOR_UNITS = frozenset({"JPY", "KRW", "VND", "CLP", "ISK", "HUF", "TWD", "IDR"})
_THREE_MINOR_UNITS = frozenset({"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"})

# Text longer than this is not an amount someone typed (the longest, in kanji, is about 25
# characters); refusing it early keeps a pasted page from being scanned or echoed back whole.
_LONGEST_INPUT = 60


class AmountError(Problem):
    """An amount refused. Codes: amount.not_a_number, amount.negative, amount.too_large,
    amount.wrong_currency, amount.not_whole, amount.too_precise, amount.ambiguous."""

    def __init__(self, code: str, /, *, field: str | None = "value", **params: object) -> None:
        super().__init__(code, field=field, **params)


def format_money(value: float | int | None, currency: str) -> str:
    if value is None:
        return ""
    digits = 0 if currency in _NO_MINOR_UNITS or float(value).is_integer() else 2
    number = f"{value:,.{digits}f}"
    symbol = _SYMBOLS.get(currency)
    return f"{symbol}{number}" if symbol else f"{number} {currency}"


def minor_digits(currency: str) -> int:
    """How many decimals the currency has: 0 for yen, 2 for dollars, 3 for dinars."""
    currency = currency.upper()
    return 0 if currency in _NO_MINOR_UNITS else 3 if currency in _THREE_MINOR_UNITS else 2


# ----- currency markers: sign or word -> the currencies it can mean ------------------------------

_DOLLARS = frozenset({"USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD"})
_SIGNS: dict[str, frozenset[str]] = {
    "¥": frozenset({"JPY", "CNY"}),
    "CN¥": frozenset({"CNY"}),
    "$": _DOLLARS | {"MXN"},
    "US$": frozenset({"USD"}),
    "A$": frozenset({"AUD"}),
    "AU$": frozenset({"AUD"}),
    "C$": frozenset({"CAD"}),
    "CA$": frozenset({"CAD"}),
    "NZ$": frozenset({"NZD"}),
    "HK$": frozenset({"HKD"}),
    "S$": frozenset({"SGD"}),
    "NT$": frozenset({"TWD"}),
    "€": frozenset({"EUR"}),
    "£": frozenset({"GBP"}),
    "₩": frozenset({"KRW"}),
    "₹": frozenset({"INR"}),
}
_WORDS: dict[str, frozenset[str]] = {
    "円": frozenset({"JPY"}),
    "yen": frozenset({"JPY"}),
    "ドル": _DOLLARS,
    "米ドル": frozenset({"USD"}),
    "豪ドル": frozenset({"AUD"}),
    "カナダドル": frozenset({"CAD"}),
    "香港ドル": frozenset({"HKD"}),
    "台湾ドル": frozenset({"TWD"}),
    "シンガポールドル": frozenset({"SGD"}),
    "dollar": _DOLLARS,
    "dollars": _DOLLARS,
    "ユーロ": frozenset({"EUR"}),
    "euro": frozenset({"EUR"}),
    "euros": frozenset({"EUR"}),
    "ポンド": frozenset({"GBP"}),
    "ウォン": frozenset({"KRW"}),
    "元": frozenset({"CNY", "TWD", "HKD"}),
    "人民元": frozenset({"CNY"}),
    "ルピー": frozenset({"INR"}),
}
# Codes recognised in any case ("500 usd"); other three-letter words count only in capitals.
_KNOWN_CODES = frozenset(
    "JPY USD EUR GBP CNY KRW INR AUD CAD NZD HKD SGD TWD CHF THB PHP VND IDR MYR MXN BRL SEK NOK DKK".split()
)


def _alternation(markers) -> str:
    return "|".join(re.escape(m) for m in sorted(markers, key=len, reverse=True))


_MINUS = "-−▲△"  # ▲ and △ mark a negative amount in Japanese books
_SIGN = "[+" + re.escape(_MINUS) + "]"
_SHAPE = re.compile(
    rf"(?P<sign1>{_SIGN})?\s*"
    rf"(?P<pre>{_alternation(_SIGNS)}|[A-Za-z]{{3}}(?![A-Za-z]))?\s*"
    rf"(?P<sign2>{_SIGN})?\s*"
    r"(?P<body>.*?)\s*"
    rf"(?P<post>{_alternation([*_SIGNS, *_WORDS])}|(?<![A-Za-z])[A-Za-z]{{3}})?",
    re.IGNORECASE | re.DOTALL,
)

# ----- the number itself: digits, grouping, decimals, and the units 十百千 万億兆 ------------------

_PLAIN = re.compile(r"(?:\d{1,3}(?:[,_]\d{3})+|\d+)(?:\.\d+)?|\.\d+")
_SCIENTIFIC = re.compile(r"\d+(?:\.\d*)?[eE][+-]?\d+")
_KANJI_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_BIG_UNITS = {"万": 10**4, "億": 10**8, "兆": 10**12}
_TOKEN = re.compile(
    rf"\s*(?:(?P<plain>{_PLAIN.pattern})|(?P<kanji>[{''.join(_KANJI_DIGITS)}]+)"
    rf"|(?P<small>[{''.join(_SMALL_UNITS)}])|(?P<big>[{''.join(_BIG_UNITS)}]))"
)


class _Ambiguous(Exception):
    pass


def _read_number(body: str) -> Decimal | None:
    """The value of `3万5千`, `1.5万`, `三千`, `30,000.50`; None when it is not a number at all."""
    if _SCIENTIFIC.fullmatch(body):
        return Decimal(body)
    tokens = []
    position = 0
    while position < len(body):
        match = _TOKEN.match(body, position)
        if not match or match.end() == position:
            return None
        position = match.end()
        kind = match.lastgroup
        raw = match.group(kind)
        if kind == "plain":
            tokens.append(("number", Decimal(raw.replace(",", "").replace("_", "")), raw))
        elif kind == "kanji":
            tokens.append(("number", Decimal("".join(str(_KANJI_DIGITS[c]) for c in raw)), raw))
        else:
            tokens.append((kind, (_SMALL_UNITS | _BIG_UNITS)[raw], raw))
    if not tokens:
        return None
    total = Decimal(0)
    group = Decimal(0)  # the part below the last big unit: 5千 in 2万5千
    current: Decimal | None = None
    last_small: int | None = None
    last_big: int | None = None
    previous_unit: int | None = None
    for kind, value, raw in tokens:
        if kind == "number":
            if current is not None:
                return None  # "30 000": two numbers side by side
            current = value
            current_raw = raw
            continue
        if kind == "small":
            if last_small is not None and value >= last_small:
                return None  # 千 after 百
            group += (Decimal(1) if current is None else current) * value
            last_small = value
        else:
            if current is None and group == 0:
                return None  # 万 with nothing before it
            amount = group + (current or 0)
            if last_big is not None and (value >= last_big or amount >= last_big // value):
                return None  # 万 before 億, or 1億20000万
            total += amount * value
            group, last_small, last_big = Decimal(0), None, value
        current = None
        previous_unit = value
    if current is not None:
        if last_small is not None and current >= last_small:
            return None  # 2千5000
        bare_digit = len(current_raw) == 1 and current != 0
        if bare_digit and previous_unit is not None and previous_unit >= 1000:
            raise _Ambiguous  # 3万5: 35,000 as said aloud, or 30,005 as written?
        group += current
    if last_big is not None and group >= last_big:
        return None  # 1万20000
    return total + group


def _shown(text: str) -> str:
    """The typed text as a message quotes it: one line, never a whole pasted page."""
    text = " ".join(text.split())
    return text if len(text) <= 30 else text[:29] + "\u2026"


def _currency_of(marker: str, currency: str, text: str) -> None:
    """Refuse a sign or word that names another currency than the journal's."""
    meant = _SIGNS.get(marker.upper()) or _WORDS.get(marker.casefold())
    if meant is None:  # a three-letter code
        code = marker.upper()
        if code not in _KNOWN_CODES and not marker.isupper():
            raise AmountError("amount.not_a_number", text=_shown(text))
        meant = frozenset({code})
    if currency not in meant:
        raise AmountError("amount.wrong_currency", text=_shown(text), sign=marker, currency=currency)


def _parse(text: str, currency: str) -> int | float:
    shown = _shown(text)
    cleaned = unicodedata.normalize("NFKC", text).strip()
    if not cleaned or len(cleaned) > _LONGEST_INPUT:
        raise AmountError("amount.not_a_number", text=shown)
    shape = _SHAPE.fullmatch(cleaned)
    if shape is None or (shape["sign1"] and shape["sign2"]):
        raise AmountError("amount.not_a_number", text=shown)
    try:
        number = _read_number(shape["body"])
    except _Ambiguous:
        raise AmountError("amount.ambiguous", text=shown) from None
    except (InvalidOperation, ArithmeticError):
        number = None
    if number is None or not number.is_finite():
        raise AmountError("amount.not_a_number", text=shown)
    for marker in (shape["pre"], shape["post"]):
        if marker:
            _currency_of(marker, currency, text)
    sign = shape["sign1"] or shape["sign2"]
    if sign and sign in _MINUS and number != 0:
        raise AmountError("amount.negative", text=shown)
    if number > MAX_AMOUNT:
        raise AmountError("amount.too_large", text=shown, limit=format_money(MAX_AMOUNT, currency))
    digits = minor_digits(currency)
    if number != number.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_DOWN):
        if digits == 0:
            raise AmountError("amount.not_whole", text=shown, currency=currency)
        raise AmountError("amount.too_precise", text=shown, currency=currency, digits=digits)
    number = abs(number)  # -0 and +0 are 0
    return int(number) if number == number.to_integral_value() else float(number)


def parse_amount(text: str, currency: str) -> int | float:
    """An amount as a person types it, in a journal kept in `currency` (ISO 4217, e.g. JPY).

    Reads digits (full-width too) with or without grouping commas, decimals up to the currency's,
    the units 十 百 千 万 億 兆 (`3万円`, `1.5万`, `2万5千`, `三千円`), and the journal currency's sign or
    word before or after (`¥`, `円`, `$`, `ドル`, `USD`). Returns an int when the amount is whole.
    Raises AmountError (a ValueError) with the reason otherwise.
    """
    return _parse(text, currency.upper())


def check_amount(value: object, *, field: str | None = "value") -> int | float | None:
    """A stored or imported amount: None, or a finite number from 0 to MAX_AMOUNT. Raises AmountError."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise AmountError("amount.not_a_number", field=field, text=_shown(repr(value)))
    if isinstance(value, float) and not math.isfinite(value):
        raise AmountError("amount.not_a_number", field=field, text=repr(value))
    if value < 0:
        raise AmountError("amount.negative", field=field, text=repr(value))
    if value > MAX_AMOUNT:
        raise AmountError("amount.too_large", field=field, text=_shown(repr(value)), limit=f"{MAX_AMOUNT:,}")
    return value

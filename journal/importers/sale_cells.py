"""Cells of sales files read the same way for every provider: amounts, currencies, statuses, days.

Every export writes these differently (`¥9,800`, `"1,234.50"`, `-12.50`, `1.234,50`, `(5.00)`; `2024-05-01
12:34`, `05/01/2024`, `01/05/2024`, `2024年5月1日`; `Paid`, `Completed`, `キャンセル`), so each rule lives
here once and the provider modules only say which column holds what. A cell that cannot be read raises
`RowSkip`, which the row loop (sale_table.py) turns into a `Skipped` row: one bad row never stops a file.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import UTC, date, datetime, tzinfo
from decimal import Decimal
from functools import lru_cache

from journal.money import MAX_AMOUNT, AmountError, minor_digits, parse_amount

from .fields import email_source, one_line
from .people import ImportProblem


class RowSkip(Exception):
    """This row is left out: `code` is an `import.skip.sale_*` message, `params` fill it (the row number aside)."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code, self.params = code, params


def shown(text: str) -> str:
    """A cell as a message quotes it: literally, on one line, never a whole pasted page."""
    text = one_line(text)
    return text if len(text) <= 40 else text[:39] + "\u2026"


def unreadable(column: str, text: str) -> RowSkip:
    return RowSkip("import.skip.sale_unreadable", column=column, text=shown(text))


def short(text: str, limit: int = 80) -> str:
    """What was sold, on one line and short enough for an entry's text."""
    text = one_line(text)
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def buyer_email(text: str) -> str:
    """The e-mail address lower-cased, as a contact's `email:` source holds it; "" when it is not one."""
    source = email_source(text)
    return source.removeprefix("email:") if source else ""


# ----- amounts and currencies -----------------------------------------------------------------

_MINUS = "-\u2212\u2010\u2013\u25b2\u25b3"  # hyphen-minus, minus, hyphen, en dash, ▲ and △ of Japanese books
_NUMBER_RUN = re.compile(r"\d[\d.,' ]*\d|\d")
_GROUPED_COMMAS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_GROUPED_DOTS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_CODE = re.compile(r"[A-Z]{3}")
_PLAIN_DECIMAL = re.compile(r"(\d{1,15})(?:\.(\d{1,15}))?")
# Signs and words that name one currency when the file says nothing else. "$" names a dozen, so it is not here.
_ONE_CURRENCY = {"¥": "JPY", "円": "JPY", "yen": "JPY", "€": "EUR", "euro": "EUR", "euros": "EUR", "£": "GBP"}
_ONE_CURRENCY |= {"₩": "KRW", "₹": "INR", "us$": "USD", "ca$": "CAD", "c$": "CAD", "a$": "AUD", "au$": "AUD"}
_ONE_CURRENCY |= {"nz$": "NZD", "hk$": "HKD", "s$": "SGD", "nt$": "TWD", "cn¥": "CNY", "米ドル": "USD", "ユーロ": "EUR"}


def _plain_number(text: str, digits: int) -> str:
    """The number's separators as parse_amount reads them: `1.234,50` and `1 234,50` become `1234.50`.

    The later of `,` and `.` is the decimal mark; a lone comma is a thousands mark only before exactly
    three digits (`1,234`), a lone dot only in a currency without decimals (`1.234` yen is 1234).
    """
    found = _NUMBER_RUN.search(text)
    if found is None:
        return text
    run = found.group().replace(" ", "").replace("'", "")
    if "," in run and "." in run:
        mark, grouping = (",", ".") if run.rfind(",") > run.rfind(".") else (".", ",")
        run = run.replace(grouping, "").replace(mark, ".")
    elif "," in run:
        if _GROUPED_COMMAS.fullmatch(run):
            run = run.replace(",", "")
        elif run.count(",") == 1:
            run = run.replace(",", ".")
    elif _GROUPED_DOTS.fullmatch(run) and (run.count(".") > 1 or digits == 0):
        run = run.replace(".", "")
    return text[: found.start()] + run + text[found.end() :]


def signed_amount(text: str, currency: str) -> int | float:
    """An amount cell in `currency`, negative when it says so (`-1,234.50`, `▲500`, `(5.00)`). Raises AmountError."""
    plain = _PLAIN_DECIMAL.fullmatch(text)
    if plain and len(plain[2] or "") <= minor_digits(currency):  # "1.000" yen is a thousand: the long way
        # Most cells are already plain ("9800", "12.50"): read without parse_amount's shapes, a third less
        # time for 10,000 Stripe rows (0.23 s to 0.16 s); anything else (and every refusal) goes the long way.
        value = Decimal(text)
        if value <= MAX_AMOUNT:
            return int(value) if value == value.to_integral_value() else float(value)
    cleaned = unicodedata.normalize("NFKC", text).strip()
    negative = len(cleaned) > 2 and cleaned[0] == "(" and cleaned[-1] == ")"
    if negative:
        cleaned = cleaned[1:-1].strip()
    first_digit = next((i for i, ch in enumerate(cleaned) if ch.isdigit()), len(cleaned))
    sign = next((i for i, ch in enumerate(cleaned[:first_digit]) if ch in _MINUS), None)
    if sign is not None:
        negative = True
        cleaned = cleaned[:sign] + cleaned[sign + 1 :]
    value = parse_amount(_plain_number(cleaned, minor_digits(currency)), currency)
    return -value if negative and value else value


def currency_code(text: str) -> str | None:
    """An ISO currency code from a currency column (`jpy`, ` USD `), or None."""
    code = unicodedata.normalize("NFKC", text).strip().upper()
    return code if _CODE.fullmatch(code) else None


def named_currency(text: str) -> str | None:
    """The one currency an amount's own sign or word names (`¥9,800`, `12.50 EUR`), None for none or several (`$`)."""
    try:
        parse_amount(_plain_number(unicodedata.normalize("NFKC", text).strip().lstrip(_MINUS + "("), 2), "XXX")
    except AmountError as error:  # XXX is ISO 4217's "no currency": any sign or word is another one
        if error.code == "amount.wrong_currency":
            sign = str(error.params["sign"])
            return _ONE_CURRENCY.get(sign.casefold()) or currency_code(sign)
    return None


def money(text: str, column: str, currency: str | None, assumed: str | None) -> tuple[int | float, str]:
    """An amount and its currency: the file's currency column when it has one; else the journal's
    (`assumed`) when the amount's sign can mean it (or it has none); else the one currency its sign names.
    Raises RowSkip when the amount cannot be read or its currency is unclear (`$12` in a yen journal)."""
    if currency is None:
        if assumed is not None:
            try:
                return signed_amount(text, assumed), assumed
            except AmountError as error:
                if error.code != "amount.wrong_currency":
                    raise unreadable(column, text) from None
        currency = named_currency(text)
        if currency is None:
            raise RowSkip("import.skip.sale_currency_unclear", text=shown(text))
    try:
        return signed_amount(text, currency), currency
    except AmountError:
        raise unreadable(column, text) from None


def plus(first: int | float, second: int | float) -> int | float:
    """Two amounts added exactly (12.1 + 0.2 is 12.3, not 12.299999999999999)."""
    total = Decimal(str(first)) + Decimal(str(second))
    return int(total) if total == total.to_integral_value() else float(total)


# ----- statuses -------------------------------------------------------------------------------

_PAID = {"paid", "succeeded", "refunded", "partially refunded", "complete", "completed", "captured", "cleared", "settled"}
_FAILED = {"failed", "canceled", "cancelled", "blocked", "declined", "denied", "voided", "void", "expired", "reversed"}
_FAILED |= {"returned", "removed", "rejected"}
_PENDING = {"pending", "incomplete", "uncaptured", "authorized", "authorised", "processing", "unclaimed", "held"}
_PENDING |= {"on hold", "partially paid", "requires payment method", "requires action", "requires capture", "unpaid"}
_FAILED_JA = ("キャンセル", "取消", "取り消", "失敗", "拒否", "無効", "期限切れ")
_PENDING_JA = ("未入金", "入金待", "未決済", "決済待", "支払い待", "支払待", "未払", "保留", "処理中", "承認待")
_PAID_JA = ("支払い済", "支払済", "決済済", "入金済", "完了", "返金済")


@lru_cache(maxsize=256)  # a file has a handful of statuses, written on every row
def status_kind(text: str) -> str | None:
    """ "paid", "failed" or "pending" for a status cell in English or Japanese, None when it says none of them."""
    word = " ".join(unicodedata.normalize("NFKC", text).casefold().replace("_", " ").replace("-", " ").split())
    for kind, english, japanese in (
        ("failed", _FAILED, _FAILED_JA),
        ("pending", _PENDING, _PENDING_JA),
        ("paid", _PAID, _PAID_JA),
    ):
        if word in english or any(marker in word for marker in japanese):
            return kind
    return None


def require_paid(text: str, *, strict: bool) -> None:
    """Raise RowSkip for a failed or pending status, and (when `strict`) for one that does not say paid."""
    kind = status_kind(text)
    if kind == "failed":
        raise RowSkip("import.skip.sale_failed", status=shown(text))
    if kind == "pending":
        raise RowSkip("import.skip.sale_pending", status=shown(text))
    if kind is None and strict:
        raise RowSkip("import.skip.sale_status", status=shown(text))


# ----- days -----------------------------------------------------------------------------------

_YMD = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_SHORT = re.compile(r"(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4}|\d{2})(?!\d)")
_MONTHS = {name: number for number, name in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_DAY_MONTH = re.compile(r"(\d{1,2})[ -]([a-z]{3})[a-z]*\.?[ ,-]*(\d{4})")
_MONTH_DAY = re.compile(r"([a-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})")
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?")
# Time zones of places that write the month first; any other zone a file names writes the day first.
_MONTH_FIRST_ZONES = re.compile(
    r"\b(?:[PMCE][SD]T|AK[SD]T|HST|America/|(?:Pacific|Eastern|Central|Mountain) Time|US & Canada)", re.I
)
_DAY_FIRST_ZONES = re.compile(
    r"\b(?:GMT|BST|IST|[CEW]ES?T|Europe/|Australia/|A[CEW][SD]T|NZ[SD]T|London|Dublin|Paris|Sydney)", re.I
)


def _full_year(year: str) -> int:
    return int(year) + (2000 if len(year) == 2 else 0)


class Days:
    """The days of one date column, read the same way for the whole file.

    ISO and Japanese dates (`2024-05-01`, `2024/05/01 12:34`, `2024年5月1日`) and English month names read
    as they are. `05/01/2024` is month first or day first by the exporter's locale, so the whole column
    decides: a number above 12 in either place; else the one reading under which the rows run in date
    order (exports list them newest or oldest first); else the time zone the file names (`PDT` writes the
    month first, `CET` the day); else the file is refused (`import.sales.date_order`) rather than guessed.
    """

    def __init__(self, cells: list[str], zones: Iterable[str] = ()) -> None:
        self.month_first = True
        cells = [unicodedata.normalize("NFKC", cell) for cell in cells]  # as _read sees them: ２０２４／０５／０１
        pairs = [
            (int(m[1]), int(m[2]), _full_year(m[3])) for cell in cells if not _YMD.search(cell) and (m := _SHORT.search(cell))
        ]
        if not pairs or all(first == second for first, second, _ in pairs):
            return
        readings = {True: _days(pairs, month_first=True), False: _days(pairs, month_first=False)}
        whole = [order for order, days in readings.items() if None not in days]
        if len(whole) == 1:
            self.month_first = whole[0]
            return
        if not whole:  # a few cells are wrong whichever way: the reading that fits more rows, the rest unreadable
            self.month_first = sum(d is not None for d in readings[True]) >= sum(d is not None for d in readings[False])
            return
        ordered = [order for order, days in readings.items() if _in_order(days)]  # (both whole here)
        if len(ordered) == 1:
            self.month_first = ordered[0]
            return
        named = " ".join(dict.fromkeys(zones))
        if _MONTH_FIRST_ZONES.search(named):
            self.month_first = True
        elif _DAY_FIRST_ZONES.search(named):
            self.month_first = False
        else:
            example = next(cell for cell in cells if _SHORT.search(cell) and not _YMD.search(cell))
            raise ImportProblem("import.sales.date_order", example=shown(example))

    def day(self, text: str) -> date | None:
        """The cell's day, or None when it is not a date."""
        when = self._read(text)
        return when[0] if when else None

    def moment(self, text: str) -> datetime | None:
        """The cell's day and time of day (midnight when it has none), or None when it is not a date."""
        when = self._read(text)
        if when is None:
            return None
        clock = _CLOCK.search(text, when[1])
        hour, minute, second = (int(clock[1]), int(clock[2]), int(clock[3] or 0)) if clock else (0, 0, 0)
        try:
            return datetime(when[0].year, when[0].month, when[0].day, hour, minute, second)
        except ValueError:
            return None

    def _read(self, text: str) -> tuple[date, int] | None:
        text = unicodedata.normalize("NFKC", text).strip()
        try:
            if found := _YMD.search(text):
                return date(int(found[1]), int(found[2]), int(found[3])), found.end()
            if found := _SHORT.search(text):
                first, second, year = int(found[1]), int(found[2]), _full_year(found[3])
                month, day = (first, second) if self.month_first else (second, first)
                return date(year, month, day), found.end()
            lower = text.casefold()
            if (found := _DAY_MONTH.search(lower)) and found[2] in _MONTHS:
                return date(int(found[3]), _MONTHS[found[2]], int(found[1])), found.end()
            if (found := _MONTH_DAY.search(lower)) and found[1] in _MONTHS:
                return date(int(found[3]), _MONTHS[found[1]], int(found[2])), found.end()
        except ValueError:
            return None
        return None


def _days(pairs: list[tuple[int, int, int]], *, month_first: bool) -> list[date | None]:
    days: list[date | None] = []
    for first, second, year in pairs:
        month, day = (first, second) if month_first else (second, first)
        try:
            days.append(date(year, month, day))
        except ValueError:
            days.append(None)
    return days


def _in_order(days: list[date]) -> bool:
    steps = list(zip(days, days[1:], strict=False))
    return all(a <= b for a, b in steps) or all(a >= b for a, b in steps)


def local_day(moment: datetime, *, utc: bool, zone: tzinfo | None) -> date:
    """The day a time falls on for the user: a UTC time moved into `zone` when one is given."""
    if utc and zone is not None:
        return moment.replace(tzinfo=UTC).astimezone(zone).date()
    return moment.date()

"""The one way money is written: the journal's currency, its usual symbol, proper grouping."""

from __future__ import annotations

_SYMBOLS = {"JPY": "¥", "USD": "$", "EUR": "€", "GBP": "£", "CNY": "CN¥", "KRW": "₩", "INR": "₹"}
_NO_MINOR_UNITS = frozenset({"JPY", "KRW", "VND", "CLP", "ISK", "HUF", "TWD", "IDR"})


def format_money(value: float | int | None, currency: str) -> str:
    if value is None:
        return ""
    digits = 0 if currency in _NO_MINOR_UNITS or float(value).is_integer() else 2
    number = f"{value:,.{digits}f}"
    symbol = _SYMBOLS.get(currency)
    return f"{symbol}{number}" if symbol else f"{number} {currency}"


def parse_money(text: str) -> int | float:
    """A value as people type it: 30000, 30,000, ¥30,000, 12.50. Raises ValueError."""
    cleaned = text.strip().replace(",", "").replace("_", "")
    cleaned = cleaned.lstrip("".join(set("".join(_SYMBOLS.values())))).strip()
    number = float(cleaned)
    return int(number) if number.is_integer() and abs(number) < 2**53 else number

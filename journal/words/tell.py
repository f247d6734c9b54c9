"""Structured results told in words: counts with their plural, the reason of each flag, rules.

The insights return codes and numbers (`journal.insights.Flag.facts`); this is the one place that
turns them into the sentences the report, the app and the command line show."""

from __future__ import annotations

from ..insights import Flag, Overdue, rule_params
from ..money import format_money
from . import CATALOGUES, say


def count(noun: str, n: int, lang: str) -> str:
    """`3 payments`, `1 payment`, `3回`: the count's form in the language (with thousands separators)."""
    code = f"count.{noun}.one" if n == 1 and f"count.{noun}.one" in CATALOGUES.get(lang, {}) else f"count.{noun}.other"
    return say(code, lang, n=f"{n:,}")


def window(days: int, lang: str) -> str:
    """The insight window in the plainest unit: 365 days are 12 months."""
    if days % 365 == 0:
        return count("month", days // 365 * 12, lang)
    if days % 30 == 0:
        return count("month", days // 30, lang)
    return count("day", days, lang)


def rule(name: str, lang: str) -> str:
    return say(f"rule.{name}", lang, **rule_params())


# The direction's mark carries it without colour: → gave, ← received, ⇄ mutual, · note, ◆ sale.
DIRECTION_MARKS = {"gave": "→", "received": "←", "mutual": "⇄", "note": "·", "sale": "◆"}


def direction_label(direction: str, lang: str) -> str:
    return f"{DIRECTION_MARKS[direction]} {word('direction', direction, lang)}"


def word(group: str, value: str | None, lang: str) -> str:
    """A field value (`gave`, `peer`, `referral`) as the user's language says it."""
    return "" if value is None else say(f"{group}.{value}", lang)


def reason(flag: Flag | Overdue, lang: str, currency: str) -> str:
    """Why this contact is flagged, in one sentence."""
    if isinstance(flag, Overdue):
        return overdue_reason(flag, lang)
    facts = flag.facts
    if flag.rule == "feeding":
        parts = []
        if facts["payments"]:
            money = format_money(facts["paid"], currency) if facts["paid"] else ""
            code = "reason.feeding.paid" if money else "reason.feeding.paid_count"
            parts.append(say(code, lang, payments=count("payment", facts["payments"], lang), money=money))
        if facts["labor"]:
            parts.append(say("reason.feeding.labor", lang, times=count("time", facts["labor"], lang)))
        joined = say("reason.feeding.and", lang).join(parts).removesuffix(",")
        return say("reason.feeding", lang, parts=joined, window=window(facts["window_days"], lang))
    if flag.rule == "taker":
        kinds = say("list.separator", lang).join(
            word("kind", kind, lang) if n == 1 else say("kinds.times", lang, kind=word("kind", kind, lang), n=n)
            for kind, n in facts["kinds"]
        )
        return say(
            "reason.taker",
            lang,
            times=count("gave", facts["given"], lang),
            kinds=kinds,
            window=window(facts["window_days"], lang),
        )
    if flag.rule == "comfort":
        entries = count("entry", facts["entries"], lang)
        return say("reason.comfort", lang, window=window(facts["window_days"], lang), entries=entries)
    return say(f"reason.{flag.rule}", lang, **facts)


def overdue_reason(item: Overdue, lang: str) -> str:
    code = "reason.overdue.last" if item.last else "reason.overdue.none"
    when = say(code, lang, days=count("day", item.days_since, lang))
    if item.overdue_days == 0:
        status = say("reason.overdue.today", lang)
    else:
        status = say("reason.overdue.late", lang, days=count("day", item.overdue_days, lang))
    return say("reason.overdue", lang, when=when, cadence=count("day", item.contact.cadence_days, lang), status=status)

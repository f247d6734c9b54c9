"""Structured results told in words: counts with their plural, the reason of each flag, rules.

The insights return codes and numbers (`journal.insights.Flag.facts`); this is the one place that
turns them into the sentences the report, the app and the command line show."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..bars import MARKS
from ..insights import TREND_MEASURES, Balance, Flag, Overdue, Report, Standing, rule_params
from ..money import format_money
from ..textsafe import fit, safe, width
from . import count, explain, say

if TYPE_CHECKING:
    from ..actions import CopyMerged, PeopleImport, PersonOutcome


def window(days: int, lang: str) -> str:
    """The insight window in the plainest unit: 365 days are 12 months."""
    if days % 365 == 0:
        return count("month", days // 365 * 12, lang)
    if days % 30 == 0:
        return count("month", days // 30, lang)
    return count("day", days, lang)


def rule(name: str, lang: str, currency: str = "JPY") -> str:
    """The rule in words with its thresholds; the cash ones in the journal's currency."""
    params: dict[str, object] = dict(rule_params(currency))
    for name_ in ("feeding_cash_watch", "feeding_cash_high"):
        params[name_] = format_money(params[name_], currency)
    return say(f"rule.{name}", lang, **params)


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
        span = window(facts["window_days"], lang)
        back = facts.get("back") or []
        if not back:
            return say("reason.feeding", lang, parts=joined, window=span)
        listed = say("list.separator", lang).join(
            say("reason.feeding.back_kind", lang, n=f"{n:,}", kind=word("kind", kind, lang)) for kind, n in back
        )
        return say("reason.feeding.back", lang, parts=joined, window=span, back=listed)
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
    if flag.rule == "invite" and "comfort" in facts:
        entries = count("entry", facts["comfort"], lang)
        return say(
            "reason.invite.comfort", lang, score=facts["score"], entries=entries, window=window(facts["window_days"], lang)
        )
    return say(f"reason.{flag.rule}", lang, **facts)


def overdue_reason(item: Overdue, lang: str) -> str:
    code = "reason.overdue.last" if item.last else "reason.overdue.none"
    when = say(code, lang, days=count("day", item.days_since, lang))
    if item.overdue_days == 0:
        status = say("reason.overdue.today", lang)
    else:
        status = say("reason.overdue.late", lang, days=count("day", item.overdue_days, lang))
    return say("reason.overdue", lang, when=when, cadence=count("day", item.cadence, lang), status=status)


# ----- the payoff: money by the accounting rule --------------------------------------------------------

ARROWS = {"up": "↑", "down": "↓", "same": "="}


def signed(value: float, currency: str) -> str:
    """A net amount with its sign in front of the currency: +¥422,400, −¥117,600, ¥0."""
    if value == 0:
        return format_money(0, currency)
    return ("+" if value > 0 else "\u2212") + format_money(abs(value), currency)


def share(part: float, whole: float) -> str:
    """`47%` of the whole, or `–` when there is no whole."""
    return f"{part / whole:.0%}" if whole > 0 else "\u2013"


def payoff_summary(report: Report, lang: str) -> list[str]:
    """The window's totals: a title line, then a small table: sales (your own, through your network),
    cash spent, net, help both ways (estimates, apart from cash) and your own effort."""
    t, currency = report.totals, report.currency
    money = lambda v: format_money(v, currency)  # noqa: E731
    rows = [
        ("sales", money(t.sales), ""),
        ("own", money(t.own_sales), ""),
        ("network", money(t.network_sales), share(t.network_sales, t.sales)),
        ("spent", money(t.spent), count("payment", t.payments, lang)),
        ("net", signed(t.net, currency), ""),
        ("help_given", money(t.help_given_value), count("time", t.help_given_count, lang)),
        ("help_received", money(t.help_received_value), count("time", t.help_received_count, lang)),
        ("effort", "", count("note", t.own_effort, lang)),
    ]
    title = say("payoff.title", lang, start=t.start.isoformat(), end=t.end.isoformat())
    return [title, *columns([[say(f"payoff.row.{name}", lang), amount, note] for name, amount, note in rows], right=(1,))]


def trend_heading(report: Report, lang: str) -> str:
    trend = report.trend
    span = lambda months: say("payoff.span", lang, first=months[0].month, last=months[-1].month)  # noqa: E731
    return say("payoff.trend", lang, n=len(trend.recent), recent=span(trend.recent), before=span(trend.before))


def trend_rows(report: Report, lang: str) -> list[tuple[str, str, str, str, str]]:
    """Per measure: (label, arrow and word, before → recent, direction, verdict "better"/"worse"/"same"),
    the label and the change padded to columns. Less cash spent is better; more of the rest is."""
    rows = []
    for measure in TREND_MEASURES:
        before, recent, direction = report.trend.change(measure)
        worse_when = "up" if measure == "spent" else "down"
        verdict = "same" if direction == "same" else "worse" if direction == worse_when else "better"
        rows.append(
            (
                say(f"payoff.measure.{measure}", lang),
                f"{ARROWS[direction]} {say(f'payoff.change.{direction}', lang)}",
                _amount_pair(before, recent, report.currency, measure == "net"),
                direction,
                verdict,
            )
        )
    labels = max(width(r[0]) for r in rows)
    changes = max(width(r[1]) for r in rows)
    return [(fit(a, labels), fit(b, changes), c, d, e) for a, b, c, d, e in rows]


def _amount_pair(before: float, recent: float, currency: str, with_sign: bool) -> str:
    shown = (lambda v: signed(v, currency)) if with_sign else (lambda v: format_money(v, currency))
    return f"{shown(before):>12} → {shown(recent)}"


def chart_heads(lang: str) -> dict[str, str]:
    """The sales chart's column titles (`journal.bars.sales_chart`), the bars' with their marks."""
    heads = {name: say(f"payoff.head.{name}", lang) for name in ("month", "sales", "network", "spent")}
    for bar, marks in (("sales_bar", MARKS["network"] + MARKS["own"]), ("spent_bar", MARKS["spent"])):
        heads[bar] = say("payoff.head.marked", lang, label=say(f"payoff.head.{bar}", lang), marks=marks)
    return heads


def legend(lang: str) -> str:
    return say("payoff.legend", lang, **MARKS)


def tag_table(report: Report, lang: str) -> list[str]:
    """Per tag in the window: cash spent, business brought, net, help given/back (counts), in columns."""
    currency = report.currency
    head = ["", say("payoff.col.spent", lang), say("payoff.col.brought", lang), say("payoff.col.net", lang)]
    head.append(say("payoff.col.help", lang))
    rows = [head]
    for tag, b in report.by_tag.items():
        rows.append(
            [
                word("tags", tag, lang),
                format_money(b.spent, currency),
                format_money(b.brought, currency),
                signed(b.net, currency),
                f"{b.help_given_count:,}/{b.help_received_count:,}",
            ]
        )
    return columns(rows)


def columns(rows: list[list[str]], right: tuple[int, ...] | None = None) -> list[str]:
    """Rows of cells laid out in columns: the first left-aligned, then the `right` ones right-aligned
    (all the others by default) and the rest left-aligned."""
    widths = [max(width(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = []
        for i, (cell, cells_wide) in enumerate(zip(row, widths, strict=True)):
            aligned_right = i > 0 and (right is None or i in right)
            cells.append(" " * (cells_wide - width(cell)) + cell if aligned_right else fit(cell, cells_wide))
        lines.append("  ".join(cells).rstrip())
    return lines


def standing(item: Standing, lang: str, currency: str, costly: bool) -> str:
    """Why a contact is among those who cost most (what you spent, what help came back) or who brought most."""
    b: Balance = item.balance
    if costly:
        received = count("time", b.help_received_count, lang) if b.help_received_count else say("payoff.nothing", lang)
        return say(
            "payoff.costly.row",
            lang,
            spent=format_money(b.spent, currency),
            payments=count("payment", b.payments, lang),
            received=received,
        )
    return say(
        "payoff.bringers.row",
        lang,
        brought=format_money(b.brought, currency),
        spent=format_money(b.spent, currency),
        net=signed(b.net, currency),
    )


# ----- an import of people (the command line's output and the app's preview) ---------------------

PEOPLE_PARTS = (  # (outcome kind, its count once done, its count in a dry run)
    ("add", "added", "would_add"),
    ("update", "updated", "would_update"),
    ("unchanged", "unchanged", "unchanged"),
    ("twice", "twice", "twice"),
    ("same_name", "same_name", "same_name"),
    ("invalid", "invalid", "invalid"),
)
LEFT_OUT = frozenset({"same_name", "invalid"})


def people_counts(result: PeopleImport, lang: str) -> list[str]:
    """`3 would be added`, `1 card skipped`...: each kind of outcome the import has, counted."""
    parts = [
        say(f"cli.people.{would if result.dry_run else done}", lang, n=result.count(kind))
        for kind, done, would in PEOPLE_PARTS
        if result.count(kind)
    ]
    if result.skipped:
        noun = "card" if result.format == "vcard" else "row"
        parts.append(say("cli.people.skipped", lang, what=count(noun, len(result.skipped), lang)))
    return parts


def people_told(result: PeopleImport, lang: str) -> tuple[str, list[str]]:
    """The summary line, and the lines about each person: in a dry run everyone, else only those
    left out (and the cards or rows the file could not give), when there are any. Names are made
    safe to print (textsafe.safe)."""
    summary = say(
        "cli.people.summary_dry" if result.dry_run else "cli.people.summary",
        lang,
        people=count("person", result.total, lang),
        parts=say("list.separator", lang).join(people_counts(result, lang)) or say("cli.people.nothing", lang),
    )
    details = [person_told(outcome, lang) for outcome in result.outcomes if result.dry_run or outcome.kind in LEFT_OUT]
    details += [safe(say(skip.code, lang, **skip.params)) for skip in result.skipped]
    return summary, details


def person_told(outcome: PersonOutcome, lang: str) -> str:
    """What the import does, or would do, with one person, and why."""
    name, contact_id = safe(outcome.name), outcome.contact_id or ""
    if outcome.kind == "add":
        return say("import.people.would_add", lang, name=name, tag=word("tag", outcome.tag, lang))
    if outcome.kind == "update":  # (told in a dry run only)
        fields = say("list.separator", lang).join(say(f"import.people.field.{f}", lang) for f in outcome.filled)
        return say("import.people.would_update", lang, name=name, id=contact_id, fields=fields)
    if outcome.kind == "invalid":
        return say("import.people.invalid", lang, name=name, problem=safe(explain(outcome.problem, lang)))
    return say(f"import.people.{outcome.kind}", lang, name=name, id=contact_id)


def copy_merged(merged: CopyMerged, lang: str) -> str:
    """One line for a sync tool's copy: what merging it did, or why it was left alone."""
    name = safe(merged.name)
    if merged.counts is None:
        return say("sync.left_alone", lang, name=name, problem=safe(explain(merged.problem, lang)))
    counts = merged.counts
    return say(
        "sync.merged",
        lang,
        name=name,
        added=counts.added,
        updated=counts.updated,
        removed=counts.removed,
    )

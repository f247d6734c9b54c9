"""`shima report`: the insights as readable sections in the user's language, or as JSON with
stable keys (see README) whose reasons and rules are always English.

The money first (did your network move your sales: the window's totals, the trend, the chart by
month, per tag, who cost most and who brought most), then the flags."""

from __future__ import annotations

from datetime import date

from .bars import sales_chart
from .insights import RULES, TREND_MEASURES, Balance, Flag, Money, Month, Overdue, Report, Standing, build_report, rule_params
from .money import minor_digits
from .records import Snapshot
from .textsafe import safe
from .words import say
from .words.tell import (
    chart_heads,
    legend,
    payoff_summary,
    reason,
    rule,
    standing,
    tag_table,
    trend_heading,
    trend_rows,
    word,
)

REPORT_CELLS = 78  # the text report fits an 80-column terminal
PEOPLE_SHOWN = 5  # who cost most, who brought most: the first few in the text report


def _amount(value: float, currency: str) -> int | float:
    """An amount for JSON: rounded to the currency's smallest unit, a whole number when it is one."""
    rounded = round(value, minor_digits(currency))
    return int(rounded) if rounded == int(rounded) else rounded


def _money_json(m: Money, currency: str) -> dict:
    """The accounting rule's buckets (see README, Insights): cash, then help apart from cash."""
    a = lambda v: _amount(v, currency)  # noqa: E731
    return {
        "sales": a(m.sales),
        "network_sales": a(m.network_sales),
        "own_sales": a(m.own_sales),
        "spent": a(m.spent),
        "brought": a(m.brought),
        "net": a(m.net),
        "payments": m.payments,
        "help_given_count": m.help_given_count,
        "help_given_value": a(m.help_given_value),
        "help_received_count": m.help_received_count,
        "help_received_value": a(m.help_received_value),
    }


def _balance_json(b: Balance, currency: str) -> dict:
    money = _money_json(b, currency)
    return {
        "given_count": b.given_count,
        "given_value": b.given_value,
        "received_count": b.received_count,
        "received_value": b.received_value,
        "last": b.last.isoformat() if b.last else None,
        **{key: money[key] for key in ("spent", "brought", "net", "payments")},
        **{key: money[key] for key in money if key.startswith("help_")},
    }


def _month_json(m: Month, currency: str) -> dict:
    return {
        "month": m.month,
        "given_value": m.given_value,
        "received_value": m.received_value,
        "given_count": m.given_count,
        "received_count": m.received_count,
        "own_effort": m.own_effort,
        **_money_json(m, currency),
    }


def _standing_json(s: Standing, currency: str) -> dict:
    c, b = s.contact, s.balance
    return {"id": c.id, "name": c.name, "tag": c.tag, **{k: v for k, v in _balance_json(b, currency).items() if k != "last"}}


def _trend_json(report: Report) -> dict:
    trend, currency = report.trend, report.currency
    a = lambda v: _amount(v, currency)  # noqa: E731
    side = lambda months: {  # noqa: E731
        "from": months[0].month,
        "to": months[-1].month,
        **{measure: a(trend.total(measure, months)) for measure in TREND_MEASURES},
    }
    changes = {measure: trend.change(measure) for measure in TREND_MEASURES}
    return {
        "months": len(trend.recent),
        "recent": side(trend.recent),
        "before": side(trend.before),
        "change": {measure: a(recent - before) for measure, (before, recent, _) in changes.items()},
        "direction": {measure: direction for measure, (_, _, direction) in changes.items()},
    }


def _flag_json(flag: Flag | Overdue, currency: str) -> dict:
    c = flag.contact
    level = flag.level if isinstance(flag, Flag) else "watch"
    return {
        "id": c.id,
        "name": c.name,
        "tag": c.tag,
        "level": level,
        "reason": reason(flag, "en", currency),
        "rule": rule(flag.rule, "en", currency),
    }


def report_document(snapshot: Snapshot, today: date) -> dict:
    report = build_report(snapshot, today)
    contacts = {c.id: c for c in snapshot.contacts}
    currency = report.currency
    totals = report.totals
    return {
        "today": today.isoformat(),
        "window_days": report.window_days,
        "currency": currency,
        "owner_goal": report.owner_goal,
        "thresholds": rule_params(currency),
        "rules": {name: rule(name, "en", currency) for name in RULES},
        "balance": {
            "by_contact": [
                {"id": cid, "name": contacts[cid].name, "tag": contacts[cid].tag, **_balance_json(b, currency)}
                for cid, b in report.balances.items()
                if not contacts[cid].archived
            ],
            "by_tag": {tag: _balance_json(b, currency) for tag, b in report.by_tag.items()},
        },
        "feeding_risk": [_flag_json(f, currency) for f in report.feeding],
        "taker_risk": [_flag_json(f, currency) for f in report.takers],
        "comfort_only": [_flag_json(f, currency) for f in report.comfort],
        "shima": {
            "invite": [{**_flag_json(f, currency), "score": f.contact.shima_fit.score} for f in report.invite],
            "review": [{**_flag_json(f, currency), "score": f.contact.shima_fit.score} for f in report.review],
        },
        "stay_in_touch": [
            {
                "id": o.contact.id,
                "name": o.contact.name,
                "tag": o.contact.tag,
                "cadence_days": o.cadence,
                "last": o.last.isoformat() if o.last else None,
                "days_since": o.days_since,
                "overdue_days": o.overdue_days,
                "reason": reason(o, "en", currency),
            }
            for o in report.overdue
        ],
        "payoff": {
            "months": [_month_json(m, currency) for m in report.months],
            "totals": {
                "from": totals.start.isoformat(),
                "to": totals.end.isoformat(),
                **_money_json(totals, currency),
                "own_effort": totals.own_effort,
            },
            "trend": _trend_json(report),
            "by_tag": {
                tag: {
                    "given_value": b.given_value,
                    "received_value": b.received_value,
                    **{k: v for k, v in _money_json(b, currency).items() if k not in ("sales", "network_sales", "own_sales")},
                }
                for tag, b in report.by_tag.items()
            },
            "costly": [_standing_json(s, currency) for s in report.costly],
            "bringers": [_standing_json(s, currency) for s in report.bringers],
        },
    }


def _flag_lines(flags: list, report: Report, lang: str) -> list[str]:
    lines = []
    for f in flags:
        level = say(f"level.{f.level if isinstance(f, Flag) else 'watch'}", lang)
        tag = word("tag", f.contact.tag, lang)
        lines.append(f"  [{level}] {safe(f.contact.name)} ({tag}): {reason(f, lang, report.currency)}")
    return lines or ["  " + say("report.nobody", lang)]


def payoff_lines(report: Report, lang: str, cells: int = REPORT_CELLS) -> list[str]:
    """Did your network move your sales: the window's totals, the trend, the chart, per tag, people."""
    title, *summary = payoff_summary(report, lang)
    lines = [title, *("  " + line for line in summary)]
    lines += ["", trend_heading(report, lang)]
    lines += [f"  {label}  {change}  {amounts}" for label, change, amounts, _, _ in trend_rows(report, lang)]
    lines += ["", say("payoff.chart", lang), "  " + legend(lang)]
    lines += [
        "  " + "".join(text for text, _ in row).rstrip()
        for row in sales_chart(report.months, report.currency, cells - 2, chart_heads(lang))
    ]
    lines += ["", say("payoff.by_tag", lang), *("  " + line for line in tag_table(report, lang))]
    for name, people, costly in (("costly", report.costly, True), ("bringers", report.bringers, False)):
        lines += ["", say(f"payoff.{name}", lang)]
        lines += [
            f"  {safe(s.contact.name)} ({word('tag', s.contact.tag, lang)}): {standing(s, lang, report.currency, costly)}"
            for s in people[:PEOPLE_SHOWN]
        ] or ["  " + say("payoff.none", lang)]
    return lines


def report_text(snapshot: Snapshot, today: date, lang: str) -> str:
    report = build_report(snapshot, today)
    currency = report.currency
    lines = [say("report.heading", lang, today=today.isoformat(), days=report.window_days)]
    if report.owner_goal:
        lines.append(say("report.goal", lang, goal=safe(report.owner_goal)))
    lines += ["", *payoff_lines(report, lang)]
    for name, flags in (("feeding", report.feeding), ("taker", report.takers), ("comfort", report.comfort)):
        lines += [
            "",
            say(f"title.{name}", lang),
            "  " + say("report.rule", lang, rule=rule(name, lang, currency)),
            *_flag_lines(flags, report, lang),
        ]
    lines += ["", say("report.your_shima", lang), "  " + say("report.rule", lang, rule=rule("invite", lang, currency))]
    lines += _flag_lines(report.invite, report, lang)
    lines += ["  " + say("report.rule", lang, rule=rule("review", lang, currency)), *_flag_lines(report.review, report, lang)]
    lines += ["", say("title.overdue", lang), *_flag_lines(report.overdue, report, lang)]
    return "\n".join(lines) + "\n"

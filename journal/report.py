"""`shima report`: the insights as readable sections in the user's language, or as JSON with
stable keys (see README) whose reasons and rules are always English."""

from __future__ import annotations

from datetime import date

from .bars import bar
from .insights import RULES, Balance, Flag, Overdue, Report, build_report, rule_params
from .money import format_money
from .records import Snapshot
from .textsafe import fit, safe, width
from .words import say
from .words.tell import reason, rule, word

BAR_CELLS = 24


def _balance_json(b: Balance) -> dict:
    return {
        "given_count": b.given_count,
        "given_value": b.given_value,
        "received_count": b.received_count,
        "received_value": b.received_value,
        "last": b.last.isoformat() if b.last else None,
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
        "rule": rule(flag.rule, "en"),
    }


def report_document(snapshot: Snapshot, today: date) -> dict:
    report = build_report(snapshot, today)
    contacts = {c.id: c for c in snapshot.contacts}
    currency = report.currency
    return {
        "today": today.isoformat(),
        "window_days": report.window_days,
        "currency": currency,
        "owner_goal": report.owner_goal,
        "thresholds": rule_params(),
        "rules": {name: rule(name, "en") for name in RULES},
        "balance": {
            "by_contact": [
                {"id": cid, "name": contacts[cid].name, "tag": contacts[cid].tag, **_balance_json(b)}
                for cid, b in report.balances.items()
                if not contacts[cid].archived
            ],
            "by_tag": {tag: _balance_json(b) for tag, b in report.by_tag.items()},
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
                "cadence_days": o.contact.cadence_days,
                "last": o.last.isoformat() if o.last else None,
                "days_since": o.days_since,
                "overdue_days": o.overdue_days,
                "reason": reason(o, "en", currency),
            }
            for o in report.overdue
        ],
        "payoff": {
            "months": [
                {
                    "month": m.month,
                    "given_value": m.given_value,
                    "received_value": m.received_value,
                    "given_count": m.given_count,
                    "received_count": m.received_count,
                    "own_effort": m.own_effort,
                }
                for m in report.months
            ],
            "by_tag": {
                tag: {"given_value": b.given_value, "received_value": b.received_value} for tag, b in report.by_tag.items()
            },
        },
    }


def _flag_lines(flags: list, report: Report, lang: str) -> list[str]:
    lines = []
    for f in flags:
        level = say(f"level.{f.level if isinstance(f, Flag) else 'watch'}", lang)
        tag = word("tag", f.contact.tag, lang)
        lines.append(f"  [{level}] {safe(f.contact.name)} ({tag}): {reason(f, lang, report.currency)}")
    return lines or ["  " + say("report.nobody", lang)]


def report_text(snapshot: Snapshot, today: date, lang: str) -> str:
    report = build_report(snapshot, today)
    money = lambda v: format_money(v, report.currency)  # noqa: E731
    lines = [say("report.heading", lang, today=today.isoformat(), days=report.window_days)]
    if report.owner_goal:
        lines.append(say("report.goal", lang, goal=safe(report.owner_goal)))
    for name, flags in (("feeding", report.feeding), ("taker", report.takers), ("comfort", report.comfort)):
        lines += [
            "",
            say(f"title.{name}", lang),
            "  " + say("report.rule", lang, rule=rule(name, lang)),
            *_flag_lines(flags, report, lang),
        ]
    lines += ["", say("report.your_shima", lang), "  " + say("report.rule", lang, rule=rule("invite", lang))]
    lines += _flag_lines(report.invite, report, lang)
    lines += ["  " + say("report.rule", lang, rule=rule("review", lang)), *_flag_lines(report.review, report, lang)]
    lines += ["", say("title.overdue", lang), *_flag_lines(report.overdue, report, lang)]
    lines += ["", say("report.by_tag", lang)]
    tag_cells = max(width(word("tags", tag, lang)) for tag in report.by_tag)
    for tag, b in report.by_tag.items():
        lines.append(
            "  "
            + say(
                "report.by_tag.row",
                lang,
                tag=fit(word("tags", tag, lang), tag_cells),
                gave=f"{b.given_count:,}",
                gave_money=money(b.given_value),
                received=f"{b.received_count:,}",
                received_money=money(b.received_value),
            )
        )
    lines += ["", say("report.payoff", lang)]
    largest = max([m.received_value for m in report.months] + [m.given_value for m in report.months] + [0])
    for m in report.months:
        lines.append(f"  {m.month}  ← {bar(m.received_value, largest, BAR_CELLS):<{BAR_CELLS}} {money(m.received_value)}")
        effort = say("report.effort", lang, n=m.own_effort)
        lines.append(f"           → {bar(m.given_value, largest, BAR_CELLS):<{BAR_CELLS}} {money(m.given_value)}  {effort}")
    return "\n".join(lines) + "\n"

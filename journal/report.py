"""`shima report`: the insights as readable sections, or as JSON with stable keys (see README)."""

from __future__ import annotations

from datetime import date

from .insights import RULES, THRESHOLDS, Balance, Flag, build_report
from .money import format_money
from .records import Snapshot
from .textsafe import safe

BAR_CELLS = 24


def _balance_json(b: Balance) -> dict:
    return {
        "given_count": b.given_count,
        "given_value": b.given_value,
        "received_count": b.received_count,
        "received_value": b.received_value,
        "last": b.last.isoformat() if b.last else None,
    }


def _flag_json(flag: Flag) -> dict:
    c = flag.contact
    return {"id": c.id, "name": c.name, "tag": c.tag, "level": flag.level, "reason": flag.reason, "rule": flag.rule}


def report_document(snapshot: Snapshot, today: date) -> dict:
    report = build_report(snapshot, today)
    contacts = {c.id: c for c in snapshot.contacts}
    return {
        "today": today.isoformat(),
        "window_days": report.window_days,
        "currency": report.currency,
        "owner_goal": report.owner_goal,
        "thresholds": {name: getattr(THRESHOLDS, name) for name in THRESHOLDS.__slots__},
        "rules": RULES,
        "balance": {
            "by_contact": [
                {"id": cid, "name": contacts[cid].name, "tag": contacts[cid].tag, **_balance_json(b)}
                for cid, b in report.balances.items()
                if not contacts[cid].archived
            ],
            "by_tag": {tag: _balance_json(b) for tag, b in report.by_tag.items()},
        },
        "feeding_risk": [_flag_json(f) for f in report.feeding],
        "taker_risk": [_flag_json(f) for f in report.takers],
        "comfort_only": [_flag_json(f) for f in report.comfort],
        "shima": {
            "invite": [{**_flag_json(f), "score": f.contact.shima_fit.score} for f in report.invite],
            "review": [{**_flag_json(f), "score": f.contact.shima_fit.score} for f in report.review],
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
                "reason": o.reason,
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


def bar(value: float, largest: float, cells: int = BAR_CELLS) -> str:
    """A horizontal bar in eighths of a cell, so small values still show."""
    if largest <= 0 or value <= 0:
        return ""
    eighths = max(1, round(value / largest * cells * 8))
    full, rest = divmod(eighths, 8)
    return "█" * full + ("" if rest == 0 else " ▏▎▍▌▋▊▉"[rest])


def _flag_lines(flags: list[Flag]) -> list[str]:
    return [f"  [{f.level}] {safe(f.contact.name)} ({f.contact.tag}): {f.reason}" for f in flags] or ["  none"]


def report_text(snapshot: Snapshot, today: date) -> str:
    report = build_report(snapshot, today)
    money = lambda v: format_money(v, report.currency)  # noqa: E731
    lines = [f"shima report for {today.isoformat()} (window: last {report.window_days} days)"]
    if report.owner_goal:
        lines.append(f"Your goal: {safe(report.owner_goal)}")
    lines += ["", "Feeding risk: you are their feed", f"  rule: {RULES['feeding']}", *_flag_lines(report.feeding)]
    lines += ["", "Taker risk: they feed on you", f"  rule: {RULES['taker']}", *_flag_lines(report.takers)]
    lines += ["", "Comfort, not yet a network", f"  rule: {RULES['comfort']}", *_flag_lines(report.comfort)]
    lines += ["", "Your shima", f"  invite rule: {RULES['invite']}", *_flag_lines(report.invite)]
    lines += [f"  review rule: {RULES['review']}", *_flag_lines(report.review)]
    lines += ["", "Stay in touch (most overdue first)"]
    lines += [f"  {safe(o.contact.name)} ({o.contact.tag}): {o.reason}" for o in report.overdue] or ["  nobody is due"]
    lines += ["", "Balance by tag (window)"]
    for tag, b in report.by_tag.items():
        given = f"gave {b.given_count:,} ({money(b.given_value)})"
        lines.append(f"  {tag:<10} {given:<28} received {b.received_count:,} ({money(b.received_value)})")
    lines += ["", "Did it pay off? received ← vs given → per month; effort = entries about yourself"]
    largest = max([m.received_value for m in report.months] + [m.given_value for m in report.months] + [0])
    for m in report.months:
        lines.append(f"  {m.month}  ← {bar(m.received_value, largest):<{BAR_CELLS}} {money(m.received_value)}")
        lines.append(f"           → {bar(m.given_value, largest):<{BAR_CELLS}} {money(m.given_value)}  effort {m.own_effort}")
    return "\n".join(lines) + "\n"

"""Insights (SPEC 3): pure functions of a journal snapshot, with today passed in.

Every threshold lives in THRESHOLDS, and every flag carries the rule that raised it, as codes and
numbers only: the words are the front ends' (`journal.words.insight`), so the README, the report
and the app say the same thing in either language.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from .records import TAGS, Contact, Entry, Snapshot

BUSINESS_KINDS = frozenset({"referral", "collaboration", "money"})
COMFORT_KINDS = frozenset({"support", "information"})


@dataclass(frozen=True, slots=True)
class Thresholds:
    feeding_watch: int = 3  # gifts of money or labor with no business value back
    feeding_high: int = 5
    taker_watch: int = 3  # contributions to them with nothing at all back
    taker_high: int = 5
    comfort_min: int = 3  # contributions, all support or information
    shima_invite_score: int = 3  # a peer at 3 or 4 of the criteria
    shima_review_score: int = 1  # a shima member at 0 or 1
    payoff_months: int = 12


THRESHOLDS = Thresholds()

RULES = ("feeding", "taker", "comfort", "invite", "review", "overdue")  # each "rule.<name>" in the catalogue


def rule_params() -> dict[str, int]:
    """The numbers every rule's sentence is filled with."""
    return {name: getattr(THRESHOLDS, name) for name in THRESHOLDS.__slots__}


@dataclass(slots=True)
class Balance:
    """Given vs received in the window; mutual entries count on both sides."""

    given_count: int = 0
    given_value: float = 0
    received_count: int = 0
    received_value: float = 0
    last: date | None = None  # the last entry with them, any time

    def add(self, entry: Entry) -> None:
        value = entry.value or 0
        if entry.direction in ("gave", "mutual"):
            self.given_count += 1
            self.given_value += value
        if entry.direction in ("received", "mutual"):
            self.received_count += 1
            self.received_value += value


@dataclass(slots=True)
class Flag:
    """One finding about a contact: which rule, how serious, and the numbers behind it."""

    contact: Contact
    rule: str  # one of RULES
    level: str  # "high", "watch", or "info" for suggestions
    facts: dict = field(default_factory=dict)  # the numbers the reason is written from


@dataclass(slots=True)
class Overdue:
    contact: Contact
    last: date | None
    days_since: int
    overdue_days: int

    @property
    def rule(self) -> str:
        return "overdue"


@dataclass(slots=True)
class Month:
    month: str  # YYYY-MM
    given_value: float = 0
    received_value: float = 0
    given_count: int = 0
    received_count: int = 0
    own_effort: int = 0  # entries about yourself (no contact)


@dataclass(slots=True)
class Report:
    today: date
    window_days: int
    currency: str
    owner_goal: str
    balances: dict[str, Balance]
    by_tag: dict[str, Balance]
    feeding: list[Flag]
    takers: list[Flag]
    comfort: list[Flag]
    invite: list[Flag]
    review: list[Flag]
    overdue: list[Overdue]
    months: list[Month]
    flags: dict[str, list[Flag]] = field(default_factory=dict)  # by contact id, for list markers


@dataclass(slots=True)
class _Tally:
    """What one pass over the window learns about a contact."""

    feeds_paid: int = 0
    feeds_paid_value: float = 0
    feeds_labor: int = 0
    business_back: int = 0
    given: int = 0
    given_kinds: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    received_any: int = 0
    contributions: int = 0
    comfort: int = 0


def window_start(today: date, window_days: int) -> date:
    """The first day inside the window: the last `window_days` days, today included."""
    return today - timedelta(days=window_days - 1)


def balances(snapshot: Snapshot, today: date) -> dict[str, Balance]:
    return build_report(snapshot, today).balances


def _level(count: int, watch: int, high: int) -> str | None:
    return "high" if count >= high else "watch" if count >= watch else None


def _month_keys(today: date, count: int) -> list[str]:
    year, month = today.year, today.month
    keys = []
    for _ in range(count):
        keys.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return keys[::-1]


def build_report(snapshot: Snapshot, today: date) -> Report:
    """Every insight in one pass over the entries."""
    settings = snapshot.settings
    window_days, currency = settings.window_days, settings.currency
    start = window_start(today, window_days)
    contacts = {c.id: c for c in snapshot.contacts}
    balance = {cid: Balance() for cid in contacts}
    by_tag = {tag: Balance() for tag in TAGS}
    tallies: dict[str, _Tally] = defaultdict(_Tally)
    months = {key: Month(key) for key in _month_keys(today, THRESHOLDS.payoff_months)}

    for entry in snapshot.entries:
        direction, kind = entry.direction, entry.kind
        for cid in entry.contacts:
            b = balance[cid]
            if b.last is None or entry.date > b.last:
                b.last = entry.date
        month = months.get(entry.date.isoformat()[:7]) if entry.date <= today else None
        if month is not None:
            if not entry.contacts:
                month.own_effort += 1
            value = entry.value or 0
            if direction in ("gave", "mutual"):
                month.given_value += value
                month.given_count += 1
            if direction in ("received", "mutual"):
                month.received_value += value
                month.received_count += 1
        if direction == "note" or not (start <= entry.date <= today):
            continue
        for tag in {contacts[cid].tag for cid in entry.contacts}:
            by_tag[tag].add(entry)
        for cid in entry.contacts:
            balance[cid].add(entry)
            t = tallies[cid]
            t.contributions += 1
            if kind in COMFORT_KINDS:
                t.comfort += 1
            if direction == "gave":
                t.given += 1
                t.given_kinds[kind] += 1
                if kind == "money":
                    t.feeds_paid += 1
                    t.feeds_paid_value += entry.value or 0
                elif kind == "labor":
                    t.feeds_labor += 1
            else:
                t.received_any += 1
                if kind in BUSINESS_KINDS:
                    t.business_back += 1

    feeding, takers, comfort, invite, review = [], [], [], [], []
    for cid, contact in contacts.items():
        if contact.archived:
            continue
        t = tallies.get(cid) or _Tally()
        feeds = t.feeds_paid + t.feeds_labor
        level = None if t.business_back else _level(feeds, THRESHOLDS.feeding_watch, THRESHOLDS.feeding_high)
        if level:
            facts = {"payments": t.feeds_paid, "paid": t.feeds_paid_value, "labor": t.feeds_labor, "window_days": window_days}
            feeding.append(Flag(contact, "feeding", level, facts))
        else:
            level = None if t.received_any else _level(t.given, THRESHOLDS.taker_watch, THRESHOLDS.taker_high)
            if level:
                ranked = sorted(t.given_kinds.items(), key=lambda kv: (-kv[1], kv[0]))
                takers.append(Flag(contact, "taker", level, {"given": t.given, "kinds": ranked, "window_days": window_days}))
        if contact.tag == "peer" and t.contributions >= THRESHOLDS.comfort_min and t.comfort == t.contributions:
            comfort.append(Flag(contact, "comfort", "info", {"entries": t.contributions, "window_days": window_days}))
        score = contact.shima_fit.score
        if contact.tag == "peer" and score >= THRESHOLDS.shima_invite_score:
            invite.append(Flag(contact, "invite", "info", {"score": score}))
        if contact.tag == "shima" and score <= THRESHOLDS.shima_review_score:
            review.append(Flag(contact, "review", "watch", {"score": score}))

    overdue = _overdue(contacts.values(), balance, today)
    severity = {"high": 0, "watch": 1, "info": 2}
    tag_order = {"influencer": 0, "shima": 1, "peer": 2}
    feeding.sort(key=lambda f: (severity[f.level], tag_order[f.contact.tag], f.contact.name))
    takers.sort(key=lambda f: (severity[f.level], f.contact.name))
    invite.sort(key=lambda f: (-f.contact.shima_fit.score, f.contact.name))
    flags: dict[str, list[Flag]] = defaultdict(list)
    for flag in (*feeding, *takers, *review):
        flags[flag.contact.id].append(flag)
    return Report(
        today=today,
        window_days=window_days,
        currency=currency,
        owner_goal=settings.owner_goal,
        balances=balance,
        by_tag=by_tag,
        feeding=feeding,
        takers=takers,
        comfort=comfort,
        invite=invite,
        review=review,
        overdue=overdue,
        months=list(months.values()),
        flags=dict(flags),
    )


def _overdue(contacts, balance: dict[str, Balance], today: date) -> list[Overdue]:
    """Due when at least cadence_days have passed since the last entry (or since adding them)."""
    found = []
    for contact in contacts:
        if contact.archived or contact.cadence_days is None:
            continue
        last = balance[contact.id].last
        since = last or date.fromisoformat(contact.created_at[:10])
        days = (today - since).days
        if days >= contact.cadence_days:
            found.append(Overdue(contact, last, days, days - contact.cadence_days))
    found.sort(key=lambda o: (-o.overdue_days, o.contact.name))
    return found

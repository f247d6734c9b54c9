"""Insights (SPEC 3): pure functions of a journal snapshot, with today passed in.

Every threshold lives in THRESHOLDS, and every flag carries the rule that raised it, as codes and
numbers only: the words are the front ends' (`journal.words.insight`), so the README, the report
and the app say the same thing in either language.

Money follows one accounting rule, `bucket()`: every entry's amount is exactly one of cash spent on
your network, business your network brought, your own sales, help given or help received (an
estimate, never added to cash), or nothing at all (a note).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from .money import minor_digits
from .records import TAGS, Contact, Entry, Settings, Snapshot

BUSINESS_KINDS = frozenset({"referral", "collaboration", "money"})
COMFORT_KINDS = frozenset({"support", "information"})

# Where an amount goes, from your point of view (see `bucket`).
BUCKETS = ("spent", "brought", "own_sales", "help_given", "help_received")


@dataclass(frozen=True, slots=True)
class Thresholds:
    feeding_watch: int = 3  # unpaid labor (or payments with no amount) to them, with no business value back
    feeding_high: int = 5
    feeding_cash_watch: int = 300  # cash paid to them, with no business value back, in a currency with cents;
    feeding_cash_high: int = 1_000  # times `cash_scale(currency)` (100 for yen): ¥30,000 and ¥100,000
    taker_watch: int = 3  # help given to them with nothing at all back
    taker_high: int = 5
    comfort_min: int = 3  # contributions, all support or information
    shima_invite_score: int = 3  # a peer at 3 or 4 of the criteria
    shima_review_score: int = 1  # a shima member at 0 or 1
    payoff_months: int = 12
    trend_months: int = 3  # the last 3 months beside the 3 before them

    def cash(self, currency: str) -> tuple[int, int]:
        """The feeding risk's cash thresholds (watch, high) in the journal's currency."""
        scale = cash_scale(currency)
        return self.feeding_cash_watch * scale, self.feeding_cash_high * scale


THRESHOLDS = Thresholds()

# How many units of a currency weigh about what one unit of a currency with cents does (a dollar, a
# euro, a pound): 100 for yen and the other currencies without minor units, more for the few whose
# unit is far smaller still. Round numbers on purpose: the thresholds mark "a habit worth a look", not
# an exchange rate.
_LARGE_SCALES = {"KRW": 1_000, "VND": 10_000, "IDR": 10_000, "CLP": 1_000}


def cash_scale(currency: str) -> int:
    currency = currency.upper()
    return _LARGE_SCALES.get(currency, 100 if minor_digits(currency) == 0 else 1)


RULES = ("feeding", "taker", "comfort", "invite", "review", "overdue")  # each "rule.<name>" in the catalogue


def rule_params(currency: str = "JPY") -> dict[str, int]:
    """The numbers every rule's sentence is filled with; amounts in the journal's currency."""
    params = {name: getattr(THRESHOLDS, name) for name in THRESHOLDS.__slots__}
    params["feeding_cash_watch"], params["feeding_cash_high"] = THRESHOLDS.cash(currency)
    return params


# ----- the accounting rule -----------------------------------------------------------------------------


def bucket(entry: Entry) -> str | None:
    """Where this entry's amount goes, from your point of view; None for a note (no money at all).

    | entry                                                            | bucket          |
    |------------------------------------------------------------------|-----------------|
    | `gave`, kind `money` (fees, courses, events, paid salons)        | `spent`         |
    | `gave`, any other kind (labor, a referral you gave, ideas...)    | `help_given`    |
    | `sale` with contacts (they brought it)                           | `brought`       |
    | `sale` with no contact                                           | `own_sales`     |
    | `received`/`mutual`, kind referral, collaboration or money, with a value | `brought` |
    | `received`/`mutual`, anything else                               | `help_received` |
    | `note`                                                           | None            |

    So a joint project counts once (brought, or help received), never as spending, and a referral
    you gave is help, never cash. Sales = own_sales + brought; net = brought - spent; help values
    are estimates, shown apart and never added to cash.
    """
    direction = entry.direction
    if direction == "note":
        return None
    if direction == "sale":
        return "brought" if entry.contacts else "own_sales"
    if direction == "gave":
        return "spent" if entry.kind == "money" else "help_given"
    if entry.kind in BUSINESS_KINDS and entry.value:
        return "brought"
    return "help_received"


def split(value: float, parts: int, currency: str) -> list[float]:
    """An amount in `parts` even shares that add up to it exactly, in the currency's smallest unit:
    ¥100,000 among three is 33,334 + 33,333 + 33,333 (the first contacts named take the remainder)."""
    if parts <= 1:
        return [value] * parts
    unit = 10 ** minor_digits(currency)
    units = round(value * unit)
    if units / unit != value:  # finer than the currency's unit: plain shares
        return [value / parts] * parts
    whole, rest = divmod(units, parts)
    return [(whole + (i < rest)) / unit if unit > 1 else whole + (i < rest) for i in range(parts)]


@dataclass(slots=True, kw_only=True)
class Money:
    """Amounts by bucket. Cash: spent, brought, own_sales. Help: counted, its value an estimate."""

    spent: float = 0
    brought: float = 0
    own_sales: float = 0
    payments: int = 0  # entries of cash spent
    help_given_count: int = 0
    help_given_value: float = 0
    help_received_count: int = 0
    help_received_value: float = 0

    def book(self, where: str, amount: float) -> None:
        """One entry's amount (or a contact's share of it) into its bucket."""
        if where == "spent":
            self.spent += amount
            self.payments += 1
        elif where == "brought":
            self.brought += amount
        elif where == "own_sales":
            self.own_sales += amount
        elif where == "help_given":
            self.help_given_count += 1
            self.help_given_value += amount
        elif where == "help_received":
            self.help_received_count += 1
            self.help_received_value += amount

    @property
    def sales(self) -> float:
        return self.own_sales + self.brought

    @property
    def network_sales(self) -> float:
        return self.brought

    @property
    def net(self) -> float:
        """Business brought minus cash spent: what the network did for your sales, in cash."""
        return self.brought - self.spent


@dataclass(slots=True)
class Balance(Money):
    """A contact's (or a tag's) window. The money is by the accounting rule (`Money`); the counts and
    values given vs received are kept as they always were: mutual entries count on both sides."""

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
    cadence: int  # the contact's own cadence, else its tag's default

    @property
    def rule(self) -> str:
        return "overdue"


@dataclass(slots=True)
class Month(Money):
    """One calendar month of the payoff: money by the accounting rule, and the old given/received."""

    month: str  # YYYY-MM
    given_value: float = 0
    received_value: float = 0
    given_count: int = 0
    received_count: int = 0
    own_effort: int = 0  # notes about yourself (no contact): your own effort log


@dataclass(slots=True)
class Totals(Money):
    """The window's money: the same window as the flags and balances (the last `window_days` days)."""

    start: date
    end: date
    own_effort: int = 0


TREND_MEASURES = ("sales", "network_sales", "spent", "net")


@dataclass(slots=True)
class Trend:
    """The last `trend_months` months beside the ones before them (the current month counts as far as today)."""

    recent: list[Month]
    before: list[Month]

    def total(self, measure: str, months: list[Month]) -> float:
        return sum(getattr(m, measure) for m in months)

    def change(self, measure: str) -> tuple[float, float, str]:
        """(before, recent, "up" | "down" | "same") for one of TREND_MEASURES."""
        before, recent = self.total(measure, self.before), self.total(measure, self.recent)
        return before, recent, "up" if recent > before else "down" if recent < before else "same"


@dataclass(slots=True)
class Standing:
    """A contact's money in the window, for the lists of who cost most and who brought most."""

    contact: Contact
    balance: Balance


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
    totals: Totals | None = None
    trend: Trend | None = None
    costly: list[Standing] = field(default_factory=list)  # cash spent, no business back: most spent first
    bringers: list[Standing] = field(default_factory=list)  # business brought: most first


@dataclass(slots=True)
class _Tally:
    """What one pass over the window learns about a contact."""

    payments: int = 0
    paid: float = 0  # their share of the cash spent
    unpriced: int = 0  # payments with no amount
    labor: int = 0
    business_back: int = 0  # referral, collaboration or money received or shared, or a sale they brought
    back_kinds: dict[str, int] = field(default_factory=lambda: defaultdict(int))  # what else came back
    help_given: int = 0
    given_kinds: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    received_any: int = 0
    contributions: int = 0
    comfort: int = 0

    def count(self, entry: Entry, share: float) -> None:
        direction, kind = entry.direction, entry.kind
        self.contributions += 1
        if kind in COMFORT_KINDS:
            self.comfort += 1
        if direction == "gave":
            if kind == "money":
                self.payments += 1
                self.paid += share
                self.unpriced += not entry.value
                return
            self.help_given += 1
            self.given_kinds[kind] += 1
            self.labor += kind == "labor"
            return
        self.received_any += 1
        if direction == "sale" or kind in BUSINESS_KINDS:
            self.business_back += 1
        else:
            self.back_kinds[kind] += 1


def window_start(today: date, window_days: int) -> date:
    """The first day inside the window: the last `window_days` days, today included."""
    return today - timedelta(days=window_days - 1)


def balances(snapshot: Snapshot, today: date) -> dict[str, Balance]:
    return build_report(snapshot, today).balances


SEVERITY = {"high": 0, "watch": 1, "info": 2}


def _level(amount: float, watch: float, high: float) -> str | None:
    return "high" if amount >= high else "watch" if amount >= watch else None


def _worse(*levels: str | None) -> str | None:
    found = [level for level in levels if level]
    return min(found, key=SEVERITY.__getitem__) if found else None


def _month_keys(today: date, count: int) -> list[str]:
    year, month = today.year, today.month
    keys = []
    for _ in range(count):
        keys.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return keys[::-1]


def build_report(snapshot: Snapshot, today: date) -> Report:
    """Every insight in one pass over the entries.

    Per contact, an entry with several contacts is split evenly among them (`split`), so the
    contacts' money adds up to the window's totals; per tag, an entry counts once, whole, for each
    tag among its contacts (so tags may add up to more than the totals)."""
    settings = snapshot.settings
    window_days, currency = settings.window_days, settings.currency
    start = window_start(today, window_days)
    contacts = {c.id: c for c in snapshot.contacts}
    balance = {cid: Balance() for cid in contacts}
    by_tag = {tag: Balance() for tag in TAGS}
    tallies: dict[str, _Tally] = defaultdict(_Tally)
    months = {key: Month(key) for key in _month_keys(today, max(THRESHOLDS.payoff_months, 2 * THRESHOLDS.trend_months))}
    totals = Totals(start=start, end=today)

    for entry in snapshot.entries:
        direction = entry.direction
        for cid in entry.contacts:
            b = balance[cid]
            if b.last is None or entry.date > b.last:
                b.last = entry.date
        if entry.date > today:
            continue
        where = bucket(entry)
        value = entry.value or 0
        own_effort = direction == "note" and not entry.contacts
        month = months.get(entry.date.isoformat()[:7])
        if month is not None:
            month.own_effort += own_effort
            if where is not None:
                month.book(where, value)
            if direction in ("gave", "mutual"):
                month.given_value += value
                month.given_count += 1
            if direction in ("received", "mutual"):
                month.received_value += value
                month.received_count += 1
        if entry.date < start:
            continue
        totals.own_effort += own_effort
        if where is None:
            continue
        totals.book(where, value)
        for tag in {contacts[cid].tag for cid in entry.contacts}:
            by_tag[tag].add(entry)
            by_tag[tag].book(where, value)
        for cid, share in zip(entry.contacts, split(value, len(entry.contacts), currency), strict=True):
            balance[cid].add(entry)
            balance[cid].book(where, share)
            tallies[cid].count(entry, share)

    cash_watch, cash_high = THRESHOLDS.cash(currency)
    feeding, takers, comfort, invite, review = [], [], [], [], []
    for cid, contact in contacts.items():
        if contact.archived:
            continue
        t = tallies.get(cid) or _Tally()
        level = None
        if not t.business_back:
            level = _worse(
                _level(t.paid, cash_watch, cash_high),
                _level(t.labor + t.unpriced, THRESHOLDS.feeding_watch, THRESHOLDS.feeding_high),
            )
        if level:
            back = sorted(t.back_kinds.items(), key=lambda kv: (-kv[1], kv[0]))
            facts = {"payments": t.payments, "paid": t.paid, "labor": t.labor, "back": back, "window_days": window_days}
            feeding.append(Flag(contact, "feeding", level, facts))
        else:
            level = None if t.received_any else _level(t.help_given, THRESHOLDS.taker_watch, THRESHOLDS.taker_high)
            if level:
                ranked = sorted(t.given_kinds.items(), key=lambda kv: (-kv[1], kv[0]))
                takers.append(Flag(contact, "taker", level, {"given": t.help_given, "kinds": ranked, "window_days": window_days}))
        comfort_only = contact.tag == "peer" and t.contributions >= THRESHOLDS.comfort_min and t.comfort == t.contributions
        score = contact.shima_fit.score
        if contact.tag == "peer" and score >= THRESHOLDS.shima_invite_score:
            # One message, not two that contradict: a peer who fits your shima but has only brought comfort so far.
            facts = {"score": score, "comfort": t.contributions, "window_days": window_days} if comfort_only else {"score": score}
            invite.append(Flag(contact, "invite", "info", facts))
        elif comfort_only:
            comfort.append(Flag(contact, "comfort", "info", {"entries": t.contributions, "window_days": window_days}))
        if contact.tag == "shima" and score <= THRESHOLDS.shima_review_score:
            review.append(Flag(contact, "review", "watch", {"score": score}))

    overdue = _overdue(contacts.values(), balance, today, settings)
    tag_order = {"influencer": 0, "shima": 1, "peer": 2}
    # Cash first: more paid with nothing back never ranks below less paid.
    feeding.sort(
        key=lambda f: (
            -f.facts["paid"],
            SEVERITY[f.level],
            -(f.facts["labor"] + f.facts["payments"]),
            tag_order[f.contact.tag],
            f.contact.name,
        )
    )
    takers.sort(key=lambda f: (SEVERITY[f.level], f.contact.name))
    invite.sort(key=lambda f: (-f.contact.shima_fit.score, f.contact.name))
    flags: dict[str, list[Flag]] = defaultdict(list)
    for flag in (*feeding, *takers, *review):
        flags[flag.contact.id].append(flag)
    active = [Standing(contacts[cid], b) for cid, b in balance.items() if not contacts[cid].archived]
    costly = sorted(
        (s for s in active if s.balance.spent > 0 and s.balance.brought == 0), key=lambda s: (-s.balance.spent, s.contact.name)
    )
    bringers = sorted((s for s in active if s.balance.brought > 0), key=lambda s: (-s.balance.brought, s.contact.name))
    charted = list(months.values())
    recent = charted[len(charted) - THRESHOLDS.trend_months :]
    before = charted[len(charted) - 2 * THRESHOLDS.trend_months : len(charted) - THRESHOLDS.trend_months]
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
        months=charted[len(charted) - THRESHOLDS.payoff_months :],
        flags=dict(flags),
        totals=totals,
        trend=Trend(recent=recent, before=before),
        costly=costly,
        bringers=bringers,
    )


def report_for(snapshot: Snapshot, today: date, contact_ids: Iterable[str]) -> Report:
    """The report's lines about these contacts alone, with the very numbers `build_report` gives them,
    from an incomplete snapshot: every contact, but of the entries only those naming these contacts
    from the window's first day on (`window_start`) and the latest naming each (older ones may be
    there too). That is enough because a contact's balance, flags and reminder depend on nothing but
    the entries naming them (a shared entry's share depends only on how many it names), so the app
    can draw the rows on screen before it has read every entry.

    Its balances hold exactly these contacts (the full report holds a balance for every contact, so
    "has a balance" means "is covered"); the lists hold only them; the journal-wide parts (by tag,
    totals, months, trend) need every entry, and are left empty."""
    wanted = set(contact_ids)
    needed = wanted | {cid for entry in snapshot.entries for cid in entry.contacts}
    contacts = [contact for contact in snapshot.contacts if contact.id in needed]
    report = build_report(Snapshot(snapshot.settings, contacts, list(snapshot.entries)), today)

    def theirs(items: list) -> list:
        return [item for item in items if item.contact.id in wanted]

    return Report(
        today=report.today,
        window_days=report.window_days,
        currency=report.currency,
        owner_goal=report.owner_goal,
        balances={cid: b for cid, b in report.balances.items() if cid in wanted},
        by_tag={},
        feeding=theirs(report.feeding),
        takers=theirs(report.takers),
        comfort=theirs(report.comfort),
        invite=theirs(report.invite),
        review=theirs(report.review),
        overdue=theirs(report.overdue),
        months=[],
        flags={cid: flags for cid, flags in report.flags.items() if cid in wanted},
        costly=theirs(report.costly),
        bringers=theirs(report.bringers),
    )


def _overdue(contacts, balance: dict[str, Balance], today: date, settings: Settings) -> list[Overdue]:
    """Due when at least the cadence (the contact's own, else its tag's default) has passed since
    the last entry (or since adding them); the same rule as journal.reminders."""
    found = []
    for contact in contacts:
        cadence = settings.cadence_of(contact)
        if contact.archived or cadence is None:
            continue
        last = balance[contact.id].last
        since = last or date.fromisoformat(contact.created_at[:10])
        days = (today - since).days
        if days >= cadence:
            found.append(Overdue(contact, last, days, days - cadence, cadence))
    found.sort(key=lambda o: (-o.overdue_days, o.contact.name))
    return found
